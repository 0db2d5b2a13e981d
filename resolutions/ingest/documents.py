"""Store one resolution document: one transaction, idempotent, XML preferred.

A file is parsed completely before anything is written; a parse error names the file
and line and writes nothing. Identical bytes change nothing; changed bytes for the
same (symbol, language) replace the old version completely. A plain text never
silently replaces the UN's structured XML version (skipped unless asked for).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, connection, transaction

from resolutions.models import (
    Adoption,
    AgendaItem,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    Resolution,
    SourceFile,
    SourceFormat,
)
from resolutions.parsing.anchors import walk
from resolutions.parsing.errors import ParseError
from resolutions.parsing.files import parse_bytes
from resolutions.parsing.types import ParsedCitation, ParsedResolution
from resolutions.search.index import index_resolution
from resolutions.sorting import title_sort_key

CREATED, UPDATED, UNCHANGED, SKIPPED = "created", "updated", "unchanged", "skipped"


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
    status: str  # CREATED, UPDATED, UNCHANGED or SKIPPED
    symbol: str
    language: str
    resolution: Resolution | None = None  # None on a dry run or when skipped
    parsed: ParsedResolution | None = None  # None when unchanged bytes were not parsed
    reason: str = ""  # why it was skipped
    warnings: tuple[str, ...] = field(default=())


def parse_source(data: bytes, filename: str) -> tuple[ParsedResolution, str]:
    """Parse uploaded bytes; return the result and the source format."""
    try:
        return parse_bytes(data, filename)
    except ParseError as exc:
        raise IngestError(filename, exc.line, exc.message) from exc


def ingest_file(path: Path | str, **options) -> IngestOutcome:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(str(path), 0, f"cannot read file: {exc.strerror}") from exc
    return ingest_bytes(data, str(path), **options)


def ingest_bytes(
    data: bytes,
    filename: str,
    *,
    replace_xml: bool = False,
    reparse: bool = False,
    dry_run: bool = False,
) -> IngestOutcome:
    """Store one document. Raises IngestError (nothing written) when it is invalid.

    replace_xml: let a plain text replace a version read from UN XML.
    reparse: parse and store again even when the bytes are unchanged (parser fixes).
    dry_run: parse and decide, write nothing.
    """
    digest = hashlib.sha256(data).hexdigest()
    if not reparse and not dry_run:
        current = Resolution.objects.filter(source__sha256=digest).first()
        if current is not None:  # fast path: a re-run reads no text twice
            return IngestOutcome(
                filename, UNCHANGED, current.symbol, current.language, current
            )
    parsed, fmt = parse_source(data, filename)
    with transaction.atomic():
        if not dry_run:
            _lock(parsed.symbol, parsed.language)
        existing = (
            Resolution.objects.select_related("source")
            .filter(symbol=parsed.symbol, language=parsed.language)
            .first()
        )
        status = _decide(existing, digest, fmt, replace_xml, reparse)
        outcome = IngestOutcome(
            filename,
            status,
            parsed.symbol,
            parsed.language,
            existing,
            parsed,
            reason=_skip_reason(existing) if status == SKIPPED else "",
            warnings=parsed.warnings,
        )
        if dry_run or status in (UNCHANGED, SKIPPED):
            return outcome
        source, _ = SourceFile.objects.get_or_create(
            sha256=digest,
            defaults={
                "filename": Path(filename.split(":")[-1]).name[:255],
                "format": fmt,
                "content": data,
                "size": len(data),
            },
        )
        try:
            with transaction.atomic():
                resolution = _store(parsed, source, existing)
        except DatabaseError as exc:
            # A backstop: the parser should never produce what the schema refuses,
            # but if it does, this document fails alone, with the reason.
            reason = "refused by the database: " + str(exc).splitlines()[0]
            raise IngestError(filename, 0, reason) from exc
    return IngestOutcome(
        filename,
        status,
        parsed.symbol,
        parsed.language,
        resolution,
        parsed,
        warnings=parsed.warnings,
    )


def reparse_resolution(resolution: Resolution) -> IngestOutcome:
    """Parse the stored source again with today's parser and store the result."""
    source = resolution.source
    return ingest_bytes(
        bytes(source.content), source.filename, replace_xml=True, reparse=True
    )


def _decide(existing, digest: str, fmt: str, replace_xml: bool, reparse: bool) -> str:
    if existing is None:
        return CREATED
    if existing.source.sha256 == digest and not reparse:
        return UNCHANGED
    structured = existing.source.format == SourceFormat.AKN
    if structured and fmt != SourceFormat.AKN and not replace_xml:
        return SKIPPED
    return UPDATED


def _skip_reason(existing: Resolution | None) -> str:
    return (
        f"{existing.symbol} ({existing.language}) is stored from the UN's XML "
        f"({existing.source.filename}); a plain text does not replace it unless "
        "replacement is confirmed (--replace-xml, or the admin upload's checkbox)"
    )


