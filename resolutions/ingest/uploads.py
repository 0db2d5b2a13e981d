"""Uploaded files (admin): the same ingest as the command, one result row per item."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.conf import settings

from .documents import IngestError, ingest_bytes
from .metadata import ingest_metadata
from .sources import DOCUMENT, METADATA, SourceItem, iter_zip, kind_of


@dataclass(frozen=True)
class UploadRow:
    name: str
    status: str  # created, updated, unchanged, skipped, failed
    symbol: str = ""
    language: str = ""
    counts: str = ""  # "10 preambular, 13 operative, 7 footnotes"
    message: str = ""  # the error, or why it was skipped
    warnings: tuple[str, ...] = field(default=())


def _items(uploads: Iterable) -> Iterator[SourceItem]:
    limit = settings.UNARCHIVE_MAX_UPLOAD_BYTES
    for upload in uploads:
        if upload.name.lower().endswith(".zip"):
            try:
                with zipfile.ZipFile(upload) as archive:
                    yield from iter_zip(archive, upload.name, limit)
            except (zipfile.BadZipFile, OSError) as exc:
                yield SourceItem(
                    upload.name, DOCUMENT, error=f"not a readable zip: {exc}"
                )
            continue
        kind = kind_of(upload.name) or DOCUMENT
        yield SourceItem(upload.name, kind, data=upload.read())


def ingest_uploads(uploads: Iterable, *, replace_xml: bool = False) -> list[UploadRow]:
    rows: list[UploadRow] = []
    for item in _items(uploads):
        if item.error:
            rows.append(UploadRow(item.name, "failed", message=item.error))
        elif item.kind == METADATA:
            for result in ingest_metadata(item.data, item.name):
                if isinstance(result, IngestError):
                    rows.append(UploadRow(item.name, "failed", message=str(result)))
                else:
                    rows.append(UploadRow(item.name, result.status, result.symbol))
        else:
            rows.append(_document_row(item, replace_xml))
    return rows


def _document_row(item: SourceItem, replace_xml: bool) -> UploadRow:
    try:
        outcome = ingest_bytes(item.data, item.name, replace_xml=replace_xml)
    except IngestError as exc:
        where = f"line {exc.line}: " if exc.line else ""
        return UploadRow(item.name, "failed", message=where + exc.message)
    counts = ""
    if outcome.parsed is not None:
        p = outcome.parsed
        counts = (
            f"{len(p.preambular)} preambular, {len(p.operative)} operative, "
            f"{len(p.footnotes)} footnotes"
        )
    return UploadRow(
        item.name,
        outcome.status,
        outcome.symbol,
        outcome.language,
        counts,
        outcome.reason,
        outcome.warnings,
    )
