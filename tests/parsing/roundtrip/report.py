"""Round-trip differences per language and kind, all of them written to a JSON file.

    DJANGO_DEBUG=1 .venv/bin/python tests/parsing/roundtrip/report.py OUT [LANG ...]

LANG (zh, en, fr, es, ru, ar) keeps only those languages' archives: faster when
working on one of them.

parse_text(rendered) is compared with each of TRUTHS: the facts the renderer took
from the XML ("render"), parse_akn() on the same XML ("akn", the issue's check), and
parse_akn() again for a rendering with Chinese preambular leads marked ("marked").
The JSON maps a truth to a language to {"total": documents, "fails": [[archive,
member, [difference, ...]], ...]} (exceptions left out), for looking at one kind at
a time.
"""

import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2])]

from test_roundtrip_text import (  # noqa: E402
    ARCHIVES,
    EXCEPTIONS,
    FOLDER_LANGUAGES,
    TRUTHS,
    _base,
    check_archive_both,
)

_TRUTH_NAMES = {
    "render": "the renderer",
    "akn": "parse_akn",
    "marked": "parse_akn, Chinese preambular leads marked",
}


def main(out_path: str, languages: list[str]) -> None:
    started = time.monotonic()
    out: dict[str, dict[str, dict]] = {truth: {} for truth in TRUTHS}
    for path in ARCHIVES:
        if languages and FOLDER_LANGUAGES[path.stem.split("-")[-1]] not in languages:
            continue
        language, total, by_truth = check_archive_both(path)
        for truth, failures in by_truth.items():
            entry = out[truth].setdefault(language, {"total": 0, "fails": []})
            entry["total"] += total
            entry["fails"] += [
                [path.name, name, differences]
                for name, differences in failures
                if _base(name) not in EXCEPTIONS
            ]
    with open(out_path, "w") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=0)
    for truth, languages in out.items():
        print(f"parse_text vs {_TRUTH_NAMES[truth]}:")
        for language, entry in languages.items():
            _print(language, entry)
    print(f"{time.monotonic() - started:.1f} s")


def _print(language: str, entry: dict) -> None:
    kinds = Counter(
        kind
        for _, _, differences in entry["fails"]
        for kind in {d.split(":")[0] for d in differences}
    )
    share = 1 - len(entry["fails"]) / entry["total"]
    print(
        " ", language, entry["total"], len(entry["fails"]), f"{share:.2%}", dict(kinds)
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/roundtrip.json", sys.argv[2:])
