"""ingest PATH [PATH ...]: store resolution files, one transaction per document."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from resolutions.ingest import IngestError, ingest_file

SUFFIXES = {".txt", ".text", ".xml"}


def _expand(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            files.append(path)
    return files


class Command(BaseCommand):
    help = (
        "Store resolution files (.txt). Re-ingesting an unchanged file changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")

    def handle(self, *args, paths, verbosity=1, **options):
        started = time.monotonic()
        counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for path in _expand(paths):
            try:
                outcome = ingest_file(path)
            except IngestError as exc:
                counts["failed"] += 1
                self.stderr.write(f"FAILED {exc}")
                continue
            counts[outcome.status] += 1
            if verbosity >= 1:
                r = outcome.resolution
                self.stdout.write(
                    f"{outcome.status:9} {r.symbol} ({r.language})  {path}"
                )
        summary = ", ".join(f"{n} {k}" for k, n in counts.items())
        self.stdout.write(f"{summary} in {time.monotonic() - started:.1f} s")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} document(s) failed")
