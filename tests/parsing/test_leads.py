"""The lead lexicons and find_lead."""

from __future__ import annotations

from pathlib import Path

import pytest

from resolutions.parsing.leads import find_lead, lexicon

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
            ["回顾", "又回顾", "强调指出", "表示注意到", "深为关切地注意到"],
            ["重申决心"],
        ),
        ("en", ["Recalling", "Recalling also", "Takes note", "Bearing in mind"], []),
    ],
)
def test_lexicon_holds_leads_and_drops_rare_compounds(language, present, absent):
    phrases = lexicon(language)
    assert all(p in phrases for p in present)
    # The XML bolds 重申决心 30 times against about 3,900 for 重申 alone, and the
    # sequel of A/RES/72/169 bolds only 重申 in 重申决心按照《联合国宪章》.
    assert not any(p in phrases for p in absent)


def test_lexicon_is_empty_for_a_language_without_a_file():
    assert lexicon("xx") == frozenset()


@pytest.mark.parametrize(
    ("text", "language", "lead"),
    [
        ("重申决心按照《联合国宪章》", "zh", "重申"),
        ("强调指出国际合作", "zh", "强调指出"),
        ("强调人权对话", "zh", "强调"),
        ("又回顾其 2000 年", "zh", "又回顾"),
        ("在这方面欣见 2023 年", "zh", "欣见"),
        ("还深为关切地注意到", "zh", "还深为关切地注意到"),
        ("这一行没有引导词", "zh", ""),
        ("Recalling also its resolution", "en", "Recalling also"),
        ("Recalling its resolution", "en", "Recalling"),
        ("Notestein was here", "en", ""),
        ("", "zh", ""),
    ],
)
def test_find_lead_matches_the_longest_phrase_at_the_start(text, language, lead):
    start, end = find_lead(text, language)
    assert text[start:end] == lead
