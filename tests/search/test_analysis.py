"""The analyzer: folding rules and Chinese tokens (no database)."""

import pytest

from resolutions.search.analysis import (
    cjk_lexemes,
    cjk_query,
    fold,
    phrase_query,
    word_triples,
)


@pytest.mark.parametrize(
    "text, folded",
    [
        ("人權理事會", "人权理事会"),  # Traditional -> Simplified
        ("７８／１９７", "78/197"),  # full-width -> half-width
        ("Ｈｕｍａｎ Rights", "human rights"),
        ("發展與和平", "发展与和平"),
        ("已经简体", "已经简体"),
        ("\u3000", " "),  # ideographic space
    ],
)
def test_fold_matches_traditional_full_width_and_case(text, folded):
    assert fold(text) == folded


def test_fold_keeps_offsets_aligned():
    text = "第７８／１９７號決議 and ＵＮ"
    assert len(fold(text)) == len(text)


def test_cjk_lexemes_index_unigrams_and_bigrams_at_shared_positions():
    lexemes = cjk_lexemes("人权，大会")
    assert lexemes["人"] == [1] and lexemes["人权"] == [1] and lexemes["权"] == [2]
    # A run boundary breaks adjacency: 权 (2) and 大 (4) are not neighbours.
    assert lexemes["大会"] == [4]
    assert "权大" not in lexemes


@pytest.mark.parametrize(
    "run, tsquery",
    [
        ("人", "'人'"),
        ("人权", "'人权'"),
        ("人权理事会", "'人权' <-> '权理' <-> '理事' <-> '事会'"),
    ],
)
def test_cjk_query_chains_bigrams(run, tsquery):
    assert cjk_query(run) == tsquery


def test_word_triples_index_only_triples_of_common_words():
    triples = word_triples("the human rights council of the report")
    # At least two function words of three: the triples of the commonest pairs.
    assert triples == {"council of the": [4], "of the report": [5]}
    assert word_triples("human rights council resolution") == {}


@pytest.mark.parametrize(
    "words, tsquery",
    [
        ("human rights", "'human rights'"),
        # Three words with an indexed triple: that lexeme alone, exact in the index.
        ("of the committee", "'of the committee'"),
        ("human rights council", "'human rights' <-> 'rights council'"),
        (
            "the rights of women",
            "('the rights' <-> 'rights of' <-> 'of women') & 'the rights of'",
        ),
    ],
)
def test_phrase_query_chains_pairs_and_uses_common_triples(words, tsquery):
    assert phrase_query(words.split()) == tsquery
