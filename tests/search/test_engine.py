"""Search on real resolutions in real PostgreSQL: recall, precision, ranking, facets."""

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resolutions.ingest import ingest_file
from resolutions.search.analysis import CJK_RUN
from resolutions.search.engine import search_paragraphs
from tests.support import SEED_78_197

pytestmark = pytest.mark.django_db


def found(results, paragraph):
    return any(
        h.symbol == paragraph.resolution.symbol
        and h.language == paragraph.resolution.language
        and h.anchor == paragraph.anchor
        for h in results.hits
    )


def search_all(q, **filters):
    """Every hit (all pages) for a query, for recall checks."""
    first = search_paragraphs(q, filters=filters, per_page=500)
    return first


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_search_finds_every_paragraph_holding_a_chinese_substring(archive, data):
    chinese = [p for p in archive if p.resolution.language == "zh"]
    paragraph = data.draw(st.sampled_from(chinese))
    runs = [r for r in CJK_RUN.findall(paragraph.text) if len(r) >= 2]
    run = data.draw(st.sampled_from(runs))
    length = data.draw(st.integers(min_value=2, max_value=min(12, len(run))))
    start = data.draw(st.integers(min_value=0, max_value=len(run) - length))
    needle = run[start : start + length]
    results = search_all(needle)
    assert found(results, paragraph), needle
    # and a quoted phrase returns only paragraphs that contain it
    phrase = search_all(f'"{needle}"')
    texts = {
        (p.resolution.symbol, p.resolution.language, p.anchor): p.text for p in archive
    }
    for hit in phrase.hits:
        if hit.kind != "footnote":
            assert needle in texts[(hit.symbol, hit.language, hit.anchor)]


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_search_finds_every_paragraph_holding_an_english_word(archive, data):
    english = [p for p in archive if p.resolution.language == "en"]
    if not english:
        pytest.skip("no English paragraphs (pdftext corpus missing)")
    paragraph = data.draw(st.sampled_from(english))
    words = re.findall(r"[A-Za-z]{3,}", paragraph.text)
    word = data.draw(st.sampled_from(words))
    assert found(search_all(word, language="en"), paragraph), word


def test_search_single_character_finds_it(archive):
    results = search_all("宪")
    assert results.count > 0
    assert all("宪" in h.text for h in results.hits)


def test_search_traditional_query_finds_simplified_text(archive):
    simplified = search_paragraphs("人权理事会")
    traditional = search_paragraphs("人權理事會")
    assert traditional.count == simplified.count > 0
    assert "<mark>人权理事会</mark>" in str(traditional.hits[0].highlight)


def test_search_full_width_query_finds_half_width(archive):
    assert (
        search_paragraphs("Ａ／７８／２７２").count
        == search_paragraphs("A/78/272").count
        > 0
    )


def test_search_exclusion_and_or(archive):
    both = search_all("合作")
    without = search_all("合作 -人权")
    assert 0 < without.count < both.count
    assert all("人权" not in h.text for h in without.hits)
    either = search_all("宪章 OR 宗旨")
    assert either.count >= max(search_all("宪章").count, search_all("宗旨").count)


def test_search_english_stemming_and_phrase(archive):
    stemmed = search_paragraphs("reaffirming", filters={"language": "en"})
    assert stemmed.count > 0
    phrase = search_all('"human rights"', language="en")
    assert phrase.count > 0
    assert all("human right" in h.text.lower() for h in phrase.hits)


def test_search_filters_and_facets_agree(archive):
    results = search_paragraphs("人权")
    facets = dict(results.facets["kind"])
    assert sum(facets.values()) == results.count
    operative = search_paragraphs("人权", filters={"kind": "operative"})
    assert operative.count == facets["operative"]
    assert {h.kind for h in operative.hits} == {"operative"}
    assert dict(results.facets["session"]).keys() == {72, 78}
    by_lead = search_paragraphs("人权", filters={"lead": "重申"})
    assert by_lead.count == dict(results.facets["lead"])["重申"]


def test_search_ranks_by_relevance_then_recency(archive):
    results = search_paragraphs("国际合作", per_page=50)
    assert results.hits
    newest = search_paragraphs("国际合作", sort="newest", per_page=50)
    dates = [h.adopted_on for h in newest.hits]
    assert dates == sorted(dates, reverse=True)


