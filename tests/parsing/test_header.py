"""read_header: the session, agenda, adoption and committee lines above 大会，."""

from __future__ import annotations

import datetime as dt

import pytest

from resolutions.parsing.cues import AR, EN, FR, RU, ZH
from resolutions.parsing.errors import ParseError
from resolutions.parsing.header import match_symbol_line, read_header
from resolutions.parsing.text import parse_text

HEADER = """\
第七十八届会议
议程项目 71 (b)

2023 年 12 月 19 日大会决议

[根据第三委员会的报告(A/78/481/Add.2, 第 139 段)通过]

78/197. 测试决议

大会，
"""

# Adopted in plenary, as A/RES/79/1 was; written for this test.
PLENARY = """\
第七十九届会议
议程项目 123 和 124

2024 年 9 月 22 日大会决议

[未经发交主要委员会而通过(A/79/L.2)]

79/1. 未来契约

大会，

1. **通过**本决议所附《未来契约》。

2024年9月22日
第3次全体会议
"""


def header(text: str = HEADER, cues=ZH):
    warnings: list[str] = []
    return read_header(text.split("\n"), cues, warnings), warnings


def test_read_header_reads_every_field():
    result, warnings = header()
    assert (result.symbol, result.session, result.number) == ("A/RES/78/197", 78, "197")
    assert result.title == "测试决议"
    assert result.adopted_on == dt.date(2023, 12, 19)
    assert (result.committee, result.committee_report) == ("third", "A/78/481/Add.2")
    assert result.body_start == 10  # index of the line after 大会，
    assert warnings == []


def test_parse_text_reads_a_plenary_resolution():
    parsed = parse_text(PLENARY)
    assert (parsed.committee, parsed.draft_symbol, parsed.committee_report) == (
        "plenary",
        "A/79/L.2",
        "",
    )
    assert parsed.agenda_items == ("123", "124")
    assert parsed.plenary_meeting == 3
    assert parsed.operative[0].lead == "通过"
    assert parsed.warnings == ()


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("议程项目 72(b)", ("72 (b)",)),
        ("议程项目 71 (b)", ("71 (b)",)),
        ("议程项目 13 和 117", ("13", "117")),
        ("议程项目 13、15 和 117", ("13", "15", "117")),
        ("议程项目 71 (b) 和 (c)", ("71 (b)", "71 (c)")),
        ("议程项目71（b）", ("71 (b)",)),
    ],
)
def test_read_header_normalises_agenda_items(line, items):
    result, _ = header(HEADER.replace("议程项目 71 (b)", line))
    assert result.agenda_items == items


@pytest.mark.parametrize(
    ("title_lines", "titles"),
    [
        # Wrapped as in A/RES/78/197: Chinese lines join without a space.
        (
            "促进和保护人权：人权问题，包括增进\n人权和基本自由切实享受的各种途径",
            ("促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径",),
        ),
        (
            "Promotion and protection\nof human rights",
            ("Promotion and protection of human rights",),
        ),
        ("", ("",)),
    ],
)
def test_read_header_joins_a_wrapped_agenda_title(title_lines, titles):
    text = HEADER.replace("71 (b)\n", f"71 (b)\n\n{title_lines}\n")
    result, warnings = header(text)
    assert result.agenda_titles == titles
    assert warnings == []


def test_read_header_pairs_agenda_titles_with_items():
    text = HEADER.replace("71 (b)\n", "13 和 117\n\n第一个标题\n\n第二个\n标题\n")
    result, _ = header(text)
    assert result.agenda_titles == ("第一个标题", "第二个标题")


