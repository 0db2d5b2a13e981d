"""The lines above 大会， (The General Assembly,): session, agenda, adoption, committee,
symbol and title. read_header() returns them with the index where the body starts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .cues import Cues
from .errors import ParseError
from .inline import join_lines
from .numerals import parse_roman
from .symbols import capitalise_parts, find_citations, normalise_symbol
from .types import DOCUMENT

# The Arabic texts write no full stop after the number: "79/1 ميثاق المستقبل",
# "79/100 – مسألة أنغويلا". Special and emergency special sessions prefix theirs:
# "S-32/1. Our common commitment…", "ES-11/1. Aggression against Ukraine".
_SYMBOL_LINE = re.compile(
    r"(?P<special>E?S-)?(?P<session>\d{1,3})/"
    r"(?P<number>\d{1,4}(?:[ \u00a0]?[A-Z](?:-[A-Z])?)?)"
    r"(?:[ \u00a0]*[.．][ \t\u00a0\u3000]*|[ \u00a0]+[–-][ \u00a0]+"
    r"|[ \u00a0]+(?=[^\W\d_]))"
    r"(?P<title>.*)"
)
# The symbol printed at the top of the first page, where it names the parts the
# number line leaves out: A/RES/79/259 A-C (a collection), A/RES/75/290 B.
_COVER_SYMBOL = re.compile(
    r"A/RES/(?P<special>E?S-)?(?P<session>\d{1,3})/(?P<number>\d{1,4})"
    r"(?:[ \u00a0]+(?P<parts>[A-Z](?:[-–][A-Z])?))?"
)
# The letter of a resolution in parts, on the line under its title, with the note
# that renames the first part: "B¹" (A/RES/79/245 B), "باء(¹)" in Arabic.
_PART_LINE = re.compile(
    r"\*{0,2}(?P<letter>[A-Z]|ألف|باء|جيم|دال|هاء)\*{0,2}"
    r"[ \u00a0]*[(（]?[⁰¹²³⁴⁵⁶⁷⁸⁹]*[)）]?"
)
_ARABIC_PARTS = {"ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E"}
# Resolutions of the first 30 sessions: 217 A (III). International Bill of Human Rights
_OLD_SYMBOL_LINE = re.compile(
    r"(?P<number>\d{1,4}(?:[ \u00a0]?[A-Z])?)[ \u00a0]?\((?P<roman>[IVXLC]{1,8})\)"
    r"[ \u00a0]*[.．][ \t\u00a0\u3000]*(?P<title>.*)"
)
# 71 (b) in English and Chinese, 125 t) in French, Spanish and Russian, 125 (ر) in
# Arabic, whose letters follow the abjad order (A/RES/79/10: (t) is (ر)).
_ITEM = re.compile(
    r"(?P<n>\d{1,4})?[ \u00a0]*"
    r"(?:[(（]?(?P<sub>[a-z]{1,2}|[\u0621-\u064a]{1,2}(?: [\u0621-\u064a])?)[)）])?"
)
_ABJAD = "أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ".split()
_ARABIC_LETTER = {letter: chr(ord("a") + i) for i, letter in enumerate(_ABJAD[:26])}
_ARABIC_LETTER["هـ"] = "e"
# Direction marks around numbers in Arabic lines (البند \u200f\u200e123\u200e\u200f).
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
_BIDI |= {0xA0: " ", 0x202F: " "}  # no-break spaces: "l’Assemblée\u00a0générale"
# Cyrillic letters typed for Latin sub-items: "Пункт 72 а)" (A/RES/79/138, ru).
_LOOKALIKES = str.maketrans("асеорху", "aceopxy")


@dataclass
class Header:
    symbol: str = ""
    session: int = 0
    number: str = ""
    title: str = ""
    agenda_items: tuple[str, ...] = ()
    agenda_titles: tuple[str, ...] = ()
    adopted_on: dt.date | None = None
    committee: str = ""
    committee_report: str = ""
    draft_symbol: str = ""
    body_start: int = 0
    title_blocks: list[list[str]] = field(default_factory=list)
    collecting_titles: bool = False
    cover_symbol: re.Match[str] | None = None


def match_symbol_line(line: str) -> tuple[str, int, str, str] | None:
    """'78/197. 促进…' -> ('A/RES/78/197', 78, '197', '促进…'); None otherwise.

    A special session's symbol keeps its prefix (A/RES/ES-11/1) but its session is
    the bare number, 11, as parse_akn gives it: the integer cannot say "emergency
    special", only the symbol does.
    """
    match = _SYMBOL_LINE.fullmatch(line)
    if match:
        number = normalise_symbol(match["number"])
        session = int(match["session"])
        symbol = f"A/RES/{match['special'] or ''}{session}/{number}"
        return symbol, session, number, match["title"].strip()
    match = _OLD_SYMBOL_LINE.fullmatch(line)
    if match and parse_roman(match["roman"]):
        number = normalise_symbol(match["number"])
        symbol = f"A/RES/{number.split(' ')[0]}({match['roman']})"
        return symbol, parse_roman(match["roman"]) or 0, number, match["title"].strip()
    return None


def read_header(lines: list[str], cues: Cues, warnings: list[str]) -> Header:
    """Read the header; ParseError if the symbol line or the 大会， line is missing."""
    symbol_index = _find_symbol_line(lines, cues)
    header = Header()
    header.symbol, header.session, header.number, header.title = match_symbol_line(
        lines[symbol_index].strip()
    ) or ("", 0, "", "")
    index = symbol_index + 1
    while index < len(lines) and lines[index].strip():
        line = lines[index].strip()
        if cues.assembly.fullmatch(line):
            break
        if part := _PART_LINE.fullmatch(line.translate(_BIDI)):
            _add_parts(header, _ARABIC_PARTS.get(part["letter"], part["letter"]))
        else:
            header.title = join_lines(header.title, line)
        index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines) or not cues.assembly.fullmatch(lines[index].strip()):
        found = (
            lines[index].strip()[:40] if index < len(lines) else "the end of the text"
        )
        raise ParseError(
            min(index + 1, len(lines)),
            f"expected '{cues.opening}' after the title line, found {found!r}",
        )
    header.body_start = index + 1
    for number, line in enumerate(lines[:symbol_index], start=1):
        _read_header_line(header, line.translate(_BIDI).strip(), number, cues, warnings)
    _pair_agenda_titles(header, warnings)
    _read_cover_symbol(header, warnings)
    if not header.title:
        raise ParseError(symbol_index + 1, "the symbol line has no title after it")
    if header.session < 1:
        raise ParseError(
            symbol_index + 1, "the session in the symbol must be 1 or more"
        )
    return header


def _add_parts(header: Header, parts: str) -> None:
    """'245' -> '245 B': the number and symbol name the parts, once."""
    if " " not in header.number:
        header.number = f"{header.number} {parts}"
        header.symbol = f"{header.symbol} {parts}"


def _read_cover_symbol(header: Header, warnings: list[str]) -> None:
    """Take the parts the top of the page names (A/RES/79/259 A-C); a symbol there
    contradicting the number line is reported, and the number line's kept."""
    cover = header.cover_symbol
    if cover is None:
        return
    base = f"A/RES/{cover['special'] or ''}{int(cover['session'])}/{cover['number']}"
    if base != header.symbol.split(" ")[0]:
        warnings.append(
            f"the symbol at the top, {cover[0]}, differs from the number line's "
            f"{header.symbol}; kept {header.symbol}"
        )
    elif cover["parts"]:
        _add_parts(header, cover["parts"].replace("–", "-"))


