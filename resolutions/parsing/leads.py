"""Lead phrases (重申, 又回顾, Recalling also): the lexicon and its match.

The lexicons in data/ are built from the UN's own XML by scripts/build_lead_lexicon.py.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"

# Words the XML leaves outside the bold before a lead (在这方面**欣见**, A/RES/78/197;
# 尤其**确认**, A/RES/75/327; 深入**审议了**, A/RES/75/106), counted over sessions
# 75-79: 在这方面 478, 为此 23, 尤其 12, 特别 11, 因此 8, 深入 5, 就此 2, 在此方面 2.
# A lead the XML bolds with them (特别指出, 在这方面欢迎 when most often so) is in the
# lexicon and is matched first.
_ZH_BEFORE = (
    "在这方面，", "在这方面", "在此方面，", "在此方面", "为此，", "为此",
    "因此，", "因此", "就此", "尤其", "深入", "特别是", "特别",
)  # fmt: skip
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
    又回顾 whole. A listed lead opening with 又 wins over 又 and a longer lead
    (又重申 in 又重申致力于, as the XML bolds it).
    """
    if language != "zh":
        return 0, _match_at(text, 0, language)
    starts = [0] + [len(w) for w in _ZH_BEFORE if text.startswith(w)][:1]
    for start in starts:
        size = _match_at(text, start, language)
        for word in _ZH_AGAIN:
            if size <= len(word) and text.startswith(word, start):
                inner = _match_at(text, start + len(word), language)
                if inner:
                    size = len(word) + inner
        if size:
            return start, start + size
    return 0, 0
