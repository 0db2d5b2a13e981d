"""The query language: words, "exact phrases", -excluded, OR, Chinese of any length.

Parsing never fails: anything a user can type becomes a (possibly empty) Query plus
notes to show. The SQL is built from parameters only; user text never reaches
to_tsquery()'s syntax (CJK lexemes are single characters or pairs, quoted here).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .analysis import CJK_RUN, CONFIGS, WORD, cjk_query, config_for, fold, phrase_query

MAX_QUERY_CHARS = 200
# Characters with a meaning to tsquery or none to us: separators in a word.
_SEPARATORS = re.compile(r"[&|!:*()<>\\'\"{}\[\]^~`]+")
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_SYMBOL_QUERY = re.compile(
    r"^\s*(?:a/res/)?(\d{1,3})/(\d{1,4})(?:\s*([a-z](?:-[a-z])?))?\s*$", re.IGNORECASE
)
_ZH_SYMBOL_QUERY = re.compile(r"^\s*第?\s*(\d{1,3})/(\d{1,4})\s*号?\s*决议?\s*$")


@dataclass(frozen=True)
class Term:
    text: str  # folded
    phrase: bool = False

    @property
    def cjk_runs(self) -> list[str]:
        return CJK_RUN.findall(self.text)

    @property
    def latin(self) -> str:
        return CJK_RUN.sub(" ", self.text).strip()

    @property
    def phrase_words(self) -> list[str]:
        """The words of a quoted phrase of two or more Latin words, which match
        adjacent and unstemmed (their indexed pairs: term_sql); else []."""
        words = WORD.findall(self.latin) if self.phrase else []
        return words if len(words) >= 2 else []


@dataclass(frozen=True)
class Query:
    clauses: tuple[tuple[Term, ...], ...] = ()  # AND of ORs
    excluded: tuple[Term, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.clauses

    def terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    @property
    def cjk_only(self) -> bool:
        """Whether every match holds Chinese characters: some clause has Chinese in
        each of its terms (SearchEntry.cjk)."""
        return any(all(term.cjk_runs for term in clause) for clause in self.clauses)


def _clean(raw: str) -> tuple[str, list[str]]:
    notes = []
    text = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in raw
    )
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS]
        notes.append(f"Only the first {MAX_QUERY_CHARS} characters were searched.")
    return fold(text), notes


def parse_query(raw: str) -> Query:
    text, notes = _clean(raw or "")
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        negated, quoted, word = match.group(1), match.group(2), match.group(3)
        if word is not None and word.upper() == "OR":
            pending_or = bool(clauses)
            continue
        if quoted is not None:
            term_text, phrase = " ".join(_SEPARATORS.sub(" ", quoted).split()), True
        else:
            negated = "-" if word.startswith("-") and len(word) > 1 else ""
            term_text, phrase = (
                " ".join(_SEPARATORS.sub(" ", word.lstrip("-")).split()),
                False,
            )
        if not term_text:
            continue
        term = Term(term_text, phrase)
        if negated:
            excluded.append(term)
        elif pending_or:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        pending_or = False
    if not clauses and excluded:
        notes.append("A search needs at least one word that is not excluded.")
    return Query(tuple(tuple(c) for c in clauses), tuple(excluded), tuple(notes))


def symbol_of(raw: str) -> str | None:
    """The resolution symbol a query names (78/197, A/RES/78/197, 第78/197号决议)."""
    text = fold(raw or "")[:MAX_QUERY_CHARS]
    match = _SYMBOL_QUERY.match(text) or _ZH_SYMBOL_QUERY.match(text)
    if not match:
        return None
    symbol = f"A/RES/{match.group(1)}/{match.group(2)}"
    if match.re is _SYMBOL_QUERY and match.group(3):
        symbol += " " + match.group(3).upper()
    return symbol


def configs_for(language: str | None) -> list[str]:
    """Latin words are stemmed as each language's paragraphs were indexed."""
    if language:
        return sorted({config_for(language), "unarchive_simple"})
    return sorted(set(CONFIGS.values()))


def term_sql(term: Term, configs: list[str]) -> tuple[str, list[str]]:
    """SQL for one term's tsquery, and its parameters."""
    parts, params = [], []
    for run in term.cjk_runs:
        parts.append("%s::tsquery")
        params.append(cjk_query(run))
    latin = term.latin
    if words := term.phrase_words:
        # The words themselves, adjacent: their indexed pairs (see word_pairs).
        parts.append("%s::tsquery")
        params.append(phrase_query(words))
    elif latin:
        function = "phraseto_tsquery" if term.phrase else "plainto_tsquery"
        alternatives = []
        for config in configs:
            alternatives.append(f"{function}('{config}'::regconfig, %s)")
            params.append(latin)
        parts.append("(" + " || ".join(alternatives) + ")")
    return "(" + " && ".join(parts) + ")", params


def query_sql(query: Query, language: str | None = None) -> tuple[str, list[str]]:
    """SQL producing the whole query's tsquery; '' when the query is empty."""
    if query.is_empty:
        return "", []
    configs = configs_for(language)
    sql_parts, params = [], []
    for clause in query.clauses:
        alternatives = []
        for term in clause:
            sql, term_params = term_sql(term, configs)
            alternatives.append(sql)
            params += term_params
        sql_parts.append("(" + " || ".join(alternatives) + ")")
    for term in query.excluded:
        sql, term_params = term_sql(term, configs)
        sql_parts.append(f"!!{sql}")
        params += term_params
    return " && ".join(sql_parts), params
