"""clean_inline: bold and footnote markers out, their offsets kept."""

from __future__ import annotations

import pytest

from resolutions.parsing.inline import (
    clean_inline,
    join_lines,
    split_footnote_line,
    superscript_value,
)


@pytest.mark.parametrize(
    ("raw", "text", "refs"),
    [
        # A/RES/78/197: after CJK punctuation the marker's space goes with it.
        (
            "《世界人权宣言》、¹ 两项国际人权公约² 和其他",
            "《世界人权宣言》、两项国际人权公约和其他",
            [(1, 9), (2, 17)],
        ),
        # A/RES/72/169: glued to the next ideograph.
        ("《世界人权宣言》⁶七十周年", "《世界人权宣言》七十周年", [(6, 8)]),
        ("第 32/6 号决议³ 和人权委员会", "第 32/6 号决议和人权委员会", [(3, 10)]),
        ("第2000/22号决议，⁵", "第2000/22号决议，", [(5, 12)]),
        # Between a symbol and an ideograph the layout keeps its space.
        ("(A/71/53)¹ 和", "(A/71/53) 和", [(1, 9)]),
        ("A/71/53¹ 和", "A/71/53 和", [(1, 7)]),
        ("决议 ¹和", "决议和", [(1, 2)]),
        ("the Declaration,¹⁰ and", "the Declaration, and", [(10, 16)]),
        ("无标记", "无标记", []),
    ],
)
def test_clean_inline_removes_markers_and_records_offsets(raw, text, refs):
    inline = clean_inline(raw)
    assert inline.text == text
    assert [(r.marker, r.offset) for r in inline.refs] == refs


@pytest.mark.parametrize(
    ("raw", "text", "bold"),
    [
        ("**重申**决心", "重申决心", [(0, 2)]),
        ("在这方面**欣见** 2023 年", "在这方面欣见 2023 年", [(4, 6)]),
        ("  **决定**继续。 ", "决定继续。", [(0, 2)]),
        ("**未闭合", "未闭合", []),
    ],
)
def test_clean_inline_records_bold_spans(raw, text, bold):
    inline = clean_inline(raw)
    assert (inline.text, list(inline.bold)) == (text, bold)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("¹ 第 217 A (III) 号决议。", (1, "第 217 A (III) 号决议。")),
        ("⁶ 第217 A(III)号决议。", (6, "第217 A(III)号决议。")),
        ("¹²同上。", (12, "同上。")),
        ("1. **重申**", None),
    ],
)
def test_split_footnote_line_reads_marker_and_text(line, expected):
    assert split_footnote_line(line) == expected


def test_superscript_value_reads_several_digits():
    assert superscript_value("¹⁰") == 10


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("包括增进", "人权和基本自由", "包括增进人权和基本自由"),
        ("Promotion and", "protection", "Promotion and protection"),
        ("第 53 号", "A/71/53", "第 53 号 A/71/53"),
        ("", "人权", "人权"),
    ],
)
def test_join_lines_adds_a_space_only_between_latin_words(left, right, joined):
    assert join_lines(left, right) == joined
