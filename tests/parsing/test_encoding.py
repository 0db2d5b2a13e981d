"""decode_bytes: the encodings people save resolutions in, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from resolutions.parsing.encoding import decode_bytes
from resolutions.parsing.errors import ParseError

TEXT = "第七十八届会议\n大会，\n1. **重申**决心；¹\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # Python writes the byte-order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("gb18030"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-bom", "gb18030"],
)
def test_decode_bytes_reads_supported_encodings(data):
    assert decode_bytes(data) == TEXT


def test_decode_bytes_reads_gb18030_exactly():
    assert decode_bytes("大会，\n重申决心".encode("gb18030")) == "大会，\n重申决心"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 au lait", "not UTF-8, UTF-16 or GB18030"),
        ("大会, The General Assembly".encode("utf-16-le"), "NUL byte"),
        (b"abc\x00def", "NUL byte at offset 3"),
        (b"%PDF-1.7\n...", "a PDF file"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (bytes(range(1, 32)) * 4, "control characters"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "not valid UTF-8"),
        (
            b"\x81\x30\x81\x30\xa4\xa4 Latin text with an odd byte",
            "not UTF-8, UTF-16 or GB18030",
        ),
    ],
)
def test_decode_bytes_rejects_what_is_not_text(data, message):
    with pytest.raises(ParseError) as caught:
        decode_bytes(data)
    assert caught.value.line == 0
    assert message in caught.value.message
