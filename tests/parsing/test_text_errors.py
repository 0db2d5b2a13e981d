"""parse_text on bad, truncated, shuffled, binary and enormous text: a result or a
ParseError naming the line, never another exception, in bounded time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_text import HEADER, SAMPLES, SEEDS

from resolutions.parsing.encoding import decode_bytes
from resolutions.parsing.errors import ParseError
from resolutions.parsing.text import parse_text


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 0, "the text is empty"),
        ("\n \n\t\n", 0, "the text is empty"),
        (
            HEADER.replace("78/197. 测试决议", "测试决议") + "1. **决定**。\n",
            10,
            "no symbol line",
        ),
        (HEADER.replace("大会，", "回顾") + "1. **决定**。\n", 10, "expected '大会，'"),
        (
            HEADER + "1. **决定**。\n2. **请**。\n4. **决定**。\n",
            14,
            "operative paragraph 4 follows 2; paragraph 3 is missing",
        ),
        (HEADER + "2. **决定**。\n", 12, "operative paragraph 2 follows the preamble"),
        (HEADER + "1. **决定**。\n1. **请**。\n", 13, "numbers must rise by one"),
        (HEADER + "回顾其决议，³\n\n1. **决定**。\n", 12, "footnote 3 is referenced"),
        (
            HEADER.replace("12 月 19 日", "13 月 19 日") + "1. **决定**。\n",
            4,
            "adoption date",
        ),
        (
            HEADER.replace("2023 年 12 月 19 日", "二〇二三年") + "1. **决定**。\n",
            4,
            "adoption",
        ),
        (HEADER + "1. **决定**。\n\n2023年2月30日\n", 14, "cannot read the date"),
        (
            HEADER.replace("78/197. 测试决议", "78/197.") + "1. **决定**。\n",
            8,
            "no title",
        ),
        (HEADER.replace("78/197.", "0/197.") + "1. **决定**。\n", 8, "session"),
        (
            HEADER + "回顾其决议，¹\n\n¹\n\n1. **决定**。\n",
            14,
            "footnote 1 has no text",
        ),
        (HEADER + "回顾其决议，⁰\n\n⁰ 注。\n\n1. **决定**。\n", 14, "marker 0"),
        ("The Assemblée nationale,\n", 0, "cannot tell the language"),
        ("L’Assemblée générale,\n\n1. Décide\n", 1, "no symbol line"),
        (HEADER + "(a) 提交报告；\n", 12, "sub-paragraph comes before any paragraph"),
    ],
)
def test_parse_text_raises_parse_error_naming_the_line(text, line, message):
    with pytest.raises(ParseError) as caught:
        parse_text(text)
    assert caught.value.line == line
    assert message in caught.value.message


_SEED_LINES = (SAMPLES / "A-RES-78-197.zh.txt").read_text(encoding="utf-8").split("\n")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_SEED_LINES), max_size=60)
    | st.text(alphabet="大会，.78/197第¹²**()ab 1\n重申回顾", max_size=400)
)
def test_parse_text_returns_or_raises_parse_error_on_any_text(text):
    text = text if isinstance(text, str) else "\n".join(text)
    try:
        parsed = parse_text(text)
    except ParseError:
        return
    # What the database requires of every parse (resolutions/models.py constraints).
    assert parsed.title and parsed.number and parsed.session >= 1
    assert all(len(item) <= 32 for item in parsed.agenda_items)
    assert all(f.marker >= 1 and f.text for f in parsed.footnotes)
    for paragraph in parsed.paragraphs:
        assert all(0 <= r.offset <= len(paragraph.text) for r in paragraph.refs)
        assert paragraph.lead in paragraph.text and len(paragraph.lead) <= 200
        for citation in paragraph.citations:
            assert paragraph.text[citation.start : citation.end] == citation.text
            assert citation.symbol and len(citation.symbol) <= 100


@pytest.mark.parametrize(
    "text",
    [
        "x" * 2_000_000,
        "resolution 70/1, " * 120_000,
        "第 70/1 号决议、" * 200_000,
        "1993,3 Rights6 " * 150_000,
        "Recalling its resolution 1,\n\n" * 100_000,
        "__________\n" + "1  Resolution 70/1.\n" * 100_000,
    ],
    ids=["one-line", "citations", "zh-citations", "markers", "100k-lines", "notes"],
)
def test_parse_text_reads_two_megabytes_in_bounded_time(text):
    # CPU time, not wall time: other processes on a busy CI machine must not make
    # a linear parse look like a hang (measured: ~1.2 s per MB for "citations").
    header = SEEDS["fr"].split("_Rappelant_")[0]
    started = time.process_time()
    try:
        parse_text(header + text)
    except ParseError:
        pass
    seconds_per_mb = (time.process_time() - started) / (len(text) / 1e6)
    assert seconds_per_mb < 3


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000))
def test_parse_text_never_fails_otherwise_on_binary_or_shuffled_text(data):
    if isinstance(data, bytes):
        try:
            text = decode_bytes(data)
        except ParseError as error:
            assert error.line == 0
            return
    else:
        lines = (SEEDS["ar"] + data).split("\n")
        text = "\n".join(sorted(lines, key=lambda line: hash(line) % 7))
    try:
        parse_text(text)
    except ParseError as error:
        assert error.line >= 0
