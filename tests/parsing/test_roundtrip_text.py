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
from roundtrip.akn_facts import akn_facts, facts_of
from roundtrip.exceptions import EXCEPTIONS
from roundtrip.render import Facts, Skip, render_document
from roundtrip.shapes import FOLDER_LANGUAGES, canonical_symbol, resolution_number

from resolutions.parsing.akn import parse_akn
from resolutions.parsing.errors import ParseError
from resolutions.parsing.text import parse_text
from resolutions.parsing.types import GA_RESOLUTION, HEADING, ParsedResolution

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "unxml"
# The target is 99% of documents identical in every language, after removing
# only the exceptions in roundtrip/exceptions (defects in the XML itself, checked by
# hand, one module per kind). Met in every language on the "marked" rendering
# (TRUTHS); on the plain seed layout Chinese preambular leads are left to the
# lexicon, and no language may fall below the agreement it has now (raise these
# numbers as the parser or the renderer learns a shape). Counted over all
# documents, those the renderer cannot lay out yet included, the exceptions left out.
TARGET = 0.99
FLOORS = {"zh": 0.965, "en": 0.995, "fr": 0.995, "es": 0.995, "ru": 0.995, "ar": 0.995}
# The same, parse_text compared with parse_akn() on the same XML.
AKN_FLOORS = {
    "zh": 0.97,
    "en": 0.995,
    "fr": 0.995,
    "es": 0.995,
    "ru": 0.995,
    "ar": 0.995,
}


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
    got = facts_of(parsed) | {"ga_citations": _ga_citations(parsed, facts.linked)}
    expected = vars(facts)
    return [
        f"{name}: {got[name]!r} != {expected[name]!r}"
        for name in got
        if got[name] != expected[name]
    ]


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


Failures = list[tuple[str, list[str]]]  # [(member, differences)]
# What parse_text(rendered) is compared with: the facts the renderer took from the
# XML itself, and the facts parse_akn() reads from the same XML (the check).
# "marked" is the check again, on a rendering that writes Chinese preambular
# leads in italics as every other language's are (the same text elsewhere): what the
# parser reads when the lead's extent is in the text, not left to the lexicon.
TRUTHS = ("render", "akn", "marked")


def check_archive(path: Path, truth: str = "render") -> tuple[str, int, Failures]:
    """(language, documents, [(member, differences)]) for one GA-NN-Language.zip,
    parse_text compared with `truth` (one of TRUTHS)."""
    language, total, failures = check_archive_both(path)
    return language, total, failures[truth]


def check_archive_both(path: Path) -> tuple[str, int, dict[str, Failures]]:
    """(language, documents, {truth: [(member, differences)]}) for one
    GA-NN-Language.zip, for each of TRUTHS.

    A document whose only differences are Chinese leads the plain text cannot decide
    (is_ambiguous_lead) has the single difference AMBIGUOUS.
    """
    language = FOLDER_LANGUAGES[path.stem.split("-")[-1]]
    failures: dict[str, Failures] = {truth: [] for truth in TRUTHS}
    total = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            total += 1
            data = archive.read(name)
            for truth, differences in _check(data, language).items():
                if differences:
                    failures[truth].append((name, differences))
    return language, total, failures


def _check(data: bytes, language: str) -> dict[str, list[str]]:
    """The differences of one document, for each of TRUTHS."""
    try:
        text, facts = render_document(data, language)
    except Skip as skip:
        return dict.fromkeys(TRUTHS, [f"not rendered: {skip}"])
    expected: dict[str, Facts] = {"render": facts}
    found: dict[str, list[str]] = {}
    try:
        expected["akn"] = expected["marked"] = akn_facts(parse_akn(data), facts)
    except ParseError as error:
        found["akn"] = found["marked"] = [f"parse_akn ParseError: {error}"]
    texts = {truth: text for truth in expected}
    if language == "zh" and "marked" in expected:
        texts["marked"] = render_document(data, language, marked_leads=True)[0]
    parsed = {each: _parse(each) for each in set(texts.values())}  # each text once
    for truth, truth_facts in expected.items():
        got = parsed[texts[truth]]
        if isinstance(got, ParseError):
            found[truth] = [f"ParseError: {got}"]
            continue
        differences = compare(got, truth_facts)
        only_leads = [d.split(":")[0] for d in differences] == ["leads"]
        if (
            truth != "marked"
            and only_leads
            and is_ambiguous_lead(
                [p.lead for p in got.paragraphs if _is_main(p)], truth_facts, language
            )
        ):
            differences = [AMBIGUOUS]
        found[truth] = differences
    return found


def _parse(text: str) -> ParsedResolution | ParseError:
    try:
        return parse_text(text)
    except ParseError as error:
        return error


def _is_main(paragraph) -> bool:
    return not paragraph.in_annex and paragraph.kind != HEADING


ARCHIVES = sorted(CORPUS.glob("GA-*-*.zip"))


@pytest.fixture(scope="module")
def results() -> list[tuple[str, int, dict[str, Failures]]]:
    return [check_archive_both(path) for path in ARCHIVES]


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_parse_text_reads_back_every_rendered_resolution(results):
    shares = agreement(results, "render")
    for language, share in shares.items():
        assert share >= FLOORS[language], language


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_parse_text_agrees_with_parse_akn(results):
    """The issue's comparison: parse_text(rendered) against parse_akn() on the
    same XML, the XML's links the truth for the cited resolutions."""
    shares = agreement(results, "akn")
    for language, share in shares.items():
        assert share >= AKN_FLOORS[language], language


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_parse_text_agrees_with_parse_akn_when_chinese_leads_are_marked(results):
    """The issue's target, met in every language once the text carries the extent
    of each lead: only Chinese preambles leave it to the lexicon (see
    is_ambiguous_lead), and with their leads marked Chinese agrees as the others."""
    shares = agreement(results, "marked")
    for language, share in shares.items():
        assert share >= TARGET, language


def agreement(results, truth: str) -> dict[str, float]:
    """The share of documents agreeing per language, printed with the kinds of
    difference; the exceptions are left out, and so are the ambiguous Chinese leads
    (from both sides: they are not decidable)."""
    totals: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    ambiguous: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for language, total, by_truth in results:
        failures = by_truth[truth]
        listed = [name for name, _ in failures if _base(name) in EXCEPTIONS]
        totals[language] += total - len(listed)
        agreed[language] += total - len(failures)
        for name, differences in failures:
            if _base(name) in EXCEPTIONS:
                continue
            if differences == [AMBIGUOUS]:
                ambiguous[language] += 1
            kinds.update({d.split(":")[0] for d in differences})
    print(f"parse_text compared with {truth}:")
    shares = {}
    for language in sorted(totals):
        # Raw: every document counted, the ambiguous ones as failures.
        raw = agreed[language] / totals[language]
        shares[language] = agreed[language] / (totals[language] - ambiguous[language])
        print(
            f"{language}: raw {agreed[language]}/{totals[language]} = {raw:.2%}; "
            f"{ambiguous[language]} {AMBIGUOUS}; without them {shares[language]:.2%}"
        )
    print("documents per difference:", dict(kinds.most_common()))
    return shares


@pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {CORPUS}")
def test_exceptions_are_still_needed(results):
    failing = {
        _base(name)
        for _, _, by_truth in results
        for failures in by_truth.values()
        for name, _ in failures
    }
    assert sorted(set(EXCEPTIONS) - failing) == []


def _base(member: str) -> str:
    return member.rsplit("/", 1)[-1]
