"""find_citations: lists of resolution numbers in the French, Spanish, Russian and
Arabic texts of the XML corpus."""

from __future__ import annotations

import pytest

from resolutions.parsing.symbols import find_citations

# Footnote 28 of A/RES/79/117: items pointing into each resolution, with ranges.
SECTIONS = [
    "A/RES/52/214",
    "A/RES/55/222",
    "A/RES/56/64 B",
    "A/RES/57/130 B",
    "A/RES/58/101 B",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Résolutions 52/214, sect. C, par. 3 ; 55/222, sect. III, par. 12 ; "
            "56/64 B, sect. X ; 57/130 B, sect. X ; et 58/101 B, sect. V, "
            "par. 61 à 76.",
            SECTIONS,
        ),
        (
            "Resoluciones 52/214, secc. C, párr. 3; 55/222, secc. III, párr. 12; "
            "56/64 B, secc. X; 57/130 B, secc. X; y 58/101 B, secc. V, párrs. 61 a 76.",
            SECTIONS,
        ),
        (
            "Резолюции 52/214, разд. C, п. 3; 55/222, разд. III, п. 12; 56/64 B , "
            "разд. X; 57/130 B, разд. X; и 58/101 B, разд. V , пп. 61–76.",
            SECTIONS,
        ),
        (
            "القرارات 52/214، الجزء جيم، الفقرة 3؛ و 55/222، الجزء الثالث، الفقرة "
            "12؛ و 56/64 باء، الجزء العاشر؛ و 57/130 باء، الجزء العاشر؛ و 58/101 "
            "باء، الجزء الخامس، الفقرات من 61 إلى 76.",
            SECTIONS,
        ),
        # A place without a number (A/RES/79/221).
        (
            "Resoluciones de la Asamblea General 78/3, anexo, 78/4, anexo, y 79/2, "
            "anexo.",
            ["A/RES/78/3", "A/RES/78/4", "A/RES/79/2"],
        ),
        # An old number with an Arabic part letter (A/RES/79/1).
        (
            "من قراري الجمعية العامة 377 ألف (د-5) المؤرخ 3 تشرين الثاني/نوفمبر 1950، "
            "بشأن الاتحاد من أجل السلام، و 76/262 المؤرخ 26 نيسان/أبريل 2022، بشأن",
            ["A/RES/377(V)", "A/RES/76/262"],
        ),
    ],
)
def test_find_citations_reads_lists_of_the_xml_corpus(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The Assembly named after the number outweighs a commission before it
        # (A/RES/79/117).
        (
            "Комиссией во исполнение пункта 21 резолюции 78/112 Генеральной "
            "Ассамблеи от 7 декабря 2023 года",
            ["A/RES/78/112"],
        ),
        (
            "por la Comisión de conformidad con el párrafo 21 de la resolución 78/112 "
            "de la Asamblea General, de 7 de diciembre de 2023",
            ["A/RES/78/112"],
        ),
        # A council named after the number alone (A/RES/79/184).
        ("в соответствии с резолюцией 53/30 Совета от 14 июля 2023 года", ["53/30"]),
    ],
)
def test_find_citations_reads_the_body_after_the_number(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected
