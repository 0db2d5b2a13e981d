"""Lead phrases (重申, 又回顾, Recalling also): the lexicon and its match.

The lexicons in data/ are built from the UN's own XML by scripts/build_lead_lexicon.py.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"

# Words written before the lead, outside the bold (在这方面**欣见**, A/RES/78/197).
# The XML leaves 在这方面, 为此 and 因此 outside the bold 509 times and bolds them
# with the lead 30 times (sessions 75-79), so the lead after them is tried first;
# 特别 is bolded with the lead 188 times against 12, so it is tried last.
_ZH_BEFORE = ("在这方面，", "在这方面", "为此，", "为此", "因此，", "因此")
_ZH_BEFORE_RARELY = ("特别",)
# 又回顾 and 还回顾 are in the lexicon, rarer combinations (还深表遗憾) may not be.
_ZH_AGAIN = ("又", "还", "并", "也", "再次")
_EN_WORD_END = " ,;:\u00a0"


@cache
def lexicon(language: str) -> frozenset[str]:
    """The lead phrases of `language` ("zh", "en"); empty for other languages."""
    path = _DATA / f"leads-{language}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@cache
def _longest(language: str) -> int:
    return max((len(p) for p in lexicon(language)), default=0)


def _match_at(text: str, start: int, language: str) -> int:
    """Length of the longest lexicon phrase at text[start:], 0 if none."""
    phrases = lexicon(language)
    for size in range(min(_longest(language), len(text) - start), 0, -1):
        candidate = text[start : start + size]
        if candidate not in phrases:
            continue
        end = start + size
        if language != "zh" and end < len(text) and text[end] not in _EN_WORD_END:
            continue  # "Notes" must not match the start of "Notestein"
        return size
    return 0


def find_lead(text: str, language: str) -> tuple[int, int]:
    """(start, end) of the lead phrase near the start of `text`, (0, 0) if none.

    Chinese allows a few words before the lead (在这方面欣见) and an unlisted 又/还
    in front of a listed lead; the lead then includes the 又, as the UN's XML bolds
    又回顾 whole.
    """
    starts = [0]
    if language == "zh":
        starts[:0] = [len(w) for w in _ZH_BEFORE if text.startswith(w)][:1]
        starts += [len(w) for w in _ZH_BEFORE_RARELY if text.startswith(w)]
    for start in starts:
        size = _match_at(text, start, language)
        for word in _ZH_AGAIN if language == "zh" else ():
            if text.startswith(word, start):
                inner = _match_at(text, start + len(word), language)
                if inner and len(word) + inner > size:
                    size = len(word) + inner
        if size:
            return start, start + size
    return 0, 0
