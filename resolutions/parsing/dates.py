"""Dates as the six languages write them: 19 December 2023, 1er juillet 2024,
22 de septiembre de 2024, 22 сентября 2024 года, 22 أيلول/سبتمبر 2024, 2023年12月19日.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH_NAMES = {
    "en": "January February March April May June July August September October "
    "November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
    "noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября "
    "ноября декабря",
    # The Arabic texts name the Levantine month and the Egyptian one: أيلول/سبتمبر.
    "ar": "يناير فبراير مارس أبريل مايو يونيه يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
MONTHS = {
    language: {name: i + 1 for i, name in enumerate(names.split())}
    for language, names in _MONTH_NAMES.items()
}
MONTHS["ar"] |= {"يونيو": 6, "يوليو": 7}
MONTHS["es"] |= {"setiembre": 9}

_SP = r"[ \t\u00a0\u202f\u2009]"
_ZH_DATE = re.compile(
    rf"(\d{{4}}){_SP}*年{_SP}*(\d{{1,2}}){_SP}*月{_SP}*(\d{{1,2}}){_SP}*日"
)
# Day, month word(s), year; "de" in Spanish, 1er in French, года after a Russian year;
# a space may follow the Arabic slash: "22 آذار/ مارس 2019" (A/RES/79/181, ar).
_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:er|º)?{_SP}+(?:de{_SP}+)?"
    rf"(?P<month>[^\W\d_]+(?:{_SP}(?!de{_SP})[^\W\d_]+)?(?:/{_SP}?[^\W\d_]+)?)"
    rf"{_SP}+(?:de{_SP}+)?(?P<year>\d{{4}})(?:{_SP}*(?:года|г\.))?"
)
DATE_PATTERN = _DATE.pattern
ZH_DATE_PATTERN = _ZH_DATE.pattern


def parse_date(text: str, language: str) -> dt.date | None:
    """The date in `text`; None if it is not one, ValueError if it is invalid."""
    text = text.strip()
    if language == "zh":
        match = _ZH_DATE.fullmatch(text)
        if not match:
            return None
        year, month, day = (int(g) for g in match.groups())
        return dt.date(year, month, day)
    match = _DATE.fullmatch(text)
    if not match:
        return None
    name = match["month"]
    if language == "ar" and "/" in name:
        name = name.rsplit("/", 1)[1].strip()
    months = MONTHS.get(language, MONTHS["en"])
    month = months.get(name) or months.get(name.lower())
    if month is None:
        raise ValueError(f"unknown month {match['month']!r}")
    return dt.date(int(match["year"]), month, int(match["day"]))
