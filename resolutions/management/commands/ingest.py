"""ingest PATH [PATH ...]: store documents and metadata from files, folders and zips."""

import os
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from resolutions.ingest import METADATA, SKIPPED, iter_sources
from resolutions.ingest.batch import run_batch

STATUSES = ("created", "updated", "unchanged", "skipped", "failed")


class Command(BaseCommand):
    help = (
        "Store resolutions (.txt, .xml) and metadata (.jsonl) from files, folders "
        "(recursively) and zip files. One transaction per document; re-running "
        "changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and validate; write nothing"
        )
        parser.add_argument(
            "--replace-xml",
            action="store_true",
            help="let plain texts replace versions stored from the UN's XML",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=1,
            help=f"worker processes for documents (this machine has {os.cpu_count()})",
        )

    def handle(self, *args, paths, dry_run, replace_xml, jobs, verbosity=1, **options):
        started = time.monotonic()
        counts = {kind: dict.fromkeys(STATUSES, 0) for kind in ("document", METADATA)}
        progress = Progress(self.stdout, enabled=verbosity >= 1)

        def report(result):
            counts[result.kind][result.status] += 1
            if result.status == "failed":
                self.stderr.write(f"FAILED {result.message or result.name}")
            elif result.status == SKIPPED:
                self.stdout.write(f"skipped {result.name}: {result.message}")
            elif verbosity >= 2 and result.kind != METADATA:
                where = f"{result.symbol} ({result.language})"
                self.stdout.write(f"{result.status:9} {where}  {result.name}")
            progress.tick(sum(sum(c.values()) for c in counts.values()))

        run_batch(
            iter_sources(paths, settings.UNARCHIVE_MAX_UPLOAD_BYTES),
            jobs=max(1, jobs),
            replace_xml=replace_xml,
            dry_run=dry_run,
            report=report,
        )
        progress.close()
        prefix = "dry run, nothing written: " if dry_run else ""
        self.stdout.write(f"{prefix}documents: {_summary(counts['document'])}")
        if any(counts[METADATA].values()):
            self.stdout.write(f"{prefix}metadata records: {_summary(counts[METADATA])}")
        self.stdout.write(f"{time.monotonic() - started:.1f} s")
        failed = counts["document"]["failed"] + counts[METADATA]["failed"]
        if failed:
            raise CommandError(f"{failed} item(s) failed; see the lines marked FAILED")


def _summary(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in counts.items())


class Progress:
    """A bar on a terminal (tqdm); plain periodic lines otherwise (logs, CI)."""

    def __init__(self, out, enabled: bool, every_seconds: float = 10.0):
        self.out = out
        self.enabled = enabled
        self.every = every_seconds
        self.last = time.monotonic()
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", file=sys.stderr, leave=False)

    def tick(self, done: int) -> None:
        if self.bar is not None:
            self.bar.update(done - self.bar.n)
        elif self.enabled and time.monotonic() - self.last >= self.every:
            self.last = time.monotonic()
            self.out.write(f"... {done} items processed")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
