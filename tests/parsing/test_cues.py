"""The per-language line patterns: language detection and dates."""

from __future__ import annotations

import datetime as dt

import pytest

from resolutions.parsing.cues import AR, EN, FR, RU, ZH, detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("第七十八届会议\n78/197. 促进国际合作 (A/78/481/Add.2)\n大会，\n", "zh"),
        ("78/197. Strengthening\n\nThe General Assembly,\n\nRecalling", "en"),
        ("L’Assemblée générale,\n", "fr"),
        ("La Asamblea General,\n", "es"),
        ("Генеральная Ассамблея,\n", "ru"),
        ("إن الجمعية العامة،\n", "ar"),
        ("Lorem ipsum dolor sit amet", None),
    ],
)
def test_detect_language_reads_script_and_opening_line(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("cues", "text", "date"),
    [
        (ZH, "2017年12月19日", dt.date(2017, 12, 19)),
        (ZH, "2023 年 12 月 19 日", dt.date(2023, 12, 19)),
        (EN, "19 December 2023", dt.date(2023, 12, 19)),
        (ZH, "第50次全体会议", None),
        (EN, "50th plenary meeting", None),
        (AR, "22 أيلول/سبتمبر 2024", dt.date(2024, 9, 22)),
        # A space after the slash (A/RES/79/181, ar).
        (AR, "22 آذار/ مارس 2019", dt.date(2019, 3, 22)),
        (AR, "30 حزيران/\u00a0يونيه 2023", dt.date(2023, 6, 30)),
    ],
)
def test_parse_date_reads_closing_and_adoption_dates(cues, text, date):
    assert cues.parse_date(text) == date


@pytest.mark.parametrize(
    ("cues", "text"), [(ZH, "2023年2月30日"), (EN, "19 Decembre 2023")]
)
def test_parse_date_raises_value_error_on_an_impossible_date(cues, text):
    with pytest.raises(ValueError):
        cues.parse_date(text)


@pytest.mark.parametrize(
    ("cues", "line", "number"),
    [
        (EN, "50th plenary meeting", 50),
        (EN, "73rd (resumed) plenary meeting", 73),
        # Once without brackets (A/RES/76/242).
        (EN, "54th resumed plenary meeting", 54),
        (EN, "12th plenary meeting (resumed)", 12),
        (FR, "61e séance plénière (reprise)", 61),
        (RU, "54\u2011е (возобновленное) пленарное заседание", 54),
        (AR, "الجلسة العامة 54 (المستأنفة)", 54),
        (ZH, "第54次全体会议(续会)", 54),
    ],
)
def test_meeting_reads_the_plenary_meeting_line(cues, line, number):
    match = cues.meeting.fullmatch(line)
    assert match and int(match["n"]) == number
