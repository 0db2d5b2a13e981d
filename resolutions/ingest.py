"""The only code that writes resolutions: one transaction per document, idempotent.

A file is parsed completely before anything is written; a parse error names the file and
line and writes nothing. Re-ingesting identical bytes changes nothing; changed bytes for
the same (symbol, language) replace the old version completely in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from django.db import connection, transaction
from django.db.models import Q

from resolutions.models import (
    AgendaItem,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    Resolution,
    SourceFile,
)
from resolutions.parsing.anchors import walk
from resolutions.parsing.errors import ParseError
from resolutions.parsing.files import parse_bytes
from resolutions.parsing.types import ParsedResolution

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


class IngestError(Exception):
    """A document that could not be stored; nothing of it was written."""

    def __init__(self, filename: str, line: int, message: str) -> None:
        where = f"{filename}, line {line}" if line else filename
        super().__init__(f"{where}: {message}")
        self.filename = filename
        self.line = line
        self.message = message


@dataclass(frozen=True)
class IngestOutcome:
    filename: str
    status: str  # created, updated or unchanged
    resolution: Resolution


def parse_source(data: bytes, filename: str) -> tuple[ParsedResolution, str]:
    """Parse uploaded bytes; return the result and the source format."""
    try:
        return parse_bytes(data, filename)
    except ParseError as exc:
        raise IngestError(filename, exc.line, exc.message) from exc


def ingest_file(path: Path | str) -> IngestOutcome:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), 0, f"cannot read file: {exc.strerror}") from exc
    return ingest_bytes(data, str(path))


def ingest_bytes(data: bytes, filename: str) -> IngestOutcome:
    """Store one document. Raises IngestError (nothing written) when it is invalid."""
    parsed, fmt = parse_source(data, filename)
    digest = hashlib.sha256(data).hexdigest()
    with transaction.atomic():
        _lock(parsed.symbol, parsed.language)
        existing = (
            Resolution.objects.select_related("source")
            .filter(symbol=parsed.symbol, language=parsed.language)
            .first()
        )
        if existing is not None and existing.source.sha256 == digest:
            return IngestOutcome(filename, UNCHANGED, existing)
        source, _ = SourceFile.objects.get_or_create(
            sha256=digest,
            defaults={
                "filename": Path(filename).name[:255],
                "format": fmt,
                "content": data,
                "size": len(data),
            },
        )
        resolution = _store(parsed, source, existing)
    return IngestOutcome(filename, CREATED if existing is None else UPDATED, resolution)


def _lock(symbol: str, language: str) -> None:
    """Serialise concurrent ingests of one document (two uploads of the same file)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
            [f"resolution:{symbol}:{language}"],
        )


def _number_sort(number: str) -> int:
    match = re.match(r"\d+", number)
    return int(match.group()) if match else 0


def _store(
    parsed: ParsedResolution, source: SourceFile, existing: Resolution | None
) -> Resolution:
    fields = {
        "session": parsed.session,
        "number": parsed.number,
        "number_sort": _number_sort(parsed.number),
        "title": parsed.title,
        "adopted_on": parsed.adopted_on,
        "committee": parsed.committee,
        "committee_report": parsed.committee_report,
        "draft_symbol": parsed.draft_symbol,
        "plenary_meeting": parsed.plenary_meeting,
        "source": source,
        "warnings": list(parsed.warnings),
    }
    if existing is None:
        resolution = Resolution.objects.create(
            symbol=parsed.symbol, language=parsed.language, **fields
        )
    else:
        resolution = existing
        for name, value in fields.items():
            setattr(resolution, name, value)
        resolution.save()
        # Replace the old version completely: children go, then are rebuilt.
        resolution.citations.all().delete()
        resolution.footnotes.all().delete()
        resolution.paragraphs.filter(parent__isnull=True).delete()
    resolution.agenda_items.set(_agenda_items(parsed))
    _store_body(parsed, resolution)
    _link_citations(resolution)
    return resolution


def _agenda_items(parsed: ParsedResolution) -> list[AgendaItem]:
    items = []
    titles = list(parsed.agenda_titles) + [""] * len(parsed.agenda_items)
    for code, title in zip(parsed.agenda_items, titles, strict=False):
        item, created = AgendaItem.objects.get_or_create(
            session=parsed.session,
            code=code,
            language=parsed.language,
            defaults={"item_number": _number_sort(code), "title": title},
        )
        if title and not created and item.title != title:
            item.title = title
            item.save(update_fields=["title"])
        items.append(item)
    return items


def _store_body(parsed: ParsedResolution, resolution: Resolution) -> None:
    footnotes = {
        fn.marker: Footnote.objects.create(
            resolution=resolution, marker=fn.marker, text=fn.text
        )
        for fn in parsed.footnotes
    }
    by_anchor: dict[str, Paragraph] = {}
    citations: list[Citation] = []
    refs: list[FootnoteRef] = []
    for placed in walk(parsed):
        p = placed.paragraph
        row = Paragraph.objects.create(
            resolution=resolution,
            position=placed.position,
            anchor=placed.anchor,
            kind=p.kind,
            number=p.number,
            label=p.label,
            parent=by_anchor.get(placed.parent_anchor),
            depth=placed.depth,
            lead=p.lead,
            text=p.text,
            in_annex=p.in_annex,
            eid=p.eid,
        )
        by_anchor[placed.anchor] = row
        for ref in p.refs:
            footnote = footnotes.get(ref.marker)
            if footnote is None:
                continue  # the parser reports unmatched markers as errors or warnings
            refs.append(
                FootnoteRef(paragraph=row, footnote=footnote, offset=ref.offset)
            )
            if footnote.paragraph_id is None:
                footnote.paragraph = row
                footnote.save(update_fields=["paragraph"])
        citations += [_citation(resolution, c, paragraph=row) for c in p.citations]
    for fn in parsed.footnotes:
        citations += [
            _citation(resolution, c, footnote=footnotes[fn.marker])
            for c in fn.citations
        ]
    FootnoteRef.objects.bulk_create(refs)
    Citation.objects.bulk_create(citations)


def _citation(resolution, c, paragraph=None, footnote=None) -> Citation:
    return Citation(
        resolution=resolution,
        paragraph=paragraph,
        footnote=footnote,
        symbol=c.symbol,
        kind=c.kind,
        text=c.text[:300],
        label=c.label,
        start=c.start,
        end=c.end,
    )


def _link_citations(resolution: Resolution) -> None:
    """Point citations at cited resolutions held here, in both directions.

    The cited version in the citing document's language is preferred; another
    language version is used until that one arrives (backfill).
    """
    citations = list(resolution.citations.all())
    targets: dict[str, Resolution] = {}
    candidates = Resolution.objects.filter(symbol__in={c.symbol for c in citations})
    for candidate in candidates.only("id", "symbol", "language"):
        if candidate.symbol not in targets or candidate.language == resolution.language:
            targets[candidate.symbol] = candidate
    for citation in citations:
        citation.cited = targets.get(citation.symbol)
    Citation.objects.bulk_update(citations, ["cited"])
    Citation.objects.filter(symbol=resolution.symbol).filter(
        Q(cited__isnull=True) | Q(resolution__language=resolution.language)
    ).update(cited=resolution)
