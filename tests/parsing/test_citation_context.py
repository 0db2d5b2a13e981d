"""citation_context: a number cited with its body named keeps that body where the
document cites it again without one."""

from __future__ import annotations

from resolutions.parsing.citation_context import reuse_bodies, with_bodies_reused
from resolutions.parsing.symbols import find_citations, find_citations_named
from resolutions.parsing.types import (
    GA_RESOLUTION,
    HRC_RESOLUTION,
    PREAMBULAR,
    ParsedFootnote,
    ParsedFootnoteRef,
    ParsedParagraph,
    ParsedResolution,
)


def cited(*texts: str) -> list:
    return [pair for text in texts for pair in find_citations_named(text)]


def test_reuse_bodies_gives_a_bare_number_the_body_named_before():
    # A/RES/76/1: the Council's resolution 43/1, then the report it asked for.
    citations = reuse_bodies(
        cited(
            "Recalling Human Rights Council resolution 43/1 of 19 June 2020",
            "the report submitted pursuant to resolution 43/1",
        )
    )
    assert [(c.symbol, c.kind) for c in citations] == [
        ("A/HRC/RES/43/1", HRC_RESOLUTION),
        ("A/HRC/RES/43/1", HRC_RESOLUTION),
    ]


def test_reuse_bodies_reads_chinese_lists():
    # A/RES/76/177: 人权理事会…第34/24号决议, later 根据第34/24号和第40/20号决议.
    citations = reuse_bodies(
        cited("回顾人权理事会第34/24号和第40/20号决议", "根据第34/24号和第40/20号决议")
    )
    assert [c.symbol for c in citations] == ["A/HRC/RES/34/24", "A/HRC/RES/40/20"] * 2


def test_reuse_bodies_looks_only_back():
    citations = reuse_bodies(
        cited("pursuant to resolution 43/1", "Human Rights Council resolution 43/1")
    )
    assert [c.symbol for c in citations] == ["A/RES/43/1", "A/HRC/RES/43/1"]


def test_reuse_bodies_keeps_numbers_named_as_the_assemblys():
    citations = reuse_bodies(
        cited(
            "Human Rights Council resolution 43/1",
            "its resolution 43/1",
            "pursuant to resolution 43/1",
        )
    )
    assert [c.kind for c in citations] == [HRC_RESOLUTION] + [GA_RESOLUTION] * 2


def _paragraph(text: str, refs: tuple[ParsedFootnoteRef, ...] = ()) -> ParsedParagraph:
    return ParsedParagraph(PREAMBULAR, text, refs=refs, citations=find_citations(text))


def test_with_bodies_reused_reads_a_footnote_where_it_is_referred_to():
    note = "Human Rights Council resolution 42/22."
    resolution = ParsedResolution(
        symbol="A/RES/75/198",
        language="en",
        session=75,
        number="198",
        title="",
        paragraphs=(
            _paragraph("Recalling the Working Group,", (ParsedFootnoteRef(1, 28),)),
            _paragraph("the report requested in resolution 42/22"),
        ),
        footnotes=(ParsedFootnote(1, note, find_citations(note)),),
    )
    reused = with_bodies_reused(resolution)
    assert [c.symbol for c in reused.paragraphs[1].citations] == ["A/HRC/RES/42/22"]
    assert reused.footnotes == resolution.footnotes


def _resolution(paragraphs, notes) -> ParsedResolution:
    return ParsedResolution(
        symbol="A/RES/75/238",
        language="en",
        session=75,
        number="238",
        title="",
        paragraphs=tuple(paragraphs),
        footnotes=tuple(ParsedFootnote(m, t, find_citations(t)) for m, t in notes),
    )


def test_with_bodies_reused_reads_the_councils_report_in_a_footnote():
    # A/RES/75/238: each resolution of the list carries a footnote to Supplement
    # No. 53, the Human Rights Council's report; "Ibid." repeats it. (The text
    # names the Council before the list too; here it does not.)
    text = (
        "recalling resolutions 43/26 of 22 June 2020, 37/32 of 23 March 2018 and "
        "S-27/1 of 5 December 2017, and resolution 74/246"
    )
    refs = tuple(
        ParsedFootnoteRef(marker, text.index(after) + len(after))
        for marker, after in ((3, "June 2020,"), (6, "March 2018"), (7, "2017"))
    )
    notes = [
        (
            3,
            "Official Records of the General Assembly, Seventy-fifth Session, "
            "Supplement No. 53 (A/75/53), chap. IV, sect. A.",
        ),
        (6, "Ibid., Supplement No. 53 (A/73/53), chap. IV, sect. A."),
        (7, "Ibid., chap. III."),
    ]
    reused = with_bodies_reused(_resolution([_paragraph(text, refs)], notes))
    assert [c.symbol for c in reused.paragraphs[0].citations] == [
        "A/HRC/RES/43/26",
        "A/HRC/RES/37/32",
        "A/HRC/RES/S-27/1",
        "A/RES/74/246",
    ]


def test_with_bodies_reused_leaves_a_footnote_that_is_not_the_numbers():
    text = "its resolution 74/246 and resolution 72/248 on the report"
    refs = (ParsedFootnoteRef(1, len(text)),)
    notes = [(1, "Official Records, Supplement No. 53 (A/75/53).")]
    reused = with_bodies_reused(_resolution([_paragraph(text, refs)], notes))
    assert [c.symbol for c in reused.paragraphs[0].citations] == [
        "A/RES/74/246",
        "A/RES/72/248",
    ]


def test_with_bodies_reused_reads_the_councils_report_after_its_resolution():
    # A/RES/75/198: "its resolution" is the Council's when its footnote, after the
    # clause's semicolon, is the Council's report.
    text = (
        "Taking note of the request of the Human Rights Council to the Working Group "
        "on Arbitrary Detention, within its mandate, to prepare a study on arbitrary "
        "detention related to drug policies, through its resolution 42/22 of "
        "26 September 2019;"
    )
    refs = (ParsedFootnoteRef(28, len(text)),)
    notes = [
        (
            28,
            "See Official Records of the General Assembly, Seventy-fourth Session, "
            "Supplement No. 53A (A/74/53/Add.1), chap. III.",
        )
    ]
    reused = with_bodies_reused(_resolution([_paragraph(text, refs)], notes))
    assert [c.symbol for c in reused.paragraphs[0].citations] == ["A/HRC/RES/42/22"]
