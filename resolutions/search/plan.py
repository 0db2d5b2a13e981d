"""One search's plan: its match (the query and the filters, as SQL), its order and
its rank; the engine (engine.py) decides how to read it."""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import session_lexeme

FILTERS = ("language", "session", "kind", "committee", "lead")
# Filters with a btree index of their own (search_language, … : migration 0012).
INDEXED_FILTERS = ("language", "kind", "committee", "lead")


def where_sql(filters: dict, indexed: frozenset = frozenset()) -> tuple[str, list]:
    """The filters' SQL (alias e). Those not in `indexed` are written so that the
    planner checks them on each match's row and never reads their index: assuming
    a filter independent of the query, it took the index for 重申 in Chinese
    (every match of 重申 is Chinese) and ANDed half the table's rows into the
    bitmap, 18.1 -> 23.4 ms."""
    clauses, params = [], []
    for name in FILTERS:
        value = filters.get(name)
        if value in (None, ""):
            continue
        if name in indexed or name not in INDEXED_FILTERS:
            clauses.append(f"e.{name} = %s")
        else:
            clauses.append(f"(e.{name} = %s) IS TRUE")
        params.append(value)
    return "".join(f" AND {c}" for c in clauses), params


def _within(tsquery: str, params: list, sessions: list[int]) -> tuple[str, list]:
    """`tsquery` ANDed with the lexemes of `sessions` (analysis.session_lexeme), so
    that the GIN index keeps those sessions' matches only."""
    within = " | ".join(f"'{session_lexeme(s)}'" for s in sessions)
    return f"({tsquery}) && %s::tsquery", [*params, within]


@dataclass(frozen=True)
class SearchPlan:
    tsquery: str
    params: list
    sort: str
    page: int
    per_page: int
    filters: dict
    # Every match holds Chinese characters (a clause of Chinese terms only): walks
    # of the date index go through the cjk rows' (search_recent_cjk), past the
    # other languages' rows. Measured on the scale corpus (half of its rows
    # Chinese), the 1,000 most recent matches of 通过 in 3.6-4.6 ms instead of
    # 9.3-12.1. Only there: as a filter elsewhere, it would make a count read the
    # rows it now counts from the index alone (engine._count_candidates).
    cjk: bool = False
    indexed: frozenset = frozenset()  # filters read through their index: _narrow

    @property
    def walk_rows(self) -> str:
        """The condition that lets a walk of the date index skip rows that cannot
        match (SQL, alias e)."""
        return " AND e.cjk" if self.cjk else ""

    @property
    def match(self) -> tuple[str, list]:
        """The WHERE clause of a match (alias e), and its parameters."""
        return self._match(self.tsquery, self.params)

    def match_within(self, sessions: list[int]) -> tuple[str, list]:
        """The match, restricted to `sessions` inside the GIN index."""
        return self._match(*_within(self.tsquery, self.params, sessions))

    def _match(self, tsquery: str, params: list) -> tuple[str, list]:
        tsquery, params = self.in_index(tsquery, params)
        where, where_params = where_sql(self.filters, self.indexed)
        return f"e.vector @@ ({tsquery}){where}", [*params, *where_params]

    def in_index(self, tsquery: str, params: list) -> tuple[str, list]:
        """`tsquery` with the session filter's lexeme ANDed in, so that the GIN
        index keeps the session's matches only; the filter's column is checked
        on the row too (where_sql). Checked on the row only, a common word in one
        session read every row of the word (development, session 78: 4,360 of
        24,000 rows kept, 23.3 ms on the shared corpus, now 16.7)."""
        session = self.filters.get("session")
        if session in (None, ""):
            return tsquery, params
        return _within(tsquery, params, [int(session)])

    @property
    def phrase(self) -> bool:
        """Whether the index's matches must be checked against their positions (a
        phrase): counting them then reads as much as ranking them."""
        return any(isinstance(p, str) and " <-> " in p for p in self.params)

    def order(self, alias: str) -> str:
        if self.sort == "newest":
            return f"{alias}.adopted_on DESC NULLS LAST, {alias}.id"
        if self.sort == "oldest":  # the date index read backwards
            return f"{alias}.adopted_on ASC NULLS FIRST, {alias}.id DESC"
        return f"rank DESC, {alias}.adopted_on DESC NULLS LAST, {alias}.id"

    def rank(self, alias: str) -> tuple[str, list]:
        if self.sort != "relevance":
            return "0", []
        return f"ts_rank({alias}.vector, ({self.tsquery}))", list(self.params)
