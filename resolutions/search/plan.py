"""One search's plan: its match (the query and the filters, as SQL), its order and
its rank; the engine (engine.py) decides how to read it."""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import filter_lexeme, quoted_lexeme, session_lexeme

FILTERS = ("language", "session", "kind", "committee", "lead")


def _within(tsquery: str, params: list, sessions: list[int]) -> tuple[str, list]:
    """`tsquery` ANDed with the lexemes of `sessions` (analysis.session_lexeme), so
    that the GIN index keeps those sessions' matches only."""
    within = " | ".join(quoted_lexeme(session_lexeme(s)) for s in sessions)
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
        return f"e.vector @@ ({tsquery})", params

    def in_index(self, tsquery: str, params: list) -> tuple[str, list]:
        """`tsquery` with the filters' lexemes ANDed in (analysis.filter_lexeme),
        so that the GIN index keeps the filtered matches only; no filter is
        checked on the rows. Checked on the rows, a filter read every match of
        the query to keep a few, and a count read the rows instead of the index
        alone (at 1.2M rows: "the", Chinese only, 145 ms to count none, 16 ms
        through the lexeme; 国际 under the lead 回顾, 17.3 -> 5.7 ms; 人权,
        operative only, 19.6 -> 12.0; engine._count_candidates)."""
        lexemes = [
            quoted_lexeme(filter_lexeme(name, value))
            for name, value in self.active_filters
        ]
        if not lexemes:
            return tsquery, params
        return f"({tsquery}) && %s::tsquery", [*params, " & ".join(lexemes)]

    @property
    def active_filters(self) -> list[tuple[str, object]]:
        """(name, value) of each filter given a value, in FILTERS' order."""
        return [
            (name, self.filters[name])
            for name in FILTERS
            if self.filters.get(name) not in (None, "")
        ]

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
