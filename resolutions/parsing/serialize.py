"""ParsedResolution -> the JSON contract (plain values), as the command prints it."""

from __future__ import annotations

from typing import Any

from .anchors import walk
from .types import OPERATIVE, PREAMBULAR, ParsedParagraph, ParsedResolution


def to_contract(parsed: ParsedResolution) -> dict[str, Any]:
    """The contract without its "file" key; paragraph lists keep reading order."""
    main = [p for p in parsed.paragraphs if not p.in_annex]
    return {
        "symbol": parsed.symbol,
        "language": parsed.language,
        "session": parsed.session,
        "number": parsed.number,
        "title": parsed.title,
        "agenda_items": list(parsed.agenda_items),
        "agenda_titles": list(parsed.agenda_titles),
        "adopted_on": parsed.adopted_on.isoformat() if parsed.adopted_on else None,
        "committee": parsed.committee,
        "committee_report": parsed.committee_report,
        "draft_symbol": parsed.draft_symbol,
        "plenary_meeting": parsed.plenary_meeting,
        "preambular": [_preambular(p) for p in main if p.kind == PREAMBULAR],
        "operative": [_operative(p) for p in main if p.kind == OPERATIVE],
        "annex": [_annex(p) for p in parsed.paragraphs if p.in_annex],
        "footnotes": [{"marker": f.marker, "text": f.text} for f in parsed.footnotes],
        "citations": _citations(parsed),
        "warnings": list(parsed.warnings),
    }


def _preambular(p: ParsedParagraph) -> dict[str, Any]:
    result: dict[str, Any] = {
        "lead": p.lead,
        "text": p.text,
        "footnotes": list(p.footnotes),
    }
    return _with_children(result, p)


def _operative(p: ParsedParagraph) -> dict[str, Any]:
    result: dict[str, Any] = {
        "number": p.number,
        "lead": p.lead,
        "text": p.text,
        "footnotes": list(p.footnotes),
        "subparagraphs": [_sub(c) for c in p.subparagraphs],
    }
    return result


def _sub(p: ParsedParagraph) -> dict[str, Any]:
    result: dict[str, Any] = {
        "label": p.label,
        "lead": p.lead,
        "text": p.text,
        "footnotes": list(p.footnotes),
    }
    return _with_children(result, p)


def _annex(p: ParsedParagraph) -> dict[str, Any]:
    result: dict[str, Any] = {
        "kind": p.kind,
        "number": p.number,
        "lead": p.lead,
        "text": p.text,
        "footnotes": list(p.footnotes),
    }
    return _with_children(result, p)


def _with_children(result: dict[str, Any], p: ParsedParagraph) -> dict[str, Any]:
    if p.subparagraphs:
        result["subparagraphs"] = [_sub(c) for c in p.subparagraphs]
    return result


def _citations(parsed: ParsedResolution) -> list[dict[str, str]]:
    """Each cited symbol once per place it is cited from (pp3, op5-a, fn2)."""
    seen: set[tuple[str, str]] = set()
    result = []
    places = [(placed.anchor, placed.paragraph.citations) for placed in walk(parsed)]
    places += [(f"fn{f.marker}", f.citations) for f in parsed.footnotes]
    for anchor, citations in places:
        for citation in citations:
            if (citation.symbol, anchor) in seen:
                continue
            seen.add((citation.symbol, anchor))
            result.append(
                {"symbol": citation.symbol, "kind": citation.kind, "in": anchor}
            )
    return result
