"""The query language: never fails, never passes user text into tsquery syntax."""

import pytest

from resolutions.search.query import Term, parse_query, query_sql, symbol_of


def test_parse_query_words_phrases_exclusions_and_or():
    q = parse_query('人权 "exact phrase" -excluded a OR b')
    assert q.clauses == (
        (Term("人权"),),
        (Term("exact phrase", phrase=True),),
        (Term("a"), Term("b")),
    )
    assert q.excluded == (Term("excluded"),)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "&|!:*()<>",
        '"',
        '"unbalanced phrase',
        "OR OR OR",
        "-",
        "--x",
        "\x00\x01\x1b[31m",
        "a\u202eb",
        "'; DROP TABLE resolutions_resolution; --",
        "\\",
        "x" * 10_000,
        "人" * 10_000,
    ],
)
def test_parse_query_accepts_anything(raw):
    query = parse_query(raw)
    sql, params = query_sql(query)
    assert sql.count("%s") == len(params)
    for param in params:
        assert "\x00" not in param


def test_parse_query_long_paste_is_cut_with_a_note():
    query = parse_query("人" * 10_000)
    assert len(query.clauses[0][0].text) == 200
    assert query.notes


def test_query_sql_only_exclusions_is_empty_with_a_note():
    query = parse_query("-人权")
    assert query_sql(query) == ("", [])
    assert query.notes


@pytest.mark.parametrize(
    "raw, symbol",
    [
        ("78/197", "A/RES/78/197"),
        ("A/RES/78/197", "A/RES/78/197"),
        ("a/res/78/197", "A/RES/78/197"),
        ("第78/197号决议", "A/RES/78/197"),
        ("第 78/197 号决议", "A/RES/78/197"),
        ("７８／１９７", "A/RES/78/197"),
        ("A/RES/75/101 A-B", "A/RES/75/101 A-B"),
        ("人权 78/197", None),
        ("resolution", None),
    ],
)
def test_symbol_of_recognises_resolution_symbols(raw, symbol):
    assert symbol_of(raw) == symbol