@pytest.mark.parametrize(
    ("line", "committee", "report", "draft"),
    [
        ("[根据第三委员会的报告(A/72/439/Add. 2)通过]", "third", "A/72/439/Add.2", ""),
        ("[根据第六委员会的报告（A/79/500，第 12 段）通过]", "sixth", "A/79/500", ""),
        ("[未经发交主要委员会而通过(A/79/L.2)]", "plenary", "", "A/79/L.2"),
        # Typed in lower case in A/RES/77/263 B (zh).
        ("[根据第五委员会的报告(A/77/672/add.1)通过]", "fifth", "A/77/672/Add.1", ""),
        (
            "[未经发交主要委员会而通过 (A/79/L.2 和 A/79/L.2/Add.1)]",
            "plenary",
            "",
            "A/79/L.2",
        ),
    ],
)
def test_read_header_reads_the_committee_line(line, committee, report, draft):
    text = HEADER.replace("[根据第三委员会的报告(A/78/481/Add.2, 第 139 段)通过]", line)
    result, _ = header(text)
    assert (result.committee, result.committee_report, result.draft_symbol) == (
        committee,
        report,
        draft,
    )


def test_parse_text_takes_no_citations_from_the_header():
    parsed = parse_text(PLENARY)
    assert [c for p in parsed.paragraphs for c in p.citations] == []


@pytest.mark.parametrize(
    ("old", "new", "warning"),
    [
        (
            "第七十八届会议",
            "第七十七届会议",
            "session 77 differs from the symbol's session 78",
        ),
        ("第三委员会", "第九委员会", "cannot tell the committee"),
        (
            "第七十八届会议",
            "联合国",
            "skipped a header line it does not know: '联合国'",
        ),
    ],
)
def test_read_header_warns_about_lines_it_cannot_use(old, new, warning):
    _, warnings = header(HEADER.replace(old, new))
    assert len(warnings) == 1
    assert warning in warnings[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("78/197. 促进国际合作", ("A/RES/78/197", 78, "197", "促进国际合作")),
        (
            "72/169.增进人权领域的国际合作",
            ("A/RES/72/169", 72, "169", "增进人权领域的国际合作"),
        ),
        ("75/242 B. 预算", ("A/RES/75/242 B", 75, "242 B", "预算")),
        ("217 A (III). 国际人权宪章", ("A/RES/217(III)", 3, "217 A", "国际人权宪章")),
        # Special and emergency special sessions (A/RES/S-32/1, A/RES/ES-11/1).
        (
            "S-32/1. 我们共同承诺有效应对挑战",
            ("A/RES/S-32/1", 32, "1", "我们共同承诺有效应对挑战"),
        ),
        (
            "ES-11/1. Aggression against Ukraine",
            ("A/RES/ES-11/1", 11, "1", "Aggression against Ukraine"),
        ),
        ("1. **重申**决心", None),
        ("2023年12月19日", None),
    ],
)
def test_match_symbol_line_reads_symbol_number_and_title(line, expected):
    assert match_symbol_line(line) == expected


@pytest.mark.parametrize(
    ("line", "cues", "items"),
    [
        # Cyrillic а and с typed for a) and c) (A/RES/79/138, 79/205, ru).
        ("Пункт 72 а) повестки дня", RU, ("72 (a)",)),
        ("Пункт\u00a096 с) повестки дня", RU, ("96 (c)",)),
        # A thin space after Point (A/RES/79/138, fr).
        ("Point\u200972\u00a0a)\u00a0de l’ordre du jour", FR, ("72 (a)",)),
        # و as a letter, twice: (ff) (A/RES/79/57, ar); as "and" (A/RES/79/314).
        ("البند 98 (و و) من جدول الأعمال", AR, ("98 (ff)",)),
        ("البندان 13 و 75 (أ) من جدول الأعمال", AR, ("13", "75 (a)")),
    ],
)
def test_read_header_reads_agenda_items_in_other_languages(line, cues, items):
    result, _ = header(f"{line}\n\n79/1. Title\n\n{cues.opening}\n", cues)
    assert result.agenda_items == items


