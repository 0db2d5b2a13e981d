"""The analyzer, shared by indexing and querying: folding and Chinese tokens.

Why bigrams: PostgreSQL's parser keeps a run of Chinese characters as one word, so a
search for any part of it finds nothing. Each CJK character is indexed as a unigram
and each adjacent pair as a bigram at the same position; a query of n >= 2 characters
becomes the chain of its bigrams at consecutive positions (bigram_1 <-> bigram_2 ...),
which matches exactly the paragraphs holding that substring; one character matches its
unigram. Word segmentation was measured to miss single-character matches and turn
phrases into loose ANDs (see the search issue), so it is not used.

Folding (both sides): Unicode NFKC (full-width ７８／１９７ -> 78/197), lower case, and
Traditional -> Simplified Chinese by OpenCC's t2s table, character by character so that
offsets in the folded text are offsets in the original (used by highlighting).
Latin-script text is left to PostgreSQL's stemming configuration of its language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# CJK Unified Ideographs (+ Extension A, compatibility ideographs): the characters
# that get unigram/bigram tokens. Kana/Hangul do not occur in UN resolutions.
_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
MAX_POSITION = 16383  # PostgreSQL clamps tsvector positions here

# PostgreSQL's stemmers without stop words (created by migration 0002), so that every
# word a user types can be found; Chinese paragraphs' Latin fragments are not stemmed.
CONFIGS = {
    "en": "unarchive_english",
    "fr": "unarchive_french",
    "es": "unarchive_spanish",
    "ru": "unarchive_russian",
    "ar": "unarchive_arabic",
    "zh": "unarchive_simple",
}


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One translate table: per-character NFKC + lower case + t2s."""
    import opencc

    chars = [chr(c) for lo, hi in _CJK_RANGES for c in range(lo, hi + 1)]
    simplified = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    table: dict[int, str] = {}
    for char, simple in zip(chars, simplified, strict=True):
        if len(simple) == 1 and simple != char:
            table[ord(char)] = simple
    # Compatibility forms whose NFKC is one character (full-width Latin, digits,
    # punctuation; ideographic space) so that offsets stay aligned.
    for code in list(range(0xFF01, 0xFF5F)) + [0x3000]:
        folded = unicodedata.normalize("NFKC", chr(code)).lower()
        if len(folded) == 1:
            table[code] = folded
    for code in range(0xF900, 0xFB00):  # compatibility ideographs -> unified
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1:
            table[code] = table.get(ord(folded), folded)
    return table


def fold(text: str) -> str:
    """Fold for matching; the result has the same length as `text` (1:1 offsets)."""
    folded = text.translate(_fold_table())
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    # Rare: a character whose lower case is longer (İ -> i̇) keeps its own case.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)


def is_cjk(char: str) -> bool:
    code = ord(char)
    return any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def cjk_lexemes(folded: str) -> dict[str, list[int]]:
    """Unigram and bigram lexemes of every CJK run, with 1-based positions.

    Positions count characters in CJK runs only, so adjacency holds inside a run and
    never across runs (a run boundary leaves a gap of one position). Positions come
    out increasing; PostgreSQL keeps at most 256 per lexeme, so more are dropped here.
    """
    lexemes: dict[str, list[int]] = {}
    position = 0
    for run in CJK_RUN.findall(folded):
        last = len(run) - 1
        for i, char in enumerate(run):
            # Past PostgreSQL's last position every token shares it: single
            # characters still match there, longer phrases cannot (no paragraph of
            # the corpus comes near: the longest has 1,622 characters).
            at = min(position + i + 1, MAX_POSITION)
            positions = lexemes.setdefault(char, [])
            if len(positions) < 256 and (not positions or positions[-1] != at):
                positions.append(at)
            if i < last:
                positions = lexemes.setdefault(run[i : i + 2], [])
                if len(positions) < 256 and (not positions or positions[-1] != at):
                    positions.append(at)
        position += len(run) + 1
    return lexemes


def tsvector_literal(lexemes: dict[str, list[int]]) -> str:
    """A tsvector in PostgreSQL's text form: '人':1,5 '人权':1 …"""
    return " ".join(
        f"'{lexeme}':{','.join(map(str, positions))}"
        for lexeme, positions in lexemes.items()
    )


WORD = re.compile(r"\w+")


