"""Citations read against the whole document: a number cited once with its body
named keeps that body where the document cites it again without one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .symbols import Cited, find_citations_named, resolution_symbol
from .types import (
    DOCUMENT,
    GA_RESOLUTION,
    ParsedCitation,
    ParsedParagraph,
    ParsedResolution,
)

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
    sub-paragraphs; footnotes no paragraph refers to come last."""
    units = _reading_order(resolution)
    cited = [pair for _, text, citations in units for pair in _named(text, citations)]
    citations = iter(reuse_bodies(cited))
    by_key = {key: tuple(next(citations) for _ in own) for key, _, own in units}
    paragraphs = tuple(
        _rebuilt(p, (i,), by_key) for i, p in enumerate(resolution.paragraphs)
    )
    footnotes = tuple(
        replace(f, citations=by_key[("f", (i,))])
        for i, f in enumerate(resolution.footnotes)
    )
    return replace(resolution, paragraphs=paragraphs, footnotes=footnotes)


def _named(text: str, citations: tuple[ParsedCitation, ...]) -> list[Cited]:
    """Each citation with whether its body is named; one the finder does not give
    back for `text` counts as named and is left as it is."""
    named = dict(find_citations_named(text))
    return [(c, named.get(c, True)) for c in citations]


def _reading_order(
    resolution: ParsedResolution,
) -> list[tuple[_Key, str, tuple[ParsedCitation, ...]]]:
    notes = resolution.footnotes
    unread = {f.marker: i for i, f in reversed(list(enumerate(notes)))}
    units: list[tuple[_Key, str, tuple[ParsedCitation, ...]]] = []

    def read_note(index: int) -> None:
        units.append((("f", (index,)), notes[index].text, notes[index].citations))

    def visit(paragraph: ParsedParagraph, path: tuple[int, ...]) -> None:
        units.append((("p", path), paragraph.text, paragraph.citations))
        for marker in paragraph.footnotes:
            if marker in unread:
                read_note(unread.pop(marker))
        for i, child in enumerate(paragraph.subparagraphs):
            visit(child, (*path, i))

    for i, paragraph in enumerate(resolution.paragraphs):
        visit(paragraph, (i,))
    read = {key for key, _, _ in units}
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
