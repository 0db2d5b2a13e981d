"""parse_akn: header facts, annexes, collections and refusals on documents written
here; A/RES/78/197 against its seed. Paragraph structures are in test_akn_body.py,
the whole corpus in test_akn_corpus.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from akn_documents import document, outline, paragraph

from resolutions.parsing.akn import parse_akn
from resolutions.parsing.errors import ParseError

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
UNXML = ROOT.parent / "shared" / "corpus" / "unxml"


def test_parse_akn_reads_attachments_as_annex():
    annex = (
        '<attachments><attachment><doc name="annex"><mainBody>'
        '<paragraph eId="p9" class="HCh"><heading>Annex</heading></paragraph>'
        + paragraph("1.", "We commit.", "p10")
        + "</mainBody></doc></attachment></attachments>"
    )
    parsed = parse_akn(document(paragraph("1.", "Adopts;"), after=annex))
    assert outline(parsed) == [
        "operative 1: Adopts;",
        "heading annex: Annex",
        "operative annex 1: We commit.",
    ]
    assert [p.number for p in parsed.operative] == ["1"]


def test_parse_akn_reads_each_part_of_a_collection():
    part = (
        '<component eId="comp_{i}"><statement name="resolution"><preface><p>'
        "<docNumber>{letter}</docNumber><docTitle>Part {letter}</docTitle></p>"
        "</preface><mainBody>{body}</mainBody></statement></component>"
    )
    parts = "".join(
        part.format(i=i, letter=letter, body=paragraph("1.", f"Decides {letter};"))
        for i, letter in enumerate("AB")
    )
    data = document(symbol="A/RES/78/80 A-B").replace(
        b"</statement></akomaNtoso>",
        f"</statement><components>{parts}</components></akomaNtoso>".encode(),
    )
    parsed = parse_akn(data)
    assert (parsed.symbol, parsed.number) == ("A/RES/78/80 A-B", "80 A-B")
    assert outline(parsed) == [
        "heading: A",
        "heading: Part A",
        "operative 1: Decides A;",
        "heading: B",
        "heading: Part B",
        "operative 1: Decides B;",
    ]


def item(text: str, title: str = "") -> str:
    title = f' title="{title}"' if title else ""
    return f'<inline name="agenda item"{title}>{text}</inline>'


def agenda(text: str, title: str = "") -> dict[str, str]:
    return {"agenda": item(text, title)}


def proponent(refers: str, words: str, document: str) -> str:
    refers = f' refersTo="{refers}"' if refers else ""
    origin = f'<inline name="originating document">{document}</inline>'
    return f"<docProponent{refers}>[{words} ({origin})]</docProponent>"


MEETING_62 = (
    '<conclusions><p><inline name="adoptionMeeting" title="第62次">第62次全体会议'
    '</inline><eol/><docDate date="2020-12-10">2020年12月10日</docDate></p>'
    "</conclusions>"
)
ZH_PLENARY = {"proponent": proponent("", "未经发交主要委员会而通过", "A/75/L.81")}
PLENARY = proponent(
    "#noMainCommittee", "without reference to a Main Committee", "A/79/L.2 and Add.1"
)


@pytest.mark.parametrize(
    ("options", "fact", "expected"),
    [
        ({}, "committee", "third"),
        ({}, "committee_report", "A/78/481/Add.2"),
        ({}, "agenda_items", ("71 (b)",)),
        ({}, "agenda_titles", ("Promotion and protection of human rights",)),
        ({}, "adopted_on", dt.date(2023, 12, 19)),
        ({}, "plenary_meeting", 50),
        ({}, "session", 78),
        ({"language": "zho"}, "language", "zh"),
        ({"language": "ara"}, "language", "ar"),
        ({"symbol": "A/RES/75/242 B"}, "number", "242 B"),
        ({"symbol": "A/RES/ES-11/1"}, "session", 11),
        ({"proponent": PLENARY}, "committee", "plenary"),
        ({"proponent": PLENARY}, "draft_symbol", "A/79/L.2"),
        # No refersTo (A/RES/75/274 in Chinese): the committee from the words.
        (ZH_PLENARY, "committee", "plenary"),
        (agenda("Agenda items 13 and 75 (a)"), "agenda_items", ("13", "75 (a)")),
        (agenda("Point 71 b) de l’ordre du jour"), "agenda_items", ("71 (b)",)),
        (agenda("البند 98 (س س) من جدول الأعمال"), "agenda_items", ("98 (oo)",)),
        (agenda("Пункт 72 а) повестки дня"), "agenda_items", ("72 (a)",)),
        # The title when the text has no number.
        (agenda("", "13和117"), "agenda_items", ("13", "117")),
        ({"conclusions": MEETING_62}, "plenary_meeting", 62),
        ({"conclusions": ""}, "adopted_on", dt.date(2023, 12, 19)),  # FRBRWork
        ({"symbol": ""}, "symbol", "A/RES/78/197"),  # FRBRWork, with a warning
    ],
)  # fmt: skip
def test_parse_akn_header_facts(options, fact, expected):
    parsed = parse_akn(document(paragraph("1.", "x"), **options))
    assert getattr(parsed, fact) == expected


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<akomaNtoso>&lol9;</akomaNtoso>"""


