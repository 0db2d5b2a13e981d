"""Benchmark: documents per second of the XML parser and the text parser, on one core.

    DJANGO_DEBUG=1 .venv/bin/python bench/parse.py [CORPUS] [--seed-repeats N]

akn: every XML file of every GA-NN-Language.zip under CORPUS/unxml. text: the two
seed resolutions, repeated; then every XML file rendered into the seed layout by the
round-trip renderer of tests/parsing/roundtrip, when it is there. Reading the zips
and rendering are not timed. Target: 200 documents per second or more for either.
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from resolutions.parsing.akn import parse_akn  # noqa: E402
from resolutions.parsing.encoding import decode_bytes  # noqa: E402
from resolutions.parsing.text import parse_text  # noqa: E402

TARGET = 200  # documents per second, per core
LANGUAGES = {
    "Chinese": "zh", "English": "en", "French": "fr",
    "Spanish": "es", "Russian": "ru", "Arabic": "ar",
}  # fmt: skip


def read_xml(corpus: Path) -> list[tuple[str, bytes]]:
    """(folder language, bytes) of every XML file in every zip."""
    documents = []
    for path in sorted((corpus / "unxml").glob("GA-*-*.zip")):
        language = path.stem.split("-")[-1]
        with zipfile.ZipFile(path) as archive:
            documents += [
                (language, archive.read(name))
                for name in archive.namelist()
                if name.endswith(".xml")
            ]
    return documents


def render_all(documents: list[tuple[str, bytes]]) -> list[str]:
    """The documents in the seed layout; [] without the round-trip renderer."""
    sys.path.insert(0, str(REPO / "tests" / "parsing"))
    try:
        from roundtrip.render import render_document
    except ImportError as exc:
        print(f"text (corpus rendered): skipped, cannot import the renderer: {exc}")
        return []
    texts = []
    for folder, data in documents:
        try:
            texts.append(render_document(data, LANGUAGES[folder])[0])
        except Exception:  # noqa: BLE001 - the renderer's Skip: a shape it cannot lay out
            continue
    return texts


def measure(name: str, parse: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """Parse every input once; print and return documents per CPU second.

    CPU time of this process is the per-core figure: wall time also counts
    whatever else the machine is running.
    """
    failures = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for item in inputs:
        try:
            parse(item)
        except ValueError:  # ParseError: counted, still timed
            failures += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rate = len(inputs) / cpu
    failed = f", {failures} refused" if failures else ""
    verdict = "ok" if rate >= TARGET else f"below the {TARGET} docs/s target"
    print(
        f"{name}: {len(inputs)} documents in {cpu:.1f} s CPU = {rate:.0f} docs/s "
        f"(1 core; {wall:.1f} s wall{failed}) {verdict}"
    )
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=REPO.parent / "shared" / "corpus"
    )
    parser.add_argument("--seed-repeats", type=int, default=500)
    args = parser.parse_args()
    documents = read_xml(args.corpus)
    if not documents:
        sys.exit(f"no GA-*-*.zip under {args.corpus / 'unxml'}")
    measure("akn", parse_akn, [data for _, data in documents])
    seeds = [
        decode_bytes(path.read_bytes())
        for path in sorted((REPO / "sample_data").glob("A-RES-*.txt"))
    ]
    measure("text (seeds)", parse_text, seeds * args.seed_repeats)
    rendered = render_all(documents)
    if rendered:
        measure("text (corpus rendered)", parse_text, rendered)


if __name__ == "__main__":
    main()
