"""The header and closing of a rendered resolution: cover page, number and title,
place and date; each adds its lines to the text and its facts to Facts.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from .shapes import SUPERSCRIPTS

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_SPACES = re.compile(r"[ \t\r\n]+")
_COMMITTEES = {
    "#firstCommittee": "first",
    "#secondCommittee": "second",
    "#thirdCommittee": "third",
    "#fourthCommittee": "fourth",
    "#specialPoliticalAndDecolonizationCommittee": "fourth",
    "#fifthCommittee": "fifth",
    "#sixthCommittee": "sixth",
    "#noMainCommittee": "plenary",
}
_ABJAD = "أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض".split()


class Skip(Exception):
    """The document has a shape the seed layout cannot hold; the reason says which."""


@dataclass
class Facts:
    symbol: str = ""
    session: int = 0
    adopted_on: str = ""
    committee: str = ""
    committee_report: str = ""
    draft_symbol: str = ""
    plenary_meeting: int | None = None
    agenda_items: tuple[str, ...] = ()
    preambular: int = 0
    headings: int = 0
    operative: list[str] = field(default_factory=list)
    subparagraphs: list[int] = field(default_factory=list)  # per operative paragraph
    leads: list[str] = field(default_factory=list)  # every paragraph but headings
    footnotes: int = 0
    links: list[tuple[int, ...]] = field(default_factory=list)  # markers per paragraph
    annex: list[str] = field(default_factory=list)  # kind or number, per paragraph
    ga_citations: set[str] = field(default_factory=set)  # as canonical_symbol()
    linked: set[str] = field(default_factory=set)  # numbers of every resolution link


def clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def text_of(element: ET.Element | None) -> str:
    return clean("".join(element.itertext())) if element is not None else ""


def render_cover(statement: ET.Element, lines: list[str], facts: Facts) -> None:
    cover = statement.find(f"{NS}coverPage")
    if cover is None:
        raise Skip("no cover page")
    if symbol := cover_symbol(statement):
        # Printed at the top right of the first page; the only line naming the
        # parts of a collection (A/RES/79/259 A-C).
        lines += [symbol, ""]
    session = cover.find(f".//{NS}session")
    if session is not None:
        lines.append(text_of(session))
        # No value on three Chinese covers (A/RES/75/13, 75/19, 75/274), whose text
        # 第七十五届会议 agrees with the symbol: render_preface takes the symbol's.
        facts.session = int(session.get("value") or 0)
    for inline in cover.iter(f"{NS}inline"):
        name = inline.get("name")
        text = text_of(inline)
        if name == "agenda item":
            lines.append(text)
            facts.agenda_items = agenda_items(text)
        elif name == "agenda item name":
            lines.append(text)
    lines.append("")
    title = cover.find(f".//{NS}docTitle")
    if title is not None:
        lines += [text_of(title), ""]
    proponent = cover.find(f".//{NS}docProponent")
    if proponent is not None:
        lines += [text_of(proponent), ""]
        facts.committee = _COMMITTEES.get(proponent.get("refersTo") or "", "")
        # search, not match: "(A/79/840, párr. 6" opens with a stray parenthesis
        # (A/RES/79/281, es).
        found = re.search(
            r"[A-Z]+/[A-Za-z0-9./-]+", text_of(proponent.find(f".//{NS}inline"))
        )
        symbol = found.group().rstrip(".") if found else ""
        # A/77/672/add.1 (A/RES/77/263 B, zh) is A/77/672/Add.1.
        symbol = re.sub(r"/(add|corr|rev)\.", lambda m: f"/{m[1].title()}.", symbol)
        if facts.committee == "plenary":
            facts.draft_symbol = symbol
        else:
            facts.committee_report = symbol
    facts.adopted_on = _adoption_date(statement)


def _adoption_date(statement: ET.Element) -> str:
    """The closing's adoption date, else FRBRWork's: the FRBRdate holds the date of
    issue instead in A/RES/76/254 (en) and 79/285, 79/287 (fr), whose cover and
    closing both give the adoption date.
    """
    for date in statement.iter(f"{NS}docDate"):
        if date.get("refersTo") == "#adoptionDate" and date.get("date"):
            return date.get("date", "")
    date = statement.find(f".//{NS}FRBRWork/{NS}FRBRdate")
    return date.get("date", "") if date is not None else ""


def cover_symbol(statement: ET.Element) -> str:
    """The cover page's <docNumber refersTo="#symbol">, else ""."""
    cover = statement.find(f"{NS}coverPage")
    for number in cover.iter(f"{NS}docNumber") if cover is not None else ():
        if number.get("refersTo") == "#symbol" and text_of(number):
            return text_of(number)
    return ""


