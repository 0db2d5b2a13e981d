"""parse_text on the two seed resolutions and on small texts written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from resolutions.parsing.encoding import decode_bytes
from resolutions.parsing.text import parse_text
from resolutions.parsing.types import HEADING, OPERATIVE, PREAMBULAR, UNNUMBERED

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"

HEADER = """\
第七十八届会议
议程项目 71 (b)

2023 年 12 月 19 日大会决议

[根据第三委员会的报告(A/78/481/Add.2, 第 139 段)通过]

78/197. 测试决议

大会，

"""
CLOSING = "\n2023年12月19日\n第50次全体会议\n"


def seed(name: str):
    return parse_text(decode_bytes((SAMPLES / f"{name}.zh.txt").read_bytes()))


def resolution(body: str, header: str = HEADER, closing: str = CLOSING):
    return parse_text(header + body + closing)


@pytest.mark.parametrize(
    ("name", "fact", "expected"),
    [
        ("A-RES-72-169", "symbol", "A/RES/72/169"),
        ("A-RES-72-169", "language", "zh"),
        ("A-RES-72-169", "session", 72),
        ("A-RES-72-169", "number", "169"),
        ("A-RES-72-169", "title", "增进人权领域的国际合作"),
        ("A-RES-72-169", "agenda_items", ("72 (b)",)),
        ("A-RES-72-169", "committee", "third"),
        ("A-RES-72-169", "committee_report", "A/72/439/Add.2"),
        ("A-RES-72-169", "adopted_on", dt.date(2017, 12, 19)),
        ("A-RES-72-169", "plenary_meeting", 73),
        ("A-RES-72-169", "warnings", ()),
        ("A-RES-78-197", "symbol", "A/RES/78/197"),
        ("A-RES-78-197", "language", "zh"),
        ("A-RES-78-197", "session", 78),
        ("A-RES-78-197", "number", "197"),
        ("A-RES-78-197", "agenda_items", ("71 (b)",)),
        (
            "A-RES-78-197",
            "agenda_titles",
            ("促进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径",),
        ),
        ("A-RES-78-197", "committee", "third"),
        ("A-RES-78-197", "committee_report", "A/78/481/Add.2"),
        ("A-RES-78-197", "adopted_on", dt.date(2023, 12, 19)),
        ("A-RES-78-197", "plenary_meeting", 50),
        ("A-RES-78-197", "warnings", ()),
    ],
)
def test_parse_text_reads_seed_header(name, fact, expected):
    assert getattr(seed(name), fact) == expected


@pytest.mark.parametrize(
    ("name", "preambular", "operative", "footnotes"),
    [("A-RES-72-169", 14, 17, 6), ("A-RES-78-197", 10, 13, 7)],
)
def test_parse_text_counts_seed_paragraphs(name, preambular, operative, footnotes):
    parsed = seed(name)
    assert len(parsed.preambular) == preambular
    assert len(parsed.operative) == operative
    assert [f.marker for f in parsed.footnotes] == list(range(1, footnotes + 1))
    assert [p.number for p in parsed.operative] == [
        str(n) for n in range(1, operative + 1)
    ]


def test_parse_text_removes_markers_and_the_space_they_leave():
    paragraph = seed("A-RES-78-197").preambular[2]
    assert "《世界人权宣言》、两项国际人权公约和其他" in paragraph.text
    assert [
        (r.marker, paragraph.text[r.offset - 2 : r.offset]) for r in paragraph.refs
    ] == [
        (1, "》、"),
        (2, "公约"),
    ]


def test_parse_text_reads_a_footnote_referenced_twice():
    parsed = seed("A-RES-72-169")
    assert parsed.preambular[0].footnotes == (1,)
    assert parsed.operative[14].footnotes == (6, 1)


def test_parse_text_reads_a_footnote_after_the_closing_lines():
    footnote = seed("A-RES-72-169").footnotes[-1]
    assert (footnote.marker, footnote.text, footnote.line) == (
        6,
        "第217 A(III)号决议。",
        82,
    )


def test_parse_text_leaves_the_stray_number_of_the_source():
    # "24 日 30 在日内瓦" is in the source of A/RES/72/169; it is not a marker.
    assert (
        "2009 年 4 月 20 日至 24 日 30 在日内瓦"
        in seed("A-RES-72-169").preambular[3].text
    )


def test_parse_text_finds_citations_in_paragraphs_and_footnotes():
    parsed = seed("A-RES-72-169")
    assert [c.symbol for c in parsed.preambular[2].citations] == [
        "A/RES/70/153",
        "A/HRC/RES/32/6",
    ]
    assert [c.symbol for c in parsed.footnotes[4].citations] == [
        "E/CN.4/2001/2",
        "E/CN.4/Sub.2/2000/46",
    ]


def test_parse_text_reads_sub_paragraphs_under_their_paragraph():
    parsed = resolution(
        "回顾其决议，\n\n"
        "1. **请**秘书长：\n"
        "(a) 提交报告；\n"
        "(b) 协助各国，包括：\n"
        "(i) 提供技术援助；\n"
        "(ii) 分享经验；\n"
        "(c) 继续审议；\n"
        "2. **决定**继续审议。\n"
    )
    first = parsed.operative[0]
    assert [s.label for s in first.subparagraphs] == ["(a)", "(b)", "(c)"]
    assert [s.label for s in first.subparagraphs[1].subparagraphs] == ["(i)", "(ii)"]
    assert first.subparagraphs[1].subparagraphs[0].text == "提供技术援助；"
    assert first.subparagraphs[0].kind == OPERATIVE
    assert len(parsed.operative) == 2


def test_parse_text_reads_i_after_h_as_a_letter():
    letters = "abcdefghij"
    body = "1. **请**秘书长：\n" + "".join(f"({c}) 事项；\n" for c in letters)
    parsed = resolution(body)
    assert [s.label for s in parsed.operative[0].subparagraphs] == [
        f"({c})" for c in letters
    ]


@pytest.mark.parametrize("labels", [("(甲)", "(乙)"), ("（a）", "（b）")])
def test_parse_text_reads_chinese_sub_paragraph_labels(labels):
    body = "1. **请**秘书长：\n" + "".join(f"{label}提交报告；\n" for label in labels)
    subs = resolution(body).operative[0].subparagraphs
    assert [s.text for s in subs] == ["提交报告；", "提交报告；"]
    assert len(subs) == 2


def test_parse_text_marks_paragraphs_after_annex_line():
    parsed = resolution(
        "1. **通过**本决议所附宣言。\n",
        closing=CLOSING + "\n附件\n\n宣言\n\n1. 我们承诺合作。\n\n2. 我们决定审查。\n",
    )
    annex = [p for p in parsed.paragraphs if p.in_annex]
    # "附件" is the annex's first heading, as parse_akn reads <heading>附件</heading>.
    assert [(p.kind, p.text, p.number) for p in annex][:2] == [
        (HEADING, "附件", ""),
        (HEADING, "宣言", ""),
    ]
    assert [(p.kind, p.number) for p in annex][2:] == [
        (OPERATIVE, "1"),
        (OPERATIVE, "2"),
    ]
    assert [p.number for p in parsed.operative if not p.in_annex] == ["1"]


def test_parse_text_joins_a_paragraph_wrapped_over_two_lines():
    parsed = resolution("回顾其以往\n各项决议，\n\n1. **决定**继续\n审议。\n")
    assert parsed.preambular[0].text == "回顾其以往各项决议，"
    assert parsed.operative[0].text == "决定继续审议。"


def test_parse_text_starts_an_operative_paragraph_after_an_unfinished_line():
    parsed = resolution("回顾其以往各项决议\n1. **决定**继续审议。\n")
    assert parsed.preambular[0].text == "回顾其以往各项决议"
    assert parsed.operative[0].text == "决定继续审议。"


def test_parse_text_keeps_text_after_operative_paragraphs_with_a_warning():
    parsed = resolution("1. **决定**继续审议。\n\n这一行没有编号。\n")
    assert parsed.paragraphs[-1].kind == UNNUMBERED
    assert "without a paragraph number" in parsed.warnings[0]


def test_parse_text_warns_about_an_unreferenced_footnote():
    parsed = resolution("回顾其决议，\n\n¹ 第 70/1 号决议。\n\n1. **决定**继续审议。\n")
    assert parsed.warnings == ("line 14: footnote 1 is never referenced",)
    assert parsed.footnotes[0].citations[0].symbol == "A/RES/70/1"


def test_parse_text_reads_multi_digit_markers():
    markers = "¹²³⁴⁵⁶⁷⁸⁹"
    body = "".join(
        f"回顾第 70/{n} 号决议{m} 和大会，\n\n" for n, m in enumerate(markers, 1)
    )
    body += "回顾宣言，¹⁰\n\n"
    body += (
        "".join(f"{m} 注{n}。\n" for n, m in enumerate(markers, 1)) + "¹⁰ 注10。\n\n"
    )
    parsed = resolution(body + "1. **决定**继续审议。\n")
    assert parsed.preambular[-1].footnotes == (10,)
    assert parsed.footnotes[-1].text == "注10。"
    assert parsed.preambular[0].text == "回顾第 70/1 号决议和大会，"


def test_parse_text_reads_a_small_english_resolution():
    parsed = parse_text(
        "Seventy-eighth session\nAgenda item 71 (b)\n\n"
        "Resolution adopted by the General Assembly on 19 December 2023\n\n"
        "[on the report of the Third Committee (A/78/481/Add.2, para. 139)]\n\n"
        "78/197. Strengthening United Nations action in the field of human rights\n\n"
        "The General Assembly,\n\n"
        "Recalling also its resolution 70/1 of 25 September 2015,\n\n"
        "1. *Takes note* of the report of the Secretary-General;\n\n"
        "50th plenary meeting\n19 December 2023\n"
    )
    assert (parsed.language, parsed.session, parsed.committee) == ("en", 78, "third")
    assert parsed.adopted_on == dt.date(2023, 12, 19)
    assert parsed.plenary_meeting == 50
    assert parsed.preambular[0].lead == "Recalling also"
    assert (parsed.operative[0].lead, parsed.operative[0].text[:10]) == (
        "Takes note",
        "Takes note",
    )
    assert parsed.preambular[0].citations[0].symbol == "A/RES/70/1"
    assert parsed.operative[0].kind == OPERATIVE
    assert parsed.preambular[0].kind == PREAMBULAR


# The seed layout in the other five languages, as the UN's XML words the lines
# (A/RES/79/10 in GA-79-*.zip); written for these tests.
SEEDS = {
    "fr": (
        "Soixante-dix-neuvième session\nPoint 125 t) de l’ordre du jour\n\n"
        "Résolution adoptée par l’Assemblée générale le 18 novembre 2024\n\n"
        "[sur la base du rapport de la Troisième Commission (A/79/450, par. 39)]\n\n"
        "79/10. Coopération\n\nL’Assemblée générale,\n\n"
        "_Rappelant_ sa résolution 59/50 du 2 décembre 2004,¹\n\n"
        "¹ Résolution 49/57, annexe.\n\n"
        "1. **Prend note** du rapport ;\n\na) premier point ;\n\nb) second point ;\n\n"
        "39e séance plénière\n18 novembre 2024\n"
    ),
    "es": (
        "Septuagésimo noveno período de sesiones\nTema 125 t) del programa\n\n"
        "Resolución aprobada por la Asamblea General el 18 de noviembre de 2024\n\n"
        "[sobre la base del informe de la Tercera Comisión (A/79/450, párr. 39)]\n\n"
        "79/10. Cooperación\n\nLa Asamblea General,\n\n"
        "*Recordando* su resolución 59/50, de 2 de diciembre de 2004,¹\n\n"
        "¹ Resolución 49/57, anexo.\n\n"
        "1. **Toma nota** del informe;\n\na) primer punto;\n\nb) segundo punto;\n\n"
        "18 de noviembre de 2024\n39a sesión plenaria\n"
    ),
    "ru": (
        "Семьдесят девятая сессия\nПункт 125 t) повестки дня\n\n"
        "Резолюция, принятая Генеральной Ассамблеей 18 ноября 2024 года\n\n"
        "[по докладу Третьего комитета (A/79/450, п. 39)]\n\n"
        "79/10. Сотрудничество\n\nГенеральная Ассамблея,\n\n"
        "*ссылаясь* на свою резолюцию 59/50 от 2 декабря 2004 года,¹\n\n"
        "¹ Резолюция 49/57, приложение.\n\n"
        "1. **принимает к сведению** доклад;\n\n"
        "a) первый пункт;\n\nb) второй пункт;\n\n"
        "39‑е пленарное заседание\n18 ноября 2024 года\n"
    ),
    "ar": (
        "الدورة التاسعة والسبعون\nالبند 125 (ر) من جدول الأعمال\n\n"
        "قرار اتخذته الجمعية العامة في 18 تشرين الثاني/نوفمبر 2024\n\n"
        "[بناء على تقرير اللجنة الثالثة (A/79/450، الفقرة 39)]\n\n"
        "79/10 التعاون\n\nإن الجمعية العامة،\n\n"
        "*إذ تشير* إلى قرارها 59/50 المؤرخ 2 كانون الأول/ديسمبر 2004،¹\n\n"
        "¹ القرار 49/57، المرفق.\n\n"
        "1 - **تحيط علما** بالتقرير؛\n\n(أ) البند الأول؛\n\n(ب) البند الثاني؛\n\n"
        "الجلسة العامة 39\n18 تشرين الثاني/نوفمبر 2024\n"
    ),
}


@pytest.mark.parametrize("language", sorted(SEEDS))
def test_parse_text_reads_the_seed_layout_in_every_language(language):
    parsed = parse_text(SEEDS[language])
    assert (parsed.language, parsed.symbol, parsed.session) == (
        language,
        "A/RES/79/10",
        79,
    )
    assert parsed.agenda_items == ("125 (t)",)
    assert parsed.adopted_on == dt.date(2024, 11, 18)
    assert (parsed.committee, parsed.committee_report) == ("third", "A/79/450")
    assert parsed.plenary_meeting == 39
    assert len(parsed.preambular) == 1 and len(parsed.operative) == 1
    assert parsed.preambular[0].lead and parsed.operative[0].lead
    assert parsed.preambular[0].footnotes == (1,)
    assert [c.symbol for c in parsed.preambular[0].citations] == ["A/RES/59/50"]
    assert [c.symbol for c in parsed.footnotes[0].citations] == ["A/RES/49/57"]
    assert len(parsed.operative[0].subparagraphs) == 2
    assert parsed.warnings == ()
