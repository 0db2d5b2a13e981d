"""The fixed lines of a resolution in each language: session, agenda, adoption, closing.

text.py asks these patterns what a line is; each language's wording lives only here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .numerals import parse_chinese_number, parse_english_ordinal

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "January February March April May June July August September October "
        "November December".split()
    )
}
_COMMITTEES_ZH = {"一": "first", "二": "second", "三": "third", "四": "fourth"}
_COMMITTEES_ZH |= {"五": "fifth", "六": "sixth"}
_COMMITTEES_EN = {
    name.capitalize(): name
    for name in ("first", "second", "third", "fourth", "fifth", "sixth")
}
_COMMITTEES_EN["Special Political and Decolonization"] = "fourth"


@dataclass(frozen=True)
class Cues:
    language: str
    session: re.Pattern[str]
    agenda: re.Pattern[str]
    agenda_split: re.Pattern[str]
    adoption: re.Pattern[str]  # group "date"; anything else naming an adoption fails
    adoption_hint: str
    committee: re.Pattern[str]  # group "ordinal"
    plenary: re.Pattern[str]  # adopted without reference to a Main Committee
    assembly: re.Pattern[str]
    date: re.Pattern[str]  # a closing line holding only the date
    meeting: re.Pattern[str]  # group "n"
    annex: re.Pattern[str]

    def session_number(self, word: str) -> int | None:
        if self.language == "zh":
            return parse_chinese_number(word)
        return parse_english_ordinal(word)

    def committee_name(self, ordinal: str) -> str:
        table = _COMMITTEES_ZH if self.language == "zh" else _COMMITTEES_EN
        return table.get(ordinal, "")

    def parse_date(self, text: str) -> dt.date | None:
        """The date in `text`; None if it is not one, ValueError if it is invalid."""
        if self.language == "zh":
            match = re.fullmatch(
                r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text
            )
            if not match:
                return None
            year, month, day = (int(g) for g in match.groups())
        else:
            match = re.fullmatch(r"(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})", text)
            if not match:
                return None
            if match.group(2) not in _MONTHS:
                raise ValueError(f"unknown month {match.group(2)!r}")
            day, month, year = int(match[1]), _MONTHS[match[2]], int(match[3])
        return dt.date(year, month, day)


_SP = r"[ \t\u00a0\u3000]*"

ZH = Cues(
    language="zh",
    session=re.compile(
        rf"第{_SP}(?P<word>[\d〇零一二两三四五六七八九十百]+){_SP}届会议"
    ),
    agenda=re.compile(rf"议程项目{_SP}(?P<items>.+)"),
    agenda_split=re.compile(rf"{_SP}(?:、|，|,|和|及|以及){_SP}"),
    adoption=re.compile(rf"(?P<date>.*?日){_SP}大会决议"),
    adoption_hint="大会决议",
    committee=re.compile(rf"根据{_SP}第(?P<ordinal>[一二三四五六])委员会"),
    plenary=re.compile(r"未经发交主要委员会"),
    assembly=re.compile(rf"大会{_SP}[，,]"),
    date=re.compile(rf"\d{{4}}{_SP}年{_SP}\d{{1,2}}{_SP}月{_SP}\d{{1,2}}{_SP}日"),
    meeting=re.compile(rf"第{_SP}(?P<n>\d{{1,4}}){_SP}次全体会议"),
    annex=re.compile(rf"附件(?:{_SP}[一二三四五六七八九十\dIVX]+)?"),
)

EN = Cues(
    language="en",
    session=re.compile(r"(?P<word>[A-Z][a-z]+(?:[-\u2011][a-z]+)?) session"),
    agenda=re.compile(r"Agenda items?\s+(?P<items>.+)"),
    agenda_split=re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)"),
    adoption=re.compile(r"Resolution adopted by the General Assembly on (?P<date>.+)"),
    adoption_hint="Resolution adopted by the General Assembly",
    committee=re.compile(
        r"on the report of the (?P<ordinal>[A-Z][A-Za-z ]+?) Committee"
    ),
    plenary=re.compile(r"without reference to a Main Committee"),
    assembly=re.compile(r"The General Assembly\s*,"),
    date=re.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"),
    meeting=re.compile(r"(?P<n>\d{1,4})(?:st|nd|rd|th)\s+plenary meeting"),
    annex=re.compile(r"Annex(?:\s+[IVX\d]+)?"),
)

CUES = {"zh": ZH, "en": EN}

# How each language opens the resolution body, to tell the language of a text and
# to say plainly which ones the plain-text parser does not read yet.
OPENINGS = {
    "fr": re.compile(r"^L[’']Assemblée générale\s*,", re.M),
    "es": re.compile(r"^La Asamblea General\s*,", re.M),
    "ru": re.compile(r"^Генеральная Ассамблея\s*,", re.M),
    "ar": re.compile(r"الجمعية العامة"),
    "en": re.compile(r"^The General Assembly\s*,", re.M),
}
LANGUAGE_NAMES = {"fr": "French", "es": "Spanish", "ru": "Russian", "ar": "Arabic"}


def detect_language(text: str) -> str | None:
    """ "zh" when Chinese characters dominate, else the language of the opening line."""
    cjk = latin = 0
    for char in text[:20_000]:
        if "\u4e00" <= char <= "\u9fff":
            cjk += 1
        elif char.isascii() and char.isalpha():
            latin += 1
    if cjk and cjk >= latin:
        return "zh"
    for language, opening in OPENINGS.items():
        if opening.search(text):
            return language
    return None
