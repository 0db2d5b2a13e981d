"""Build resolutions/parsing/data/leads-{zh,en,fr,es,ru,ar}.txt from the UN's XML.

Counts the emphasised lead opening each preambular and operative paragraph of
GA-NN-Language.zip in the six languages: python scripts/build_lead_lexicon.py
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resolutions" / "parsing" / "data"
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

# Chinese leads are bold, the others italic (checked over sessions 75-79 for
# English, session 79 for French, Spanish, Russian and Arabic).
LANGUAGES = {
    "zh": ("Chinese", "bold"),
    "en": ("English", "italic"),
    "fr": ("French", "italic"),
    "es": ("Spanish", "italic"),
    "ru": ("Russian", "italic"),
    "ar": ("Arabic", "italic"),
}

# A compound lead is dropped when a lead it starts with is this many times more common:
# the XML bolds 重申决心 30 times against 3,900 for 重申, and the sequel of A/RES/72/169
# bolds only 重申 in 重申决心按照《联合国宪章》.
DOMINANCE = 20
MIN_COUNT = 2

_CJK_PHRASE = re.compile(r"[\u4e00-\u9fff]{1,12}")
_WORD_PHRASE = {
    "en": re.compile(r"[A-Z][a-z]+(?:[ -][a-z]+){0,7}"),
    "fr": re.compile(r"[A-ZÉÈÀÂ][\w’'-]+(?: [\w’'-]+){0,7}"),
    "es": re.compile(r"[A-ZÁÉÍÓÚ][\w-]+(?: [\w-]+){0,7}"),
    "ru": re.compile(r"[А-ЯЁа-яё][а-яё-]+(?: [а-яё-]+){0,7}"),  # рассмотрев
    "ar": re.compile(
        r"[\u0621-\u064a\u064b-\u0652]+(?: [\u0621-\u064a\u064b-\u0652]+){0,7}"
    ),
}
_TRAILING = " \t\u00a0\u3000，,、：:；;"

HEADER = """\
# Lead phrases of General Assembly resolution paragraphs ({language}),
# most frequent first.
# Source: United Nations, machine-readable General Assembly resolutions
# (Akoma Ntoso XML, sessions {sessions}), unofficial copies published by the
# UN Secretariat.
# Built by scripts/build_lead_lexicon.py; do not edit by hand.
"""


def _first_lead(p: ET.Element, css: str, language: str) -> str:
    """The emphasised phrase opening paragraph `p`, or "" when it opens otherwise."""
    children = list(p)
    if not children or children[0].tag != f"{NS}span":
        return ""
    span = children[0]
    if css not in (span.get("class") or "").split():
        return ""
    before = (p.text or "").strip()
    # Chinese puts a few words before the lead (在这方面**欣见**, A/RES/78/197).
    if before and (language != "zh" or len(before) > 6):
        return ""
    phrase = " ".join("".join(span.itertext()).split()).rstrip(_TRAILING).strip()
    pattern = _CJK_PHRASE if language == "zh" else _WORD_PHRASE[language]
    return phrase if pattern.fullmatch(phrase) else ""


def _paragraph_leads(root: ET.Element, css: str, language: str) -> list[str]:
    leads = []
    for container in root.iter(f"{NS}container"):
        p = container.find(f"{NS}p")
        if container.get("name") and p is not None:
            leads.append(_first_lead(p, css, language))
    for paragraph in root.iter(f"{NS}paragraph"):
        p = next(paragraph.iter(f"{NS}p"), None)
        if p is not None:
            leads.append(_first_lead(p, css, language))
    return [lead for lead in leads if lead]


def count_leads(zips: list[Path], language: str) -> Counter[str]:
    _, css = LANGUAGES[language]
    counts: Counter[str] = Counter()
    for path in zips:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".xml"):
                    continue
                try:
                    root = ET.fromstring(archive.read(name))
                except ET.ParseError as exc:
                    print(f"skipped {path.name}:{name}: {exc}", file=sys.stderr)
                    continue
                counts.update(_paragraph_leads(root, css, language))
    return counts


def prune(counts: Counter[str], language: str) -> list[tuple[str, int]]:
    """Drop rare phrases and compounds dominated by a shorter lead they start with."""
    sep = "" if language == "zh" else " "
    kept = {phrase: n for phrase, n in counts.items() if n >= MIN_COUNT}
    result = []
    for phrase, n in kept.items():
        prefixes = (
            phrase[:i] for i in range(1, len(phrase)) if not sep or phrase[i] == sep
        )
        if any(kept.get(q, 0) >= DOMINANCE * n for q in prefixes):
            continue
        result.append((phrase, n))
    return sorted(result, key=lambda item: (-item[1], item[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared/corpus/unxml"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language, (folder_language, _) in LANGUAGES.items():
        zips = sorted(args.corpus.glob(f"GA-*-{folder_language}.zip"))
        if not zips:
            sys.exit(f"no GA-*-{folder_language}.zip under {args.corpus}")
        sessions = [z.name.split("-")[1] for z in zips]
        phrases = prune(count_leads(zips, language), language)
        header = HEADER.format(
            language=folder_language, sessions=f"{sessions[0]}-{sessions[-1]}"
        )
        body = "".join(f"{phrase}\n" for phrase, _ in phrases)
        target = args.out / f"leads-{language}.txt"
        target.write_text(header + body, encoding="utf-8")
        print(f"{target}: {len(phrases)} phrases from {len(zips)} archives")


if __name__ == "__main__":
    main()
