"""Citations read against the whole document: a number cited once with its body
named keeps that body where the document cites it again without one, and a number
whose footnote is the Human Rights Council's report is the Council's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .symbols import (
    Cited,
    cites_council_report,
    ends_citation,
    find_citations_named,
    resolution_symbol,
)
from .types import (
    DOCUMENT,
    GA_RESOLUTION,
    ParsedCitation,
    ParsedFootnote,
    ParsedFootnoteRef,
    ParsedParagraph,
    ParsedResolution,
)

_IBID = re.compile(r"(?:Ibid|Там же|المرجع نفسه|同上)")
# "its resolution" just before a number: the Assembly's by default, which a footnote
# may correct.
_ITS = re.compile(r"(?:\b(?:its|sa|su)|своей|свою)\s+\S+\s*$|قرار\S*ها\s*$")
# A paragraph by its path of indexes (sub-paragraphs after their parent's), or a
# footnote by its index.
_Key = tuple[str, tuple[int, ...]]


def reuse_bodies(cited: Iterable[Cited]) -> list[ParsedCitation]:
    """The citations of a document in reading order, each with whether its text
    names its body; a number read as the Assembly's only because no body was named
    takes the body it was last cited with by name, when that was another body:
    "Human Rights Council resolution 43/1" and, later, "the report submitted
    pursuant to resolution 43/1" (A/RES/76/1); 人权理事会…第34/24号决议 and, later,
    根据第34/24号和第40/20号决议 (A/RES/76/177).
    """
    named_as: dict[str, ParsedCitation] = {}
    result: list[ParsedCitation] = []
    for citation, named in cited:
        if citation.kind == DOCUMENT:
            result.append(citation)
            continue
        as_ga = resolution_symbol(citation.text, "GA")[0]
        if named and citation.kind != GA_RESOLUTION:
            named_as[as_ga] = citation
        elif named:
            named_as.pop(as_ga, None)  # named the Assembly's since
        elif citation.kind == GA_RESOLUTION and as_ga in named_as:
            other = named_as[as_ga]
            citation = replace(
                citation, symbol=other.symbol, kind=other.kind, label=other.label
            )
        result.append(citation)
    return result


def with_bodies_reused(resolution: ParsedResolution) -> ParsedResolution:
    """`resolution` with reuse_bodies applied to its paragraphs and footnotes, read
    in order: each paragraph, then the footnotes it refers to first, then its
    sub-paragraphs; footnotes no paragraph refers to come last. A bare number whose
    footnote is the Human Rights Council's report is the Council's, and names it."""
    units = _reading_order(resolution)
    notes = _sources(resolution.footnotes)
    cited = [pair for unit in units for pair in _named(unit, notes)]
    citations = iter(reuse_bodies(cited))
    by_key = {
        unit.key: tuple(next(citations) for _ in unit.citations) for unit in units
    }
    paragraphs = tuple(
        _rebuilt(p, (i,), by_key) for i, p in enumerate(resolution.paragraphs)
    )
    footnotes = tuple(
        replace(f, citations=by_key[("f", (i,))])
        for i, f in enumerate(resolution.footnotes)
    )
    return replace(resolution, paragraphs=paragraphs, footnotes=footnotes)


def _sources(footnotes: tuple[ParsedFootnote, ...]) -> dict[int, str]:
    """Each footnote's text, an "Ibid." one after the text of the one before it:
    "⁶ Ibid., Supplement No. 53 (A/73/53)", "⁷ Ibid., chap. III" (A/RES/75/238)."""
    sources: dict[int, str] = {}
    previous = ""
    for note in sorted(footnotes, key=lambda f: f.marker):
        previous = f"{previous} {note.text}" if _IBID.match(note.text) else note.text
        sources[note.marker] = previous
    return sources


@dataclass(frozen=True)
class _Unit:
    """A paragraph's own text (without its sub-paragraphs) or a footnote's."""

    key: _Key
    text: str
    citations: tuple[ParsedCitation, ...]
    refs: tuple[ParsedFootnoteRef, ...] = ()


def _named(unit: _Unit, notes: dict[int, str]) -> list[Cited]:
    """Each citation with whether its body is named; one the finder does not give
    back for the text counts as named and is left as it is."""
    named = dict(find_citations_named(unit.text))
    pairs = [(c, named.get(c, True)) for c in unit.citations]
    return [_footnoted(pair, unit, notes) for pair in pairs]


def _footnoted(pair: Cited, unit: _Unit, notes: dict[int, str]) -> Cited:
    """A bare number, or one read as the Assembly's only for "its resolution",
    whose footnote, just after it, points to the Human Rights Council's report is
    the Council's: "resolution 42/24 of 27 September 2019,⁵" with "⁵ See Official
    Records of the General Assembly, Seventy-fourth Session, Supplement No. 53
    (A/74/53), chap. II" (A/RES/75/183); the request of the Human Rights Council
    to the Working Group …, through its resolution 42/22 of 26 September 2019;²⁸
    (A/RES/75/198)."""
    citation, named = pair
    if citation.kind != GA_RESOLUTION or not unit.refs:
        return pair
    if named and not _ITS.search(
        unit.text, max(0, citation.start - 25), citation.start
    ):
        return pair
    for ref in sorted(unit.refs, key=lambda r: r.offset):
        if ref.offset < citation.end or ref.marker not in notes:
            continue
        if not ends_citation(unit.text[citation.end : ref.offset]):
            return pair
        if not cites_council_report(notes[ref.marker], citation.text):
            return pair
        symbol, kind, label = resolution_symbol(citation.text, "HRC")
        return replace(citation, symbol=symbol, kind=kind, label=label), True
    return pair


def _reading_order(resolution: ParsedResolution) -> list[_Unit]:
    notes = resolution.footnotes
    unread = {f.marker: i for i, f in reversed(list(enumerate(notes)))}
    units: list[_Unit] = []

    def read_note(index: int) -> None:
        units.append(_Unit(("f", (index,)), notes[index].text, notes[index].citations))

    def visit(paragraph: ParsedParagraph, path: tuple[int, ...]) -> None:
        units.append(
            _Unit(("p", path), paragraph.text, paragraph.citations, paragraph.refs)
        )
        for marker in paragraph.footnotes:
            if marker in unread:
                read_note(unread.pop(marker))
        for i, child in enumerate(paragraph.subparagraphs):
            visit(child, (*path, i))

    for i, paragraph in enumerate(resolution.paragraphs):
        visit(paragraph, (i,))
    read = {unit.key for unit in units}
    for index in range(len(notes)):
        if ("f", (index,)) not in read:
            read_note(index)
    return units


def _rebuilt(
    paragraph: ParsedParagraph,
    path: tuple[int, ...],
    by_key: dict[_Key, tuple[ParsedCitation, ...]],
) -> ParsedParagraph:
    children = tuple(
        _rebuilt(child, (*path, i), by_key)
        for i, child in enumerate(paragraph.subparagraphs)
    )
    return replace(paragraph, citations=by_key[("p", path)], subparagraphs=children)
