"""Query text -> ranked, counted, faceted, highlighted paragraph hits.

The plan, measured on 1.2M paragraphs (bench/search.py): one statement over a 1% block
sample of the search table estimates the matches and their facets. A query with at
most COMMON matches (by that estimate) is counted exactly up to COUNT_CAP through the
GIN index, faceted exactly, and all its matches are ranked by ts_rank. A commoner one
(人权, one character, a frequent English word) would cost 0.4-0.9 s to rank in full,
so its count and facets are the sample's (labelled "about") and relevance ranks the
CANDIDATES most recent matches only; the page says so. Ties go to the newest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection, transaction

from resolutions.models import Footnote, Paragraph

from .highlight import highlight_hits
from .query import Query, parse_query, phrase_checks, query_sql, symbol_of

PER_PAGE = 20
MAX_PAGE = 500
COUNT_CAP = 10_000
COMMON = 20_000  # estimated matches beyond which ranking is bounded
CANDIDATES = 1_000  # most recent matches ranked for a common query
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
    bounded: bool = False  # relevance ranked the CANDIDATES most recent matches only
    ranked: int = 0  # matches that can be paged through
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
    """Search, count, facet and highlight; see the module docstring for the plan."""
    filters = filters or {}
    query = parse_query(q)
    results = SearchResults(
        query=query, notes=list(query.notes), symbol=symbol_of(q), per_page=per_page
    )
    tsquery, params = query_sql(query, filters.get("language"))
    if not tsquery:
        return results
    sort = sort if sort in SORTS else "relevance"
    where, where_params = _where(filters)
    verify, verify_params = phrase_checks(query)
    match = f"e.vector @@ ({tsquery}){where}{verify}"
    match_params = [*params, *where_params, *verify_params]
    with transaction.atomic(), connection.cursor() as cursor:
        # The GIN index always beats a scan of the whole table for @@ (measured:
        # the planner's sequential scans cost 1-1.5 s at 1.2M rows); a bitmap of
        # 100k+ matches needs more than the default 4 MB to stay exact.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL work_mem = '32MB'")
        estimate, sampled_facets = _sample(cursor, match, match_params)
        if estimate > COMMON:
            _common(cursor, results, estimate, sampled_facets, match, match_params)
        else:
            _exact(cursor, results, match, match_params, sampled_facets, estimate)
        results.pages = min(MAX_PAGE, -(-results.ranked // per_page))
        results.page = min(max(1, page), max(results.pages, 1))
        offset = (results.page - 1) * per_page
        table = "FROM resolutions_searchentry e"
        rank = f"ts_rank(c.vector, ({tsquery})) AS rank"
        if sort != "relevance":
            if sort == "newest":
                direction = "e.adopted_on DESC NULLS LAST, e.id"
            else:  # the same index read backwards
                direction = "e.adopted_on ASC NULLS FIRST, e.id DESC"
            sql = (
                f"SELECT e.paragraph_id, e.footnote_id, 0 {table} WHERE {match} "
                f"ORDER BY {direction} LIMIT %s OFFSET %s"
            )
            sql_params = [*match_params, per_page, offset]
        else:
            # A common query ranks the CANDIDATES most recent matches, read in the
            # order of the date index; any other ranks all of its matches.
            bound = (
                f"ORDER BY e.adopted_on DESC NULLS LAST, e.id LIMIT {CANDIDATES}"
                if results.bounded
                else ""
            )
            sql = (
                f"SELECT c.paragraph_id, c.footnote_id, {rank} FROM ("
                f"SELECT e.paragraph_id, e.footnote_id, e.adopted_on, e.id, e.vector "
                f"{table} WHERE {match} {bound}) AS c "
                f"ORDER BY rank DESC, c.adopted_on DESC NULLS LAST, c.id "
                f"LIMIT %s OFFSET %s"
            )
            sql_params = [*params, *match_params, per_page, offset]
        cursor.execute(sql, sql_params)
        rows = cursor.fetchall()
    results.hits = _hits(rows, query)
    return results


SAMPLE = "TABLESAMPLE SYSTEM (1) REPEATABLE (7)"


def _sample(cursor, match: str, params: list) -> tuple[int, dict]:
    """One statement over a 1% block sample: the estimated total and the facets."""
    columns = ", ".join(f"e.{name}" for name in FACETS)
    sets = ", ".join(f"(e.{name})" for name in FACETS)
    cursor.execute(
        f"SELECT {columns}, count(*) * 100, GROUPING({columns}) "
        f"FROM resolutions_searchentry e {SAMPLE} WHERE {match} "
        f"GROUP BY GROUPING SETS ({sets}, ())",
        params,
    )
    return _read_facets(cursor.fetchall())


def _common(cursor, results, estimate, sampled_facets, match, params) -> None:
    """Matches far beyond COUNT_CAP: estimated count and facets, bounded ranking."""
    results.count, results.approximate, results.bounded = estimate, True, True
    results.facets = sampled_facets
    cursor.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM resolutions_searchentry e "
        f"WHERE {match} LIMIT {CANDIDATES}) AS m",
        params,
    )
    results.ranked = cursor.fetchone()[0]


def _exact(cursor, results, match, params, sampled_facets, estimate) -> None:
    """Exact count and facets up to COUNT_CAP matches; estimated beyond."""
    cursor.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM resolutions_searchentry e "
        f"WHERE {match} LIMIT {COUNT_CAP + 1}) AS m",
        params,
    )
    count = cursor.fetchone()[0]
    results.ranked = count
    if count > COUNT_CAP:
        results.count, results.approximate = max(estimate, count), True
        results.facets = sampled_facets
        return
    results.count = count
    columns = ", ".join(f"e.{name}" for name in FACETS)
    sets = ", ".join(f"(e.{name})" for name in FACETS)
    cursor.execute(
        f"SELECT {columns}, count(*), GROUPING({columns}) "
        f"FROM resolutions_searchentry e WHERE {match} GROUP BY GROUPING SETS ({sets})",
        params,
    )
    results.facets = _read_facets(cursor.fetchall())[1]


def _read_facets(rows) -> tuple[int, dict[str, list[tuple[str, int]]]]:
    """(total, facets) from GROUPING SETS rows; the () set, if any, is the total."""
    facets: dict[str, list[tuple[str, int]]] = {name: [] for name in FACETS}
    total = 0
    everything = (1 << len(FACETS)) - 1
    for row in rows:
        values, n, grouping = row[: len(FACETS)], row[len(FACETS)], row[-1]
        if grouping == everything:
            total = n
            continue
        for i, name in enumerate(FACETS):
            # GROUPING() has bit (len-1-i) clear for the column grouped on.
            if not grouping & (1 << (len(FACETS) - 1 - i)) and values[i] not in (
                None,
                "",
            ):
                facets[name].append((values[i], n))
    for name in FACETS:
        facets[name].sort(key=lambda item: (-item[1], str(item[0])))
    facets["lead"] = facets["lead"][:20]
    return total, facets


def _with_resolution(model, ids: list[int]) -> dict:
    """{id: row} with its resolution, in one query (none when there are no ids)."""
    if not ids:
        return {}
    return {
        row.pk: row
        for row in model.objects.filter(pk__in=ids).select_related("resolution")
    }


def _hits(rows, query: Query) -> list[Hit]:
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
