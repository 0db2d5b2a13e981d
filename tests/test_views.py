"""Pages through the test client, by URL name, with bounded query counts."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def detail_url(symbol, language):
    return reverse(
        "resolutions:detail", kwargs={"symbol": symbol, "language": language}
    )


def test_detail_url_keeps_slashes_of_the_symbol():
    assert detail_url("A/RES/78/197", "zh") == "/resolutions/A/RES/78/197/zh/"


def test_home_lists_the_archive_by_session(
    client, seeds, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = client.get(reverse("resolutions:home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="session-78"' in html and 'id="session-72"' in html
    assert html.index('id="session-78"') < html.index('id="session-72"')
    assert detail_url("A/RES/78/197", "zh") in html
    assert "United Nations" in html


def test_home_when_empty_explains_how_to_load(client, db):
    response = client.get(reverse("resolutions:home"))
    assert response.status_code == 200
    assert "manage.py ingest" in response.content.decode()


def test_detail_shows_paragraph_anchors_and_footnotes_both_ways(client, seeds):
    response = client.get(detail_url("A/RES/72/169", "zh"))
    assert response.status_code == 200
    html = response.content.decode()
    for n in range(1, 15):
        assert f'id="pp{n}"' in html
    for n in range(1, 18):
        assert f'id="op{n}"' in html
    assert 'id="pp15"' not in html
    # marker -> footnote, and footnote -> each paragraph that references it
    assert 'href="#fn1" id="fnref1-pp1"' in html
    assert 'href="#fn1" id="fnref1-op15"' in html
    assert 'id="fn1"' in html
    assert 'href="#fnref1-pp1"' in html and 'href="#fnref1-op15"' in html
    assert '<strong class="lead">重申</strong>' in html


def test_detail_links_citations_to_undocs_when_not_held(client, seeds):
    html = client.get(detail_url("A/RES/72/169", "zh")).content.decode()
    assert 'href="https://undocs.org/zh/A/RES/70/1"' in html


def test_detail_query_count_does_not_grow_with_the_document(
    client, seeds, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        assert client.get(detail_url("A/RES/72/169", "zh")).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(detail_url("A/RES/78/197", "zh")).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/resolutions/A/RES/78/197/en/",
        "/resolutions/A/RES/1/1/zh/",
        "/resolutions/A/RES/78/197/xx/",
        "/resolutions/%3Cscript%3E/zh/",
    ],
)
def test_detail_unknown_symbol_or_language_is_404(client, seeds, url):
    assert client.get(url).status_code == 404


def test_detail_escapes_document_text(client, db):
    from resolutions.ingest import ingest_bytes
    from tests.support import SEED_78_197

    text = SEED_78_197.read_text("utf-8").replace(
        "希望进一步发展国际合作", "希望<script>alert(1)</script>进一步发展国际合作"
    )
    ingest_bytes(text.encode("utf-8"), "x.txt")
    html = client.get(detail_url("A/RES/78/197", "zh")).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_source_download_returns_the_stored_bytes(client, seeds):
    from tests.support import SEED_78_197

    url = reverse(
        "resolutions:source", kwargs={"symbol": "A/RES/78/197", "language": "zh"}
    )
    response = client.get(url)
    assert response.status_code == 200
    assert response.content == SEED_78_197.read_bytes()
