"""A search's filters: their SQL (plan.py) and how the engine reads them."""

import pytest
from django.db import connection

from resolutions.search.engine import search_paragraphs
from resolutions.search.plan import SearchPlan, where_sql
from resolutions.search.query import parse_query, query_sql

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("common", [False, True])
def test_search_plan_session_filter_keeps_the_session_s_matches_exactly(
    archive, monkeypatch, common
):
    """The session filter is ANDed inside the GIN index (the session's lexeme) and
    on the row: same matches as the session facet counts, on either path."""
    from resolutions.search import engine

    facets = dict(search_paragraphs("人权").facets["session"])
    if common:
        monkeypatch.setattr(engine, "COMMON", -1)
    for session, n in facets.items():
        results = search_paragraphs("人权", filters={"session": session}, per_page=500)
        assert {h.session for h in results.hits} == {session}
        if not common:
            assert results.count == len(results.hits) == n
    assert search_paragraphs("人权", filters={"session": 71}).count == 0


FILTERED = [
    ("人权", {"language": "zh"}),
    ("人权", {"lead": "重申"}),
    ("the", {"kind": "preambular"}),
    ("rights", {"language": "en", "kind": "operative"}),
    ("人权", {"committee": "third", "session": 72}),
]


@pytest.mark.parametrize("common", [False, True])
def test_search_plan_filters_through_their_index_keep_the_same_matches(
    archive, monkeypatch, common
):
    """Whether a filter is checked on each row or ANDed through its index
    (engine._narrow), the results are the same, on either path."""
    from resolutions.search import engine

    if common:
        monkeypatch.setattr(engine, "COMMON", -1)

    def run(q, filters, **kw):
        r = search_paragraphs(q, filters=filters, per_page=50, **kw)
        hits = [(h.symbol, h.language, h.anchor) for h in r.hits]
        return r.count, r.approximate, r.facets if not common else None, hits

    for q, filters in FILTERED:
        for kw in ({}, {"sort": "newest", "page": 2}):
            monkeypatch.setattr(engine, "NARROWED", 10**9)  # never
            on_rows = run(q, filters, **kw)
            monkeypatch.setattr(engine, "NARROWED", -(10**9))  # always
            monkeypatch.setattr(engine, "NARROWING", 1.0)
            through_index = run(q, filters, **kw)
            assert through_index == on_rows, (q, filters, kw)


def test_search_plan_filter_goes_through_its_index_when_it_drops_most_matches(
    archive, monkeypatch
):
    from resolutions.search import engine

    monkeypatch.setattr(engine, "SAMPLE_EVERY", 1)  # the whole table as sample
    monkeypatch.setattr(engine, "IN_SAMPLE", "e.id %% 1 = 0")
    monkeypatch.setattr(engine, "NARROWED", 10)

    def indexed(q, filters):
        tsquery, params = query_sql(parse_query(q), filters.get("language"))
        plan = SearchPlan(tsquery, params, "relevance", 1, 20, filters)
        with connection.cursor() as cursor:
            estimate = engine._sample(cursor, plan)[0]
            return engine._narrow(cursor, plan, estimate).indexed

    # "the" is in the English resolutions only: Chinese keeps none of its matches.
    assert indexed("the", {"language": "zh"}) == {"language"}
    # Every match of 重申 is Chinese: the filter drops nothing, rows check it.
    assert indexed("重申", {"language": "zh"}) == frozenset()
    assert indexed("the", {"session": 72}) == frozenset()  # in the GIN index


def test_where_sql_keeps_filters_outside_their_index_out_of_the_planner_s_reach():
    sql, params = where_sql({"language": "zh", "session": 78, "lead": "重申"})
    assert sql == (
        " AND (e.language = %s) IS TRUE AND e.session = %s AND (e.lead = %s) IS TRUE"
    )
    assert params == ["zh", 78, "重申"]
    sql, _ = where_sql(
        {"language": "zh", "lead": "重申"}, frozenset({"language", "lead"})
    )
    assert sql == " AND e.language = %s AND e.lead = %s"
