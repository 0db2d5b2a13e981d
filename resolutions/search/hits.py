"""Page rows -> Hits: each paragraph or footnote with its resolution, highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from resolutions.models import Footnote, Paragraph

from .highlight import highlight_hits
from .query import Query


@dataclass(frozen=True)
class Hit:
    symbol: str
    language: str
    kind: str
    number: str  # operative number, sub-paragraph label or footnote marker
    anchor: str
    text: str
    highlight: str  # safe HTML: escaped text with <mark> around matches
    session: int
    title: str
    adopted_on: object


_RESOLUTION = ("symbol", "language", "session", "title", "adopted_on")


def _with_resolution(model, ids: list[int], fields: tuple[str, ...]) -> dict:
    """{id: (fields..., Resolution facts)} in one query (none when there are no
    ids): the values only, as building model instances was a third of a cheap
    search's time."""
    if not ids:
        return {}
    names = [*fields, *(f"resolution__{name}" for name in _RESOLUTION)]
    return {
        row[0]: (row[1 : len(fields) + 1], _Resolution(*row[len(fields) + 1 :]))
        for row in model.objects.filter(pk__in=ids).values_list("pk", *names)
    }


@dataclass(frozen=True)
class _Resolution:
    symbol: str
    language: str
    session: int
    title: str
    adopted_on: object


def read_hits(rows, query: Query) -> list[Hit]:
    """The page's Hits, in the order of `rows` ([(paragraph_id, footnote_id, rank)])."""
    paragraph_ids = [r[0] for r in rows if r[0]]
    footnote_ids = [r[1] for r in rows if r[1]]
    paragraphs = _with_resolution(
        Paragraph, paragraph_ids, ("kind", "number", "label", "anchor", "text")
    )
    footnotes = _with_resolution(Footnote, footnote_ids, ("marker", "text"))
    sources = []
    for paragraph_id, footnote_id, _rank in rows:
        if paragraph_id:
            (kind, number, label, anchor, text), resolution = paragraphs[paragraph_id]
            sources.append((resolution, kind, number or label, anchor, text))
        else:
            (marker, text), resolution = footnotes[footnote_id]
            sources.append((resolution, "footnote", str(marker), f"fn{marker}", text))
    marked = highlight_hits([(s[4], s[0].language) for s in sources], query)
    return [
        Hit(
            symbol=r.symbol,
            language=r.language,
            kind=kind,
            number=number,
            anchor=anchor,
            text=text,
            highlight=html,
            session=r.session,
            title=r.title,
            adopted_on=r.adopted_on,
        )
        for (r, kind, number, anchor, text), html in zip(sources, marked, strict=True)
    ]