def test_search_pagination_covers_every_hit_once(archive):
    total = search_paragraphs("人", per_page=500).count
    seen = []
    for page in range(1, 10):
        results = search_paragraphs("人", page=page, per_page=7)
        seen += [(h.symbol, h.language, h.anchor) for h in results.hits]
        if page >= results.pages:
            break
    assert len(seen) == len(set(seen)) == total


def test_search_highlight_escapes_html_in_documents(db):
    text = SEED_78_197.read_text("utf-8").replace(
        "希望进一步", "希望<b onmouseover=x>进一步"
    )
    path_bytes = text.encode("utf-8")
    from resolutions.ingest import ingest_bytes

    ingest_bytes(path_bytes, "x.txt")
    html = str(search_paragraphs("进一步发展").hits[0].highlight)
    assert "<b onmouseover" not in html and "&lt;b onmouseover=x&gt;" in html


def test_search_is_instant_after_ingest(db):
    assert search_paragraphs("维也纳宣言").count == 0
    ingest_file(SEED_78_197)
    assert search_paragraphs("维也纳宣言").count > 0


def test_search_random_garbage_never_fails(archive):
    rng = random.Random(5)
    alphabet = "人权\"-() OR &|!:*<>\\'x\x00 "
    for _ in range(200):
        q = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        search_paragraphs(q)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_search_quoted_english_phrase_returns_only_paragraphs_holding_it(archive, data):
    english = [p for p in archive if p.resolution.language == "en"]
    if not english:
        pytest.skip("no English paragraphs (pdftext corpus missing)")
    paragraph = data.draw(st.sampled_from(english))
    words = re.findall(r"[A-Za-z]+", paragraph.text)
    size = data.draw(st.integers(min_value=2, max_value=min(4, len(words))))
    start = data.draw(st.integers(min_value=0, max_value=len(words) - size))
    phrase = " ".join(words[start : start + size])
    pattern = re.compile(
        r"\b" + r"\W+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE
    )
    if not pattern.search(paragraph.text):
        return  # the words were split by a digit or similar: not a phrase of it
    results = search_all(f'"{phrase}"', language="en")
    assert found(results, paragraph), phrase
    assert all(pattern.search(h.text) for h in results.hits), phrase


def test_search_common_query_ranks_only_the_most_recent_matches(archive, monkeypatch):
    from resolutions.search import engine

    monkeypatch.setattr(engine, "COMMON", -1)  # every query counts as common
    monkeypatch.setattr(engine, "CANDIDATES", 5)
    results = search_paragraphs("人", per_page=50)
    assert results.bounded and results.approximate
    assert results.ranked == 5 and len(results.hits) == 5
    newest = {
        (h.symbol, h.anchor) for h in search_paragraphs("人", sort="newest").hits[:5]
    }
    assert {(h.symbol, h.anchor) for h in results.hits} == newest


def test_search_exact_count_ranks_only_the_most_recent_matches(archive, monkeypatch):
    """Under COUNT_CAP the count and facets stay exact, while relevance ranks the
    CANDIDATES most recent matches: the same set as the newest page, reordered."""
    from resolutions.search import engine

    full = search_paragraphs("人", per_page=50)
    monkeypatch.setattr(engine, "CANDIDATES", 5)
    results = search_paragraphs("人", per_page=50)
    assert not full.bounded and full.count > 5
    assert results.bounded and not results.approximate
    assert (results.count, results.facets) == (full.count, full.facets)
    assert results.ranked == 5 and results.pages == 1 and len(results.hits) == 5
    newest = {
        (h.symbol, h.anchor) for h in search_paragraphs("人", sort="newest").hits[:5]
    }
    assert {(h.symbol, h.anchor) for h in results.hits} == newest
    by_date = search_paragraphs("人", sort="newest", per_page=50)
    assert not by_date.bounded and by_date.ranked == full.count


def test_search_sort_by_date_pages_through_every_match(archive):
    total = search_paragraphs("人").count
    seen = []
    for sort in ("newest", "oldest"):
        hits = []
        for page in range(1, 50):
            r = search_paragraphs("人", sort=sort, page=page, per_page=9)
            hits += [(h.symbol, h.language, h.anchor) for h in r.hits]
            if page >= r.pages:
                break
        assert len(set(hits)) == total
        seen.append(hits)
    assert seen[0] == list(reversed(seen[1]))


