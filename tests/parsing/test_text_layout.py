"""parse_text on the shapes of declarations, budgets and annexes: headings, bold
leads without numbers, tables, and marks seen in the UN's XML corpus.
"""

from __future__ import annotations

from test_text import CLOSING, HEADER, resolution

from resolutions.parsing.text import parse_text
from resolutions.parsing.types import HEADING, OPERATIVE, PREAMBULAR, UNNUMBERED


def test_parse_text_reads_a_bold_line_as_a_heading_and_restarts_numbering():
    parsed = resolution(
        "回顾其决议，\n\n**一**\n\n**内部司法系统**\n\n1. **强调**司法独立。\n\n"
        "2. **强调**必须确保。\n\n**二**\n\n1. **确认**非正式系统。\n"
    )
    kinds = [(p.kind, p.number, p.lead) for p in parsed.paragraphs]
    assert kinds == [
        (PREAMBULAR, "", "回顾"),
        (HEADING, "", ""),
        (HEADING, "", ""),
        (OPERATIVE, "1", "强调"),
        (OPERATIVE, "2", "强调"),
        (HEADING, "", ""),
        (OPERATIVE, "1", "确认"),
    ]
    assert parsed.paragraphs[1].text == "一"


def test_parse_text_reads_a_bold_lead_without_number_as_operative():
    # A/RES/78/1: the whole operative part is one unnumbered paragraph.
    parsed = resolution("回顾其决议，\n\n**核可**本决议所附宣言。\n")
    assert [(p.kind, p.lead) for p in parsed.paragraphs] == [
        (PREAMBULAR, "回顾"),
        (UNNUMBERED, "核可"),
    ]


def test_parse_text_keeps_a_table_as_one_paragraph_of_rows():
    parsed = resolution(
        "1. **决定**分摊比额表如下：\n\n| 会员国 | 百分比 |\n| 阿富汗 | 0.005 |\n\n"
        "2. **决定**继续审议。\n"
    )
    table = parsed.paragraphs[1]
    assert (table.kind, table.text, table.lead) == (
        UNNUMBERED,
        "会员国 | 百分比\n阿富汗 | 0.005",
        "",
    )
    assert [p.number for p in parsed.operative] == ["1", "2"]


def test_parse_text_reads_the_annex_line_when_bold():
    parsed = resolution(
        "1. **通过**宣言。\n", closing=CLOSING + "\n**附件**\n\n1. 我们承诺。\n"
    )
    assert [(p.kind, p.text, p.in_annex) for p in parsed.paragraphs] == [
        (OPERATIVE, "通过宣言。", False),
        (HEADING, "附件", True),
        (OPERATIVE, "我们承诺。", True),
    ]


def test_parse_text_reads_an_arabic_number_with_an_en_dash():
    # 3 – in A/RES/79/136 (Arabic), beside the usual 1 -.
    parsed = parse_text(
        "79/136. قرار\n\nإن الجمعية العامة،\n\nإذ تشير إلى قراراتها،\n\n"
        "1 - تدعو إلى التعاون؛\n\n2 – تشدد على أهمية التنسيق؛\n"
    )
    assert [p.number for p in parsed.operative] == ["1", "2"]


def test_parse_text_ignores_a_direction_mark_ending_a_line():
    # 大会，U+200E in A/RES/77/272.
    parsed = parse_text(
        HEADER.replace("大会，", "大会，\u200e") + "1. **决定**继续审议。\n"
    )
    assert [p.number for p in parsed.operative] == ["1"]


def test_parse_text_reads_the_preamble_of_a_section():
    # Budget resolutions open each section with its own preamble (A/RES/79/258).
    parsed = resolution(
        "回顾其决议，\n\n1. **决定**继续审议。\n\n**二**\n\n**申请提供补助金**\n\n"
        "回顾其2004年4月8日第58/284号决议，\n\n审议了秘书长的报告，\n\n"
        "1. **表示注意到**秘书长的报告；\n"
    )
    assert [(p.kind, p.number, p.lead) for p in parsed.paragraphs] == [
        (PREAMBULAR, "", "回顾"),
        (OPERATIVE, "1", "决定"),
        (HEADING, "", ""),
        (HEADING, "", ""),
        (PREAMBULAR, "", "回顾"),
        (PREAMBULAR, "", "审议了"),
        (OPERATIVE, "1", "表示注意到"),
    ]


def test_parse_text_reads_an_italic_lead_under_a_heading_as_preambular():
    parsed = parse_text(
        "79/258. Questions\n\nThe General Assembly,\n\n**I**\n\n**Umoja**\n\n"
        "*Recalling* section II of its resolution 60/283,\n\n"
        "1. **Takes note** of the report;\n\n**II**\n\n"
        "*Having considered* the report,\n\n1. **Endorses** the conclusions;\n"
    )
    kinds = [(p.kind, p.lead) for p in parsed.paragraphs if p.kind != HEADING]
    assert kinds == [
        (PREAMBULAR, "Recalling"),
        (OPERATIVE, "Takes note"),
        (PREAMBULAR, "Having considered"),
        (OPERATIVE, "Endorses"),
    ]