def _find_symbol_line(lines: list[str], cues: Cues) -> int:
    for index, raw in enumerate(lines):
        line = raw.strip()
        if cues.assembly.fullmatch(line):
            example = "78/197. Title"
            raise ParseError(
                index + 1, f"no symbol line (such as '{example}') before this line"
            )
        if match_symbol_line(line):
            return index
    raise ParseError(0, "no symbol line such as '78/197. Title' was found")


def _read_header_line(
    header: Header, line: str, number: int, cues: Cues, warnings: list[str]
) -> None:
    if not line:
        if header.collecting_titles and header.title_blocks[-1]:
            header.title_blocks.append([])
        return
    if session := cues.session.fullmatch(line):
        value = cues.session_number(session["word"])
        if value is None:
            warnings.append(f"line {number}: cannot read the session in {line!r}")
        elif value != header.session:
            warnings.append(
                f"line {number}: session {value} differs from the symbol's session "
                f"{header.session}; kept {header.session}"
            )
        return
    if agenda := cues.agenda.fullmatch(line):
        items = agenda["items"].translate(_LOOKALIKES)
        header.agenda_items = _agenda_items(items, cues, number, warnings)
        header.title_blocks, header.collecting_titles = [[]], True
        return
    header.collecting_titles = header.collecting_titles and not (
        _is_adoption(line, cues) or line[0] in "[［"
    )
    if _is_adoption(line, cues):
        header.adopted_on = _adoption_date(line, number, cues)
    elif line[0] in "[［" and line[-1] in "]］":
        _read_committee(header, line[1:-1], number, cues, warnings)
    elif cover := _COVER_SYMBOL.fullmatch(line):
        header.cover_symbol = cover
    elif header.collecting_titles:
        header.title_blocks[-1].append(line)
    elif line != header.symbol:
        warnings.append(
            f"line {number}: skipped a header line it does not know: {line!r}"
        )


