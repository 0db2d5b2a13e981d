"""Highlighting: escaped text with <mark> around what matched.

Chinese terms are found as substrings of the folded text (same offsets as the
original); Latin words are marked when PostgreSQL's stemmer gives them a lexeme of a
query word (reaffirms ~ reaffirming); a quoted phrase of Latin words is marked where
its words follow each other, as the search matched it (the words themselves, in
order, whatever separates them: analysis.word_pairs), never word by word. Everything
else is escaped, so HTML in a document or a query is shown, never interpreted.
"""

from __future__ import annotations

import re

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .analysis import config_for, fold, latin_part
from .query import Query

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*\w)?|\d+(?:[/.]\d+)*", re.UNICODE)


def _lexemes(pairs: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """{(word, config): lexemes}, in one query."""
    if not pairs:
        return {}
    words, configs = zip(*sorted(pairs), strict=True)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.w, t.c, array(SELECT lexeme FROM unnest(to_tsvector("
            "t.c::regconfig, t.w))) FROM unnest(%s::text[], %s::text[]) AS t(w, c)",
            [list(words), list(configs)],
        )
        return {(w, c): set(lex) for w, c, lex in cursor.fetchall()}


# Snowball stemmers for these languages only strip or rewrite endings, so a word can
# share a lexeme with a query word only if their first letters agree; only those
# words are sent to PostgreSQL (a page of English hits holds ~1,500 words: 5-12 ms to
# stem them all). Arabic stemming strips prefixes (ال, و), so every word goes.
_HEAD = 3
_PREFIX_STEMMERS = frozenset(
    {"unarchive_english", "unarchive_french", "unarchive_spanish"}
    | {"unarchive_russian", "unarchive_simple"}
)


def _may_match(word: str, config: str, heads: set[str]) -> bool:
    return config not in _PREFIX_STEMMERS or word[:_HEAD] in heads


def highlight_hits(items: list[tuple[str, str]], query: Query) -> list[SafeString]:
    """Highlight each (text, language) for the query's (non-excluded) terms."""
    terms = query.terms()
    runs = {run for term in terms for run in term.cjk_runs}
    phrase_patterns = [
        _phrase_pattern(words)
        for words in dict.fromkeys(tuple(t.phrase_words) for t in terms)
        if words
    ]
    query_words = {
        w for term in terms if not term.phrase_words for w in _WORD.findall(term.latin)
    }
    heads = {w[:_HEAD] for w in query_words}
    pairs: set[tuple[str, str]] = set()
    folded_items = []
    for text, language in items:
        folded = fold(text)
        config = config_for(language)
        latin = latin_part(folded) if query_words or phrase_patterns else ""
        words = []  # the words that may share a lexeme with a query word
        if query_words:
            words = [
                (m.start(), m.end(), m.group())
                for m in _WORD.finditer(latin)
                if _may_match(m.group(), config, heads)
            ]
            pairs |= {(w, config) for _, _, w in words}
            pairs |= {(w, config) for w in query_words}
        phrases = _phrase_spans(latin, phrase_patterns)
        folded_items.append((text, folded, config, words, phrases))
    lexemes = _lexemes(pairs)
    out = []
    for text, folded, config, words, phrases in folded_items:
        wanted = set().union(*(lexemes.get((w, config), set()) for w in query_words))
        spans = []
        for run in runs:
            start = folded.find(run)
            while start >= 0:
                spans.append((start, start + len(run)))
                start = folded.find(run, start + 1)
        for start, end, word in words:
            if wanted & lexemes.get((word, config), set()):
                spans.append((start, end))
        spans += phrases
        out.append(mark(text, [s for s in spans if s[0] >= 0]))
    return out


def _phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern:
    """Where a phrase's words follow each other, words found as the index found
    them (analysis.WORD over the text with its CJK runs blanked): whole words (\\b:
    the phrase's words are WORD's), anything else between them."""
    return re.compile(r"\b" + r"\W+".join(map(re.escape, phrase)) + r"\b")


def _phrase_spans(latin: str, patterns: list[re.Pattern]) -> list[tuple[int, int]]:
    """Each phrase's occurrences in the folded text's Latin part (analysis.
    latin_part: same offsets), overlapping ones included (6 us an English
    paragraph, where listing its words first took 20)."""
    spans = []
    for pattern in patterns:
        match = pattern.search(latin)
        while match:
            spans.append(match.span())
            match = pattern.search(latin, match.start() + 1)
    return spans


SNIPPET = 280  # characters shown around the first match of a long paragraph


def mark(text: str, spans: list[tuple[int, int]], window: int = SNIPPET) -> SafeString:
    """Escaped `text` with <mark>s; a long text is cut to a window at the first mark."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    begin, finish = 0, len(text)
    if window and len(text) > window:
        first = merged[0][0] if merged else 0
        begin = max(0, min(first - window // 4, len(text) - window))
        finish = begin + window
    html, at = ["…" if begin else ""], begin
    for start, end in merged:
        if start >= finish:
            break
        html.append(escape(text[at:start]))
        html.append(f"<mark>{escape(text[start : min(end, finish)])}</mark>")
        at = min(end, finish)
    html.append(escape(text[at:finish]))
    html.append("…" if finish < len(text) else "")
    return mark_safe("".join(html))