def test_parse_text_keeps_an_unnumbered_operative_paragraph_under_a_heading():
    # "表示赞赏…；" under heading C of A/RES/75/245 ends like an operative paragraph.
    parsed = resolution("1. **决定**继续审议。\n\n**C**\n\n表示赞赏外勤人员的工作；\n")
    assert parsed.paragraphs[-1].kind == UNNUMBERED


def test_parse_text_reads_each_part_of_a_collection():
    # A/RES/78/80 A-B: each part opens with its letter, title and formula.
    parsed = parse_text(
        "78/80. Questions relating to information\n\n**A**\n\n"
        "**Information in the service of humanity**\n\nThe General Assembly,\n\n"
        "*Taking note* of the report,\n\n1. **Urges** all countries;\n\n"
        "45th plenary meeting\n7 December 2023\n\n**B**\n\n"
        "**United Nations global communications policies**\n\n"
        "The General Assembly,\n\n*Emphasizing* its role,\n\n"
        "1. **Reaffirms** its resolution 13 (I);\n\n2. **Requests** a report;\n\n"
        "45th plenary meeting\n7 December 2023\n"
    )
    assert parsed.title == "Questions relating to information"
    assert [(p.kind, p.number, p.lead) for p in parsed.paragraphs] == [
        (HEADING, "", ""),
        (HEADING, "", ""),
        (PREAMBULAR, "", "Taking note"),
        (OPERATIVE, "1", "Urges"),
        (HEADING, "", ""),
        (HEADING, "", ""),
        (PREAMBULAR, "", "Emphasizing"),
        (OPERATIVE, "1", "Reaffirms"),
        (OPERATIVE, "2", "Requests"),
    ]
    # The letter and title after part A's closing lines are no annex.
    assert not any(p.in_annex for p in parsed.paragraphs)


def test_parse_text_reads_an_annex_without_an_annex_line():
    # A/RES/75/129: the XML opens the annex with its title, after the closing lines.
    parsed = parse_text(
        "75/129. Judicial Fellowship Programme\n\nThe General Assembly,\n\n"
        "*Recalling* its resolution 74/118,\n\n1. **Requests** a report.\n\n"
        "14 December 2020\n\n**Terms of reference of the trust fund for the "
        "Judicial Fellowship Programme of the International Court of Justice**\n\n"
        "**I. Establishment**\n\n1. The trust fund is established by the "
        "Secretary-General.\n\n**II. Background**\n\n2. The International Court "
        "of Justice is the principal judicial organ of the United Nations.\n"
    )
    assert [(p.kind, p.number, p.in_annex) for p in parsed.paragraphs] == [
        (PREAMBULAR, "", False),
        (OPERATIVE, "1", False),
        (HEADING, "", True),
        (HEADING, "", True),
        (OPERATIVE, "1", True),
        (HEADING, "", True),
        (OPERATIVE, "2", True),
    ]


def test_parse_text_reads_a_numbered_list_inside_an_operative_paragraph():
    # A/RES/78/223: the provisional agenda, numbered 1., 2., inside paragraph 11.
    parsed = resolution(
        "1. **请**秘书长提交报告；\n\n2. **核准**第十五届大会临时议程如下：\n\n"
        "1. 大会开幕。\n\n2. 组织事项。\n\n3. **决定**继续处理此案。\n"
    )
    operative = parsed.operative
    assert [p.number for p in operative] == ["1", "2", "3"]
    assert [c.label for c in operative[1].subparagraphs] == ["1.", "2."]


def test_parse_text_skips_the_asterisks_between_parts_of_a_preamble():
    # A/RES/78/148 sets "* * *" between groups of preambular paragraphs.
    parsed = resolution(
        "回顾其决议，\n\n* * *\n\n认识到运输的作用，\n\n1. **欢迎**努力。\n"
    )
    assert [(p.kind, p.lead) for p in parsed.paragraphs] == [
        (PREAMBULAR, "回顾"),
        (PREAMBULAR, "认识到"),
        (OPERATIVE, "欢迎"),
    ]


def test_parse_text_hangs_decimal_labels_under_the_paragraph_before_a_heading():
    # A/RES/76/3: the Space2030 Agenda numbers the aims of each objective 1.1, 1.2.
    parsed = resolution(
        "回顾其决议，\n\n1. 我们承诺实现以下总目标。\n\n"
        "**总目标1：增进空间经济效益**\n\n"
        "1.1. 提高对空间科学技术的认识。\n\n1.2. 促进空间部门与其他部门的整合。\n\n"
        "2. 我们将审查进展。\n"
    )
    operative = parsed.operative
    assert [p.number for p in operative] == ["1", "2"]
    assert [c.label for c in operative[0].subparagraphs] == ["1.1", "1.2"]
    assert operative[0].subparagraphs[0].text == "提高对空间科学技术的认识。"
    assert parsed.paragraphs[2].kind == HEADING


