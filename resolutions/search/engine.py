"""Query text -> ranked, counted, faceted, highlighted paragraph hits.

The plan, measured on 1.2M paragraphs (bench/search.py):

1. A fixed 1% sample of the search table (the rows whose id is a multiple of
   SAMPLE_EVERY) has its own partial GIN index (search_sample_gin), so one cheap
   statement estimates any query's matches and their facets.
2. A query estimated at no more than COMMON matches (and counted at no more than
   COUNT_CAP when the estimate is unsure) reads its matches once, up to COUNT_CAP + 1
   of them: exact count, exact facets and the page, in one statement. Relevance
   ranks its CANDIDATES most recent matches (every match, up to CANDIDATES), as
   ranking reads each match's whole vector; the page says so.
3. A commoner query (人权, one character, a frequent English word), or one that
   overflows COUNT_CAP, would cost 0.4-0.9 s to rank in full: its count and facets
   are the sample's (labelled "about"), and relevance ranks its CANDIDATES most
   recent matches only, found through the date index from a cutoff date the sample
   gives; the page says so. Date sorts page through every match off the date index.
   A Chinese query walks the date index of the rows holding Chinese characters only
   (search_recent_cjk; SearchPlan.cjk).
4. Filters (plan.py) are ANDed with the query inside the GIN index, through the
   lexemes every row carries for its session, language, kind, committee and lead.

Ties go to the newest.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from django.db import connection, transaction

from .hits import Hit, read_hits
from .plan import FILTERS, SearchPlan
from .query import Query, parse_query, query_sql, symbol_of

PER_PAGE = 20
MAX_PAGE = 500
COUNT_CAP = 10_000
# Estimated matches beyond which a query takes the common path, and below which it
# takes the exact one. In between, the sample's estimate cannot tell which side of
# COUNT_CAP the query is: the matches are counted first, up to COUNT_CAP + 1,
# without reading or ranking them (2-5 ms), since reading 10,001 matches only to
# learn they are too many cost 40-100 ms. Not for a phrase: its count rechecks
# every candidate row, as dear as the read itself. Measured on the scale corpus's
# 52 bench queries estimated at 1,000 or more: the true count was 0.55-1.59 x the
# estimate, and 0.84-1.38 x from 5,000 up (妇女 机构: 5,100 -> 7,031), so an
# estimate of 7,000 (x 1.38: 9,660) is still under COUNT_CAP. Above COMMON, the
# count would only confirm what the estimate says: 14,000 is 140 sampled matches,
# and a query with COUNT_CAP matches has 100 in the sample on average (Poisson, sd
# 10), 140 or more with a chance of about 1 in 20,000; x 0.84, 11,760. (At 20,000,
# queries estimated at 14,000-20,000 were counted for nothing: 号和 日第, est.
# 15,500 for 15,660 matches, spent 5.1 ms of its 18 on the count.)
UNSURE = 7_000
COMMON = 14_000
CANDIDATES = 1_000  # most recent matches ranked for a common query
WALK_COST_RATIO = 5.5  # walking a row vs a match in a bitmap: see _common
READ_COST_RATIO = 15  # reading a match vs passing a GIN entry: see _filter_narrows
FACETS = ("session", "language", "kind", "committee", "lead")
# Each search's transaction: the GIN index always beats a scan of the whole table
# for @@ (measured: the planner's sequential scans cost 1-1.5 s at 1.2M rows); a
# bitmap of 100k+ matches needs more than the default 4 MB to stay exact.
SETTINGS = "SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'"
SORTS = ("relevance", "newest", "oldest")


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
    plan = SearchPlan(
        tsquery=tsquery,
        params=params,
        sort=sort if sort in SORTS else "relevance",
        page=max(1, page),
        per_page=per_page,
        filters=filters,
        cjk=query.cjk_only,
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(SETTINGS)
        estimate, sampled_facets, dates = _sample(cursor, plan)
        rows = None
        sure = estimate <= UNSURE or plan.phrase  # see UNSURE
        if estimate <= COMMON and (sure or not _past_cap(cursor, plan)):
            rows = _exact(cursor, results, plan)
        if rows is None:
            results.count = max(estimate, COUNT_CAP + 1 if estimate <= COMMON else 0)
            results.approximate = True
            results.facets = sampled_facets
            rows = _common(cursor, results, plan, dates)
    results.hits = read_hits(rows, query)
    return results


SAMPLE_EVERY = 100  # as in the partial index search_sample_gin (migration 0006)
IN_SAMPLE = f"e.id %% {SAMPLE_EVERY} = 0"  # %% : a literal % in SQL with parameters
_COLUMNS = ", ".join(FACETS)
_E_COLUMNS = ", ".join(f"e.{name}" for name in FACETS)
_SETS = ", ".join(f"({name})" for name in FACETS)


def _sample(cursor, plan: SearchPlan) -> tuple[int, dict, list]:
    """One statement over the 1% sample: the estimated total, the facets, and the
    sampled matches per adoption date (newest first) for _cutoff."""
    match, params = plan.match
    columns = [*FACETS, "adopted_on"]
    names = ", ".join(columns)
    sets = ", ".join(f"({name})" for name in columns)
    cursor.execute(
        f"SELECT {names}, count(*), GROUPING({names}) "
        f"FROM resolutions_searchentry e WHERE {IN_SAMPLE} AND {match} "
        f"GROUP BY GROUPING SETS ({sets}, ())",
        params,
    )
    total, groups = _read_groups(cursor.fetchall(), columns)
    dates = sorted(groups.pop("adopted_on"), reverse=True)
    facets = {
        name: [(value, n * SAMPLE_EVERY) for value, n in values]
        for name, values in groups.items()
    }
    return total * SAMPLE_EVERY, facets, dates


def _past_cap(cursor, plan: SearchPlan) -> bool:
    """Whether the query has more than COUNT_CAP matches (counted, not read)."""
    match, params = plan.match
    return _count_candidates(cursor, match, params, "", [], COUNT_CAP + 1) > COUNT_CAP


def _exact(cursor, results: SearchResults, plan: SearchPlan) -> list | None:
    """Exact count and facets, and the page, from one read of the matches; None
    past COUNT_CAP.

    The matches (at most COUNT_CAP + 1) are read once into a CTE, without their
    vectors; the statement returns the facet rows (GROUPING SETS, the () set being
    the count) followed by the page's rows. Relevance ranks the CANDIDATES most
    recent matches (all of them when there are no more), fetched again by ctid:
    ranking reads and unpacks each match's vector, about 4 us a row, so ranking
    10,000 matches cost 40 ms of the 60-70 ms the statement took (bench/search.py).
    The CTE holds only what the facets and the order need: the rows kept for the
    page are fetched again by ctid for their sources too (with paragraph_id,
    footnote_id and rank in the CTE, 21 exact-band bench queries took 1-2 ms
    more each: major 33.8 -> 32.0 ms, 妇女 机构 30.9 -> 29.4, median of 7).
    """
    match, match_params = plan.match
    offset = (plan.page - 1) * plan.per_page
    rank, rank_params = plan.rank("e")
    # The rows to page through: the CANDIDATES most recent for relevance, else
    # the matches up to the page's last row in the page's order.
    if plan.sort == "relevance":
        kept, keep = "m.adopted_on DESC NULLS LAST, m.id", CANDIDATES
    else:
        kept, keep = plan.order("m"), offset + plan.per_page
    sql = (
        f"WITH m AS MATERIALIZED (SELECT e.ctid AS t, e.id, e.adopted_on, "
        f"{_E_COLUMNS} FROM resolutions_searchentry e WHERE {match} "
        f"LIMIT {COUNT_CAP + 1}), "
        f"c AS (SELECT m.t FROM m ORDER BY {kept} LIMIT {keep}), "
        f"p AS (SELECT e.id, e.paragraph_id, e.footnote_id, e.adopted_on, "
        f"{rank} AS rank FROM resolutions_searchentry e "
        f"WHERE e.ctid = ANY (ARRAY(SELECT c.t FROM c))) "
        f"SELECT {_COLUMNS}, count(*), GROUPING({_COLUMNS}), NULL::bigint, "
        f"NULL::bigint, NULL::real FROM m GROUP BY GROUPING SETS ({_SETS}, ()) "
        f"UNION ALL (SELECT {', '.join(['NULL'] * len(FACETS))}, NULL, -1, "
        f"p.paragraph_id, p.footnote_id, p.rank FROM p "
        f"ORDER BY {plan.order('p')} LIMIT %s OFFSET %s)"
    )
    cursor.execute(sql, [*match_params, *rank_params, plan.per_page, offset])
    rows = cursor.fetchall()
    facet_rows = [row[: len(FACETS) + 2] for row in rows if row[len(FACETS) + 1] != -1]
    page_rows = [row[-3:] for row in rows if row[len(FACETS) + 1] == -1]
    count, facets = _read_groups(facet_rows, list(FACETS))
    if count > COUNT_CAP:
        return None
    results.count = count
    results.facets = facets
    results.ranked = count
    if plan.sort == "relevance" and count > CANDIDATES:
        results.ranked, results.bounded = CANDIDATES, True
    _paginate(results, plan)
    if plan.page > results.page:  # past the last page: show the last one
        return _exact(cursor, results, _replace_page(plan, results.page))
    return page_rows


def _common(cursor, results: SearchResults, plan: SearchPlan, dates: list) -> list:
    """The page of a query past COUNT_CAP; results.count is the sample's estimate.

    Relevance ranks the CANDIDATES most recent matches. They are read from the
    matches adopted on or after a cutoff: the date below which the sample holds more
    than CANDIDATES / SAMPLE_EVERY (x 2, for the sample's noise) matches, so only
    a few thousand rows are read, not all 100k+ matches (how: see below). Date sorts
    read the date index in order and stop after the page; the estimate sets the
    number of pages, corrected if a page past the last match is asked for.
    """
    match, match_params = plan.match
    if plan.sort != "relevance":
        results.ranked = min(results.count, MAX_PAGE * plan.per_page)
        _paginate(results, plan)
        offset = (results.page - 1) * plan.per_page
        cursor.execute(
            f"SELECT e.paragraph_id, e.footnote_id, 0 FROM resolutions_searchentry e "
            f"WHERE {match}{plan.walk_rows} ORDER BY {plan.order('e')} "
            f"LIMIT %s OFFSET %s",
            [*match_params, plan.per_page, offset],
        )
        rows = cursor.fetchall()
        if not rows and results.page > 1:  # the estimate ran past the last match
            results.count = _count_candidates(
                cursor, match, match_params, "", [], MAX_PAGE * plan.per_page
            )
            return _common(cursor, results, _replace_page(plan, results.page), dates)
        return rows
    results.bounded = True
    cutoff = _cutoff(dates)
    # Two ways to the most recent matches, measured at 1.2M rows: walking the date
    # index and testing each row reads about CANDIDATES / share rows (~1.1 us a
    # row: 6 ms for a term in 16% of rows, 100 ms at 1%); a bitmap of every match
    # costs ~0.2 us per match (36 ms for 196,000 matches, 2 ms for 12,000). Walk
    # when it reads fewer: matches^2 > 5.5 x CANDIDATES x rows (at 1.2M rows, above
    # ~6% of them; at 257k, ~15%). Left to itself, the planner, knowing the cutoff,
    # always took the bitmap, ANDed with a bitmap of the date index from the cutoff
    # (25 ms for the 16% of rows since 2018). The bitmap way now ANDs the query with
    # the lexemes of the sessions adopted since the cutoff inside the GIN index
    # (not when a narrow filter makes them dearer: _filter_narrows), and checks
    # the dates on the rows it reads (the date index is kept out). A
    # Chinese query walks the cjk rows only (search_recent_cjk): its share, and
    # the rows in the formula, are theirs.
    walked = max(_walked_rows(cursor, plan.cjk), 1)
    walk = results.count**2 > WALK_COST_RATIO * CANDIDATES * walked
    off = "enable_bitmapscan" if walk else "enable_indexscan"
    cursor.execute(f"SET LOCAL {off} = off")
    since, since_params = plan.walk_rows if walk else "", []
    if cutoff is not None:
        since, since_params = f"{since} AND e.adopted_on >= %s", [cutoff]
        if not walk:
            sessions = _sessions_since(cursor, cutoff)
            if not _filter_narrows(cursor, plan, sessions, results.count):
                match, match_params = plan.match_within(sessions)
            since = " AND e.adopted_on + 0 >= %s"  # + 0: not through the date index
    rank, rank_params = plan.rank("e")
    offset = (plan.page - 1) * plan.per_page
    recent = (
        f"FROM resolutions_searchentry e WHERE {match}{since} "
        f"ORDER BY e.adopted_on DESC NULLS LAST, e.id LIMIT {CANDIDATES}"
    )
    # Only the candidates' ranks are carried on, never their vectors (~2.4 kB
    # each): a walk ranks the rows as it reads them, in date order; the bitmap
    # way sorts the matches' ctids by date, then ranks the CANDIDATES it keeps.
    # Sorting the matches with their vectors, then ranking, cost 10.0 ms for 易
    # (2,045 matches since the cutoff) against 6.5 ms; a walk of 源, 8.4 against
    # 6.1 (median of 12 interleaved runs each).
    if not walk:
        recent = (
            f"FROM resolutions_searchentry e WHERE e.ctid = ANY (ARRAY("
            f"SELECT e.ctid {recent}))"
        )
    cursor.execute(
        f"SELECT c.paragraph_id, c.footnote_id, c.rank, count(*) OVER () FROM "
        f"(SELECT e.id, e.paragraph_id, e.footnote_id, e.adopted_on, {rank} AS rank "
        f"{recent}) AS c ORDER BY {plan.order('c')} LIMIT %s OFFSET %s",
        [*rank_params, *match_params, *since_params, plan.per_page, offset],
    )
    rows = cursor.fetchall()
    results.ranked = rows[0][3] if rows else results.ranked
    _paginate(results, plan)
    if not rows and plan.page > 1:
        results.ranked = _count_candidates(
            cursor, match, match_params, since, since_params
        )
        _paginate(results, plan)
        return _common(cursor, results, _replace_page(plan, results.page), dates)
    return [row[:3] for row in rows]


def _filter_narrows(cursor, plan: SearchPlan, sessions: list[int], estimate) -> bool:
    """Whether the bitmap way reads less with the filters' lexemes alone than with
    the sessions' ANDed in too (SearchPlan.match_within).

    The GIN index walks the entries of the shortest posting lists that the match
    needs, and checks the others on each. With the sessions ANDed in, those are the
    sessions' lists (each 25-30k rows at 1.2M rows), every one shorter than a
    filter's (a lead: 40k; a language: 600k) or the query's: it walks them all. A
    selective filter puts the cutoff 5-15 sessions back, 200-400k rows, to find
    the sessions' few thousand matches. Without the sessions it walks the shortest
    filter's list instead, but then reads every filtered match (`estimate`) to
    check its date. So: leave the sessions out when their rows outnumber the
    filter's by more than READ_COST_RATIO x the matches.

    The rows come from PostgreSQL's statistics of the columns (_column_shares).

    Measured at 1.2M rows (whole searches, medians of 6 interleaved runs): 会议
    under the lead 回顾 (10k matches; 15 sessions, 397k rows, against the lead's
    40k) took 50.9 ms with the sessions and 27.8 without; 大会, 41.9 -> 27.8;
    states in the fifth committee, 47.2 -> 36.1; 国家 under 回顾, 33.7 -> 27.9. But
    国际 under 回顾 (13k matches; 199k rows in 7 sessions) took 26.5 with them and
    32.3 without, 发展 26.1 and 30.5, and 决议 (20k matches; 174k rows) 19.3 and
    35.1. (sessions' rows - filter's rows) / matches was 18-36 where leaving the
    sessions out won, and 7-13 where it lost.
    """
    rows, shares = _column_shares(cursor)
    filtered = [
        shares[name].get(str(value), min(shares[name].values()))
        for name, value in plan.active_filters
        if shares.get(name)
    ]
    if not filtered or not shares.get("session"):
        return False
    in_sessions = sum(shares["session"].get(str(s), 0.0) for s in sessions)
    return (in_sessions - min(filtered)) * rows > READ_COST_RATIO * estimate


STATISTICS_TTL = 600.0  # seconds a process keeps the statistics _column_shares read
_statistics: dict = {}  # database name -> (monotonic time read, rows, shares)


def _column_shares(cursor) -> tuple[float, dict[str, dict[str, float]]]:
    """The search table's rows and, for each filter's column, the share of the rows
    of each of its most common values (PostgreSQL's statistics, from ANALYZE:
    every session, language, kind and committee; leads but the rarest). A value
    not among them counts as the least common one. Read once per STATISTICS_TTL
    and process: reading pg_stats took 0.4 ms, and planning it 1-1.7 ms. Stale
    figures only make _filter_narrows choose worse, never change results."""
    name = connection.settings_dict["NAME"]
    now = time.monotonic()
    if name in _statistics and now - _statistics[name][0] < STATISTICS_TTL:
        return _statistics[name][1:]
    cursor.execute(
        "SELECT c.reltuples, s.attname, s.most_common_vals::text::text[], "
        "s.most_common_freqs FROM pg_class c LEFT JOIN pg_stats s ON "
        "s.schemaname = current_schema() AND s.tablename = c.relname "
        "AND s.attname = ANY (%s) WHERE c.oid = 'resolutions_searchentry'::regclass",
        [list(FILTERS)],  # each filter's column is named as the filter
    )
    found = cursor.fetchall()
    shares = {
        column: dict(zip(values, freqs, strict=True))
        for _rows, column, values, freqs in found
        if column and values
    }
    _statistics[name] = (now, max(found[0][0], 0.0), shares)
    return _statistics[name][1:]


def _sessions_since(cursor, date) -> list[int]:
    """The sessions with a resolution adopted on or after `date`."""
    cursor.execute(
        "SELECT DISTINCT session FROM resolutions_resolution WHERE adopted_on >= %s",
        [date],
    )
    return [row[0] for row in cursor.fetchall()]


def _walked_rows(cursor, cjk: bool) -> float:
    """The rows a walk of the date index passes: the table's, or for a Chinese
    query those of search_recent_cjk (PostgreSQL's estimates)."""
    relation = "search_recent_cjk" if cjk else "resolutions_searchentry"
    cursor.execute(f"SELECT reltuples FROM pg_class WHERE oid = '{relation}'::regclass")
    return cursor.fetchone()[0]


def _cutoff(dates: list):
    """The date from which the matches hold about 2 x CANDIDATES, by the sample
    ([(date, sampled matches)], newest first); None when the sample has fewer."""
    wanted, seen = CANDIDATES * 2 // SAMPLE_EVERY, 0
    for date, n in dates:
        seen += n
        if seen > wanted:
            return date
    return None


def _count_candidates(
    cursor, match, match_params, since, since_params, limit: int | None = None
) -> int:
    # "SELECT FROM", no column: a bitmap heap scan then skips the pages the
    # visibility map marks all-visible (at 7,913 matches of 1.2M rows: 2.6 ms
    # instead of 27 ms for "SELECT 1", which reads every page).
    cursor.execute(
        f"SELECT count(*) FROM (SELECT FROM resolutions_searchentry e "
        f"WHERE {match}{since} LIMIT {limit or CANDIDATES}) AS c",
        [*match_params, *since_params],
    )
    return cursor.fetchone()[0]


def _paginate(results: SearchResults, plan: SearchPlan) -> None:
    results.pages = min(MAX_PAGE, -(-results.ranked // plan.per_page))
    results.page = min(plan.page, max(results.pages, 1))


def _replace_page(plan: SearchPlan, page: int) -> SearchPlan:
    return replace(plan, page=page)


def _read_groups(rows, columns: list[str]) -> tuple[int, dict[str, list]]:
    """(total, {column: [(value, n)]}) from GROUPING SETS rows: the columns, the
    count, then GROUPING(columns); the () set, if any, is the total. Facet values
    are sorted by count (commonest first), at most 20 leads."""
    groups: dict[str, list] = {name: [] for name in columns}
    total = 0
    everything = (1 << len(columns)) - 1
    # GROUPING() has bit (len-1-i) clear for the column grouped on: each set's
    # GROUPING value names its column (a dict, as a common query's sample has
    # thousands of date rows).
    grouped_on = {
        everything ^ (1 << (len(columns) - 1 - i)): (i, name)
        for i, name in enumerate(columns)
    }
    count_at = len(columns)
    for row in rows:
        grouping = row[-1]
        if grouping == everything:
            total = row[count_at]
        elif grouping in grouped_on:
            i, name = grouped_on[grouping]
            if row[i] not in (None, ""):
                groups[name].append((row[i], row[count_at]))
    for name in FACETS:
        groups[name].sort(key=lambda item: (-item[1], str(item[0])))
    groups["lead"] = groups["lead"][:20]
    return total, groups
