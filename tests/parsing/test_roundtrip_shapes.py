"""The round trip's reading of the XML's links (tests/parsing/roundtrip/shapes.py):
the truth for cited resolutions, so its own mistakes would pass for the parser's."""

from __future__ import annotations

import pytest
from roundtrip.shapes import RES_HREF, canonical_symbol, resolution_number


@pytest.mark.parametrize(
    ("href", "symbol", "canonical"),
    [
        ("https://undocs.org/en/A/RES/70/1", "A/RES/70/1", "A/RES/70/1"),
        # The language in capitals (A/RES/78/216, zh) or left out.
        ("https://undocs.org/CH/A/RES/217(III)", "A/RES/217(III)", "A/RES/217(III)"),
        ("https://undocs.org/A/RES/ES-11/1", "A/RES/ES-11/1", "A/RES/ES-11/1"),
        # A doubled slash and a space before the session (A/RES/75/181).
        (
            "https://undocs.org//en/A/RES/217 (III)",
            "A/RES/217 (III)",
            "A/RES/217(III)",
        ),
        # The series in lower case, and another body's resolutions.
        ("https://undocs.org/a/res/70/1", "a/res/70/1", "A/RES/70/1"),
        ("https://undocs.org/en/A/HRC/RES/32/6", "A/HRC/RES/32/6", "A/HRC/RES/32/6"),
        # Parts: the resolution, whatever its part.
        ("https://undocs.org/en/A/RES/45/55B", "A/RES/45/55B", "A/RES/45/55"),
        (
            "https://undocs.org/en/A/RES/2200 A (XXI)",
            "A/RES/2200 A (XXI)",
            "A/RES/2200(XXI)",
        ),
        ("https://undocs.org/en/A/RES/79/259A-C", "A/RES/79/259A-C", "A/RES/79/259"),
        # A query or a fragment ends the symbol.
        ("https://undocs.org/en/A/RES/76/1?lang=en", "A/RES/76/1", "A/RES/76/1"),
    ],
)
def test_res_href_reads_the_resolution_a_link_names(href, symbol, canonical):
    match = RES_HREF.search(href)
    assert match is not None
    assert match.group(1) == symbol
    assert canonical_symbol(match.group(1)) == canonical


@pytest.mark.parametrize(
    "href",
    [
        "https://undocs.org/en/A/79/450",  # a report
        "https://undocs.org/ru/A/RES/A/79/188",  # a document under RES/ (79/125, ru)
        "https://undocs.org/en/S/RES/",  # no number
        "https://example.org/A/RES/70/1",  # not the UN's document system
    ],
)
def test_res_href_ignores_links_to_anything_but_a_resolution(href):
    assert RES_HREF.search(href) is None


def test_resolution_number_is_the_number_after_res():
    assert resolution_number("A/HRC/RES/32/6") == "32/6"
    assert resolution_number("A/RES/2200 A (XXI)") == "2200(XXI)"
