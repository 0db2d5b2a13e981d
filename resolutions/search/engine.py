"""Query text -> ranked, counted, faceted, highlighted paragraph hits.

Ranking is ts_rank over the whole match set, newest adoption first on ties; the
count and the facets are exact up to COUNT_CAP matches and estimated beyond it from a
sample of the table (labelled "about" by the pages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection

from resolutions.models import Footnote, Paragraph

from .highlight import highlight_hits
from .query import Query, parse_query, query_sql, symbol_of

PER_PAGE = 20
MAX_PAGE = 500
COUNT_CAP = 10_000
FACETS = ("session", "language", "kind", "committee", "lead")
SORTS = ("relevance", "newest", "oldest")
FILTERS = ("language", "session", "kind", "committee", "lead")


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


@dataclass
class SearchResults:
    query: Query
    count: int = 0
    approximate: bool = False
    page: int = 1
    pages: int = 0
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    symbol: str | None = None  # the query names this resolution
    notes: list[str] = field(default_factory=list)
    per_page: int = PER_PAGE

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.per_page + 1


def _where(filters: dict) -> tuple[str, list]:
    clauses, params = [], []
    for name in FILTERS:
        value = filters.get(name)
        if value in (None, ""):
            continue
        clauses.append(f"e.{name} = %s")
        params.append(value)
    return "".join(f" AND {c}" for c in clauses), params


def search_paragraphs(
    q: str,
    *,
    filters: dict | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = PER_PAGE,
) -> SearchResults:
    filters = filters or {}
    query = parse_query(q)
    results = SearchResults(
        query=query, notes=list(query.notes), symbol=symbol_of(q), per_page=per_page
    )
    tsquery, params = query_sql(query, filters.get("language"))
    if not tsquery:
        return results
    page = max(1, min(page, MAX_PAGE))
    where, where_params = _where(filters)
    base = f"FROM resolutions_searchentry e WHERE e.vector @@ ({tsquery}){where}"
    base_params = [*params, *where_params]
    order = {
        "relevance": "rank DESC, e.adopted_on DESC NULLS LAST, e.id",
        "newest": "e.adopted_on DESC NULLS LAST, rank DESC, e.id",
        "oldest": "e.adopted_on ASC NULLS LAST, rank DESC, e.id",
    }[sort if sort in SORTS else "relevance"]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 {base} LIMIT {COUNT_CAP + 1}) AS m",
            base_params,
        )
        count = cursor.fetchone()[0]
        results.approximate = count > COUNT_CAP
        if results.approximate:
            count = _estimate(cursor, base, base_params) or count
        results.count = count
        results.pages = min(MAX_PAGE, -(-count // per_page))
        results.page = min(page, max(results.pages, 1))
        cursor.execute(
            f"SELECT e.paragraph_id, e.footnote_id, "
            f"ts_rank(e.vector, ({tsquery})) AS rank {base} "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*params, *base_params, per_page, (results.page - 1) * per_page],
        )
        rows = cursor.fetchall()
        results.facets = _facets(cursor, base, base_params, results.approximate)
    results.hits = _hits(rows, query)
    return results


def _estimate(cursor, base: str, params: list) -> int | None:
    """Matches in a 1% block sample, scaled: honest for common queries."""
    sampled = base.replace(
        "FROM resolutions_searchentry e",
        "FROM resolutions_searchentry e TABLESAMPLE SYSTEM (1) REPEATABLE (7)",
    )
    cursor.execute(f"SELECT count(*) * 100 {sampled}", params)
    estimate = cursor.fetchone()[0]
    return estimate if estimate > COUNT_CAP else None


def _facets(cursor, base: str, params: list, approximate: bool) -> dict:
    source = base
    scale = 1
    if approximate:
        source = base.replace(
            "FROM resolutions_searchentry e",
            "FROM resolutions_searchentry e TABLESAMPLE SYSTEM (1) REPEATABLE (7)",
        )
        scale = 100
    sets = ", ".join(f"(e.{name})" for name in FACETS)
    cursor.execute(
        f"SELECT {', '.join('e.' + n for n in FACETS)}, count(*) * {scale}, "
        f"GROUPING({', '.join('e.' + n for n in FACETS)}) "
        f"{source} GROUP BY GROUPING SETS ({sets})",
        params,
    )
    facets: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    for row in cursor.fetchall():
        values, n, grouping = row[: len(FACETS)], row[len(FACETS)], row[-1]
        for i, name in enumerate(FACETS):
            # GROUPING() has bit (len-1-i) clear for the column grouped on.
            if not grouping & (1 << (len(FACETS) - 1 - i)):
                if values[i] not in (None, ""):
                    facets[name].append((values[i], n))
    for name in FACETS:
        facets[name].sort(key=lambda item: (-item[1], str(item[0])))
    facets["lead"] = facets["lead"][:20]
    return facets


def _hits(rows, query: Query) -> list[Hit]:
    paragraph_ids = [r[0] for r in rows if r[0]]
    footnote_ids = [r[1] for r in rows if r[1]]
    paragraphs = (
        {
            p.pk: p
            for p in Paragraph.objects.filter(pk__in=paragraph_ids).select_related(
                "resolution"
            )
        }
        if paragraph_ids
        else {}
    )
    footnotes = (
        {
            f.pk: f
            for f in Footnote.objects.filter(pk__in=footnote_ids).select_related(
                "resolution"
            )
        }
        if footnote_ids
        else {}
    )
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
