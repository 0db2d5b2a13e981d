"""find_citations: the body that adopted a resolution, named before, after or
around the number, on phrases from the XML corpus (footnote markers kept where the
seed layout keeps them)."""

from __future__ import annotations

import pytest
from symbols_support import symbols

from resolutions.parsing.symbols import find_citations_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject named after "its resolution …," (A/RES/79/170).
        (
            "Takes note, in this regard, that through its resolution 54/18 of 12 "
            "October 2023,²⁰ the Human Rights Council submitted",
            ["A/HRC/RES/54/18"],
        ),
        (
            "Note à cet égard que par sa résolution 54/18 du 12 octobre 2023²⁰, le "
            "Conseil des droits de l’homme lui a soumis",
            ["A/HRC/RES/54/18"],
        ),
        (
            "в этой связи, что в своей резолюции 54/18 от 12 октября 2023 года²⁰ "
            "Совет по правам человека представил",
            ["A/HRC/RES/54/18"],
        ),
        # The next item of a list is no subject (A/RES/75/180).
        (
            "its resolution 74/153 of 18 December 2019, Human Rights Council "
            "resolution 44/18 of 17 July 2020³",
            ["A/RES/74/153", "A/HRC/RES/44/18"],
        ),
        # قراره is a masculine body's own, never the Assembly's (A/RES/79/170).
        (
            "بأن مجلس حقوق الإنسان قدم إلى الجمعية العامة ضمن قراره 54/18 المؤرخ 12 "
            "تشرين الأول/أكتوبر 2023",
            ["A/HRC/RES/54/18"],
        ),
        ("إذ تشير إلى قرارها 70/1", ["A/RES/70/1"]),
        # A committee named earlier in the clause is what "its resolution" is about,
        # not its adopter (A/RES/79/125); named just before, it is the adopter.
        (
            "إلى العناصر ذات الصلة بعمل اللجنة الخاصة الواردة في قرارها 47/120 باء "
            "المؤرخ 20 أيلول/سبتمبر 1993،",
            ["A/RES/47/120 B"],
        ),
        ("وإذ تلاحظ أن اللجنة اعتمدت في قرارها 25/1", ["25/1"]),
        # A resolution at a place of a document is the one the document carries: of
        # the Arab League's summit (A/RES/79/163, A/RES/79/229).
        (
            "A/56/1026-S/2002/932, annex II, resolution 14/221.",
            ["A/56/1026", "S/2002/932", "14/221"],
        ),
        (
            "A/56/1026-S/2002/932، المرفق الثاني، القرار 14/221.",
            ["A/56/1026", "S/2002/932", "14/221"],
        ),
        (
            "Ibid., Supplement No. 53 (A/73/53), chap. IV, sect. A, resolution 37/17.",
            ["A/73/53", "A/HRC/RES/37/17"],
        ),
        # The body after the head word, behind a preposition (A/RES/79/161,
        # A/RES/79/248).
        (
            "y recordando las resoluciones del Consejo de Derechos Humanos 44/20, de "
            "17 de julio de 2020⁴, 47/21, de 13 de julio de 2021⁵",
            ["A/HRC/RES/44/20", "A/HRC/RES/47/21"],
        ),
        (
            "de conformidad con las resoluciones de la Asamblea General 36/117 A, de "
            "10 de diciembre de 1981",
            ["A/RES/36/117 A"],
        ),
        # A conference named before "notamment" is what the resolutions are about
        # (A/RES/79/161).
        (
            "adoptés par la Conférence mondiale¹, notamment les résolutions 66/144 du "
            "19 décembre 2011",
            ["A/RES/66/144"],
        ),
        (
            "aprobados por la Conferencia Mundial¹, en particular sus resoluciones "
            "66/144, de 19 de diciembre de 2011",
            ["A/RES/66/144"],
        ),
    ],
)
def test_find_citations_reads_the_body_around_the_number(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("submitted pursuant to resolution 43/1", [False]),
        ("Human Rights Council resolution 43/1", [True]),
        ("its resolution 70/1", [True]),
        ("根据第34/24号和第40/20号决议", [False, False]),
        ("人权理事会第34/24号决议", [True]),
        ("(A/79/306)", [True]),
    ],
)
def test_find_citations_named_tells_whether_the_body_is_named(text, named):
    assert [flag for _, flag in find_citations_named(text)] == named


@pytest.mark.parametrize(
    "text",
    [
        # The body just before the comma speaks of its resolution (A/RES/75/181,
        # A/RES/79/167).
        "Recalls the decision of the Human Rights Council, in its resolution 27/21",
        "la décision prise par le Conseil des droits de l’homme, dans sa résolution "
        "27/21, de nommer",
        "la decisión adoptada por el Consejo de Derechos Humanos, en su resolución "
        "27/21, de 11 de octubre de 2023²⁶",
        "تذكر بما قرره مجلس حقوق الإنسان، في قراره 27/21، من تعيين",
    ],
)
def test_find_citations_reads_the_body_before_its_resolution(text):
    assert symbols(text) == ["A/HRC/RES/27/21"]
