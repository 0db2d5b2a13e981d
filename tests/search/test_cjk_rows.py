"""SearchEntry.cjk: the rows holding Chinese characters, which a Chinese query's
matches are sought among (plan.SearchPlan.cjk, index search_recent_cjk)."""

import pytest
from django.db import connection

from resolutions.ingest import ingest_bytes, ingest_file
from resolutions.search import engine
from resolutions.search.analysis import CJK_CLASS
from resolutions.search.engine import search_paragraphs
from resolutions.search.query import parse_query, query_sql
from tests.support import CORPUS, SEED_72_169, SEED_78_197

pytestmark = pytest.mark.django_db
ENGLISH_72_169 = CORPUS / "pdftext" / "A-RES-72-169.en.txt"


@pytest.fixture
def archive(db):
    """The Chinese seeds, and an English resolution one paragraph of which quotes
    a Chinese term."""
    for path in (SEED_72_169, SEED_78_197):
        ingest_file(path)
    if not ENGLISH_72_169.exists():
        pytest.skip(f"{ENGLISH_72_169} is missing")
    text = ENGLISH_72_169.read_text("utf-8").replace(
        "Reaffirms that it is one of the purposes",
        "Reaffirms (重申) that it is one of the purposes",
        1,
    )
    ingest_bytes(text.encode("utf-8"), ENGLISH_72_169.name)


def test_rows_are_cjk_exactly_when_their_vector_holds_cjk_lexemes(archive):
    # Migration 0010 set the flag of older rows from their vectors; the analyzer
    # sets it from the text (index.document_vector_parts): both must agree.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT language, cjk, vector::text ~ %s, count(*) "
            "FROM resolutions_searchentry GROUP BY 1, 2, 3",
            [f"[{CJK_CLASS}]"],
        )
        groups = {row[:3]: row[3] for row in cursor.fetchall()}
    assert all(cjk == holds for (_lang, cjk, holds) in groups)
    assert groups[("zh", True, True)] > 0 and groups[("en", False, False)] > 0
    assert groups[("en", True, True)] == 1  # the quoting paragraph


@pytest.mark.parametrize(
    ("q", "cjk"),
    [
        ("重申", True),
        ("重申 OR reaffirms", False),  # a clause with a Latin alternative
        ("重申 reaffirms", True),  # one clause of Chinese terms is enough
        ("重申abc", True),
        ("reaffirms -重申", False),
    ],
)
def test_only_queries_whose_matches_hold_chinese_are_sought_among_cjk_rows(q, cjk):
    assert parse_query(q).cjk_only == cjk


@pytest.mark.parametrize("walk_cost_ratio", [-1, 10**12])  # walk / bitmap
def test_a_chinese_term_quoted_in_english_is_among_the_common_candidates(
    archive, monkeypatch, walk_cost_ratio
):
    """The walk for a common query's most recent matches runs through the cjk rows
    only, and still reaches the English paragraph quoting the term."""
    everything = search_paragraphs("重申", per_page=500)
    assert not everything.approximate
    assert "en" in {h.language for h in everything.hits}
    monkeypatch.setattr(engine, "COMMON", -1)  # every query takes the common path
    monkeypatch.setattr(engine, "WALK_COST_RATIO", walk_cost_ratio)
    monkeypatch.setattr(engine, "CANDIDATES", everything.count)
    common = search_paragraphs("重申", per_page=500)
    assert common.approximate and common.bounded
    assert {(h.symbol, h.language, h.anchor) for h in common.hits} == {
        (h.symbol, h.language, h.anchor) for h in everything.hits
    }


def test_the_walk_of_a_chinese_query_reads_the_cjk_date_index(archive):
    tsquery, params = query_sql(parse_query("重申"))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT e.id FROM resolutions_searchentry e "
            f"WHERE e.vector @@ ({tsquery}) AND e.cjk "
            f"ORDER BY e.adopted_on DESC NULLS LAST, e.id LIMIT 5",
            params,
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_recent_cjk" in plan, plan


def test_a_chinese_query_weighs_its_walk_against_the_cjk_rows_only(archive):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE resolutions_searchentry")
        cursor.execute(
            "SELECT count(*) FILTER (WHERE cjk), count(*) FROM resolutions_searchentry"
        )
        cjk_rows, rows = cursor.fetchone()
        assert engine._walked_rows(cursor, False) == rows
        assert engine._walked_rows(cursor, True) == pytest.approx(cjk_rows, rel=0.05)
    assert cjk_rows < rows


def test_only_walks_of_the_date_index_filter_on_cjk(archive, monkeypatch):
    """A count reads only the GIN index as long as it filters on nothing the table
    holds: 'AND e.cjk' would make it read every matching row (2-3 ms -> 6-15 ms at
    1.2M rows), so it is added only where the date index is walked."""
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(engine, "UNSURE", -1)  # count before reading
    with CaptureQueriesContext(connection) as exact:
        search_paragraphs("重申")
    monkeypatch.setattr(engine, "COMMON", -1)
    monkeypatch.setattr(engine, "WALK_COST_RATIO", -1)  # always walk
    with CaptureQueriesContext(connection) as walked:
        search_paragraphs("重申")
        search_paragraphs("重申", sort="newest")
    counts = [q["sql"] for q in exact.captured_queries if "SELECT FROM" in q["sql"]]
    walks = [
        q["sql"] for q in walked.captured_queries if "ORDER BY e.adopted_on" in q["sql"]
    ]
    assert counts and not any("e.cjk" in sql for sql in counts)
    assert len(walks) == 2 and all("AND e.cjk" in sql for sql in walks)
