"""parse_akn over every file of the shared XML corpus (sessions 75-79, six
languages): no exception, and the invariants below, read straight from the zips.

Run alone, with the citation agreement printed:
    .venv/bin/python -m pytest tests/parsing/test_akn_corpus.py -p no:django -s
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from roundtrip.shapes import resolution_number

from resolutions.parsing.akn import parse_akn
from resolutions.parsing.types import OPERATIVE, ParsedParagraph, ParsedResolution

UNXML = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "unxml"
ARCHIVES = sorted(UNXML.glob("GA-*-*.zip"))
pytestmark = pytest.mark.skipif(not ARCHIVES, reason=f"no XML corpus under {UNXML}")
NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"

# Numbering as the source has it: each file checked by hand against its XML.
SOURCE_NUMBERING = {
    "75session/Chinese/75_253_C.xml": "two paragraphs numbered 9 in section IX",
    "75session/Chinese/A_RES_75_287_C.xml": "no paragraph 7",
    "76session/English/A_RES_76_256-2204678E.xml": "paragraph 1 typed as 'l.'",
    "77session/Chinese/A_RES_77_204-2228921C.xml": "no paragraph 65",
    "77session/Chinese/A_RES_77_235-2229001C.xml": "paragraph 15 typed as 154",
    "78session/Chinese/A_RES_78_187-2326041C.xml": "two paragraphs numbered 22",
    "78session/Chinese/A_RES_78_248-2326262C.xml": "quotes an amended article 4",
    "78session/English/A_RES_78_248-2326262E.xml": "quotes an amended article 4",
    "79session/Arabic/A_RES_79_138-2423457A.xml": "no paragraph 10",
    "79session/French/A_RES_79_319-2512359F.xml": "two paragraphs numbered 12",
    "79session/Russian/A_RES_79_195-2424294R.xml": "two paragraphs numbered 36",
    "79session/Spanish/A_RES_79_1-2416433S.xml": "numbers 1, 2, 1, 2, 3 ...",
    "79session/Spanish/A_RES_79_139-2423458S.xml": "paragraph 80 after 81",
}
# Files whose coverPage symbol is not the one in their name: checked by hand.
SOURCE_NAMES = {
    "75session/Chinese/75_269_C.xml": "coverPage A/RES/75/268, preface 75/269",
    "79session/Russian/A_RES_79_304-2510827R.xml": "coverPage and preface 79/309",
}
# The share of GA resolutions linked in a paragraph or footnote that
# find_citations finds there (recall), and of those it finds that are linked
# (precision; counting only numbers the document links somewhere, under any
# series). A ratchet: raise as symbols.py learns.
CITATION_FLOORS = {
    "Chinese": (0.99, 0.99),
    "English": (0.99, 0.99),
    "French": (0.99, 0.99),
    "Spanish": (0.98, 0.99),
    "Russian": (0.98, 0.99),
    "Arabic": (0.97, 0.98),
}
_HREF = re.compile(
    r"https?://(?:undocs\.org|docs\.un\.org)/(?:(?:ch|zh|en|fr|es|ru|ar)/)?(.+)", re.I
)
_GA = re.compile(r"A/RES/(?:(?:ES|S)-\d+/\d+|\d+/\d+|\d+\([IVXLC]+\))")


@dataclass
class Survey:
    documents: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    numbering: dict[str, str] = field(default_factory=dict)
    footnotes: list[str] = field(default_factory=list)
    linked: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    agreed: Counter[str] = field(default_factory=Counter)
    missed: defaultdict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    metadata: Counter[str] = field(default_factory=Counter)
    disagreements: list[str] = field(default_factory=list)


@cache
def survey() -> Survey:
    result = Survey()
    metadata = _metadata()
    for path in ARCHIVES:
        language = path.stem.split("-")[-1]
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if not name.endswith(".xml"):
                    continue
                result.documents[language] += 1
                data = archive.read(name)
                try:
                    parsed = parse_akn(data)
                except Exception as error:  # noqa: BLE001 - every failure is reported
                    result.errors.append(f"{name}: {error!r}")
                    continue
                _check(result, name, parsed)
                _compare_links(result, language, ET.fromstring(data), parsed)
                _compare_metadata(result, name, parsed, metadata.get(parsed.symbol))
    return result


def _walk(paragraphs: tuple[ParsedParagraph, ...]) -> Iterator[ParsedParagraph]:
    for paragraph in paragraphs:
        yield paragraph
        yield from _walk(paragraph.subparagraphs)


def _file_key(name: str) -> str:
    """75_101A-B_C.xml, A_RES_78_254AC-2326242C.xml -> 75101AB, 78254AC."""
    stem = Path(name).stem
    if stem[0].isdigit():
        stem = re.sub(r"_[A-Z]$", "", stem)  # the language letter: 75_100_C
    else:
        stem = re.sub(r"[-_]?[Rr]eissue$", "", stem.removeprefix("A_RES_"))
        stem = re.sub(r"[-_]\d*[A-Z]$", "", stem)  # the job number: -2326039C
    return re.sub(r"[\s_\-/]", "", stem)


def _check(result: Survey, name: str, parsed: ParsedResolution) -> None:
    symbol = re.sub(r"[\s\-/]", "", parsed.symbol.removeprefix("A/RES/"))
    # A collection's file may leave out its parts: A_RES_79_93 holds 79/93 A-B.
    if _file_key(name) not in (symbol, re.sub(r"[A-Z]{2}$", "", symbol)):
        result.names[name] = parsed.symbol
    previous, restart = 0, True
    for paragraph in parsed.paragraphs:
        if paragraph.in_annex:
            continue
        if paragraph.kind != OPERATIVE:
            restart = True  # numbering may start again after a heading (75/245)
            continue
        number = int(paragraph.number)
        if number != previous + 1 and not (number == 1 and restart):
            result.numbering[name] = f"{previous} then {number} ({paragraph.eid})"
            break
        previous, restart = number, False
    markers = {f.marker for f in parsed.footnotes}
    cited = {r.marker for p in _walk(parsed.paragraphs) for r in p.refs}
    on_title = {
        int(w.split()[1])
        for w in parsed.warnings
        if w.endswith("no paragraph cites it")
    }
    if cited - markers or markers - cited - on_title:
        result.footnotes.append(
            f"{name}: refs without notes {sorted(cited - markers)}, "
            f"notes never cited {sorted(markers - cited - on_title)}"
        )


def _ga_key(symbol: str) -> str | None:
    """A/RES/74/255 B, A/RES/74/255a-b -> A/RES/74/255; None if not a GA resolution."""
    match = _GA.match(symbol.upper().replace(" ", "").replace("\u2011", "-"))
    return match.group() if match else None


def _links(element: ET.Element, into_notes: bool) -> set[str]:
    found = set()
    stack = [element]
    while stack:
        node = stack.pop()
        if node.tag == f"{NS}authorialNote" and node is not element and not into_notes:
            continue
        if node.tag == f"{NS}a" and (href := _HREF.match(node.get("href", ""))):
            if key := _ga_key(href.group(1)):
                found.add(key)
        stack.extend(node)
    return found


def _compare_links(
    result: Survey, language: str, root: ET.Element, parsed: ParsedResolution
) -> None:
    """Per footnote and per paragraph (with its sub-paragraphs): the linked GA
    resolutions against those find_citations found in the same text."""
    ids = Counter(e.get("eId") for e in root.iter() if e.get("eId"))
    # The parts of a collection reuse eIds (para_5 in A/RES/76/247 A and B): a
    # paragraph whose eId is not unique cannot be matched to its element.
    by_id = {e.get("eId"): e for e in root.iter() if ids[e.get("eId")] == 1}
    notes = {n.get("marker"): n for n in root.iter(f"{NS}authorialNote")}
    units = [
        (_links(notes[str(f.marker)], True), f.citations)
        for f in parsed.footnotes
        if str(f.marker) in notes
    ]
    for paragraph in parsed.paragraphs:
        family = list(_walk((paragraph,)))
        if any(ids[m.eid] > 1 for m in family):
            continue
        linked: set[str] = set()
        for member in family:
            if member.eid in by_id:
                linked |= _links(by_id[member.eid], False)
        units.append((linked, tuple(c for m in family for c in m.citations)))
    numbers = _linked_numbers(root)
    for linked, citations in units:
        found = {
            key
            for c in citations
            if (key := _ga_key(c.symbol)) and resolution_number(key) in numbers
        }
        result.linked[language] += len(linked)
        result.found[language] += len(found)
        result.agreed[language] += len(linked & found)
        result.missed[language].update(linked - found)


def _linked_numbers(root: ET.Element) -> set[str]:
    """The number of every resolution the document links, of any series: a number
    it never links (217 A (III) in most Arabic footnotes) has no truth to compare
    a citation found with, as in the round trip (roundtrip/render.py)."""
    numbers = set()
    for node in root.iter(f"{NS}a"):
        href = _HREF.match(node.get("href", ""))
        if href and "RES/" in href.group(1).upper():
            numbers.add(resolution_number(href.group(1)))
    return numbers


def _metadata() -> dict[str, dict[str, str]]:
    records = {}
    for path in UNXML.glob("metadata-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            records[" ".join(record["symbol"].split())] = record
    return records


def _compare_metadata(
    result: Survey, name: str, parsed: ParsedResolution, record: dict | None
) -> None:
    if record is None:
        return
    committee = record["committee"].lower()
    words = ("first", "second", "third", "fourth", "fifth", "sixth")
    expected = {
        "committee": "plenary"
        if "without reference" in committee
        else next((w for w in words if w in committee), committee),
        "plenary_meeting": int(m.group())
        if (m := re.search(r"\d+", record["adoption_meeting"]))
        else None,
        "adopted_on": _date(record["adoption_date"]),
    }
    for fact, value in expected.items():
        result.metadata[fact] += 1
        if getattr(parsed, fact) != value:
            result.metadata[f"{fact} differs"] += 1
            result.disagreements.append(
                f"{name}: {fact} {getattr(parsed, fact)!r}, metadata {value!r}"
            )


def _date(text: str) -> dt.date | None:
    for pattern in ("%d %B %Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def test_parse_akn_reads_every_file_of_the_corpus():
    result = survey()
    print(f"\n{sum(result.documents.values())} documents: {dict(result.documents)}")
    assert result.errors == []
    assert sum(result.documents.values()) > 4000


def test_parse_akn_corpus_symbols_match_the_file_names():
    assert survey().names.keys() == SOURCE_NAMES.keys()


def test_parse_akn_corpus_operative_numbers_rise_by_one():
    """1, 2, 3 ... in the main body, starting again at 1 only after a heading."""
    assert survey().numbering.keys() == SOURCE_NUMBERING.keys()


def test_parse_akn_corpus_every_reference_has_a_footnote_and_back():
    assert survey().footnotes == []


def test_parse_akn_corpus_citations_agree_with_the_links():
    result = survey()
    for language, (recall_floor, precision_floor) in CITATION_FLOORS.items():
        recall = result.agreed[language] / result.linked[language]
        precision = result.agreed[language] / result.found[language]
        missed = ", ".join(
            f"{s} ({n})" for s, n in result.missed[language].most_common(5)
        )
        print(
            f"\n{language}: {result.linked[language]} linked, recall {recall:.1%}, "
            f"precision {precision:.1%}; most missed: {missed}"
        )
        assert recall >= recall_floor, language
        assert precision >= precision_floor, language


def test_parse_akn_corpus_agrees_with_the_metadata():
    """Committee, meeting and date against metadata-NN.jsonl; the few differences
    are the sources disagreeing (A/RES/75/255: 2021 in the Chinese XML)."""
    result = survey()
    print("\n" + "\n".join(result.disagreements))
    for fact in ("committee", "plenary_meeting", "adopted_on"):
        assert result.metadata[f"{fact} differs"] <= 0.002 * result.metadata[fact]
