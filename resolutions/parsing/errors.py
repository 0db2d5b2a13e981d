"""Errors the parsers raise: a value a person can act on (which line, what is wrong)."""

from __future__ import annotations


class ParseError(ValueError):
    """A document could not be read. `line` is 1-based (0 when no line applies)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.message = message
