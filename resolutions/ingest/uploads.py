"""Uploaded files (admin): the same ingest as the command, one result per item."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator

from django.conf import settings

from .batch import ItemResult, ingest_item, ingest_metadata_item
from .sources import DOCUMENT, METADATA, SourceItem, iter_zip, kind_of


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


def ingest_uploads(uploads: Iterable, *, replace_xml: bool = False) -> list[ItemResult]:
    rows: list[ItemResult] = []
    for item in _items(uploads):
        if item.kind == METADATA:
            rows.extend(ingest_metadata_item(item))
        else:
            rows.append(ingest_item(item, replace_xml=replace_xml))
    return rows
