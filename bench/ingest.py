"""Benchmark: the whole shared corpus into an empty database, then an unchanged re-run.

    make bench-ingest     (or: DJANGO_DEBUG=1 .venv/bin/python bench/ingest.py [PATH])

Uses a throwaway database (unarchive_bench) on the configured server, created and
migrated here and dropped at the end. Targets: whole corpus < 180 s, re-run < 30 s.
"""

import io
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unarchive.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.management.base import CommandError  # noqa: E402
from django.db import connection  # noqa: E402

from resolutions.models import (  # noqa: E402
    Adoption,
    Citation,
    CountryVote,
    Paragraph,
    Resolution,
)

JOBS = os.cpu_count() or 1


def run(path: Path) -> tuple[float, str]:
    out = io.StringIO()
    started = time.perf_counter()
    try:
        call_command(
            "ingest", str(path), jobs=JOBS, stdout=out, stderr=out, verbosity=0
        )
    except CommandError as exc:
        out.write(f"(exit 1: {exc})\n")
    return time.perf_counter() - started, out.getvalue()


def main() -> None:
    corpus = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else REPO.parent / "shared" / "corpus"
    )
    if not corpus.exists():
        sys.exit(f"no corpus at {corpus}")
    connection.settings_dict.setdefault("TEST", {})["NAME"] = "unarchive_bench"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        first, log = run(corpus)
        documents = Resolution.objects.count()
        print(f"corpus: {corpus}; ingest --jobs {JOBS}")
        print(log.strip().replace("\n", "\n  "))
        print(
            f"first run: {documents} documents in {first:.1f} s "
            f"= {documents / first:.1f} documents/s"
            f" ({Paragraph.objects.count()} paragraphs, {Citation.objects.count()} "
            f"citations, {Adoption.objects.count()} adoptions, "
            f"{CountryVote.objects.count()} country votes)"
        )
        second, log = run(corpus)
        print("  " + log.strip().replace("\n", "\n  "))
        print(f"unchanged re-run: {second:.1f} s")
        print(
            f"targets: first run < 180 s: {'met' if first < 180 else 'MISSED'}; "
            f"re-run < 30 s: {'met' if second < 30 else 'MISSED'}"
        )
    finally:
        connection.creation.destroy_test_db("unarchive_bench", verbosity=0)


if __name__ == "__main__":
    main()
