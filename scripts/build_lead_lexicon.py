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
from dataclasses import dataclass
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

# A phrase must be emphasised as a lead at least this often to be listed.
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
_WORD_END = " ,;:\u00a0"
_OPENING = 40  # characters of a paragraph's text kept: leads are shorter

HEADER = """\
# Lead phrases of General Assembly resolution paragraphs ({language}),
# most frequent first.
# Source: United Nations, machine-readable General Assembly resolutions
# (Akoma Ntoso XML, sessions {sessions}), unofficial copies published by the
# UN Secretariat.
# Built by scripts/build_lead_lexicon.py; do not edit by hand.
"""


@dataclass(frozen=True)
class Opening:
    """How a paragraph opens: its first characters and the lead emphasised there."""

    text: str
    lead: str = ""  # "" when the paragraph opens with no emphasised lead
    start: int = 0  # offset of the lead in text (after 在这方面, A/RES/78/197)
    preambular: bool = False

    def starts_with(self, phrase: str, language: str) -> bool:
        """Whether the text opens with `phrase` as a whole word (Notes, not Notest)."""
        if not self.text.startswith(phrase):
            return False
        end = len(phrase)
        return language == "zh" or end == len(self.text) or self.text[end] in _WORD_END


def _plain(p: ET.Element) -> str:
    """The text of `p` without its footnotes, spaces collapsed."""
    parts = [p.text or ""]
    for child in p:
        if child.tag != f"{NS}authorialNote":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _opening(p: ET.Element, css: str, language: str, preambular: bool) -> Opening:
    """How paragraph `p` opens; its lead is "" unless an emphasised phrase opens it."""
    text = _plain(p)[:_OPENING]
    children = list(p)
    if not children or children[0].tag != f"{NS}span":
        return Opening(text, preambular=preambular)
    span = children[0]
    if css not in (span.get("class") or "").split():
        return Opening(text, preambular=preambular)
    before = " ".join((p.text or "").split())
    # Chinese puts a few words before the lead (在这方面**欣见**, A/RES/78/197).
    if before and (language != "zh" or len(before) > 6):
        return Opening(text, preambular=preambular)
    phrase = " ".join("".join(span.itertext()).split()).rstrip(_TRAILING).strip()
    pattern = _CJK_PHRASE if language == "zh" else _WORD_PHRASE[language]
    if not pattern.fullmatch(phrase) or not text.startswith(phrase, len(before)):
        return Opening(text, preambular=preambular)
    return Opening(text, phrase, len(before), preambular)


def _paragraph_openings(root: ET.Element, css: str, language: str) -> list[Opening]:
    """Every preambular and operative paragraph's opening: the preamble's
    containers (their paragraph or the introduction of their list), the preambles
    of sections (crossHeading, A/RES/79/258) and the operative paragraphs.
    """
    openings = []
    for preamble in root.iter(f"{NS}preamble"):
        for container in preamble.iter(f"{NS}container"):
            p = container.find(f"{NS}p")
            if p is None:
                p = container.find(f"{NS}blockList/{NS}listIntroduction")
            if p is not None:
                openings.append(_opening(p, css, language, preambular=True))
    for cross in root.iter(f"{NS}crossHeading"):
        if cross.get("refersTo") == "#preamble":
            openings.append(_opening(cross, css, language, preambular=True))
    for paragraph in root.iter(f"{NS}paragraph"):
        p = next(paragraph.iter(f"{NS}p"), None)
        if p is not None:
            openings.append(_opening(p, css, language, preambular=False))
    return openings


def read_openings(zips: list[Path], language: str) -> list[Opening]:
    _, css = LANGUAGES[language]
    openings: list[Opening] = []
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
                openings += _paragraph_openings(root, css, language)
    return openings


def prune(openings: list[Opening], language: str) -> list[tuple[str, int]]:
    """The phrases emphasised as leads at least MIN_COUNT times that the XML, where
    a paragraph opens with the phrase, emphasises whole at least as often as in part
    (and at least once: 又认识 is bolded only in 又认识到, which is listed).

    The parser takes the longest listed phrase opening a paragraph, so a phrase is
    judged, longest first, on the paragraphs no longer listed phrase opens: the
    XML bolds 重申决心 21 times against 6 for 重申 alone in preambles opening with
    重申决心, and 在这方面**欢迎** 35 times against 12 for 在这方面欢迎 whole.
    Preambles judge, as the seed layout leaves Chinese preambular leads plain (the
    XML bolds 重申致力于 in preambles, 重申 alone in operative paragraphs); operative
    paragraphs judge a phrase no preamble opens with (Takes note, not Takes note of).
    """
    counts = Counter(o.lead for o in openings if o.lead)
    by_head: dict[tuple[bool, str], list[Opening]] = {}
    for opening in openings:
        heads = {opening.text[:1], opening.text[opening.start : opening.start + 1]}
        for head in heads:
            by_head.setdefault((opening.preambular, head), []).append(opening)
    kept: list[str] = []
    candidates = [p for p, n in counts.items() if n >= MIN_COUNT]
    for phrase in sorted(candidates, key=lambda p: (-len(p), p)):
        for preambular in (True, False):
            whole, part = _votes(
                phrase, by_head.get((preambular, phrase[:1]), []), kept, language
            )
            if whole or part:
                break
        if whole and whole >= part:
            kept.append(phrase)
    return sorted(((p, counts[p]) for p in kept), key=lambda item: (-item[1], item[0]))


def _votes(
    phrase: str, openings: list[Opening], kept: list[str], language: str
) -> tuple[int, int]:
    """(whole, part): how often the paragraphs opening with `phrase`, and with no
    longer phrase in `kept`, emphasise it whole, and only a part of it.
    """
    whole = part = 0
    for opening in openings:
        if opening.lead == phrase and opening.start > 0:
            whole += 1  # after words left plain: 在这方面**欢迎**
            continue
        if not opening.starts_with(phrase, language) or any(
            opening.starts_with(longer, language) for longer in kept
        ):
            continue
        if opening.lead == phrase:
            whole += 1
        elif opening.lead and opening.start + len(opening.lead) <= len(phrase):
            part += 1
    return whole, part


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
        phrases = prune(read_openings(zips, language), language)
        header = HEADER.format(
            language=folder_language, sessions=f"{sessions[0]}-{sessions[-1]}"
        )
        body = "".join(f"{phrase}\n" for phrase, _ in phrases)
        target = args.out / f"leads-{language}.txt"
        target.write_text(header + body, encoding="utf-8")
        print(f"{target}: {len(phrases)} phrases from {len(zips)} archives")


if __name__ == "__main__":
    main()
