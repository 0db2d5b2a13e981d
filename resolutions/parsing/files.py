"""Choose the parser for an uploaded file by its name and content."""

from __future__ import annotations

import dataclasses
import re
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
        return reconcile_symbol(parse_akn(data), filename), AKN
    raise ParseError(
        0, f"unsupported file type {suffix or '(no extension)'}; expected .txt or .xml"
    )


# The UN names each file after its resolution: A_RES_79_304-2510827R.xml, 75_269_C.xml.
_UN_FILE_NAME = re.compile(r"^(?:A_RES_)?(\d{1,3})_(\d{1,4})(?:-\d+[A-Z]|_[A-Z])\.xml$")


def reconcile_symbol(parsed: ParsedResolution, filename: str) -> ParsedResolution:
    """Trust the UN's file name when the document's own numbering contradicts it.

    Seen twice in the corpus: 75_269_C.xml (the OECD resolution, 75/269) says
    A/RES/75/268 on its cover, and the Russian A_RES_79_304-2510827R.xml says 79/309
    throughout while its text is 79/304 (its English twin agrees). Kept as two
    versions of one symbol, each would replace the other on every ingest.
    """
    match = _UN_FILE_NAME.match(PurePath(filename.split(":")[-1]).name)
    if not match or not parsed.number.isdigit():
        return parsed
    session, number = int(match.group(1)), match.group(2)
    if (parsed.session, parsed.number) == (
        session,
        number,
    ) or parsed.session != session:
        return parsed
    symbol = f"A/RES/{session}/{number}"
    warning = (
        f"the document calls itself {parsed.symbol} but the UN file name says "
        f"{symbol}; took {symbol}"
    )
    return dataclasses.replace(
        parsed,
        symbol=symbol,
        number=number,
        warnings=(*parsed.warnings, warning),
    )
