"""The search page and the JSON API through the test client."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_api_search_returns_the_contract_shape(client, seeds):
    response = client.get(
        reverse("resolutions:api-search"), {"q": "人权", "lang": "zh"}
    )
    assert response.status_code == 200
    body = response.json()
    assert {"count", "results", "facets"} <= body.keys()
    assert body["count"] > 0
    hit = body["results"][0]
    assert set(hit) == {
        "symbol",
        "language",
        "kind",
        "number",
        "text",
        "highlight",
        "url",
    }
    assert hit["url"].startswith("/resolutions/A/RES/")
    assert "<mark>人权</mark>" in hit["highlight"]
    assert {f["value"] for f in body["facets"]["session"]} == {72, 78}


@pytest.mark.parametrize(
    "params",
    [
        {"q": "人权", "page": "x"},
        {"q": "人权", "session": "-3"},
        {"q": "人权", "lang": "de"},
        {"q": "人权", "kind": "<script>"},
    ],
)
def test_api_search_bad_parameters_are_400_with_reasons(client, db, params):
    response = client.get(reverse("resolutions:api-search"), params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid parameters"


@pytest.mark.parametrize("q", ['"', "&|!:*()<>", "\x00", "x" * 10_000, "-人权"])
def test_search_page_never_fails_on_odd_input(client, seeds, q):
    assert client.get(reverse("resolutions:search"), {"q": q}).status_code == 200
    assert client.get(reverse("resolutions:api-search"), {"q": q}).status_code == 200


@pytest.mark.parametrize(
    "q", ["78/197", "A/RES/78/197", "第78/197号决议", "７８／１９７"]
)
def test_search_page_symbol_query_leads_to_the_resolution(client, seeds, q):
    response = client.get(reverse("resolutions:search"), {"q": q})
    assert response.status_code == 302
    assert response["Location"] == "/resolutions/A/RES/78/197/zh/"


def test_search_page_shows_highlighted_hits_and_facets(
    client, seeds, django_assert_max_num_queries
):
    with django_assert_max_num_queries(10):
        response = client.get(reverse("resolutions:search"), {"q": "人权理事会"})
    html = response.content.decode()
    assert "<mark>人权理事会</mark>" in html
    assert "kind=operative" in html
    assert 'href="/resolutions/A/RES/72/169/zh/#op16"' in html


def test_search_page_escapes_the_query(client, seeds):
    html = client.get(
        reverse("resolutions:search"), {"q": "<script>x</script>"}
    ).content
    assert b"<script>x</script>" not in html
