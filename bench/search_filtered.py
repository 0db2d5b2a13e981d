"""Filtered searches at scale (bench/search.py's step 8; no target of the issue).

Some of the classes' queries, through the API again, each with one filter that
keeps few of its matches (the case where a filter checked on every matching row
used to read every match of a common word), and one that keeps most of them.
Every filter is ANDed with the query inside the GIN index, through its lexeme
(plan.SearchPlan.in_index):

- English words, Chinese paragraphs only;
- the commonest 2-character Chinese terms, in the latest session;
- English words, in the smallest committee;
- the commonest 2-character Chinese terms, under the commonest Chinese lead;
- English words, English paragraphs only (a filter that keeps every match).

Imported by bench/search.py after django.setup().
"""

import statistics

from django.db import connection
from django.test import Client
from search_measure import api_search, measure, percentile


def _filters() -> list[tuple[str, str, dict]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(session) FROM resolutions_searchentry")
        (session,) = cursor.fetchone()
        cursor.execute(
            "SELECT committee FROM resolutions_searchentry WHERE committee <> '' "
            "GROUP BY committee ORDER BY count(*), committee LIMIT 1"
        )
        (committee,) = cursor.fetchone()
        cursor.execute(
            "SELECT lead FROM resolutions_searchentry WHERE language = 'zh' "
            "AND lead <> '' GROUP BY lead ORDER BY count(*) DESC, lead LIMIT 1"
        )
        (lead,) = cursor.fetchone()
    return [
        ("en word", "lang=zh", {"lang": "zh"}),
        ("zh common 2-char", f"session={session}", {"session": session}),
        ("en word", f"committee={committee}", {"committee": committee}),
        ("zh common 2-char", f"lead={lead}", {"lead": lead}),
        ("en word", "lang=en", {"lang": "en"}),
    ]


def measure_filtered(queries: dict[str, list[str]], repeats: int) -> None:
    """Print p50/p95 through the API per (class, filter)."""
    print("\n  filtered searches (API, ms; no target):")
    client = Client(HTTP_HOST="localhost")
    for cls, label, params in _filters():
        samples, counts = measure(
            lambda q, params=params: api_search(client, q, params),
            queries[cls],
            repeats,
        )
        print(
            f"    {cls:17} {label:24} p50 {percentile(samples, 50):6.1f} "
            f"p95 {percentile(samples, 95):6.1f} | median count "
            f"{statistics.median(counts):.0f}"
        )
