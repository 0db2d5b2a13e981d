"""to_contract: the JSON contract, checked against reviewed golden files.

Regenerate the golden files on purpose only, then review the diff:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/parsing -p no:django
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resolutions.parsing.encoding import decode_bytes
from resolutions.parsing.serialize import to_contract
from resolutions.parsing.text import parse_text

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"
GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = ["A-RES-72-169.zh", "A-RES-78-197.zh"]

CONTRACT_KEYS = {
    "symbol",
    "language",
    "session",
    "number",
    "title",
    "agenda_items",
    "adopted_on",
    "committee",
    "committee_report",
    "plenary_meeting",
    "preambular",
    "operative",
    "footnotes",
    "citations",
    "warnings",
}
EXTRA_KEYS = {"agenda_titles", "draft_symbol", "annex"}


def contract(name: str) -> dict:
    return to_contract(parse_text(decode_bytes((SAMPLES / f"{name}.txt").read_bytes())))


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", SEEDS)
def test_to_contract_matches_golden_file(name):
    actual = render(contract(name))
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SEEDS)
def test_to_contract_has_exactly_the_contract_keys(name):
    data = contract(name)
    assert set(data) == CONTRACT_KEYS | EXTRA_KEYS
    assert "file" not in data
    assert set(data["preambular"][0]) == {"lead", "text", "footnotes"}
    assert set(data["operative"][0]) == {
        "number",
        "lead",
        "text",
        "footnotes",
        "subparagraphs",
    }
    assert set(data["footnotes"][0]) == {"marker", "text"}
    assert set(data["citations"][0]) == {"symbol", "kind", "in"}


def test_to_contract_names_where_each_citation_is():
    data = contract("A-RES-72-169.zh")
    assert {"symbol": "A/RES/70/1", "kind": "ga_resolution", "in": "pp2"} in data[
        "citations"
    ]
    assert {"symbol": "A/RES/217(III)", "kind": "ga_resolution", "in": "fn6"} in data[
        "citations"
    ]


def test_to_contract_nests_sub_paragraphs_with_their_anchor():
    text = (
        "第七十八届会议\n\n2023 年 12 月 19 日大会决议\n\n78/1. 测试\n\n大会，\n\n"
        "1. **请**秘书长：\n(a) 提交第 70/1 号决议所述报告；\n(i) 附上数据；\n"
        "(b) 继续审议。\n"
    )
    data = to_contract(parse_text(text))
    (operative,) = data["operative"]
    assert [s["label"] for s in operative["subparagraphs"]] == ["(a)", "(b)"]
    assert operative["subparagraphs"][0]["subparagraphs"] == [
        {"label": "(i)", "lead": "", "text": "附上数据；", "footnotes": []}
    ]
    assert "subparagraphs" not in operative["subparagraphs"][1]
    assert data["citations"] == [
        {"symbol": "A/RES/70/1", "kind": "ga_resolution", "in": "op1-a"}
    ]
