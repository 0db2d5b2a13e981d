"""Bulk ingest over several processes (the ingest command's --jobs).

Documents go to worker processes, each with its own database connection and one
transaction per document as always; metadata files follow in this process. Two
workers can store a citation and its target at the same moment, each unable to see
the other's uncommitted row, so citation links are recomputed once at the end.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from django.db import connection, connections

from .documents import IngestError, ingest_bytes
from .metadata import ingest_metadata
from .sources import METADATA, SourceItem


@dataclass(frozen=True)
class ItemResult:
    name: str
    kind: str  # "document" or "metadata"
    status: str  # created, updated, unchanged, skipped, failed
    symbol: str = ""
    language: str = ""
    message: str = ""  # the error, or why it was skipped
    counts: str = ""  # "10 preambular, 13 operative, 7 footnotes" when parsed
    warnings: tuple[str, ...] = ()


def ingest_item(
    item: SourceItem, replace_xml: bool = False, dry_run: bool = False
) -> ItemResult:
    """One document item: its result, never an exception."""
    if item.error:
        return ItemResult(item.name, item.kind, "failed", message=item.error)
    try:
        outcome = ingest_bytes(
            item.data, item.name, replace_xml=replace_xml, dry_run=dry_run
        )
    except IngestError as exc:
        return ItemResult(item.name, item.kind, "failed", message=str(exc))
    counts = ""
    if outcome.parsed is not None:
        p = outcome.parsed
        counts = (
            f"{len(p.preambular)} preambular, {len(p.operative)} operative, "
            f"{len(p.footnotes)} footnotes"
        )
    return ItemResult(
        item.name,
        item.kind,
        outcome.status,
        outcome.symbol,
        outcome.language,
        outcome.reason,
        counts,
        outcome.warnings,
    )


def ingest_metadata_item(
    item: SourceItem, dry_run: bool = False
) -> Iterator[ItemResult]:
    """Each record of a metadata item: its result, never an exception."""
    if item.error:
        yield ItemResult(item.name, item.kind, "failed", message=item.error)
        return
    for result in ingest_metadata(item.data, item.name, dry_run=dry_run):
        if isinstance(result, IngestError):
            yield ItemResult(item.name, item.kind, "failed", message=str(result))
        else:
            yield ItemResult(item.name, item.kind, result.status, result.symbol)


def _work(args: tuple[SourceItem, bool, bool]) -> ItemResult:
    return ingest_item(*args)


def _fresh_connection() -> None:
    # A forked worker must not share the parent's socket.
    connections.close_all()


def run_batch(
    items: Iterable[SourceItem],
    *,
    jobs: int = 1,
    replace_xml: bool = False,
    dry_run: bool = False,
    report: Callable[[ItemResult], None] = lambda result: None,
) -> None:
    """Ingest every item, calling `report` with each result as it comes."""
    metadata: list[SourceItem] = []

    def documents() -> Iterator[tuple[SourceItem, bool, bool]]:
        for item in items:
            if item.kind == METADATA:
                metadata.append(item)
            else:
                yield item, replace_xml, dry_run

    if jobs > 1:
        connections.close_all()
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_fresh_connection) as pool:
            for result in pool.imap(_work, documents(), chunksize=4):
                report(result)
    else:
        for args in documents():
            report(ingest_item(*args))
    for item in metadata:
        for result in ingest_metadata_item(item, dry_run):
            report(result)
    if jobs > 1 and not dry_run:
        relink_citations()


def relink_citations() -> int:
    """Point every citation at the held version of what it cites (same language
    preferred), in one statement. Returns the number of citations changed."""
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH best AS ("
            " SELECT c.id, (SELECT r.id FROM resolutions_resolution AS r"
            "  WHERE r.symbol = c.symbol"
            "  ORDER BY (r.language = citing.language) DESC, r.language LIMIT 1)"
            "  AS target"
            " FROM resolutions_citation AS c"
            " JOIN resolutions_resolution AS citing ON citing.id = c.resolution_id)"
            " UPDATE resolutions_citation AS c SET cited_id = best.target FROM best"
            " WHERE best.id = c.id AND c.cited_id IS DISTINCT FROM best.target"
        )
        return cursor.rowcount
