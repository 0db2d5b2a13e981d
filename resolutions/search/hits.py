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


def _with_resolution(model, ids: list[int]) -> dict:
    """{id: row} with its resolution, in one query (none when there are no ids)."""
    if not ids:
        return {}
    return {
        row.pk: row
        for row in model.objects.filter(pk__in=ids).select_related("resolution")
    }


def read_hits(rows, query: Query) -> list[Hit]:
    """The page's Hits, in the order of `rows` ([(paragraph_id, footnote_id, rank)])."""
    paragraph_ids = [r[0] for r in rows if r[0]]
    footnote_ids = [r[1] for r in rows if r[1]]
    paragraphs = _with_resolution(Paragraph, paragraph_ids)
    footnotes = _with_resolution(Footnote, footnote_ids)
    sources = []
    for paragraph_id, footnote_id, _rank in rows:
        if paragraph_id:
            p = paragraphs[paragraph_id]
            sources.append(
                (p.resolution, p.kind, p.number or p.label, p.anchor, p.text)
            )
        else:
            f = footnotes[footnote_id]
            sources.append(
                (f.resolution, "footnote", str(f.marker), f"fn{f.marker}", f.text)
            )
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
