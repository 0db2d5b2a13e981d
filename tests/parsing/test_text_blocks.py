"""Leads as parse_text finds them (text_blocks.py): bold, italic, after a few words,
or from the lexicon where a part of the resolution marks none.
"""

from __future__ import annotations

import pytest
from test_text import HEADER, resolution, seed

from resolutions.parsing.text import parse_text


@pytest.mark.parametrize(
    ("name", "leads"),
    [
        (
            "A-RES-72-169",
            "重申决心 回顾 又回顾 还回顾 认识到 又认识到 着重指出 强调指出 重申 重申 "
            "强调 又强调 着重指出 回顾",
        ),
        # As the container names of A_RES_78_197-2326039C.xml in GA-78-Chinese.zip.
        ("A-RES-78-197", "铭记 希望 考虑到 深信 回顾 重申 欣见 重申 回顾 着重指出"),
    ],
)
def test_parse_text_finds_seed_preambular_leads(name, leads):
    assert [p.lead for p in seed(name).preambular] == leads.split()


def test_parse_text_takes_bold_operative_leads():
    leads = [p.lead for p in seed("A-RES-78-197").operative]
    assert leads[:2] == ["表示注意到", "重申"]
    assert leads[7] == "表示深信"


def test_parse_text_keeps_words_before_a_bold_lead():
    paragraph = seed("A-RES-78-197").preambular[6]
    assert paragraph.lead == "欣见"
    assert paragraph.text.startswith("在这方面欣见 2023 年 6 月 25 日")


ENGLISH_HEADER = (
    "Seventy-fifth session\nAgenda item 72 (b)\n\n"
    "Resolution adopted by the General Assembly on 16 December 2020\n\n"
    "[on the report of the Third Committee (A/75/478/Add.2, para. 118)]\n\n"
    "75/193. Situation of human rights in the Islamic Republic of Iran\n\n"
    "The General Assembly,\n\n"
)


def test_parse_text_finds_no_lead_in_an_unmarked_paragraph_of_a_marked_part():
    # Operative paragraph 96 of A/RES/75/193 (English XML) leaves "Urges" plain.
    parsed = parse_text(
        ENGLISH_HEADER + "*Guided* by the Charter of the United Nations,\n\n"
        "Recalling its previous resolutions,\n\n"
        "1. **Welcomes** the report of the Secretary-General;\n\n"
        "2. Urges the Government to ensure that its laws are consistent;\n\n"
        "50th plenary meeting\n16 December 2020\n"
    )
    assert [p.lead for p in parsed.preambular] == ["Guided", ""]
    assert [p.lead for p in parsed.operative] == ["Welcomes", ""]


def test_parse_text_reads_leads_from_the_lexicon_when_a_part_marks_none():
    # A preamble without markup (raw text, A/RES/79/333 in English) next to a
    # marked operative part.
    parsed = parse_text(
        ENGLISH_HEADER + "Recalling also its resolutions 75/27 and 77/101,\n\n"
        "1. **Decides** that the meeting will be held in 2026;\n\n"
        "50th plenary meeting\n16 December 2020\n"
    )
    assert parsed.preambular[0].lead == "Recalling also"
    assert parsed.operative[0].lead == "Decides"


def test_parse_text_reads_chinese_preambular_leads_from_the_lexicon_beside_bold():
    # The seed layout writes Chinese preambular leads plain; one bold lead
    # (在这方面**欣见**, A/RES/78/197) does not make the others leadless.
    parsed = resolution(
        "重申必须确保人权问题的审议工作具有普遍性，\n\n"
        "在这方面**欣见**三十周年，\n\n"
        "1. **表示注意到**秘书长的报告；\n"
    )
    assert [p.lead for p in parsed.preambular] == ["重申", "欣见"]


def test_parse_text_leaves_direction_marks_out_of_a_bold_lead():
    # Operative paragraph 28 of A/RES/79/254 (Chinese XML): U+200E inside the bold.
    parsed = resolution("1. **\u200e注意到**秘书长的报告；\n")
    assert parsed.operative[0].lead == "注意到"


def test_parse_text_reads_italic_chinese_preambular_leads_after_words():
    # Chinese preambular leads marked as the other languages' are: 在这方面*强调*
    # as the XML of A/RES/79/39 bolds it, the words before it kept in the text.
    parsed = parse_text(
        HEADER + "*回顾*其以往各项决议，\n\n在这方面*强调*合作的作用，\n\n"
        "特别*表示注意到*委员会的行动，\n\n1. **重申**其承诺；\n"
    )
    assert [(p.lead, p.text[:6]) for p in parsed.paragraphs] == [
        ("回顾", "回顾其以往各"),
        ("强调", "在这方面强调"),
        ("表示注意到", "特别表示注意"),
        ("重申", "重申其承诺；"),
    ]
