"""Raw PDF text: cleaned into the seed layout, then parsed like the Chinese seeds.

Golden files hold the parse of the two English PDF texts; regenerate on purpose:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/parsing -p no:django
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resolutions.parsing.pdftext import clean_pdf_text, looks_like_pdf_text
from resolutions.parsing.serialize import to_contract
from resolutions.parsing.text import parse_text

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "pdftext"
SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = ["A-RES-72-169", "A-RES-78-197"]
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no {CORPUS}")


def pdf(name: str):
    return parse_text((CORPUS / f"{name}.en.txt").read_text(encoding="utf-8"))


def seed(name: str):
    return parse_text((SAMPLES / f"{name}.zh.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_parse_text_matches_golden_file_on_raw_pdf_text(name):
    actual = json.dumps(to_contract(pdf(name)), ensure_ascii=False, indent=2) + "\n"
    golden = GOLDEN / f"{name}.en-pdf.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "counts"), [("A-RES-72-169", (14, 17, 6)), ("A-RES-78-197", (10, 13, 7))]
)
def test_parse_text_reads_raw_pdf_text_like_the_chinese_seed(name, counts):
    english, chinese = pdf(name), seed(name)
    assert (
        len(english.preambular),
        len(english.operative),
        len(english.footnotes),
    ) == counts
    for fact in (
        "symbol",
        "session",
        "number",
        "agenda_items",
        "adopted_on",
        "committee",
        "committee_report",
        "plenary_meeting",
    ):
        assert getattr(english, fact) == getattr(chinese, fact), fact
    assert [p.number for p in english.operative] == [
        p.number for p in chinese.operative
    ]
    assert [(p.kind, p.footnotes) for p in english.paragraphs] == [
        (p.kind, p.footnotes) for p in chinese.paragraphs
    ]
    assert [f.marker for f in english.footnotes] == [
        f.marker for f in chinese.footnotes
    ]
    assert english.language == "en"
    assert any("raw PDF text" in w for w in english.warnings)


def test_clean_pdf_text_keeps_real_digits_and_reads_glued_markers():
    text, _ = clean_pdf_text((CORPUS / "A-RES-72-169.en.txt").read_text())
    assert "its resolution 70/1 of 25 September 2015" in text
    assert "on 25 June 1993,¹ for enhancing" in text
    assert "resolution 32/6 of 30 June 2016³ and" in text  # 20163 in the PDF
    assert "Programme of Action,¹ and requests" in text  # a footnote cited again
    assert "Article 1, paragraph 3, as well" in text
    assert "good-neighbourliness" in text
    assert "based on the principles of universality, indivisibility," in text


@pytest.mark.parametrize(
    "line",
    ["23-26039 (E)    050124", "*2326039*", "2/3", "A/RES/78/197", "Distr.: General"],
)
def test_clean_pdf_text_drops_page_furniture(line):
    text, _ = clean_pdf_text((CORPUS / "A-RES-78-197.en.txt").read_text())
    assert line not in text.split("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\n__________________\n\n1  Resolution 70/1.\n", True),
        ("United Nations\n17-22980 (E)    260118\n", True),
        ("*1722980*\n", True),
        ("The General Assembly,\n\nRecalling its resolution 70/1,\n", False),
    ],
)
def test_looks_like_pdf_text_reads_rules_job_numbers_and_barcodes(text, expected):
    assert looks_like_pdf_text(text) is expected


def test_clean_pdf_text_joins_chinese_lines_without_spaces():
    text, _ = clean_pdf_text("大会，\n\n回顾其以往\n各项决议，\n__________\n")
    assert "回顾其以往各项决议，" in text


# Written for this test in the English PDFs' layout (A/RES/ES-11/1, A/RES/S-26/2,
# 78/183 A): the second page's running header repeats the title of the symbol line.
@pytest.mark.parametrize(
    ("symbol_line", "running"),
    [
        ("ES-11/1. Aggression against Ukraine", "Aggression against Ukraine"),
        ("S-26/2. Declaration of Commitment on HIV/AIDS", "Declaration of Commitment"),
        ("78/183 A. Enlargement of the Executive Committee", "Enlargement of the"),
    ],
)
def test_clean_pdf_text_drops_the_running_title_of_special_sessions(
    symbol_line, running
):
    lines = [
        "United Nations", "A/RES/ES-11/1", "23-26039 (E)    050124", "*2326039*",
        symbol_line, "The General Assembly,", "*Recalling* its resolutions,", "\f",
        running, "1. *Demands* that all parties comply;",
    ]  # fmt: skip
    # The PDF's blank lines hold a space; the form feed ends the page.
    text = "\n \n".join(lines) + "\n"
    cleaned, _ = clean_pdf_text(text)
    assert running not in cleaned.split("\n")
    assert "1. *Demands* that all parties comply;" in cleaned.split("\n")
