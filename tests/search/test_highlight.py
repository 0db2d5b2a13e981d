"""Highlighting: what is marked, for each kind of query term."""

import re

import pytest

from resolutions.search.highlight import highlight_hits
from resolutions.search.query import parse_query

PARTIES = (
    "Takes note of the report of the Executive Secretary on the session of the "
    "Conference of the Parties to the Convention, and of the conference of experts"
)


def marks(text: str, q: str, language: str = "en") -> list[str]:
    html = str(highlight_hits([(text, language)], parse_query(q))[0])
    return re.findall(r"<mark>(.*?)</mark>", html)


@pytest.mark.django_db
def test_a_quoted_phrase_is_marked_where_its_words_follow_each_other_only():
    assert marks(PARTIES, '"the conference of"') == [
        "the Conference of",
        "the conference of",
    ]


@pytest.mark.django_db
def test_a_quoted_phrase_is_marked_across_punctuation_as_it_is_matched():
    # The index pairs words whatever separates them (analysis.word_pairs).
    assert marks("the Parties to the Convention, and of", '"convention and"') == [
        "Convention, and"
    ]


@pytest.mark.django_db
def test_a_quoted_phrase_matches_whole_words_unstemmed():
    assert marks("the conferences of the parties", '"conference of"') == []
    assert marks("the conferences of the parties", '"conferences of"') == [
        "conferences of"
    ]


@pytest.mark.django_db
def test_overlapping_occurrences_of_a_phrase_are_all_marked():
    # "s s" occurs at words 1-2 and 2-3: one mark over all three words.
    assert marks("x s s s y", '"s s"') == ["s s s"]
    # A word that only ends or starts like the phrase's is not its word.
    assert marks("xs s sx", '"s s"') == []


@pytest.mark.django_db
def test_unquoted_words_are_marked_by_their_stem_beside_a_phrase():
    found = marks(
        "Reaffirms the Conference of the Parties and reaffirming its role",
        '"conference of the" reaffirm',
    )
    assert found == ["Reaffirms", "Conference of the", "reaffirming"]


@pytest.mark.django_db
def test_a_phrase_and_a_chinese_term_are_both_marked():
    assert marks(
        "缔约方大会 (the Conference of the Parties)", '"conference of" 大会'
    ) == [
        "大会",
        "Conference of",
    ]


@pytest.mark.django_db
def test_a_long_paragraph_is_cut_around_the_phrase_not_its_first_word():
    text = "of the " * 100 + "the Conference of the Parties" + " and" * 100
    html = str(highlight_hits([(text, "en")], parse_query('"conference of the"'))[0])
    assert html.startswith("…") and "<mark>Conference of the</mark>" in html


@pytest.mark.django_db
def test_a_phrase_highlight_escapes_the_document():
    text = "<script>the Conference & of the</script> Parties"
    html = str(highlight_hits([(text, "en")], parse_query('"<conference of> the"'))[0])
    assert html == (
        "&lt;script&gt;the <mark>Conference &amp; of the</mark>&lt;/script&gt; Parties"
    )


@pytest.mark.django_db
def test_latin_words_after_chinese_text_are_marked_at_their_own_place():
    # Chinese runs are blanked letter for letter, so offsets stay those of the text.
    text = "联合国教科文组织（UNESCO）重申 its role"
    assert marks(text, "unesco role", "zh") == ["UNESCO", "role"]