def render_preface(
    statement: ET.Element, lines: list[str], facts: Facts
) -> list[ET.Element]:
    """The number and title line, and under it the letter of a resolution in parts
    with its note markers; returns the notes, to be written at the page end."""
    preface = statement.find(f"{NS}preface")
    numbers = list(preface.iter(f"{NS}docNumber")) if preface is not None else []
    number = numbers[0].text if numbers else None
    if not number:
        raise Skip("no resolution number")
    title = preface.find(f".//{NS}docTitle")
    if title is None:
        raise Skip("no resolution title")
    lines.append(f"{clean(number)} {text_of(title)}")
    # 78/183 A. (a resolution in parts), ES-11/1. and S-32/1. (emergency special and
    # special sessions: the session is the number after the prefix).
    match = re.match(r"((?:ES|S)-)?(\d+)/(\d+(?: [A-Z])?)\.?$", clean(number))
    if not match:
        raise Skip(f"the resolution number {number!r}")
    facts.symbol = f"A/RES/{match[1] or ''}{match[2]}/{match[3]}"
    facts.session = facts.session or int(match[2])
    notes: list[ET.Element] = []
    if len(numbers) > 1:
        letter, notes = _part_line(preface, numbers[1])
        lines.append(letter)
    lines.append("")
    # The parts as the cover names them (A/RES/79/259 A-C, A/RES/75/290 B), when it
    # agrees with the number line (not in 75_269_C.xml, which says 75/268).
    symbol = cover_symbol(statement)
    if symbol.split(" ")[0] == facts.symbol and " " in symbol:
        facts.symbol = symbol.replace("–", "-")
    return notes


def _part_line(preface: ET.Element, letter: ET.Element) -> tuple[str, list[ET.Element]]:
    """'B¹' (A/RES/79/245 B), 'باء(¹)' in Arabic, and the notes it refers to.

    The part's own title is left out (Economic and Social Council, A/RES/75/290 A):
    the header would read it as part of the resolution's title.
    """
    parent = next(p for p in preface.iter() if letter in list(p))
    text = text_of(letter)
    notes: list[ET.Element] = []
    for child in list(parent)[list(parent).index(letter) + 1 :]:
        if child.tag == f"{NS}authorialNote":
            notes.append(child)
            text += str(int(child.get("marker") or 0)).translate(SUPERSCRIPTS)
        elif child.tag == f"{NS}sup":
            text += text_of(child)
    return text, notes


def render_conclusions(statement: ET.Element, lines: list[str], facts: Facts) -> None:
    conclusions = statement.find(f"{NS}conclusions")
    if conclusions is None:
        return
    lines.append("")
    # The meeting is a <location> (session 79) or an <inline name="adoptionMeeting">
    # (sessions 75-78).
    meeting = conclusions.find(f".//{NS}location")
    if meeting is None:
        meeting = conclusions.find(f".//{NS}inline[@name='adoptionMeeting']")
    date = conclusions.find(f".//{NS}docDate")
    for element in (meeting, date):
        if element is not None:
            lines.append(text_of(element))
    if meeting is not None:
        found = re.search(r"\d+", "".join(meeting.itertext()))
        facts.plenary_meeting = int(found.group()) if found else None
    lines.append("")


def agenda_items(text: str) -> tuple[str, ...]:
    """From the agenda line itself: 'Point 125 t) de l’ordre du jour' -> 125 (t)."""
    # Cyrillic letters typed for Latin ones: "Пункт 72 а)" (A/RES/79/138, ru).
    source = text.replace("هـ", "ه").translate(str.maketrans("асеорху", "aceopxy"))
    items = []
    current = ""
    pattern = (
        r"(\d{1,4})?\s*\(?([a-z]{1,2}|[\u0621-\u064a](?: [\u0621-\u064a])?)\)|(\d{1,4})"
    )
    for match in re.finditer(pattern, source):
        if match[3]:
            current = match[3]
            items.append(current)
            continue
        sub = match[2]
        if not sub.isascii():
            sub = "".join(chr(ord("a") + _ABJAD.index(c)) for c in sub.split())
        current = match[1] or current
        if items and items[-1] == current:
            items.pop()
        items.append(f"{current} ({sub})")
    return tuple(items)