def _is_adoption(line: str, cues: Cues) -> bool:
    return cues.adoption_hint.search(line) is not None


def _adoption_date(line: str, number: int, cues: Cues) -> dt.date:
    match = cues.adoption.fullmatch(line)
    try:
        date = cues.parse_date(match["date"].strip()) if match else None
    except ValueError as exc:
        raise ParseError(
            number, f"cannot read the adoption date in {line!r}: {exc}"
        ) from None
    if date is None:
        raise ParseError(number, f"cannot read the adoption date in {line!r}")
    return date


def _agenda_items(
    text: str, cues: Cues, number: int, warnings: list[str]
) -> tuple[str, ...]:
    """'72(b)' -> ('72 (b)',); '13 和 117' -> ('13', '117'); '71 (b) and (c)' -> two."""
    items: list[str] = []
    current = ""
    for part in cues.agenda_split.split(text.strip()):
        match = _ITEM.fullmatch(part.strip())
        if not match or not (match["n"] or (match["sub"] and current)):
            warnings.append(f"line {number}: skipped agenda item {part!r}")
            continue
        current = match["n"] or current
        sub = _latin_sub_item(match["sub"]) if match["sub"] else ""
        if match["sub"] and not sub:
            warnings.append(f"line {number}: skipped agenda item {part!r}")
            continue
        items.append(f"{current} ({sub})" if sub else current)
    return tuple(items)


def _latin_sub_item(sub: str) -> str:
    """'b' -> 'b'; Arabic 'ر' -> 't', 'أ أ' -> 'aa'; '' if it is not a letter."""
    if sub.isascii():
        return sub
    letters = sub.split() if " " in sub else [sub]
    if len(letters) == 1 and letters[0] not in _ARABIC_LETTER and len(sub) == 2:
        letters = list(sub)
    latin = "".join(_ARABIC_LETTER.get(letter, "?") for letter in letters)
    return "" if "?" in latin else latin


def _read_committee(
    header: Header, inner: str, number: int, cues: Cues, warnings: list[str]
) -> None:
    """The bracketed line: [根据第三委员会的报告(A/78/481/Add.2, 第 139 段)通过]
    or, adopted in plenary, [未经发交主要委员会而通过(A/79/L.2)].
    """
    documents = [c.symbol for c in find_citations(inner) if c.kind == DOCUMENT]
    if cues.plenary.search(inner):
        header.committee = "plenary"
        header.draft_symbol = documents[0] if documents else ""
        return
    committee = cues.committee.search(inner)
    name = cues.committee_name(committee["ordinal"].strip()) if committee else ""
    if not name:
        warnings.append(f"line {number}: cannot tell the committee in [{inner}]")
        return
    header.committee = name
    header.committee_report = capitalise_parts(documents[0]) if documents else ""
    if not documents:
        warnings.append(f"line {number}: the committee line names no report symbol")


def _pair_agenda_titles(header: Header, warnings: list[str]) -> None:
    blocks = ["".join(_join_all(b)) for b in header.title_blocks if b]
    items = header.agenda_items
    if len(items) == 1 and blocks:
        header.agenda_titles = (_join_all(blocks),)
        return
    if blocks and len(blocks) != len(items):
        warnings.append(
            f"{len(blocks)} agenda titles for {len(items)} agenda items; "
            "paired in order"
        )
    header.agenda_titles = tuple((blocks + [""] * len(items))[: len(items)])


def _join_all(lines: list[str]) -> str:
    text = ""
    for line in lines:
        text = join_lines(text, line)
    return text