@pytest.mark.parametrize("walk_cost_ratio", [0, 10**12])  # walk / bitmap of sessions
def test_search_common_query_candidates_come_from_the_sample_cutoff(
    archive, monkeypatch, walk_cost_ratio
):
    """With a sample dense enough to give a cutoff date, the ranked candidates are
    still exactly the CANDIDATES most recent matches, whether they are found by
    walking the date index or by the query ANDed with the sessions since the cutoff
    (their lexemes) in the GIN index."""
    from resolutions.search import engine

    monkeypatch.setattr(engine, "WALK_COST_RATIO", walk_cost_ratio)
    monkeypatch.setattr(engine, "COMMON", -1)
    monkeypatch.setattr(engine, "CANDIDATES", 6)
    monkeypatch.setattr(engine, "SAMPLE_EVERY", 2)
    monkeypatch.setattr(engine, "IN_SAMPLE", "e.id %% 2 = 0")
    results = search_paragraphs("人", per_page=50)
    assert results.bounded and results.ranked == 6
    newest = search_paragraphs("人", sort="newest", per_page=50).hits
    cutoff = sorted(h.adopted_on for h in results.hits)[0]
    assert all(h.adopted_on >= cutoff for h in newest[:6])
    assert {(h.symbol, h.anchor) for h in results.hits} == {
        (h.symbol, h.anchor) for h in newest[:6]
    }


def test_search_past_the_count_cap_is_estimated_and_bounded(archive, monkeypatch):
    from resolutions.search import engine

    exact = search_paragraphs("人")
    monkeypatch.setattr(engine, "COUNT_CAP", 3)
    capped = search_paragraphs("人")
    assert not exact.approximate and exact.count > 3
    assert capped.approximate and capped.bounded and capped.count >= 4
    assert capped.hits


def test_search_page_past_the_last_shows_the_last(archive):
    first = search_paragraphs("人", per_page=7)
    last = search_paragraphs("人", per_page=7, page=999)
    assert last.page == first.pages
    assert len(last.hits) == first.count - (first.pages - 1) * 7


def test_search_date_sort_past_an_overestimated_count_shows_the_last_page(
    archive, monkeypatch
):
    from resolutions.search import engine

    monkeypatch.setattr(engine, "COMMON", -1)
    monkeypatch.setattr(engine, "SAMPLE_EVERY", 1)  # every row sampled: count 1:1
    monkeypatch.setattr(engine, "IN_SAMPLE", "e.id %% 1 = 0")
    true = search_paragraphs("人", sort="newest", per_page=10)
    monkeypatch.setattr(engine, "SAMPLE_EVERY", 3)  # now the estimate is 3x too big
    far = search_paragraphs("人", sort="newest", per_page=10, page=true.pages + 5)
    assert far.hits and far.page == true.pages
    assert far.ranked == true.count


@pytest.mark.parametrize("unsure", [-1, 10**9])  # counted first / read and overflowed
def test_search_past_the_count_cap_either_way(archive, monkeypatch, unsure):
    from resolutions.search import engine

    monkeypatch.setattr(engine, "COUNT_CAP", 3)
    monkeypatch.setattr(engine, "UNSURE", unsure)
    capped = search_paragraphs("人")
    assert capped.approximate and capped.bounded and capped.count >= 4
    monkeypatch.setattr(engine, "COUNT_CAP", 10**6)
    exact = search_paragraphs("人")
    assert not exact.approximate and not exact.bounded


def test_search_rows_carry_their_session_lexeme_which_no_query_reaches(archive):
    from django.db import connection

    from resolutions.search.analysis import session_lexeme

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT session, count(*) FILTER (WHERE vector @@ %s::tsquery), count(*) "
            "FROM resolutions_searchentry GROUP BY session ORDER BY session",
            [f"'{session_lexeme(78)}'"],
        )
        rows = cursor.fetchall()
    assert {session: (hits > 0, hits == total) for session, hits, total in rows}[
        78
    ] == (True, True)
    assert all(hits == 0 for session, hits, _ in rows if session != 78)
    for typed in ("s78", " s78", "' s78'", '" s78"', "\\ s78"):
        assert search_paragraphs(typed).count == 0, typed


def test_search_rows_keep_their_vectors_inline_and_uncompressed(archive):
    # Rechecking a phrase and ranking read the whole vector: compressed, each read
    # first decompressed it (migration 0009). The longest seed paragraphs' vectors
    # pass the 2 kB at which PostgreSQL would otherwise compress them.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FILTER (WHERE pg_column_compression(vector) IS NOT NULL), "
            "count(*) FILTER (WHERE pg_column_size(vector) > 2048) "
            "FROM resolutions_searchentry"
        )
        compressed, large = cursor.fetchone()
    assert large > 0 and compressed == 0
