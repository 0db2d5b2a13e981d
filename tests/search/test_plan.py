"""A search's filters: their SQL (plan.py) and how the engine reads them."""

from collections import Counter

import pytest
from django.db import connection

from resolutions.search.analysis import filter_lexeme, quoted_lexeme
from resolutions.search.engine import search_paragraphs
from resolutions.search.plan import SearchPlan

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


@pytest.mark.parametrize("q", ["人权", "the", "development"])
def test_search_plan_each_filter_keeps_the_matches_its_facet_counts(archive, q):
    """Every filter, through its lexeme in the GIN index, keeps exactly the
    matches the unfiltered search's facet counts for its value (those counts come
    from the rows' columns)."""
    results = search_paragraphs(q)
    assert not results.approximate
    names = {"session": "session", "language": "language", "kind": "kind"}
    names |= {"committee": "committee", "lead": "lead"}
    checked = 0
    for facet, values in results.facets.items():
        for value, n in values:
            filtered = search_paragraphs(q, filters={names[facet]: value})
            assert filtered.count == n, (q, facet, value)
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("common", [False, True])
def test_search_plan_filters_keep_the_rows_whose_columns_hold_their_values(
    archive, monkeypatch, common
):
    """Filtered results are the unfiltered ones whose rows hold the filters'
    values, on either path, in relevance and date order."""
    from resolutions.search import engine

    if common:
        monkeypatch.setattr(engine, "COMMON", -1)
    names = ["language", "session", "kind", "committee", "lead"]
    columns = ", ".join(f"e.{n}" for n in names)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT r.symbol, r.language, p.anchor, {columns} "
            "FROM resolutions_searchentry e "
            "JOIN resolutions_paragraph p ON p.id = e.paragraph_id "
            "JOIN resolutions_resolution r ON r.id = e.resolution_id"
        )
        rows = {tuple(row[:3]): row[3:] for row in cursor.fetchall()}

    def hits(q, filters):
        r = search_paragraphs(q, filters=filters, sort="newest", per_page=500)
        return {
            (h.symbol, h.language, h.anchor) for h in r.hits if h.kind != "footnote"
        }

    for q, filters in FILTERED:
        kept = {
            hit
            for hit in hits(q, {})
            if all(
                rows[hit][names.index(name)] == value for name, value in filters.items()
            )
        }
        assert kept and hits(q, filters) == kept, (q, filters)


def test_search_plan_filters_are_lexemes_anded_in_the_gin_index_only():
    plan = SearchPlan(
        "%s::tsquery",
        ["'人权'"],
        "relevance",
        1,
        20,
        {"language": "zh", "session": 78, "lead": "重申", "kind": ""},
    )
    assert plan.match == (
        "e.vector @@ ((%s::tsquery) && %s::tsquery)",
        ["'人权'", "' language:zh' & ' s78' & ' lead:重申'"],
    )
    # The rank is the query's own, without the filters' lexemes.
    assert plan.rank("e") == ("ts_rank(e.vector, (%s::tsquery))", ["'人权'"])


@pytest.mark.parametrize("lead", ["It's", "a\\b", "Calls upon", "重申"])
def test_filter_lexemes_quote_what_a_lead_may_hold(db, lead):
    lexeme = filter_lexeme("lead", lead)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_to_tsvector(ARRAY[%s]) = %s::tsvector, "
            "array_to_tsvector(ARRAY[%s]) @@ %s::tsquery",
            [lexeme, quoted_lexeme(lexeme), lexeme, quoted_lexeme(lexeme)],
        )
        assert cursor.fetchone() == (True, True)


@pytest.mark.parametrize(
    ("q", "filters"), [("人", {"kind": "operative"}), ("the", {"language": "en"})]
)
def test_search_plan_sessions_left_out_for_a_narrow_filter_keep_the_candidates(
    archive, monkeypatch, q, filters
):
    """Whether the common path ANDs the sessions since the cutoff with the query
    or leaves them to the rows' dates (engine._filter_narrows), it ranks the same
    candidates: the CANDIDATES most recent filtered matches."""
    from resolutions.search import engine

    monkeypatch.setattr(engine, "WALK_COST_RATIO", 10**12)  # the bitmap way
    monkeypatch.setattr(engine, "COMMON", -1)
    monkeypatch.setattr(engine, "CANDIDATES", 6)
    monkeypatch.setattr(engine, "SAMPLE_EVERY", 2)
    monkeypatch.setattr(engine, "IN_SAMPLE", "e.id %% 2 = 0")
    seen = []
    for narrows in (False, True):
        monkeypatch.setattr(engine, "_filter_narrows", lambda *a, n=narrows: n)
        results = search_paragraphs(q, filters=filters, per_page=50)
        assert results.bounded and results.ranked == 6
        seen.append([(h.symbol, h.anchor) for h in results.hits])
    newest = search_paragraphs(q, filters=filters, sort="newest", per_page=50).hits
    assert seen[0] == seen[1]
    assert set(seen[0]) == {(h.symbol, h.anchor) for h in newest[:6]}


def test_search_plan_filter_narrows_by_the_columns_statistics(archive, monkeypatch):
    """The sessions are left out when their rows outnumber the filter's by more
    than READ_COST_RATIO x the estimated matches, by PostgreSQL's statistics;
    without statistics or filters they stay."""
    from resolutions.models import SearchEntry
    from resolutions.search import engine

    monkeypatch.setattr(engine, "_statistics", {})
    sessions = sorted(set(SearchEntry.objects.values_list("session", flat=True)))
    leads = Counter(SearchEntry.objects.exclude(lead="").values_list("lead", flat=True))
    lead = leads.most_common(1)[0][0]  # among the most common values: its own share

    def narrows(filters, estimate):
        plan = SearchPlan("%s::tsquery", ["'x'"], "relevance", 1, 20, filters)
        with connection.cursor() as cursor:
            return engine._filter_narrows(cursor, plan, sessions, estimate)

    assert not narrows({"lead": lead}, 1)  # no statistics yet: the sessions stay
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE resolutions_searchentry")
    monkeypatch.setattr(engine, "_statistics", {})
    rows = SearchEntry.objects.count()
    with_lead = SearchEntry.objects.filter(lead=lead).count()
    spare = rows - with_lead  # every row is in `sessions`
    assert narrows({"lead": lead}, spare / engine.READ_COST_RATIO - 1)
    assert not narrows({"lead": lead}, spare / engine.READ_COST_RATIO + 1)
    assert narrows({"lead": "no such lead", "language": "zh"}, 1)
    assert not narrows({}, 1)
