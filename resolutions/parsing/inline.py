"""Inline markup of one paragraph: **bold** leads and superscript footnote markers.

clean_inline() turns a raw line into the faithful paragraph text plus where the
markers and the bold spans were, as offsets into that text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .types import ParsedFootnoteRef

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_VALUE = {c: i for i, c in enumerate(SUPERSCRIPTS)}
_TOKEN = re.compile(rf"\*\*|[{SUPERSCRIPTS}]+")
_SPACES = " \t\u00a0"
_MARKER_LINE = re.compile(rf"[ \t]*([{SUPERSCRIPTS}]+)[ \t\u00a0\u3000]*")
# "* * *" set between parts of a text (A/RES/75/1, 78/148): a decoration, not a
# paragraph, in the plain layout and in the XML alike.
SEPARATOR = re.compile(r"\*(?:[ \t\u00a0]*\*){2,}")


@dataclass(frozen=True)
class Inline:
    text: str
    refs: tuple[ParsedFootnoteRef, ...]
    bold: tuple[tuple[int, int], ...]  # (start, end) offsets into text


def superscript_value(marker: str) -> int:
    """¹⁰ -> 10."""
    return int("".join(str(_SUPER_VALUE[c]) for c in marker))


def split_footnote_line(line: str) -> tuple[int, str] | None:
    """'¹ 第 217 A (III) 号决议。' -> (1, '第 217 A (III) 号决议。'); None otherwise."""
    match = _MARKER_LINE.match(line)
    if not match:
        return None
    return superscript_value(match.group(1)), line[match.end() :].strip()


def is_cjk(char: str) -> bool:
    """An ideograph or CJK/full-width punctuation: no space is written next to it."""
    if not char:
        return False
    code = ord(char)
    return (
        0x3000 <= code <= 0x303F  # CJK punctuation 、。《》
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width forms ，：；（）
        or 0x2018 <= code <= 0x201F  # “ ” as used in Chinese text
        or 0x20000 <= code <= 0x3FFFF
    )


def _is_cjk_punctuation(char: str) -> bool:
    return is_cjk(char) and unicodedata.category(char).startswith("P")


def _join(left: str, right: str) -> str:
    """Join the text either side of a removed marker, fixing the space it leaves.

    A marker written after CJK punctuation or between two ideographs takes a space
    that Chinese text does not otherwise have (`《世界人权宣言》、¹ 两项`,
    A/RES/78/197); between an ideograph and a digit or Latin word the seed layout
    does use one.
    """
    stripped_left = left.rstrip(_SPACES)
    stripped_right = right.lstrip(_SPACES)
    had_space = stripped_left != left or stripped_right != right
    if not stripped_left or not stripped_right:
        return stripped_left + stripped_right
    a, b = stripped_left[-1], stripped_right[0]
    cjk_join = _is_cjk_punctuation(a) or _is_cjk_punctuation(b)
    cjk_join = cjk_join or (is_cjk(a) and is_cjk(b))
    return stripped_left + ("" if cjk_join or not had_space else " ") + stripped_right


def clean_inline(raw: str) -> Inline:
    """Remove ** and superscript markers; record their offsets in the cleaned text."""
    text = ""
    refs: list[ParsedFootnoteRef] = []
    bold: list[tuple[int, int]] = []
    bold_start: int | None = None
    pos = 0
    pending_join = False
    for match in _TOKEN.finditer(raw):
        chunk = raw[pos : match.start()]
        text = _join(text, chunk) if pending_join else text + chunk
        pending_join = False
        token = match.group()
        if token != "**":
            # The marker sits after the last visible character before it.
            offset = len(text.rstrip(_SPACES))
            refs.append(ParsedFootnoteRef(superscript_value(token), offset))
            pending_join = True
        elif bold_start is None:
            bold_start = len(text)
        else:
            bold.append((bold_start, len(text)))
            bold_start = None
        pos = match.end()
    tail = raw[pos:]
    text = _join(text, tail) if pending_join else text + tail
    text, shift = _strip(text)
    refs = [ParsedFootnoteRef(r.marker, _clamp(r.offset - shift, text)) for r in refs]
    spans = tuple(
        (_clamp(s - shift, text), _clamp(e - shift, text)) for s, e in bold if e > s
    )
    return Inline(text, tuple(refs), spans)


def _strip(text: str) -> tuple[str, int]:
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    return stripped.rstrip(), shift


def _clamp(offset: int, text: str) -> int:
    return max(0, min(offset, len(text)))


def join_lines(left: str, right: str) -> str:
    """Join a wrapped line: nothing between Chinese characters, one space otherwise."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    return left + ("" if is_cjk(left[-1]) and is_cjk(right[0]) else " ") + right
