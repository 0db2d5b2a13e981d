"""find_citations, normalise_symbol and classify on phrases from real resolutions."""

from __future__ import annotations

import pytest
from symbols_support import symbols

from resolutions.parsing.symbols import classify, find_citations, normalise_symbol
from resolutions.parsing.types import (
    DOCUMENT,
    GA_RESOLUTION,
    HRC_RESOLUTION,
    OTHER_RESOLUTION,
    SC_RESOLUTION,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A/78/272。", ["A/78/272"]),
        ("(A/72/439/Add. 2)", ["A/72/439/Add.2"]),
        (
            "A/CONF.157/24(Part I)和 A/CONF.157/24(Part I)/Corr.1，第三章。",
            ["A/CONF.157/24(Part I)", "A/CONF.157/24(Part I)/Corr.1"],
        ),
        (
            "见 E/CN.4/2001/2-E/CN.4/Sub.2/2000/46，第二章，A 节。",
            ["E/CN.4/2001/2", "E/CN.4/Sub.2/2000/46"],
        ),
        ("补编第 53 号》(A/71/53)，第四章", ["A/71/53"]),
        ("[未经发交主要委员会而通过(A/79/L.2)]", ["A/79/L.2"]),
        ("see A/C.3/78/L.33/Rev. 1.", ["A/C.3/78/L.33/Rev.1"]),
        ("and/or UN/DESA", []),
    ],
)
def test_find_citations_reads_document_symbols(text, expected):
    citations = find_citations(text)
    assert [c.symbol for c in citations] == expected
    assert all(c.kind == DOCUMENT for c in citations)
    assert all(text[c.start : c.end] == c.text for c in citations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("its resolution 70/1 of 25 September 2015", ["A/RES/70/1"]),
        (
            "resolutions 44/82 of 8 December 1989, 50/142 of 21 December 1995"
            " and 70/153",
            ["A/RES/44/82", "A/RES/50/142", "A/RES/70/153"],
        ),
        ("Human Rights Council resolution 32/6 of 30 June 2016", ["A/HRC/RES/32/6"]),
        ("Security Council resolution 1325 (2000)", ["S/RES/1325(2000)"]),
        ("General Assembly resolution 217 A (III)", ["A/RES/217(III)"]),
        ("Commission on Human Rights resolution 2005/69", ["E/CN.4/RES/2005/69"]),
        ("S/RES/2334 (2016) and A/RES/70/1", ["S/RES/2334(2016)", "A/RES/70/1"]),
    ],
)
def test_find_citations_reads_english_forms(text, expected):
    assert [c.symbol for c in find_citations(text)] == expected


def test_find_citations_keeps_the_part_letter_as_label():
    (citation,) = find_citations("第 217 A (III) 号决议")
    assert (citation.symbol, citation.label) == ("A/RES/217(III)", "A")


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("A/72/439/Add. 2", "A/72/439/Add.2"),
        ("A/CONF.157/24 (Part I)", "A/CONF.157/24(Part I)"),
        ("S/RES/1325 (2000)", "S/RES/1325(2000)"),
        ("Ａ/７８/２７２", "A/78/272"),
        ("A/78/272.", "A/78/272"),
    ],
)
def test_normalise_symbol_removes_layout_spaces(raw, normalised):
    assert normalise_symbol(raw) == normalised


