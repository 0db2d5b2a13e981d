"""What exact counts and facets cost by themselves (bench/search.py's floor).

For the queries the engine answers exactly (at most COUNT_CAP matches), two
statements are timed alone, outside the API:

- "GIN count": count(*) of the matches with no column read, which PostgreSQL answers
  from the GIN index and the visibility map without visiting the table.
- "exact facets": the cheapest statement found that gives the exact count and the
  five facets: a GROUPING SETS aggregate over the matches' facet columns, which
  must read each match's row (no ranking, no page, no HTTP).

The second one is the floor under any p95 target for these queries: a target below
it cannot be met while the facets stay exact, whatever the rest costs.

Imported by bench/search.py after django.setup().
"""

import statistics
import time

from django.db import connection, transaction
from search_measure import percentile

from resolutions.search.engine import _COLUMNS, _SETS, COUNT_CAP, SETTINGS
from resolutions.search.query import parse_query, query_sql


def _timed(cursor, sql: str, params: list, repeats: int) -> tuple[list[float], list]:
    cursor.execute(sql, params)  # warm
    rows, samples = cursor.fetchall(), []
    for _ in range(repeats):
        started = time.perf_counter()
        cursor.execute(sql, params)
        cursor.fetchall()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, rows


def measure_floor(queries: dict[str, list[str]], repeats: int) -> None:
    """Print, per class, the two statements' p50 and p95."""
    print(
        f"\n  exact count and facets alone (queries with at most {COUNT_CAP} "
        "matches; ms):"
    )
    for cls, qs in queries.items():
        count_ms, facet_ms, per_match, matches = [], [], [], []
        for q in qs:
            tsquery, params = query_sql(parse_query(q))
            if not tsquery:
                continue
            match = f"e.vector @@ ({tsquery})"
            limit = f"LIMIT {COUNT_CAP + 1}"
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(SETTINGS)  # as the engine's
                counted, rows = _timed(
                    cursor,
                    f"SELECT count(*) FROM (SELECT FROM resolutions_searchentry e "
                    f"WHERE {match} {limit}) AS m",
                    params,
                    repeats,
                )
                n = rows[0][0]
                if n > COUNT_CAP or n == 0:
                    continue
                faceted, _rows = _timed(
                    cursor,
                    f"SELECT {_COLUMNS}, count(*) FROM (SELECT {_COLUMNS} FROM "
                    f"resolutions_searchentry e WHERE {match} {limit}) AS m "
                    f"GROUP BY GROUPING SETS ({_SETS}, ())",
                    params,
                    repeats,
                )
            count_ms += counted
            facet_ms += faceted
            per_match.append(statistics.median(faceted) * 1000 / n)
            matches.append(n)
        if not matches:
            print(f"    {cls:17} no query with 1 to {COUNT_CAP} matches")
            continue
        p = {
            (name, q): percentile(samples, q)
            for name, samples in (("count", count_ms), ("facets", facet_ms))
            for q in (50, 95)
        }
        print(
            f"    {cls:17} {len(matches):2} queries, matches median "
            f"{statistics.median(matches):6.0f} max {max(matches):5} | GIN count "
            f"p50 {p['count', 50]:5.1f} p95 {p['count', 95]:5.1f} | exact facets "
            f"p50 {p['facets', 50]:5.1f} p95 {p['facets', 95]:5.1f} | "
            f"{statistics.median(per_match):.2f} us a match"
        )
