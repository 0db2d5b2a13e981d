"""Browse pages: sessions, one session, the filtered list, compare, helpful 404s."""

import pytest
from django.urls import reverse

from resolutions.ingest import ingest_bytes
from tests.support import SEED_78_197

pytestmark = pytest.mark.django_db


def test_sessions_page_lists_sessions_with_counts(client, seeds):
    html = client.get(reverse("resolutions:sessions")).content.decode()
    assert 'href="/sessions/78/"' in html and 'href="/sessions/72/"' in html


def test_session_page_groups_by_agenda_item(
    client, seeds, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get(reverse("resolutions:session", kwargs={"session": 78}))
    html = response.content.decode()
    assert "71 (b)" in html
    assert "促进和保护人权：人权问题" in html
    assert 'href="/resolutions/A/RES/78/197/zh/"' in html


def test_session_page_unknown_session_is_404(client, seeds):
    assert client.get("/sessions/999/").status_code == 404


@pytest.mark.parametrize(
    "params, symbols",
    [
        ({}, ["A/RES/78/197", "A/RES/72/169"]),
        ({"session_min": "75"}, ["A/RES/78/197"]),
        ({"session_max": "75"}, ["A/RES/72/169"]),
        ({"committee": "third", "language": "zh"}, ["A/RES/78/197", "A/RES/72/169"]),
        ({"agenda": "72 (b)"}, ["A/RES/72/169"]),
        ({"adopted_after": "2020-01-01"}, ["A/RES/78/197"]),
        ({"title": "国际合作"}, ["A/RES/78/197", "A/RES/72/169"]),
        ({"order": "date"}, ["A/RES/72/169", "A/RES/78/197"]),
        ({"order": "-date"}, ["A/RES/78/197", "A/RES/72/169"]),
        ({"order": "title"}, ["A/RES/78/197", "A/RES/72/169"]),  # cu… before zeng…
    ],
)
def test_resolution_list_filters_and_orders(client, seeds, params, symbols):
    response = client.get(reverse("resolutions:list"), params)
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.find(f">{s}</a>") for s in symbols]
    assert all(p >= 0 for p in positions), params
    assert positions == sorted(positions), params
    others = {"A/RES/78/197", "A/RES/72/169"} - set(symbols)
    assert all(f">{s}</a>" not in html for s in others), params


@pytest.mark.parametrize(
    "params", [{"session_min": "abc"}, {"adopted_after": "yesterday"}, {"order": "x"}]
)
def test_resolution_list_bad_filter_values_show_the_form_error(client, seeds, params):
    response = client.get(reverse("resolutions:list"), params)
    assert response.status_code == 200
    assert "not valid" in response.content.decode()


def test_resolution_list_sorts_symbols_numerically(client, db):
    text = SEED_78_197.read_text("utf-8")
    for number in ("9", "10", "197"):
        ingest_bytes(
            text.replace("78/197. ", f"78/{number}. ").encode("utf-8"), f"{number}.txt"
        )
    html = client.get(reverse("resolutions:list"), {"order": "symbol"}).content.decode()
    order = [html.find(f">A/RES/78/{n}</a>") for n in ("9", "10", "197")]
    assert all(p >= 0 for p in order) and order == sorted(order)


def test_compare_aligns_paragraphs_of_two_languages(client, seeds):
    from tests.support import CORPUS

    pdf = CORPUS / "pdftext" / "A-RES-78-197.en.txt"
    if not pdf.exists():
        pytest.skip("no shared corpus")
    ingest_bytes(pdf.read_bytes(), pdf.name)
    url = reverse("resolutions:compare", kwargs={"symbol": "A/RES/78/197"})
    html = client.get(url, {"langs": "zh,en"}).content.decode()
    row = html[html.index('<tr id="op2">') : html.index('<tr id="op3">')]
    assert "重申" in row and "Reiterates" in row


def test_detail_unknown_language_suggests_the_versions_held(client, seeds):
    response = client.get("/resolutions/A/RES/78/197/fr/")
    assert response.status_code == 404
    assert 'href="/resolutions/A/RES/78/197/zh/"' in response.content.decode()


def test_detail_unknown_symbol_suggests_close_matches(client, seeds):
    response = client.get("/resolutions/A/RES/78/179/zh/")
    assert response.status_code == 404
    assert "A/RES/78/197" in response.content.decode()


def test_detail_links_agenda_item_to_the_filtered_list(client, seeds):
    url = reverse(
        "resolutions:detail", kwargs={"symbol": "A/RES/78/197", "language": "zh"}
    )
    html = client.get(url).content.decode()
    assert (
        "/resolutions/?session_min=78&amp;session_max=78&amp;agenda=71%20%28b%29"
        in html
    )
    assert 'href="https://undocs.org/zh/A/78/481/Add.2"' in html


def test_pages_have_a_fixed_number_of_queries_whatever_the_archive_size(
    client, db, django_assert_max_num_queries
):
    """Ten more resolutions must not add a single query to any page."""
    text = SEED_78_197.read_text("utf-8")

    def add(numbers):
        for number in numbers:
            ingest_bytes(
                text.replace("78/197. ", f"78/{number}. ").encode("utf-8"),
                f"{number}.txt",
            )

    pages = [
        reverse("resolutions:home"),
        reverse("resolutions:sessions"),
        reverse("resolutions:session", kwargs={"session": 78}),
        reverse("resolutions:list") + "?order=title&committee=third",
        reverse("resolutions:compare", kwargs={"symbol": "A/RES/78/1"})
        + "?langs=zh,en",
        reverse(
            "resolutions:detail", kwargs={"symbol": "A/RES/78/1", "language": "zh"}
        ),
        reverse("resolutions:search") + "?q=人权",
    ]
    add([1])
    counts = {}
    for url in pages:
        with django_assert_max_num_queries(30) as captured:
            assert client.get(url).status_code == 200
        counts[url] = len(captured)
    add(range(2, 12))
    for url in pages:
        with django_assert_max_num_queries(counts[url]):
            assert client.get(url).status_code == 200
