"""Session numerals: Chinese, English ordinals, Roman."""

from __future__ import annotations

import pytest

from resolutions.parsing.numerals import (
    parse_chinese_number,
    parse_english_ordinal,
    parse_roman,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("七十八", 78),
        ("七十二", 72),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("九十九", 99),
        ("一百", 100),
        ("一百零一", 101),
        ("一百一十", 110),
        ("78", 78),
        ("七八", None),
        ("十百", None),
        ("", None),
        ("第七", None),
    ],
)
def test_parse_chinese_number_reads_session_numbers(text, value):
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seventy-eighth", 78),
        ("First", 1),
        ("Twentieth", 20),
        ("Seventy-second", 72),
        ("Seventy-twelfth", None),
        ("Plenary", None),
    ],
)
def test_parse_english_ordinal_reads_session_words(text, value):
    assert parse_english_ordinal(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("III", 3), ("XXI", 21), ("XIV", 14), ("", None), ("ABC", None)]
)
def test_parse_roman_reads_old_sessions(text, value):
    assert parse_roman(text) == value
