"""The round trip's facts of a ParsedResolution, from either parser.

The issue's round trip compares parse_text(rendered) with parse_akn() on the same
XML: facts_of() reads the same facts from both, and akn_facts() turns parse_akn's
into the expected Facts. The cited GA resolutions stay those the XML links (the
renderer's), as the issue makes the XML's undocs.org links the truth.
"""

from __future__ import annotations

from dataclasses import replace

from resolutions.parsing.types import HEADING, ParsedParagraph, ParsedResolution

from .cover import Facts


def facts_of(parsed: ParsedResolution) -> dict:
    """Every fact the round trip compares but the cited resolutions."""
    main = [p for p in parsed.paragraphs if not p.in_annex]
    operative = list(parsed.operative)
    return {
        "symbol": parsed.symbol,
        "session": parsed.session,
        "adopted_on": parsed.adopted_on.isoformat() if parsed.adopted_on else "",
        "committee": parsed.committee,
        "committee_report": parsed.committee_report,
        "draft_symbol": parsed.draft_symbol,
        "plenary_meeting": parsed.plenary_meeting,
        "agenda_items": parsed.agenda_items,
        "preambular": len(parsed.preambular),
        "headings": sum(p.kind == HEADING for p in main),
        "operative": [p.number for p in operative],
        "subparagraphs": [count_subs(p) for p in operative],
        "leads": [p.lead for p in main if p.kind != HEADING],
        "footnotes": len(parsed.footnotes),
        "links": [markers(p) for p in main if p.kind != HEADING],
        "annex": [p.number or p.kind for p in parsed.paragraphs if p.in_annex],
    }


def akn_facts(parsed: ParsedResolution, rendered: Facts) -> Facts:
    """The facts parse_akn read, with the rendered XML's links as the truth for the
    cited resolutions."""
    return replace(rendered, **facts_of(parsed))


def count_subs(paragraph: ParsedParagraph) -> int:
    return sum(1 + count_subs(child) for child in paragraph.subparagraphs)


def markers(paragraph: ParsedParagraph) -> tuple[int, ...]:
    """The footnote markers of a paragraph and its sub-paragraphs, in order."""
    refs = list(paragraph.refs)
    stack = list(paragraph.subparagraphs)
    while stack:
        child = stack.pop(0)
        refs += child.refs
        stack[:0] = child.subparagraphs
    return tuple(dict.fromkeys(r.marker for r in refs))
