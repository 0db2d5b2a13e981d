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
        (
            "en application de la résolution 53/30 du Conseil en date du 14 juillet",
            ["53/30"],
        ),
        # … the council last named before it (A/RES/79/60, A/RES/79/181).
        (
            "la résolution 51/35 du Conseil des droits de l’homme en date du 7 octobre "
            "2022, sur l’assistance technique, la résolution 57/26 du Conseil, en date "
            "du 10 octobre 2024, et sa résolution 78/142 du 19 décembre 2023",
            ["A/HRC/RES/51/35", "A/HRC/RES/57/26", "A/RES/78/142"],
        ),
        (
            "establecido por el Consejo de Derechos Humanos en su resolución 39/2, "
            "… de conformidad con lo dispuesto en la resolución 53/30 del Consejo, de "
            "14 de julio de 2023",
            ["A/HRC/RES/39/2", "A/HRC/RES/53/30"],
        ),
    ],
)
def test_find_citations_reads_the_body_after_the_number(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A vowel mark on the head word (A/RES/79/217).
        ("وإذ تؤكد من جديد قرارَها 70/1 المؤرخ 25 أيلول/سبتمبر 2015", ["A/RES/70/1"]),
        # No space before the number (A/RES/79/231).
        ("انظر القرار70/1.", ["A/RES/70/1"]),
        # A kashida in the head word (A/RES/79/65).
        (
            "وإذ تشير إلى قراراتـها 40/151 زاي المؤرخ 16 كـانون الأول/ديسـمبر 1985 و "
            "41/60 دال المؤرخ 3 كانون الأول/ديسمبر 1986",
            ["A/RES/40/151 G", "A/RES/41/60 D"],
        ),
        # A sukun on the head word, sessions as د-29 (A/RES/79/241).
        (
            "وإذ تشير إلى قراريْها 3261 واو (د-29) المؤرخ 9 كانون الأول/ديسمبر 1974 و "
            "3472 (د-30) المؤرخ 11 كانون الأول/ديسمبر 1975 بشأن",
            ["A/RES/3261(XXIX)", "A/RES/3472(XXX)"],
        ),
        # A special session as دإ-4 (A/RES/79/302).
        (
            "حسبما نصت عليه قراراتها 1874 (دإ-4) المؤرخ 27 حزيران/يونيه 1963 و 3101 "
            "(د-28) المؤرخ 11 كانون الأول/ديسمبر 1973 و 55/235 المؤرخ 23 كانون "
            "الأول/ديسمبر 2000،",
            ["A/RES/1874(S-IV)", "A/RES/3101(XXVIII)", "A/RES/55/235"],
        ),
        # "of the United Nations" after the Assembly (A/RES/79/239).
        (
            "عملاً بقرار الجمعية العامة للأمم المتحدة 78/241 المؤرخ 22 كانون "
            "الأول/ديسمبر 2023",
            ["A/RES/78/241"],
        ),
        # A space after the slash of a date inside the Council's list (A/RES/79/181).
        (
            "وفقا لقرارات مجلس حقوق الإنسان 34/24 المؤرخ 24 آذار/مارس 2017² و 40/20 "
            "المؤرخ 22 آذار/ مارس 2019³، و 46/17 المؤرخ 23 آذار/مارس 2021⁴",
            ["A/HRC/RES/34/24", "A/HRC/RES/40/20", "A/HRC/RES/46/17"],
        ),
    ],
)
def test_find_citations_reads_arabic_spellings_of_the_xml_corpus(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Part letters typed in Cyrillic (A/RES/79/20, A/RES/79/45).
        (
            "а также на свои резолюции 45/55 В от 4 декабря 1990 года и 48/74 В от "
            "16 декабря 1993 года",
            ["A/RES/45/55 B", "A/RES/48/74 B"],
        ),
        (
            "ссылаясь на свои резолюции 50/70 М от 12 декабря 1995 года, 51/45 Е от "
            "10 декабря 1996 года",
            ["A/RES/50/70 M", "A/RES/51/45 E"],
        ),
        # A list opened by a full symbol (A/RES/79/249).
        (
            "entre ellas sus resoluciones A/RES/55/5 B y C, de 23 de diciembre de "
            "2000, 57/4 B, de 20 de diciembre de 2002, 61/237, de 22 de diciembre de "
            "2006",
            ["A/RES/55/5", "A/RES/57/4 B", "A/RES/61/237"],
        ),
        # The latest of a body's resolutions (A/RES/79/182).
        (
            "y recordando las resoluciones y decisiones del Consejo de Derechos "
            "Humanos, las más recientes de las cuales son las resoluciones 56/1, de 10 "
            "de julio de 2024, 55/20, de 4 de abril de 2024",
            ["A/HRC/RES/56/1", "A/HRC/RES/55/20"],
        ),
        # позднее ("later") is not ее ("its"): the Council named after the number
        # (A/RES/79/60).
        (
            "на резолюцию\xa051/35 Совета по правам человека от 7\xa0октября 2022"
            "\xa0года об оказании технической помощи, принятую позднее резолюцию"
            "\xa057/26 Совета от 10\xa0октября 2024\xa0года и резолюцию\xa078/142 "
            "Генеральной Ассамблеи",
            ["A/HRC/RES/51/35", "A/HRC/RES/57/26", "A/RES/78/142"],
        ),
        # его резолюция is a masculine body's, never the Assembly's (A/RES/79/161).
        (
            "в соответствии с просьбой Совета по правам человека, содержащейся в его "
            "резолюции\xa051/32, и просьбой Генеральной Ассамблеи, содержащейся в ее "
            "резолюции 78/234",
            ["A/HRC/RES/51/32", "A/RES/78/234"],
        ),
        # A body's resolutions, namely …, and one more after the list (A/RES/79/184).
        (
            "les résolutions pertinentes du Conseil des droits de l’homme, à savoir "
            "les résolutions 49/1 du 4\xa0mars 2022¹⁴, 52/32 du 4\xa0avril 2023¹⁵ et "
            "55/23 du 4\xa0avril 2024¹⁶ sur la situation des droits de l’homme en "
            "Ukraine et la résolution S-34/1 du 12\xa0mai\xa02022",
            [
                "A/HRC/RES/49/1",
                "A/HRC/RES/52/32",
                "A/HRC/RES/55/23",
                "A/HRC/RES/S-34/1",
            ],
        ),
        # The adopter between commas (A/RES/75/222, 77/171); the Assembly the same way.
        (
            "Noting the adoption, by the Economic and Social Commission for Asia and "
            "the Pacific at its seventy-second session, of resolution 72/7 of 19 May "
            "2016, and the adoption, by the General Assembly at its seventieth "
            "session, of resolution 70/1",
            ["72/7", "A/RES/70/1"],
        ),
        # The same, one resolution (A/RES/79/179).
        (
            "Recordando además todas las decisiones y resoluciones pertinentes del "
            "Consejo de Derechos Humanos, la más reciente de las cuales es la "
            "resolución 54/35, de 13 de octubre de 2023",
            ["A/HRC/RES/54/35"],
        ),
    ],
)
def test_find_citations_reads_other_shapes_of_the_xml_corpus(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected
