"""What find_citations reads in a text, in the shapes the citation tests compare."""

from __future__ import annotations

from resolutions.parsing.symbols import find_citations


def found(text: str) -> list[tuple[str, str, str]]:
    """(symbol, kind, text as written) of each citation."""
    return [(c.symbol, c.kind, c.text) for c in find_citations(text)]


def symbols(text: str) -> list[str]:
    return [c.symbol for c in find_citations(text)]
