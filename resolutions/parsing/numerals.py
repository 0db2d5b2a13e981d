"""Chinese and English session numerals: 第七十八届会议 -> 78, Seventy-eighth -> 78."""

from __future__ import annotations

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

_EN_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_TENS_ORDINAL = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip


def parse_chinese_number(text: str) -> int | None:
    """七十八 -> 78, 十二 -> 12, 一百零一 -> 101, 78 -> 78; None if not a number."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in _DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: 七八
            digit = _DIGITS[char]
            continue
        unit = _UNITS[char]
        if unit >= last_unit:
            return None  # units must fall: 十百 is not a number
        # A bare 十 at the start means 一十 (十二 = 12).
        total += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    return total + (digit or 0)


def parse_english_ordinal(text: str) -> int | None:
    """Seventy-eighth -> 78, First -> 1, Twentieth -> 20; None otherwise."""
    words = text.strip().lower().replace("\u2011", "-").split("-")
    if len(words) == 1:
        word = words[0]
        return _EN_UNITS.get(word) or _EN_TENS_ORDINAL.get(word)
    if len(words) == 2 and words[0] in _EN_TENS and words[1] in _EN_UNITS:
        unit = _EN_UNITS[words[1]]
        return _EN_TENS[words[0]] + unit if unit < 10 else None
    return None


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def parse_roman(text: str) -> int | None:
    """XXI -> 21 (the session of an old resolution number, 2200 A (XXI))."""
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN[char]
        nxt = _ROMAN[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total
