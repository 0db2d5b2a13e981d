"""Choosing the parser by file, and trusting the UN's file names over bad numbering."""

import zipfile
from pathlib import Path

import pytest

from resolutions.parsing.errors import ParseError
from resolutions.parsing.files import parse_bytes

UNXML = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "unxml"


def member(archive: str, part: str) -> tuple[bytes, str]:
    path = UNXML / archive
    if not path.exists():
        pytest.skip(f"no shared corpus at {UNXML}")
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if part in n)
        return z.read(name), name


@pytest.mark.parametrize(
    "archive, part, symbol",
    [
        ("GA-75-Chinese.zip", "75_269_C", "A/RES/75/269"),  # cover says 75/268
        ("GA-79-Russian.zip", "A_RES_79_304-", "A/RES/79/304"),  # says 79/309
        ("GA-75-Chinese.zip", "75_268_C", "A/RES/75/268"),  # consistent: untouched
    ],
)
def test_parse_bytes_trusts_the_un_file_name_over_contradicting_numbering(
    archive, part, symbol
):
    data, name = member(archive, part)
    parsed, fmt = parse_bytes(data, name)
    assert fmt == "akn"
    assert parsed.symbol == symbol
    assert parsed.number == symbol.rsplit("/", 1)[1]
    changed = any("UN file name" in w for w in parsed.warnings)
    assert changed == (part != "75_268_C")


def test_parse_bytes_other_file_names_leave_the_symbol_alone():
    data, _ = member("GA-75-Chinese.zip", "75_269_C")
    parsed, _ = parse_bytes(data, "upload.xml")
    assert parsed.symbol == "A/RES/75/268"  # the document's own word, with a warning


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "noextension"])
def test_parse_bytes_refuses_other_file_types(name):
    with pytest.raises(ParseError, match="unsupported file type"):
        parse_bytes(b"data", name)