def word_pairs(latin: str) -> dict[str, list[int]]:
    """Adjacent word pairs as lexemes ('that its'), each at its pair's position.

    A quoted Latin phrase promises the words themselves, not their stems. With the
    pairs indexed, "of the global" is the tsquery 'of the' <-> 'the global': matched
    by the GIN index and rechecked from the stored vector alone, with no look at the
    paragraph text (before: stemmed words found 100k+ candidates at scale, each
    checked against its text with a regular expression, 446 ms p95). The space
    inside a lexeme cannot come from PostgreSQL's parser, so pairs never collide
    with ordinary words; their positions count pairs (1, 2, …), compared with each
    other only.
    """
    words = WORD.findall(latin)
    pairs: dict[str, list[int]] = {}
    for i, (a, b) in enumerate(zip(words, words[1:], strict=False)):
        positions = pairs.setdefault(f"{a} {b}", [])
        if len(positions) < 256:
            positions.append(min(i + 1, MAX_POSITION))
    return pairs


# The commonest function words of the Latin-script languages (unstemmed, folded),
# for word_triples. One set for all: the pairs are the words as typed, and these
# words rarely mean anything else in another of the languages.
FUNCTION_WORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the "
    "their this to was which with "
    "à au aux d de des du en et l la le les par pour que qui sur un une "
    "al con del el las lo los para por se su sus y "
    "в и к на о об от по с для из что".split()
)


def word_triples(latin: str) -> dict[str, list[int]]:
    """Word triples ('of the committee') holding at least two FUNCTION_WORDS, each
    at the position of its first pair ("common grams", as Lucene's CommonGrams
    filter).

    The pairs of such a triple are the commonest of all ('of the', 'the
    committee'): a three-word phrase of them found 15,664 rows holding both pairs
    for 8,385 holding the phrase at 1.2M rows, each rechecked on its own heap page
    (54 ms). Its triple is one lexeme the GIN index answers exactly. Only these
    triples are indexed: all of them nearly doubled an English vector (1,429 ->
    2,686 bytes).
    """
    triples: dict[str, list[int]] = {}
    for i, triple in _common_triples(WORD.findall(latin)):
        positions = triples.setdefault(triple, [])
        if len(positions) < 256:
            positions.append(min(i + 1, MAX_POSITION))
    return triples


def _common_triples(words: list[str]) -> list[tuple[int, str]]:
    """(index, 'a b c') of each triple of `words` that word_triples indexes."""
    return [
        (i, f"{a} {b} {c}")
        for i, (a, b, c) in enumerate(zip(words, words[1:], words[2:], strict=False))
        if (a in FUNCTION_WORDS) + (b in FUNCTION_WORDS) + (c in FUNCTION_WORDS) >= 2
    ]


def session_lexeme(session: int) -> str:
    """The lexeme every search row of a session carries (' s79'), unpositioned.

    The common path narrows its most recent matches to the sessions adopted since a
    date with it, inside the GIN index (q & (' s79' | ' s78')), where a bitmap of the
    date index over the same rows cost 25 ms at 1.2M rows. No query can produce it:
    words never start with a space.
    """
    return f" s{session}"


def filter_lexeme(name: str, value) -> str:
    """The lexeme every search row carries for the value of one of its filters
    (plan.FILTERS), unpositioned: ' language:zh', ' kind:operative',
    ' committee:third', ' lead:重申', and session_lexeme for a session. A filter is
    ANDed with the query inside the GIN index through it, so a count never reads
    the rows and a filter that keeps few of a common word's matches never reads
    the others (plan.SearchPlan.in_index). Like the session's, no query can
    produce one."""
    if name == "session":
        return session_lexeme(int(value))
    return f" {name}:{value}"


def quoted_lexeme(lexeme: str) -> str:
    """`lexeme` as a quoted token of a tsvector's or a tsquery's text form (quotes
    and backslashes doubled): a lead may hold either."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def phrase_query(words: list[str]) -> str:
    """tsquery text for an exact phrase of two or more words: its pairs chained,
    and the indexed triples among its words (word_triples) besides. A phrase of
    three words with an indexed triple is that triple alone, which the GIN index
    answers without a recheck; in a longer phrase the triples narrow the rows
    whose positions are rechecked."""
    pairs = " <-> ".join(f"'{a} {b}'" for a, b in zip(words, words[1:], strict=False))
    triples = [f"'{t}'" for t in dict.fromkeys(t for _, t in _common_triples(words))]
    if len(words) == 3 and triples:
        return triples[0]
    return " & ".join([f"({pairs})", *triples]) if triples else pairs


def latin_part(folded: str) -> str:
    """The text with CJK runs blanked out, for PostgreSQL's own parser and
    word_pairs; blanked letter for letter, so its offsets are the text's (the
    highlighter marks words found in it)."""
    return CJK_RUN.sub(lambda run: " " * len(run.group()), folded)


def config_for(language: str) -> str:
    return CONFIGS.get(language, "unarchive_simple")


def cjk_query(run: str) -> str:
    """tsquery text for one CJK run: its unigram, or its bigrams chained with <->."""
    if len(run) == 1:
        return f"'{run}'"
    return " <-> ".join(f"'{run[i : i + 2]}'" for i in range(len(run) - 1))
