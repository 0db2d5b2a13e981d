"""ingest PATH [PATH ...]: store documents and metadata from files, folders and zips."""

import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from resolutions.ingest import (
    METADATA,
    SKIPPED,
    IngestError,
    ingest_bytes,
    ingest_metadata,
    iter_sources,
)

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

    def handle(self, *args, paths, dry_run, replace_xml, verbosity=1, **options):
        started = time.monotonic()
        documents = {s: 0 for s in STATUSES}
        records = {s: 0 for s in STATUSES}
        progress = Progress(self.stdout, enabled=verbosity >= 1)
        for item in iter_sources(paths, settings.UNARCHIVE_MAX_UPLOAD_BYTES):
            counts = records if item.kind == METADATA else documents
            if item.error:
                counts["failed"] += 1
                self.stderr.write(f"FAILED {item.name}: {item.error}")
            elif item.kind == METADATA:
                for result in ingest_metadata(item.data, item.name, dry_run=dry_run):
                    if isinstance(result, IngestError):
                        counts["failed"] += 1
                        self.stderr.write(f"FAILED {result}")
                    else:
                        counts[result.status] += 1
            else:
                try:
                    outcome = ingest_bytes(
                        item.data, item.name, replace_xml=replace_xml, dry_run=dry_run
                    )
                except IngestError as exc:
                    counts["failed"] += 1
                    self.stderr.write(f"FAILED {exc}")
                else:
                    counts[outcome.status] += 1
                    if outcome.status == SKIPPED:
                        self.stdout.write(f"skipped {item.name}: {outcome.reason}")
                    elif verbosity >= 2:
                        self.stdout.write(
                            f"{outcome.status:9} {outcome.symbol} ({outcome.language})"
                            f"  {item.name}"
                        )
            progress.tick(sum(documents.values()) + sum(records.values()))
        progress.close()
        seconds = time.monotonic() - started
        prefix = "dry run, nothing written: " if dry_run else ""
        self.stdout.write(f"{prefix}documents: {_summary(documents)}")
        if any(records.values()):
            self.stdout.write(f"{prefix}metadata records: {_summary(records)}")
        self.stdout.write(f"{seconds:.1f} s")
        failed = documents["failed"] + records["failed"]
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