def _lock(symbol: str, language: str) -> None:
    """Serialise concurrent ingests of one document (two uploads of the same file)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))",
            [f"resolution:{symbol}:{language}"],
        )


def number_sort(number: str) -> int:
    match = re.match(r"\d+", number)
    return int(match.group()) if match else 0


def _store(
    parsed: ParsedResolution, source: SourceFile, existing: Resolution | None
) -> Resolution:
    fields = {
        "session": parsed.session,
        "number": parsed.number,
        "number_sort": number_sort(parsed.number),
        "title": parsed.title,
        "title_sort": title_sort_key(parsed.title, parsed.language),
        "adopted_on": parsed.adopted_on,
        "committee": parsed.committee,
        "committee_report": parsed.committee_report,
        "draft_symbol": parsed.draft_symbol,
        "plenary_meeting": parsed.plenary_meeting,
        "source": source,
        "adoption": Adoption.objects.filter(symbol=parsed.symbol).first(),
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
        resolution.paragraphs.all().delete()
    resolution.agenda_items.set(_agenda_items(parsed))
    paragraphs, footnotes = _store_body(parsed, resolution)
    # Same transaction: a stored document is searchable the moment it is committed.
    index_resolution(resolution, paragraphs, footnotes)
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
            defaults={"item_number": number_sort(code), "title": title},
        )
        if title and not created and item.title != title:
            item.title = title
            item.save(update_fields=["title"])
        items.append(item)
    return items


def _store_body(
    parsed: ParsedResolution, resolution: Resolution
) -> tuple[list[Paragraph], list[Footnote]]:
    """Bulk inserts: paragraphs level by level (parents first), then the rest."""
    placed = list(walk(parsed))
    rows: dict[str, Paragraph] = {}
    for depth in sorted({p.depth for p in placed}):
        batch = []
        for item in placed:
            if item.depth != depth:
                continue
            p = item.paragraph
            rows[item.anchor] = Paragraph(
                resolution=resolution,
                position=item.position,
                anchor=item.anchor,
                kind=p.kind,
                number=p.number,
                label=p.label,
                parent=rows.get(item.parent_anchor),
                depth=item.depth,
                lead=p.lead,
                text=p.text,
                in_annex=p.in_annex,
                eid=p.eid,
            )
            batch.append(rows[item.anchor])
        Paragraph.objects.bulk_create(batch)

    first_ref: dict[int, Paragraph] = {}
    for item in placed:
        for ref in item.paragraph.refs:
            first_ref.setdefault(ref.marker, rows[item.anchor])
    footnotes = {
        fn.marker: Footnote(
            resolution=resolution,
            marker=fn.marker,
            text=fn.text,
            paragraph=first_ref.get(fn.marker),
        )
        for fn in parsed.footnotes
    }
    Footnote.objects.bulk_create(footnotes.values())

    refs, citations = [], []
    for item in placed:
        row = rows[item.anchor]
        for ref in item.paragraph.refs:
            if ref.marker in footnotes:  # the parser reports unmatched markers
                refs.append(
                    FootnoteRef(
                        paragraph=row, footnote=footnotes[ref.marker], offset=ref.offset
                    )
                )
        citations += [
            _citation(resolution, c, paragraph=row) for c in item.paragraph.citations
        ]
    for fn in parsed.footnotes:
        citations += [
            _citation(resolution, c, footnote=footnotes[fn.marker])
            for c in fn.citations
        ]
    FootnoteRef.objects.bulk_create(refs, ignore_conflicts=True)
    targets = _citation_targets({c.symbol for c in citations}, resolution.language)
    for citation in citations:
        citation.cited = targets.get(citation.symbol)
    Citation.objects.bulk_create(citations)
    return list(rows.values()), list(footnotes.values())


def _citation(
    resolution: Resolution,
    c: ParsedCitation,
    paragraph: Paragraph | None = None,
    footnote: Footnote | None = None,
) -> Citation:
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


def _citation_targets(symbols: set[str], language: str) -> dict[str, Resolution]:
    """The held resolution for each cited symbol, same language preferred."""
    targets: dict[str, Resolution] = {}
    candidates = Resolution.objects.filter(symbol__in=symbols).only(
        "id", "symbol", "language"
    )
    for candidate in candidates:
        if candidate.symbol not in targets or candidate.language == language:
            targets[candidate.symbol] = candidate
    return targets


def _link_citations(resolution: Resolution) -> None:
    """Backfill: citations of this symbol stored earlier now point here.

    The cited version in the citing document's language is preferred; another
    language version is used until that one arrives.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE resolutions_citation AS c SET cited_id = %s "
            "FROM resolutions_resolution AS r "
            "WHERE c.symbol = %s AND r.id = c.resolution_id "
            "AND (c.cited_id IS NULL OR r.language = %s)",
            [resolution.pk, resolution.symbol, resolution.language],
        )
