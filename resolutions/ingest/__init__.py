"""The only code that writes resolutions and their metadata (one transaction each)."""

from .batch import ItemResult, run_batch
from .documents import (
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    IngestError,
    IngestOutcome,
    ingest_bytes,
    ingest_file,
    parse_source,
    reparse_resolution,
)
from .metadata import MetadataOutcome, ingest_metadata
from .sources import DOCUMENT, METADATA, SourceItem, iter_sources, iter_zip
from .uploads import ingest_uploads

__all__ = [
    "CREATED",
    "DOCUMENT",
    "METADATA",
    "SKIPPED",
    "UNCHANGED",
    "UPDATED",
    "IngestError",
    "IngestOutcome",
    "ItemResult",
    "MetadataOutcome",
    "SourceItem",
    "ingest_bytes",
    "ingest_file",
    "ingest_metadata",
    "ingest_uploads",
    "iter_sources",
    "iter_zip",
    "parse_source",
    "reparse_resolution",
    "run_batch",
]
