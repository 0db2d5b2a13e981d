"""The facts above and below an Akoma Ntoso resolution's text: language, symbol,
session, agenda items, committee and report, adoption date and meeting.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from .akn_text import NS, tag
from .errors import ParseError
from .inline import join_lines
from .symbols import capitalise_parts, normalise_symbol

LANGUAGE_CODES = {
    "zho": "zh", "eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar",
}  # fmt: skip
_COMMITTEES = {
    "#noMainCommittee": "plenary", "#firstCommittee": "first",
    "#secondCommittee": "second", "#thirdCommittee": "third",
    "#fourthCommittee": "fourth", "#fifthCommittee": "fifth",
    "#sixthCommittee": "sixth",
}  # fmt: skip
# Read only when docProponent has no refersTo (A/RES/75/10 and 75/274 in Chinese).
_PLENARY = re.compile(
    r"without reference to a Main Committee|未经发交主要委员会|sans renvoi à une "
    r"grande commission|sin remisión previa a una Comisión Principal|без передачи "
    r"в главный комитет|دون الإحالة إلى لجنة رئيسية",
    re.IGNORECASE,
)
_ORDINALS = {
    "first": ("First", "第一", "Première", "Primera", "Первого", "الأولى"),
    "second": ("Second", "第二", "Deuxième", "Segunda", "Второго", "الثانية"),
    "third": ("Third", "第三", "Troisième", "Tercera", "Третьего", "الثالثة"),
    "fourth": ("Fourth", "第四", "Quatrième", "Cuarta", "Четвертого", "الرابعة"),
    "fifth": ("Fifth", "第五", "Cinquième", "Quinta", "Пятого", "الخامسة"),
    "sixth": ("Sixth", "第六", "Sixième", "Sexta", "Шестого", "السادسة"),
}
_DOCUMENT = re.compile(r"[A-Z]{1,4}/[A-Za-z0-9.()\-]+(?:/[A-Za-z0-9.()\-]+)*")
# 71 (b), 71 b), 98 (س س): a doubled Arabic letter is (oo) (A/RES/79/240).
_AGENDA_PART = re.compile(
    r"(?P<n>\d{1,4})|\(?(?P<sub>[a-z]{1,2}|(?P<ar>[\u0621-\u064a\u0640]{1,2})"
    r"(?P<twice> (?P=ar))?)\)"
)
# Arabic sub-items follow the abjad order: (ب) is (b) (A/RES/79/289).
_ABJAD = "أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض".split()
_ARABIC_LETTER = {letter: chr(ord("a") + i) for i, letter in enumerate(_ABJAD)}
_ARABIC_LETTER["هـ"] = "e"
_BIDI = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))
# Cyrillic letters typed for Latin ones in Russian agenda items: 72 а) (79/...).
_LOOKALIKES = str.maketrans("асеорху", "aceopxy")


def find(element: ET.Element | None, path: str) -> ET.Element | None:
    """element.find() with akn: for the namespace."""
    return None if element is None else element.find(path.replace("akn:", NS))


def all_text(element: ET.Element | None) -> str:
    """The text of `element`, whitespace folded, direction marks dropped."""
    if element is None:
        return ""
    return " ".join("".join(element.itertext()).translate(_BIDI).split())


def read_language(main: ET.Element) -> str:
    path = "akn:meta/akn:identification/akn:FRBRExpression/akn:FRBRlanguage"
    found = find(main, path)
    code = (found.get("language") or "").strip() if found is not None else ""
    if not code:
        raise ParseError(0, "no FRBRExpression/FRBRlanguage: cannot tell the language")
    if code not in LANGUAGE_CODES:
        known = ", ".join(LANGUAGE_CODES)
        raise ParseError(0, f"FRBRlanguage {code!r} is not one of {known}")
    return LANGUAGE_CODES[code]


def read_symbol(main: ET.Element, warnings: list[str]) -> str:
    for number in main.iter(f"{NS}docNumber"):
        if number.get("refersTo") == "#symbol" and all_text(number):
            return normalise_symbol(all_text(number))
    work = find(main, "akn:meta/akn:identification/akn:FRBRWork/akn:FRBRthis")
    path = work.get("value", "") if work is not None else ""
    # /akn/un/statement/deliberation/unga/2023-12-19/78-197/!main/
    if found := re.search(r"/unga/[\d-]+/(\d{1,3})-(\d{1,4})([A-Z]?)/", path):
        session, number, part = found.groups()
        symbol = f"A/RES/{session}/{number}" + (f" {part}" if part else "")
        warnings.append(f"the coverPage names no symbol; took {symbol} from FRBRWork")
        return symbol
    raise ParseError(
        0, 'no symbol: the coverPage has no <docNumber refersTo="#symbol">'
    )


def read_session(main: ET.Element, from_symbol: int, warnings: list[str]) -> int:
    """The symbol's session; the coverPage is wrong where they differ (79/169, ar)."""
    session = find(main, "akn:coverPage//akn:session")
    value = (session.get("value") or "").strip() if session is not None else ""
    if value.isdigit() and int(value) != from_symbol:
        warnings.append(
            f"the coverPage session {value} differs from the symbol's "
            f"{from_symbol}; kept {from_symbol}"
        )
    return from_symbol


