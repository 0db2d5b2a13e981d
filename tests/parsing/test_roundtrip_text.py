"""Round trip over the shared XML corpus: each resolution rendered into the seed
layout of its language (tests/parsing/roundtrip/render.py) must parse back to the
facts the renderer took from the XML.

Run alone, with the per-language agreement printed:
    .venv/bin/python -m pytest tests/parsing/test_roundtrip_text.py -p no:django -s
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

import pytest
from roundtrip import lead_ambiguity
from roundtrip.exceptions import EXCEPTIONS
from roundtrip.render import Facts, Skip, render_document
from roundtrip.shapes import FOLDER_LANGUAGES, canonical_symbol, resolution_number

from resolutions.parsing.errors import ParseError
from resolutions.parsing.text import parse_text
from resolutions.parsing.types import GA_RESOLUTION, HEADING, ParsedResolution

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "unxml"
# The target is 99% of documents identical in every language, after removing
# only the exceptions in roundtrip/exceptions (defects in the XML itself, checked by
# hand, one module per kind). Not reached yet: until it is, each language must
# not fall below the agreement it has now (raise these numbers as the parser or the
# renderer learns a shape). Counted over all documents, those the renderer cannot
# lay out yet included, the exceptions left out.
TARGET = 0.99
FLOORS = {"zh": 0.70, "en": 0.90, "fr": 0.82, "es": 0.78, "ru": 0.81, "ar": 0.71}


def is_ambiguous_lead(got: list[str], facts: Facts, language: str) -> bool:
    """Whether the only differences are Chinese preambular leads the plain text
    cannot decide.

    The seed layout writes Chinese preambular leads without markup (see
    sample_data/*.zh.txt), so the lexicon decides where the lead ends. A document is
    counted apart when every differing lead is preambular, one extends the other at
    its start or its end, and the XML's own preambles bold that opening both ways
    as a practice (重申致力于 whole 15 times, **重申**致力于 13 times; 在这方面欢迎
    12, 在这方面**欢迎** 35): see roundtrip/lead_ambiguity.py for the measure.
    """
    if language != "zh":
        return False
    chinese = tuple(path for path in ARCHIVES if path.stem.endswith("-Chinese"))
    return lead_ambiguity.is_ambiguous_lead(got, facts.leads, facts.preambular, chinese)


def compare(parsed: ParsedResolution, facts: Facts) -> list[str]:
    """Each fact the parse got wrong, as 'name: parsed != expected'."""
    main = [p for p in parsed.paragraphs if not p.in_annex]
    operative = list(parsed.operative)
    got = {
        "symbol": parsed.symbol,
        "session": parsed.session,
        "adopted_on": parsed.adopted_on.isoformat() if parsed.adopted_on else "",
        "committee": parsed.committee,
        "committee_report": parsed.committee_report,
        "draft_symbol": parsed.draft_symbol,
        "plenary_meeting": parsed.plenary_meeting,
        "agenda_items": parsed.agenda_items,
        "preambular": len(parsed.preambular),
        "headings": sum(p.kind == HEADING for p in main),
        "operative": [p.number for p in operative],
        "subparagraphs": [_count_subs(p) for p in operative],
        "leads": [p.lead for p in main if p.kind != HEADING],
        "footnotes": len(parsed.footnotes),
        "links": [_markers(p) for p in main if p.kind != HEADING],
        "annex": [p.number or p.kind for p in parsed.paragraphs if p.in_annex],
        "ga_citations": _ga_citations(parsed, facts.linked),
    }
    expected = vars(facts)
    return [
        f"{name}: {got[name]!r} != {expected[name]!r}"
        for name in got
        if got[name] != expected[name] and name != "linked"
    ]


def _count_subs(paragraph) -> int:
    return sum(1 + _count_subs(child) for child in paragraph.subparagraphs)


def _markers(paragraph) -> tuple[int, ...]:
    refs = list(paragraph.refs)
    stack = list(paragraph.subparagraphs)
    while stack:
        child = stack.pop(0)
        refs += child.refs
        stack[:0] = child.subparagraphs
    return tuple(dict.fromkeys(r.marker for r in refs))


def _ga_citations(parsed: ParsedResolution, linked: set[str]) -> set[str]:
    """The GA resolutions cited, among the numbers the XML links.

    The XML's links are the truth; a number it does not link at all (its resolution
    39/11, A/RES/79/169) has no truth to compare with and is left out.
    """
    citations = [c for f in parsed.footnotes for c in f.citations]
    stack = list(parsed.paragraphs)
    while stack:
        paragraph = stack.pop()
        citations += paragraph.citations
        stack += paragraph.subparagraphs
    return {
        canonical_symbol(c.symbol)
        for c in citations
        if c.kind == GA_RESOLUTION and resolution_number(c.symbol) in linked
    }


AMBIGUOUS = "ambiguous lead (format)"


def check_archive(path: Path) -> tuple[str, int, list[tuple[str, list[str]]]]:
    """(language, documents, [(member, differences)]) for one GA-NN-Language.zip.

    A document whose only differences are Chinese leads the plain text cannot decide
    (is_ambiguous_lead) has the single difference AMBIGUOUS.
    """
    language = FOLDER_LANGUAGES[path.stem.split("-")[-1]]
    failures: list[tuple[str, list[str]]] = []
    total = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            total += 1
            try:
                text, facts = render_document(archive.read(name), language)
            except Skip as skip:
                failures.append((name, [f"not rendered: {skip}"]))
                continue
            try:
                parsed = parse_text(text)
                differences = compare(parsed, facts)
            except ParseError as error:
                differences = [f"ParseError: {error}"]
            else:
                leads = [p.lead for p in parsed.paragraphs if _is_main(p)]
                only_leads = [d.split(":")[0] for d in differences] == ["leads"]
                if only_leads and is_ambiguous_lead(leads, facts, language):
                    differences = [AMBIGUOUS]
            if differences:
                failures.append((name, differences))
    return language, total, failures


def _is_main(paragraph) -> bool:
    return not paragraph.in_annex and paragraph.kind != HEADING


ARCHIVES = sorted(CORPUS.glob("GA-*-*.zip"))


@pytest.fixture(scope="module")
def results() -> list[tuple[str, int, list[tuple[str, list[str]]]]]:
    return [check_archive(path) for path in ARCHIVES]


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_parse_text_reads_back_every_rendered_resolution(results):
    totals: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for language, total, failures in results:
        listed = [name for name, _ in failures if _base(name) in EXCEPTIONS]
        totals[language] += total - len(listed)
        agreed[language] += total - len(failures)
        for name, differences in failures:
            if _base(name) in EXCEPTIONS:
                continue
            if differences == [AMBIGUOUS]:
                ambiguous[language] += 1
            kinds.update({d.split(":")[0] for d in differences})
    for language in sorted(totals):
        # Raw: every document counted, the ambiguous ones as failures. Target: the
        # ambiguous ones left out of both sides, as they are not decidable.
        raw = agreed[language] / totals[language]
        share = _share(agreed, totals, ambiguous, language)
        print(
            f"{language}: raw {agreed[language]}/{totals[language]} = {raw:.2%}; "
            f"{ambiguous[language]} {AMBIGUOUS}; without them {share:.2%}"
        )
    print("documents per difference:", dict(kinds.most_common()))
    for language in totals:
        assert _share(agreed, totals, ambiguous, language) >= FLOORS[language], language


def _share(agreed, totals, ambiguous, language: str) -> float:
    return agreed[language] / (totals[language] - ambiguous[language])


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_exceptions_are_still_needed(results):
    failing = {_base(name) for _, _, failures in results for name, _ in failures}
    assert sorted(set(EXCEPTIONS) - failing) == []


def _base(member: str) -> str:
    return member.rsplit("/", 1)[-1]
