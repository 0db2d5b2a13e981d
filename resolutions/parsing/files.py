"""Choose the parser for an uploaded file by its name and content."""

from __future__ import annotations

from pathlib import PurePath

from .akn import parse_akn
from .encoding import decode_bytes
from .errors import ParseError
from .text import parse_text
from .types import ParsedResolution

TEXT = "text"
AKN = "akn"
TEXT_SUFFIXES = {".txt", ".text"}
XML_SUFFIXES = {".xml", ".akn"}


def parse_bytes(data: bytes, filename: str) -> tuple[ParsedResolution, str]:
    """Parse one file's bytes; return the result and the source format (text, akn)."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return parse_text(decode_bytes(data)), TEXT
    if suffix in XML_SUFFIXES:
        return parse_akn(data), AKN
    raise ParseError(
        0, f"unsupported file type {suffix or '(no extension)'}; expected .txt or .xml"
    )