@pytest.mark.parametrize(
    ("symbol", "kind"),
    [
        ("A/RES/70/1", GA_RESOLUTION),
        ("A/HRC/RES/32/6", HRC_RESOLUTION),
        ("S/RES/1325(2000)", SC_RESOLUTION),
        ("E/CN.4/RES/2005/69", OTHER_RESOLUTION),
        ("A/78/272", DOCUMENT),
    ],
)
def test_classify_names_the_series(symbol, kind):
    assert classify(symbol) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A thin space after the head word, French typography (A/RES/79/64).
        ("dans sa résolution\u200978/55 du 4 décembre 2023,", ["A/RES/78/55"]),
        # Arabic part letters spelled as names (A/RES/79/32).
        (
            "إلى قراراتها 49/75 كاف المؤرخ 15 كانون الأول/ديسمبر 1994 و 51/45 ميم",
            ["A/RES/49/75 K", "A/RES/51/45 M"],
        ),
        # Items pointing into the resolutions they cite (A/RES/78/103).
        (
            "Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12; "
            "and 61/121 B, sect. IV, paras. 65–77.",
            ["A/RES/52/214", "A/RES/55/222", "A/RES/61/121 B"],
        ),
        # A quoted title holding a colon between two items (A/RES/76/91).
        (
            "resolutions 74/307 of 11 September 2020, entitled “United response: "
            "combating COVID-19”, and 75/156 of 16 December 2020",
            ["A/RES/74/307", "A/RES/75/156"],
        ),
        # A second head word starts another body's list (A/RES/77/324).
        (
            "Economic and Social Council resolution 1980/67 of 25 July 1980 on "
            "international years, and General Assembly resolutions 53/199 of "
            "15 December 1998 and 61/185 of 20 December 2006",
            ["E/RES/1980/67", "A/RES/53/199", "A/RES/61/185"],
        ),
        # "its" is the Council's when the clause names it (A/RES/76/227).
        (
            "as endorsed by the Human Rights Council in its resolution 17/4",
            ["A/HRC/RES/17/4"],
        ),
        # "including" continues the clause before it (A/RES/79/190, A/RES/78/208).
        (
            "Human Rights Council resolutions, including resolutions 23/9 of "
            "13 June 2013",
            ["A/HRC/RES/23/9"],
        ),
        (
            "General Assembly and Security Council resolutions 60/180 and 1645 (2005)",
            ["A/RES/60/180", "S/RES/1645(2005)"],
        ),
        # Parts as a range in words (A/RES/75/253 B).
        (
            "its resolutions 37/240 of 21 December 1982, 40/257 A to C of 18 December "
            "1985, 45/250 A to C of 21 December 1990 and 48/252 A to C of 26 May 1994",
            [
                "A/RES/37/240",
                "A/RES/40/257 A-C",
                "A/RES/45/250 A-C",
                "A/RES/48/252 A-C",
            ],
        ),
        # An en space after the head word (A/RES/78/286).
        ("its resolution\u200275/200 of 21 December 2020", ["A/RES/75/200"]),
        # "as well as" after a clause of a list item (A/RES/77/106).
        (
            "its resolutions 61/36 of 4 December 2006, the annex to which contains "
            "the text of the principles, and 62/68 of 6 December 2007, the annex to "
            "which contains the text of the articles, as well as 65/28 of 6 December "
            "2010",
            ["A/RES/61/36", "A/RES/62/68", "A/RES/65/28"],
        ),
        # "including" as a clause of its own (A/RES/75/287).
        (
            "the resolutions of the Human Rights Council, including the most recent, "
            "resolution 46/21 of 24 March 2021",
            ["A/HRC/RES/46/21"],
        ),
    ],
)
def test_find_citations_reads_shapes_of_the_xml_corpus(text, expected):
    assert symbols(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as well as" continues a list; a dated item may lack its comma
        # (A/RES/75/201, A/RES/77/77).
        (
            "General Assembly and Security Council resolutions 70/262 and 2282 (2016)"
            " of 27 April 2016, as well as 60/180 and 1645 (2005) of 20 December 2005",
            ["A/RES/70/262", "S/RES/2282(2016)", "A/RES/60/180", "S/RES/1645(2005)"],
        ),
        (
            "resolutions 71/66 of 5 December 2016 73/66 of 5 December 2018",
            ["A/RES/71/66", "A/RES/73/66"],
        ),
        # "on" for "of" before a date, once (A/RES/78/187).
        (
            "resolutions 77/202 of 15 December 2022 on child, early and forced "
            "marriage, 76/146 on 16 December 2021 on the girl child",
            ["A/RES/77/202", "A/RES/76/146"],
        ),
        # "its" after a conference or commission named as a subject (A/RES/75/208,
        # A/RES/76/108), and after a name as the adopter (A/RES/76/246).
        (
            "the International Conferences on Financing for Development and its "
            "resolution 70/299 of 29 July 2016",
            ["A/RES/70/299"],
        ),
        (
            "the Durban Declaration and Programme of Action adopted by the World "
            "Conference, in particular its resolutions 66/144 of 19 December 2011",
            ["A/RES/66/144"],
        ),
        ("activities mandated by the Council in its resolutions 47/21", ["47/21"]),
        # A conference that is the subject of the clause (A/RES/78/68); one whose
        # name leads up to the head word (A/RES/75/158).
        (
            "submitted to the resumed Review Conference in accordance with paragraph"
            " 60 of resolution 74/18 of 10 December 2019",
            ["A/RES/74/18"],
        ),
        (
            "taking note of Commission on Crime Prevention and Criminal Justice "
            "resolution 25/1 of 27 May 2016",
            ["25/1"],
        ),
        # The Council's report is Supplement No. 53 (A/RES/75/152, A/RES/75/199).
        (
            "Official Records of the General Assembly, Seventy-fourth Session, "
            "Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12.",
            ["A/74/53/Add.1", "A/HRC/RES/42/12"],
        ),
        (
            "《大会正式记录，第六十九届会议，补编第53 A号》(A/69/53/Add.1)，第四章，"
            "A节，第27/12号决议。",
            ["A/69/53/Add.1", "A/HRC/RES/27/12"],
        ),
        # The body named after the list, past dates (A/RES/79/169, A/RES/79/170;
        # footnote markers removed, as clean_inline does).
        (
            "et les résolutions 20/15, 23/16, 27/17 et 41/4 du Conseil des droits"
            " de l’homme",
            ["A/HRC/RES/20/15", "A/HRC/RES/23/16", "A/HRC/RES/27/17", "A/HRC/RES/41/4"],
        ),
        (
            "la résolution 53/28 du 14 juillet 2023 du Conseil des droits de l’homme",
            ["A/HRC/RES/53/28"],
        ),
        ("ссылаясь на резолюцию 26/3 Комиссии по предупреждению", ["26/3"]),
        # A list continuing another carries its body (A/RES/75/176, A/RES/79/167).
        (
            "Human Rights Council resolutions 34/7 of 23 March 2017 and 42/15 of "
            "26 September 2019 on the right to privacy in the digital age and "
            "resolutions 32/13 of 1 July 2016 and 38/7 of 5 July 2018",
            ["A/HRC/RES/34/7", "A/HRC/RES/42/15", "A/HRC/RES/32/13", "A/HRC/RES/38/7"],
        ),
        (
            "la résolution 78/202 du 19 décembre 2023, la décision 18/120 du Conseil "
            "des droits de l’homme, en date du 30 septembre 2011¹, et les résolutions "
            "24/14 du 27 septembre 2013²",
            ["A/RES/78/202", "A/HRC/RES/24/14"],
        ),
    ],
)
def test_find_citations_reads_bodies_of_the_xml_corpus(text, expected):
    assert symbols(text) == expected
