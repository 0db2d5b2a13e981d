"""Session numerals in the six languages: 第七十八届会议, Seventy-eighth, Soixante-dix-
neuvième, Septuagésimo noveno, Семьдесят девятая, التاسعة والسبعون -> 78 or 79."""

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


_FR_WORDS = {
    "un": 1, "une": 1, "premier": 1, "première": 1, "unième": 1, "deux": 2,
    "second": 2, "seconde": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100,
}  # fmt: skip
_ES_WORDS = {
    "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
    "cuarto": 4, "quinto": 5, "sexto": 6, "séptimo": 7, "octavo": 8,
    "noveno": 9, "décimo": 10, "undécimo": 11, "duodécimo": 12,
    "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
    "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90,
    "centésimo": 100,
}  # fmt: skip
_RU_CARDINALS = {
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
    "сто": 100,
}  # fmt: skip
# Stems of the ordinals, matched longest first (пятнадцат before пят).
_RU_STEMS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5,
    "шест": 6, "седьм": 7, "восьм": 8, "девят": 9, "десят": 10,
    "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18,
    "девятнадцат": 19, "двадцат": 20, "тридцат": 30, "сороков": 40,
    "пятидесят": 50, "шестидесят": 60, "семидесят": 70, "восьмидесят": 80,
    "девяност": 90, "сот": 100,
}  # fmt: skip
_AR_WORDS = {
    "الأولى": 1, "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4,
    "الخامسة": 5, "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9,
    "العاشرة": 10, "عشرة": 10, "العشرون": 20, "الثلاثون": 30, "الأربعون": 40,
    "الخمسون": 50, "الستون": 60, "السبعون": 70, "الثمانون": 80, "التسعون": 90,
}  # fmt: skip


def _sum_words(words: list[str], table: dict[str, int]) -> int | None:
    values = [table.get(w) for w in words if w]
    if not values or None in values:
        return None
    total = sum(v for v in values if v is not None)
    return total if 0 < total < 1000 else None


def parse_french_ordinal(text: str) -> int | None:
    """Soixante-dix-neuvième -> 79, Quatre-vingtième -> 80, Trentième -> 30."""
    words = text.strip().lower().replace("\u2011", "-").replace(" ", "-").split("-")
    words = [w for w in words if w and w != "et"]
    if not words or not words[-1].endswith(("ième", "ier", "ière", "ond", "onde")):
        return None
    last = words[-1]
    if last.endswith("ième") and last not in _FR_WORDS:
        stem = last[: -len("ième")]
        # cinquième, neuvième, trentième, onzième: the cardinal lost or changed its end.
        candidates = [stem, stem + "e", stem.removesuffix("qu") + "q", stem + "s"]
        candidates.append(stem.removesuffix("v") + "f")
        last = next((c for c in candidates if c in _FR_WORDS), "?")
    words[-1] = last
    total = 0
    for i, word in enumerate(words):
        value = _FR_WORDS.get(word)
        if value is None:
            return None
        if value == 20 and i > 0 and words[i - 1] == "quatre":
            total += 80 - 4  # quatre-vingt: four twenties
        else:
            total += value
    return total if 0 < total < 1000 else None


def parse_spanish_ordinal(text: str) -> int | None:
    """Septuagésimo noveno -> 79 (período de sesiones); feminine forms too."""
    words = text.strip().lower().replace("-", " ").split()
    words = [w[:-1] + "o" if w.endswith("a") else w for w in words]
    return _sum_words(words, _ES_WORDS)


def parse_russian_ordinal(text: str) -> int | None:
    """Семьдесят девятая -> 79 (сессия): cardinal tens, then an ordinal word."""
    words = text.strip().lower().replace("-", " ").split()
    if not words:
        return None
    total = 0
    for word in words[:-1]:
        if word not in _RU_CARDINALS:
            return None
        total += _RU_CARDINALS[word]
    last = words[-1]
    stems = [s for s in _RU_STEMS if last.startswith(s) and len(last) - len(s) <= 3]
    if not stems:
        return None
    return total + _RU_STEMS[max(stems, key=len)]


def parse_arabic_ordinal(text: str) -> int | None:
    """التاسعة والسبعون -> 79 (الدورة): units, then و and the tens."""
    words = []
    for word in text.split():
        if word not in _AR_WORDS and word.startswith("و"):
            word = word[1:]
        words.append(word)
    return _sum_words(words, _AR_WORDS)


def roman(value: int) -> str:
    """15 -> XV (the session of 1514 (د-15) in the Arabic texts)."""
    digits = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"))
    digits += ((5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for size, letters in digits:
        while value >= size:
            result += letters
            value -= size
    return result
