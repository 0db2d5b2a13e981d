"""Sub-paragraph labels of the seed layout ((a), a), (i), (甲), ㈠, ’1‘) and where a
labelled line hangs: under the paragraph before it, or under its last letter.
"""

from __future__ import annotations

import re

from .numerals import parse_roman

_CJK_LETTERS = "甲乙丙丁戊己庚辛壬癸"
_ARABIC_LETTERS = "\u0621-\u064a"
_LETTERS = rf"[a-z]{{1,2}}|[{_CJK_LETTERS}]|[{_ARABIC_LETTERS}]{{1,2}}|هـ"
_NUMERALS = r"[ivxl]{1,6}|[一二三四五六七八九十]{1,3}"
# (a) and (i) in English, Chinese and Arabic; a) and i) in French, Spanish and
# Russian (Russian letters may be Cyrillic а, с); ’1‘ for (i) in Arabic (A/RES/79/1);
# 1.1, 1.2 under the objectives of the Space2030 Agenda (A/RES/76/3); • under the
# targets of the Doha and Gaborone Programmes of Action (A/RES/76/258, 79/233); a
# direction mark may follow the label, "(a)\u200e" (A/RES/77/276, zh); (1) under
# a definition and ① under a letter of the Beijing convention on judicial sales of
# ships (A/RES/77/100, zh).
SUB = re.compile(
    rf"(?:[(（](?P<label>{_LETTERS}|{_NUMERALS}|\d{{1,2}})[)）]|(?P<circled>[㈠-㈩①-⑳])|(?P<bullet>•)"
    r"|(?:(?P<bare>[a-z]{1,2}|[ivxl]{1,6}|[а-я])\)|’(?P<arabic>\d{1,2})‘"
    r"|(?P<decimal>\d{1,2}(?:\.\d{1,2})+)\.?)"
    r"[\u200e\u200f]?(?=[ \t\u00a0]|$))[ \t\u00a0\u3000\u200e\u200f]*(?P<rest>.*)"
)


def read_label(match: re.Match[str], previous: str) -> tuple[str, int]:
    """(label as written, level) of a SUB match; `previous` is the label of the
    last level-1 sub-paragraph of the same paragraph, "" if none. Level 2 is a
    numeral under a letter: (i) under (h)."""
    if match["decimal"]:
        return match["decimal"], 1
    if match["bullet"]:
        return match["bullet"], 1
    bare = match["label"] or match["circled"] or match["bare"] or match["arabic"]
    if match["label"]:
        label = f"({bare})"
    elif match["bare"]:
        label = f"{bare})"
    elif match["arabic"]:
        label = f"’{bare}‘"
    else:
        label = bare
    is_letter = _is_letter(bare)
    is_numeral = bool(match["circled"] or match["arabic"]) or _is_numeral(bare)
    if is_letter and is_numeral:
        # (i) right after (h) is the ninth letter, otherwise a numeral under (h).
        level = 1 if not previous or bare == _next_letter(previous) else 2
    else:
        # A numeral goes under a letter; ㈡ after ㈠ and (十一) after ㈩ do not
        # (A/RES/79/243, zh).
        level = 2 if is_numeral and _is_letter(_bare(previous)) else 1
    return label, level


def _bare(label: str) -> str:
    """(a) -> a, b) -> b, ’1‘ -> 1."""
    return label.strip("()（）’‘")


def _is_letter(bare: str) -> bool:
    if not bare or bare.isdigit() or re.fullmatch(r"[一二三四五六七八九十]+", bare):
        return False
    if bare in _CJK_LETTERS or not bare.isascii() and bare.isalpha():
        return True
    return bare.isascii() and (
        len(bare) == 1 or (len(bare) == 2 and bare[0] == bare[1])
    )


def _is_numeral(bare: str) -> bool:
    if bare.isdigit() or re.fullmatch(r"[一二三四五六七八九十]+", bare):
        return True
    return re.fullmatch(r"[ivxl]+", bare) is not None and bool(
        parse_roman(bare.upper())
    )


def _next_letter(label: str) -> str:
    bare = label.strip("()")
    if bare in _CJK_LETTERS[:-1]:
        return _CJK_LETTERS[_CJK_LETTERS.index(bare) + 1]
    if len(bare) == 1 and "a" <= bare < "z":
        return chr(ord(bare) + 1)
    return ""