@pytest.mark.parametrize(
    ("data", "line", "message"),
    [
        (b"", 1, "malformed XML"),
        (b"<akomaNtoso>\n<statement>\n</akomaNtoso>", 3, "malformed XML"),
        (b"<html><body/></html>", 1, "not Akoma Ntoso"),
        (BILLION_LAUGHS, 2, "declares the entity 'lol'"),
        (
            document(symbol="").replace(b"78-197", b"draft"),
            0,
            'no symbol: the coverPage has no <docNumber refersTo="#symbol">',
        ),
        (document(symbol="A/78/481"), 0, "not a General Assembly resolution"),
        (document(language="deu"), 0, "'deu' is not one of"),
    ],
)
def test_parse_akn_rejects_what_it_cannot_read(data, line, message):
    started = time.perf_counter()
    with pytest.raises(ParseError) as error:
        parse_akn(data)
    assert error.value.line == line
    assert message in error.value.message
    assert time.perf_counter() - started < 1


# The real document: A/RES/78/197 in Chinese against the seed text's golden JSON.


def _seventy_eight_197() -> bytes:
    archive = UNXML / "GA-78-Chinese.zip"
    if not archive.is_file():
        pytest.skip(f"no shared corpus at {UNXML}")
    with zipfile.ZipFile(archive) as zf:
        return zf.read("78session/Chinese/A_RES_78_197-2326039C.xml")


def _squeeze(text: str) -> str:
    """The seed writes 1993 年 6 月, the XML 1993年6月: compare without spaces."""
    return re.sub(r"\s+", "", text)


def test_parse_akn_matches_the_seed_of_78_197():
    parsed = parse_akn(_seventy_eight_197())
    golden = json.loads((GOLDEN / "A-RES-78-197.zh.json").read_text(encoding="utf-8"))
    facts = ("symbol", "language", "session", "number", "title", "agenda_items")
    facts += ("agenda_titles", "committee", "committee_report", "plenary_meeting")
    for fact in facts:
        value = getattr(parsed, fact)
        assert (list(value) if isinstance(value, tuple) else value) == golden[fact]
    assert parsed.adopted_on.isoformat() == golden["adopted_on"]
    for kind, paragraphs in (
        ("preambular", parsed.preambular),
        ("operative", parsed.operative),
    ):
        assert (
            len(paragraphs) == len(golden[kind]) == (10 if kind == "preambular" else 13)
        )
        for got, expected in zip(paragraphs, golden[kind], strict=True):
            assert got.lead == expected["lead"]
            assert _squeeze(got.text) == _squeeze(expected["text"])
            assert list(got.footnotes) == expected["footnotes"]
            assert got.number == expected.get("number", "")
    assert [(f.marker, _squeeze(f.text)) for f in parsed.footnotes] == [
        (f["marker"], _squeeze(f["text"])) for f in golden["footnotes"]
    ]
    assert parsed.warnings == ()


def test_parse_akn_places_the_notes_of_78_197_between_their_words():
    parsed = parse_akn(_seventy_eight_197())
    around = {
        ref.marker: (p.text[: ref.offset][-4:], p.text[ref.offset :][:2])
        for p in parsed.paragraphs
        for ref in p.refs
    }
    assert around == {
        1: ("宣言》、", "两项"),
        2: ("人权公约", "和其"),
        3: ("动纲领》", "所申"),
        4: ("展议程》", "呼吁"),
        5: ("的报告；", ""),
        6: ("公约》、", "《公"),
        7: ("际公约》", "及其"),
    }
