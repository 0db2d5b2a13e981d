"""Bytes of an uploaded text file -> str: UTF-8 (BOM or not), UTF-16, GB18030."""

from __future__ import annotations

import codecs

from .errors import ParseError
from .inline import is_cjk

_SIGNATURES = {
    b"%PDF-": "a PDF file",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file",
}
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# Share of non-ASCII characters that must be Chinese for a GB18030 reading to count:
# GB18030 decodes many byte strings that are not Chinese text at all.
_CJK_SHARE = 0.8


def decode_bytes(data: bytes) -> str:
    """Decode a text file, or raise ParseError(0, ...) saying what it looks like."""
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise ParseError(0, f"this is {what}, not a plain-text resolution")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16", "UTF-16")
    elif b"\x00" in data:
        offset = data.index(b"\x00")
        raise ParseError(
            0,
            f"the file contains a NUL byte at offset {offset}: it is binary, or "
            "UTF-16 without a byte-order mark; save it as UTF-8",
        )
    elif data.startswith(codecs.BOM_UTF8):
        text = _decode(data, "utf-8-sig", "UTF-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _decode_gb18030(data, exc)
    _reject_binary(text)
    return text


def _decode(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ParseError(
            0,
            f"the file starts with a {name} byte-order mark but byte {exc.start} "
            f"is not valid {name}",
        ) from None


def _decode_gb18030(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    failure = ParseError(
        0,
        f"the file is not UTF-8, UTF-16 or GB18030 text (byte {utf8_error.start} is "
        "not valid UTF-8); save it as UTF-8",
    )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise failure from None
    wide = [c for c in text if ord(c) > 0x7F]
    if not wide or sum(is_cjk(c) for c in wide) < _CJK_SHARE * len(wide):
        raise failure
    return text


def _reject_binary(text: str) -> None:
    if "\x00" in text:
        raise ParseError(0, "the text contains NUL characters: it is not a text file")
    controls = sum(1 for c in text if ord(c) < 0x20 and c not in _ALLOWED_CONTROLS)
    if controls and controls * 100 > len(text):
        raise ParseError(
            0, f"the file has {controls} control characters: it is not a text file"
        )