def test_read_header_reads_english_lines():
    text = (
        "Seventy-ninth session\nAgenda items 123 and 124\n\n"
        "Resolution adopted by the General Assembly on 22 September 2024\n\n"
        "[without reference to a Main Committee (A/79/L.2)]\n\n"
        "79/1. The Pact for the Future\n\nThe General Assembly,\n"
    )
    result, warnings = header(text, EN)
    assert (result.session, result.agenda_items) == (79, ("123", "124"))
    assert (result.committee, result.draft_symbol) == ("plenary", "A/79/L.2")
    assert result.adopted_on == dt.date(2024, 9, 22)
    assert warnings == []


def test_read_header_raises_when_the_title_is_not_followed_by_the_assembly():
    with pytest.raises(ParseError) as caught:
        header(HEADER.replace("大会，", "回顾其决议，"))
    assert caught.value.line == 10


# The first lines of A/RES/79/245 B and 79/259 A-C (en), the symbol at the top of the
# first page as the PDF prints it.
PART_B = """\
A/RES/79/245 B

Seventy-ninth session
Agenda item 136

Resolution adopted by the General Assembly on 30 June 2025

[on the report of the Fifth Committee (A/79/640/Add.1, para. 6)]

79/245. Financial reports and audited financial statements, and reports of the \
Board of Auditors
B¹

The General Assembly,

*Recalling* its resolutions 78/242 B of 28 June 2024 and 79/245 A of 24 December \
2024,

¹ Resolution 79/245, in section VI of the Official Records of the General Assembly, \
Seventy-ninth Session, Supplement No. 49 (A/79/49), vol. I, becomes resolution \
79/245 A.

1. **Takes note** of the audit opinions;
"""


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("", ""),  # the top line and the letter under the title
        ("A/RES/79/245 B\n", ""),  # the letter alone, as a seed text has it
        ("B¹\n", ""),  # the top line alone (A/RES/75/290 B prints no letter)
    ],
)
def test_read_header_reads_the_part_of_a_resolution_in_parts(old, new):
    result, warnings = header(PART_B.replace(old, new), EN)
    assert (result.symbol, result.number) == ("A/RES/79/245 B", "245 B")
    assert result.title == (
        "Financial reports and audited financial statements, and reports of the "
        "Board of Auditors"
    )
    assert warnings == []


def test_read_header_reads_the_parts_of_a_collection_from_the_top_line():
    text = (
        "A/RES/79/259 A-C\n\n79/259. Programme budget for 2025\n\n"
        "The General Assembly,\n"
    )
    result, warnings = header(text, EN)
    assert (result.symbol, result.number) == ("A/RES/79/259 A-C", "259 A-C")
    assert warnings == []


def test_read_header_reads_an_arabic_part_letter():
    text = (
        "79/245 – التقارير المالية والبيانات المالية المراجعة وتقارير مجلس مراجعي "
        "الحسابات\nباء(¹)\n\nإن الجمعية العامة،\n"
    )
    result, _ = header(text, AR)
    assert result.symbol == "A/RES/79/245 B"
    assert result.title.endswith("مجلس مراجعي الحسابات")


def test_read_header_keeps_the_number_line_against_the_top_line():
    # 75_269_C.xml: its cover says A/RES/75/268, its number line 75/269.
    text = "A/RES/75/268\n\n75/269. 测试决议\n\n大会，\n"
    result, warnings = header(text)
    assert result.symbol == "A/RES/75/269"
    assert warnings == [
        "the symbol at the top, A/RES/75/268, differs from the number line's "
        "A/RES/75/269; kept A/RES/75/269"
    ]


def test_parse_text_keeps_the_note_on_a_part_letter():
    parsed = parse_text(PART_B)
    assert parsed.symbol == "A/RES/79/245 B"
    assert [f.marker for f in parsed.footnotes] == [1]
    assert parsed.footnotes[0].text.endswith("becomes resolution 79/245 A.")
    assert [p.refs for p in parsed.paragraphs] == [(), ()]