def test_parse_text_keeps_circled_and_bracketed_numerals_at_one_level():
    # A/RES/79/243 (zh): ㈠ to ㈩, then (十一), all definitions of one article.
    parsed = resolution(
        "回顾其决议，\n\n1. 为本公约之目的：\n\n㈠ “信息通信技术系统”系指任何设备；\n\n"
        "㈡ “电子数据”系指任何事实；\n\n(十一) “冻结”系指暂时禁止财产转移；\n"
    )
    subs = parsed.operative[0].subparagraphs
    assert [s.label for s in subs] == ["㈠", "㈡", "(十一)"]
    assert all(not s.subparagraphs for s in subs)


def test_parse_text_hangs_bullets_under_the_paragraph_before_a_heading():
    # A/RES/79/233: the targets of each priority are bullets under "Targets:", as
    # parse_akn hangs them; a bullet under a letter stays at the letter's level.
    parsed = parse_text(
        "79/233. Programme of Action\n\nThe General Assembly,\n\n"
        "*Recalling* its resolution 78/1,\n\n"
        "1. Acknowledging that pursuing circular economy approaches helps.\n\n"
        "**Targets:**\n\n"
        "• Increase labour productivity by 50 per cent by 2034.\n\n"
        "• Double the output of services sectors by 2034.\n\n"
        "2. We commit to promoting national strategies:\n\n"
        "(a) Trade;\n\n• Transport.\n"
    )
    first, second = parsed.operative
    assert [s.label for s in first.subparagraphs] == ["•", "•"]
    assert first.subparagraphs[1].text.startswith("Double the output")
    assert [s.label for s in second.subparagraphs] == ["(a)", "•"]
    assert parsed.paragraphs[2].kind == HEADING


def test_parse_text_reads_labels_seen_in_the_corpus():
    # (1) under a definition and ① under a letter (A/RES/77/100, zh); a direction
    # mark before and after a label (A/RES/77/276, zh).
    parsed = resolution(
        "回顾其决议，\n\n1. 船舶的“司法出售”系指符合下列条件的对船舶的任何出售：\n\n"
        "(1) 该出售由法院命令、核准或确认；以及\n\n"
        "(2) 该出售所得款项供有关债权人分配；\n\n"
        "2. 司法出售通知书应当发送给：\n\n(a) 船舶登记簿的登记机关；\n\n"
        "① 在光船租赁登记簿登记的人；及\n\n"
        "\u200e (b)\u200e 对于造成重大损害的国家：\u200e\n"
    )
    first, second = parsed.operative
    assert [s.label for s in first.subparagraphs] == ["(1)", "(2)"]
    assert [s.label for s in second.subparagraphs] == ["(a)", "(b)"]
    assert [s.label for s in second.subparagraphs[0].subparagraphs] == ["①"]
    assert second.subparagraphs[1].text == "对于造成重大损害的国家："


def test_parse_text_keeps_an_asterisk_note_out_of_the_preamble():
    # A/RES/79/279 (ru): "* Reissued for technical reasons" between the preamble
    # and operative paragraph 1, as parse_akn reads it.
    parsed = resolution(
        "回顾其决议，\n\n* 因技术原因于2025年5月5日重新印发。\n\n1. 决定召开会议；\n"
    )
    assert [p.kind for p in parsed.paragraphs] == [PREAMBULAR, UNNUMBERED, OPERATIVE]


def test_parse_text_reads_an_italic_chinese_lead_under_a_heading_as_preambular():
    # Section 一 of A/RES/78/247 with its preambular leads marked, as in English.
    parsed = resolution(
        "**一 内部监督事务厅的活动**\n\n*审议了*监督厅的报告，\n\n"
        "1. **重申**大会的首要作用；\n"
    )
    kinds = [(p.kind, p.lead) for p in parsed.paragraphs if p.kind != HEADING]
    assert kinds == [(PREAMBULAR, "审议了"), (OPERATIVE, "重申")]


def test_parse_text_reads_a_lower_case_line_after_a_preambular_list_as_its_wrap_up():
    # A/RES/77/177: the list of focus areas closes with an unnumbered line.
    parsed = parse_text(
        "77/177. Doha Programme of Action\n\nThe General Assembly,\n\n"
        "*Affirming also* that the Programme is grounded in two focus areas:\n\n"
        "(a) Investing in people,\n\n(b) Mobilizing international solidarity,\n\n"
        " and in the commitments and targets contained therein,\n\n"
        "*Affirming further* the purposes of the Charter,\n\n"
        "1. **Welcomes** the Programme;\n"
    )
    first, second, _ = parsed.paragraphs
    assert [(s.label, s.text[:12]) for s in first.subparagraphs] == [
        ("(a)", "Investing in"),
        ("(b)", "Mobilizing i"),
        ("", "and in the c"),
    ]
    assert (second.kind, second.lead) == (PREAMBULAR, "Affirming further")
