"""Find what to ingest in paths: files, folders (recursively) and zip files inside them.

Each item is read with size limits before anything is parsed, so a zip bomb or a huge
file is a clear per-item error, not an exhausted machine.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DOCUMENT_SUFFIXES = {".txt", ".text", ".xml"}
METADATA_SUFFIXES = {".jsonl"}
ZIP_SUFFIXES = {".zip"}
DOCUMENT, METADATA = "document", "metadata"


@dataclass(frozen=True)
class SourceItem:
    name: str  # "GA-79-Chinese.zip:79session/Chinese/A_RES_79_1-2416433C.xml"
    kind: str  # DOCUMENT or METADATA
    data: bytes = b""
    error: str = ""  # set when the item could not be read; data is then empty


def kind_of(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return DOCUMENT
    if suffix in METADATA_SUFFIXES:
        return METADATA
    return None


def iter_sources(paths: list[str | Path], max_bytes: int) -> Iterator[SourceItem]:
    """Every document and metadata file under `paths`, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in ZIP_SUFFIXES or kind_of(child.name):
                    yield from _from_file(child, max_bytes)
        elif path.exists():
            yield from _from_file(path, max_bytes, explicit=True)
        else:
            yield SourceItem(str(path), DOCUMENT, error="no such file or folder")


def _from_file(
    path: Path, max_bytes: int, explicit: bool = False
) -> Iterator[SourceItem]:
    if path.suffix.lower() in ZIP_SUFFIXES:
        yield from _from_zip(path, max_bytes)
        return
    kind = kind_of(path.name)
    if kind is None:
        yield SourceItem(
            str(path),
            DOCUMENT,
            error="unsupported file type (expected .txt, .xml, .jsonl or .zip)",
        )
        return
    size = path.stat().st_size
    if kind == DOCUMENT and size > max_bytes:
        yield SourceItem(str(path), kind, error=_too_big(size, max_bytes))
        return
    try:
        yield SourceItem(str(path), kind, data=path.read_bytes())
    except OSError as exc:
        yield SourceItem(str(path), kind, error=f"cannot read file: {exc.strerror}")


def _from_zip(path: Path, max_bytes: int) -> Iterator[SourceItem]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield SourceItem(str(path), DOCUMENT, error=f"not a readable zip file: {exc}")
        return
    with archive:
        yield from iter_zip(archive, str(path), max_bytes)


def iter_zip(
    archive: zipfile.ZipFile, label: str, max_bytes: int
) -> Iterator[SourceItem]:
    """The documents and metadata files inside an open zip (also used by uploads)."""
    members = sorted(
        (m for m in archive.infolist() if not m.is_dir()), key=lambda m: m.filename
    )
    for member in members:
        name = f"{label}:{member.filename}"
        kind = kind_of(member.filename)
        if kind is None or PurePosixPath(member.filename).name.startswith("."):
            continue  # folders, __MACOSX files and other non-documents
        if kind == DOCUMENT and member.file_size > max_bytes:
            yield SourceItem(name, kind, error=_too_big(member.file_size, max_bytes))
            continue
        try:
            with archive.open(member) as handle:
                # Read one byte past the limit: declared sizes can lie.
                data = handle.read(max_bytes + 1) if kind == DOCUMENT else handle.read()
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            yield SourceItem(name, kind, error=f"cannot read zip member: {exc}")
            continue
        if kind == DOCUMENT and len(data) > max_bytes:
            yield SourceItem(name, kind, error=_too_big(len(data), max_bytes))
            continue
        yield SourceItem(name, kind, data=data)


def _too_big(size: int, limit: int) -> str:
    return f"file is {size:,} bytes; the limit is {limit:,} bytes"