def read_agenda(
    main: ET.Element, warnings: list[str]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Items from <inline name="agenda item">, titles from "agenda item name"."""
    cover = find(main, "akn:coverPage")
    inlines = list(cover.iter(f"{NS}inline")) if cover is not None else []
    items: list[str] = []
    names: list[str] = []
    for inline in inlines:
        if inline.get("name") == "agenda item":
            # The text, not the title: title="16" for 16 (هـ) (A/RES/79/198, ar).
            for text in (all_text(inline), inline.get("title") or ""):
                found = agenda_items(text.translate(_BIDI).translate(_LOOKALIKES))
                if found:
                    items += found
                    break
        elif inline.get("name") == "agenda item name" and all_text(inline):
            names.append(join_cjk(all_text(inline)))
    if len(items) == 1 and len(names) > 1:
        # One title set on two lines (A/RES/78/169: 23 (b)).
        joined = names[0]
        for name in names[1:]:
            joined = join_lines(joined, name)
        names = [joined]
    if names and len(names) != len(items):
        warnings.append(
            f"{len(names)} agenda titles for {len(items)} agenda items; paired in order"
        )
    return tuple(items), tuple((names + [""] * len(items))[: len(items)])


def agenda_items(text: str) -> list[str]:
    """'71 (b)' -> ['71 (b)']; '13 and 75 (a)' -> ['13', '75 (a)']; '71 b)' too."""
    items: list[str] = []
    current, used = "", True
    for match in _AGENDA_PART.finditer(text):
        if match["n"]:
            if not used:
                items.append(current)
            current, used = match["n"], False
        elif current:
            sub = match["sub"]
            if match["ar"]:
                sub = _ARABIC_LETTER.get(match["ar"], match["ar"])
                sub *= 2 if match["twice"] else 1
            items.append(f"{current} ({sub})")
            used = True
    if not used:
        items.append(current)
    return items


def join_cjk(text: str) -> str:
    """Drop the spaces line breaks left between Chinese characters (77/205, zh)."""
    return re.sub(
        r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", text
    )


def read_committee(main: ET.Element, warnings: list[str]) -> tuple[str, str, str]:
    """(committee, committee_report, draft_symbol) from docProponent or workflow."""
    proponent = find(main, "akn:coverPage//akn:docProponent")
    text = all_text(proponent)
    refers = proponent.get("refersTo", "") if proponent is not None else ""
    committee = _COMMITTEES.get(refers)
    if committee is None:
        committee = "plenary" if _PLENARY.search(text) else _ordinal(text)
        warnings.append(
            f"docProponent has no known refersTo; read "
            f"{committee or 'no committee'} from {text!r}"
        )
    origin = ""
    if proponent is not None:
        origin = " ".join(
            all_text(i)
            for i in proponent.iter(f"{NS}inline")
            if i.get("name") == "originating document"
        )
    symbols = _DOCUMENT.findall(origin) or _DOCUMENT.findall(text)
    if not symbols:
        # The Chinese 76th session writes 第四委员会 where the report symbol goes.
        outcome = (
            "draftResolution" if committee == "plenary" else "recommendedForAdoption"
        )
        for step in main.iter(f"{NS}step"):
            if step.get("outcome") == outcome and step.get("as"):
                symbols = [step.get("as", "")]
                warnings.append(
                    f"the coverPage names no document; took {symbols[0]} from the "
                    "workflow"
                )
                break
    document = _document(symbols[0]) if symbols else ""
    if committee == "plenary":
        return committee, "", document
    return committee, document, ""


def _ordinal(text: str) -> str:
    for name, words in _ORDINALS.items():
        if any(word in text for word in words):
            return name
    return ""


def _document(symbol: str) -> str:
    """'A/77/610/add.1' -> 'A/77/610/Add.1' (A/RES/77/263 B in Chinese)."""
    return normalise_symbol(capitalise_parts(symbol).rstrip(".,)"))


def read_adoption(
    documents: list[ET.Element], warnings: list[str]
) -> tuple[dt.date | None, int | None]:
    """Date and plenary meeting from the conclusions (of each part of a collection),
    else from FRBRWork and the workflow's A/78/PV.50."""
    dates: list[dt.date] = []
    meetings: list[int] = []
    for document in documents:
        for conclusion in document.findall(f"{NS}conclusions"):
            for element in conclusion.iter():
                name = tag(element)
                if name == "docDate" and element.get("date"):
                    dates += _date(element.get("date", ""), warnings)
                elif name == "location" or element.get("name") == "adoptionMeeting":
                    title = element.get("title") or all_text(element)
                    if digits := re.search(r"\d+", title):
                        meetings.append(int(digits.group()))
    main = documents[0]
    if not dates:
        work = find(main, "akn:meta/akn:identification/akn:FRBRWork")
        for date in work.iter(f"{NS}FRBRdate") if work is not None else ():
            if date.get("name") == "adoption":
                dates += _date(date.get("date", ""), warnings)
    if not meetings:
        for step in main.iter(f"{NS}step"):
            record = re.search(r"/PV\.(\d+)", step.get("as", ""))
            if step.get("outcome") == "adopted" and record:
                meetings.append(int(record[1]))
    if len(set(dates)) > 1 or len(set(meetings)) > 1:
        warnings.append("the parts name different adoption meetings; kept the first")
    return (dates[0] if dates else None), (meetings[0] if meetings else None)


def _date(value: str, warnings: list[str]) -> list[dt.date]:
    try:
        return [dt.date.fromisoformat(value)]
    except ValueError:
        warnings.append(f"cannot read the adoption date {value!r}")
        return []
