"""The lead lexicons and find_lead."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from roundtrip import lead_ambiguity

from resolutions.parsing.leads import find_lead, lexicon

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_lead_lexicon.py"
_SPEC = importlib.util.spec_from_file_location("build_lead_lexicon", _SCRIPT)
build = sys.modules[_SPEC.name] = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)

DATA = Path(__file__).resolve().parents[2] / "resolutions" / "parsing" / "data"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_lexicon_file_credits_the_united_nations(language):
    head = (DATA / f"leads-{language}.txt").read_text(encoding="utf-8")[:400]
    assert (
        "Source: United Nations, machine-readable General Assembly resolutions" in head
    )


@pytest.mark.parametrize(
    ("language", "present", "absent"),
    [
        (
            "zh",
            [
                "回顾",
                "又回顾",
                "强调指出",
                "表示注意到",
                "深为关切地注意到",
                "重申决心",
            ],
            ["重申承诺", "在这方面欢迎", "又认识"],
        ),
        (
            "en",
            ["Recalling", "Recalling also", "Takes note", "Reaffirming its commitment"],
            ["Takes note of"],
        ),
    ],
)
def test_lexicon_holds_the_leads_the_xml_emphasises_whole(language, present, absent):
    phrases = lexicon(language)
    assert all(p in phrases for p in present)
    # In preambles opening with 重申承诺 the XML bolds 重申 77 times, 重申承诺 6
    # times; it bolds 在这方面**欢迎** more often than 在这方面欢迎 whole, and
    # 又认识 only as a truncated 又认识到.
    assert not any(p in phrases for p in absent)


def test_lexicon_is_empty_for_a_language_without_a_file():
    assert lexicon("xx") == frozenset()


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("重申决心按照《联合国宪章》", "zh", "重申决心"),
        ("重申承诺恪守三项国际药物管制公约", "zh", "重申"),
        ("在这方面欢迎举行", "zh", "欢迎"),
        ("尤其确认非洲联盟", "zh", "确认"),
        ("深入审议了西撒哈拉问题", "zh", "审议了"),
        ("特别指出国际合作", "zh", "特别指出"),
        ("又重申致力于", "zh", "又重申"),
        ("强调指出国际合作", "zh", "强调指出"),
        ("强调人权对话", "zh", "强调"),
        ("又回顾其 2000 年", "zh", "又回顾"),
        ("在这方面欣见 2023 年", "zh", "欣见"),
        # A phrase of place or time, a connective, before the lead (A/RES/76/106,
        # A/RES/79/232); none without a listed lead after it.
        ("在以前各届会议上审议了秘书长根据第59/300号决议", "zh", "审议了"),
        ("此外知悉秘书长在信中表示", "zh", "知悉"),
        ("在国际上日益", "zh", ""),
        ("还感到关切的是", "zh", "还感到关切的是"),
        ("这一行没有引导词", "zh", ""),
        # An adverb the XML bolds with its lead (A/RES/75/262, A/RES/77/69).
        ("进一步认识到阿甘油的多种特性", "zh", "进一步认识到"),
        ("继续认为提高军备的透明度", "zh", "继续认为"),
        # An adverbial in 地 before a listed lead (A/RES/79/194, A/RES/78/290).
        ("十分关切地注意到全世界约三分之一的人口", "zh", "十分关切地注意到"),
        ("赞许地注意到欧洲经济委员会", "zh", "赞许地注意到"),
        ("深感震惊地注意到，尽管所有国家", "zh", "深感震惊地注意到"),
        # ... but not after the subject of a declaration, nor a place (各地).
        ("我们关切地注意到", "zh", ""),
        ("世界各地对", "zh", ""),
        # 地 or 并 and a listed lead after a lead, then 的是, bolded with it.
        ("深为关切地谴责阿富汗境内的暴力行为", "zh", "深为关切地谴责"),  # 75/90
        ("严重关切地认识到，小岛屿发展中国家", "zh", "严重关切地认识到"),  # 77/245
        ("还表示赞赏地注意到2023年", "zh", "还表示赞赏地注意到"),  # 78/228
        ("确认并重申各监督机构", "zh", "确认并重申"),  # A/RES/77/280
        ("承认并特别指出私营部门", "zh", "承认并特别指出"),  # A/RES/79/202
        ("严重关切的是新纳粹团体", "zh", "严重关切的是"),  # A/RES/75/169
        ("重申严重关切的是，尽管", "zh", "重申严重关切的是"),  # A/RES/75/238
        # ... but not a lead of one character (请), nor a word in 地 (地区).
        ("欢迎并请秘书长", "zh", "欢迎"),
        ("欢迎地区组织", "zh", "欢迎"),
        ("Recalling also its resolution", "en", "Recalling also"),
        ("Recalling its resolution", "en", "Recalling"),
        ("Notestein was here", "en", ""),
        ("", "zh", ""),
    ],
)
def test_find_lead_matches_the_longest_phrase_at_the_start(text, language, lead):
    start, end = find_lead(text, language)
    assert text[start:end] == lead


def _openings(*rows: tuple[str, str, int]) -> list:
    return [build.Opening(text, lead, start, True) for text, lead, start in rows]


def test_prune_keeps_a_compound_the_xml_bolds_whole_most_often():
    openings = _openings(
        *[("重申决心终止杀伤人员地雷", "重申决心", 0)] * 3,
        ("重申决心按照《联合国宪章》", "重申", 0),
        *[("重申承诺恪守公约", "重申", 0)] * 3,
        *[("重申承诺大幅增加", "重申承诺", 0)] * 2,
        *[("重申其以往决议", "重申", 0)] * 5,
    )
    assert [p for p, _ in build.prune(openings, "zh")] == ["重申", "重申决心"]


def test_prune_drops_a_lead_the_xml_bolds_only_cut_short():
    # 又认识 is bolded only where the paragraph opens with the listed 又认识到.
    openings = _openings(
        *[("又认识到必须", "又认识到", 0)] * 5, *[("又认识到需要", "又认识", 0)] * 2
    )
    assert [p for p, _ in build.prune(openings, "zh")] == ["又认识到"]


def test_prune_counts_leads_after_words_left_plain():
    openings = _openings(
        *[("在这方面欢迎举行会议", "欢迎", 4)] * 3,
        *[("在这方面欢迎设立", "在这方面欢迎", 0)] * 2,
    )
    assert [p for p, _ in build.prune(openings, "zh")] == ["欢迎"]


def test_prune_judges_on_operative_paragraphs_a_phrase_no_preamble_opens_with():
    openings = [
        build.Opening("Takes note of the report", "Takes note", 0, False),
        build.Opening("Takes note of the note", "Takes note", 0, False),
        build.Opening("Takes note of the plan", "Takes note", 0, False),
        build.Opening("Takes note of the letter", "Takes note of", 0, False),
        build.Opening("Takes note of the study", "Takes note of", 0, False),
        build.Opening("Takes note with appreciation", "Takes note", 0, False),
    ]
    assert [p for p, _ in build.prune(openings, "en")] == ["Takes note"]


def test_bolded_both_ways_when_the_xml_splits_its_practice():
    openings = _openings(
        ("在这方面欢迎举行会议", "在这方面欢迎", 0),
        ("在这方面欢迎设立基金", "在这方面欢迎", 0),
        *[("在这方面欢迎各国采取措施", "欢迎", 4)] * 3,
        ("在这方面欢迎国际社会", "欢迎", 4),
    )
    assert lead_ambiguity.bolded_both_ways("欢迎", "在这方面欢迎", openings)


def test_bolded_both_ways_not_for_a_slip_however_often_copied():
    # 审议|了: in two paragraphs, but against 20 bolded whole (A/RES/79/306).
    slips = _openings(
        *[(f"审议了秘书长的第{n}份报告", "审议了", 0) for n in range(20)],
        ("审议了会费委员会的报告", "审议", 0),
        ("审议了联合国西撒哈拉特派团", "审议", 0),
    )
    assert not lead_ambiguity.bolded_both_ways("审议", "审议了", slips)
    # 又认识|到 in one paragraph re-adopted three years running (A/RES/75/230).
    copied = _openings(
        ("又认识到必须", "又认识到", 0),
        ("又认识到需要", "又认识到", 0),
        *[("又认识到贫困持续女性化", "又认识", 0)] * 3,
    )
    assert not lead_ambiguity.bolded_both_ways("又认识", "又认识到", copied)
