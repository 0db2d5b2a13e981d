"""Stable anchors for paragraphs (pp3, op5, op5-a), shared by ingest, pages and JSON."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .types import HEADING, OPERATIVE, PREAMBULAR, ParsedParagraph, ParsedResolution

_PREFIX = {PREAMBULAR: "pp", OPERATIVE: "op", HEADING: "h"}


@dataclass(frozen=True)
class Placed:
    """A paragraph with its place in the document: reading order, anchor, parent."""

    paragraph: ParsedParagraph
    position: int  # 1-based reading order over all paragraphs and sub-paragraphs
    anchor: str
    parent_anchor: str  # "" for a top-level paragraph
    depth: int


def _slug(label: str) -> str:
    return re.sub(r"[^0-9a-z\u0080-\uffff]+", "", label.lower())


def walk(resolution: ParsedResolution) -> Iterator[Placed]:
    """Every paragraph and sub-paragraph in reading order, each with a unique anchor."""
    counters: dict[str, int] = {}
    used: set[str] = set()
    position = 0

    def unique(anchor: str) -> str:
        if anchor not in used:
            used.add(anchor)
            return anchor
        n = 2
        while f"{anchor}-{n}" in used:
            n += 1
        used.add(f"{anchor}-{n}")
        return f"{anchor}-{n}"

    def visit(p: ParsedParagraph, parent: str, depth: int) -> Iterator[Placed]:
        nonlocal position
        position += 1
        if parent:
            anchor = unique(f"{parent}-{_slug(p.label) or position}")
        else:
            prefix = ("annex-" if p.in_annex else "") + _PREFIX.get(p.kind, "p")
            if p.kind == OPERATIVE and p.number:
                anchor = unique(f"{prefix}{_slug(p.number)}")
            else:
                counters[prefix] = counters.get(prefix, 0) + 1
                anchor = unique(f"{prefix}{counters[prefix]}")
        yield Placed(p, position, anchor, parent, depth)
        for child in p.subparagraphs:
            yield from visit(child, anchor, depth + 1)

    for paragraph in resolution.paragraphs:
        yield from visit(paragraph, "", 0)
