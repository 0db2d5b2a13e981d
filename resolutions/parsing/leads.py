"""Lead phrases (重申, 又回顾, Recalling also): the lexicon and its match.

The lexicons in data/ are built from the UN's own XML by scripts/build_lead_lexicon.py.
"""

from __future__ import annotations

import re
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
    "因此，", "因此", "此外，", "此外", "就此", "尤其", "深入", "特别是", "特别",
)  # fmt: skip
# A phrase of place or time, 在…上, which the XML leaves outside the bold before a
# listed lead: 在以前各届会议上**审议了** (A/RES/76/106), as every preamble opening so
# (4 of 4); 此外**知悉** (79/232) likewise.
_ZH_LOCATIVE = re.compile(r"在[\u4e00-\u9fff]{1,8}上，?")
# 又回顾 and 还回顾 are in the lexicon, rarer combinations (还深表遗憾) may not be.
# The XML bolds these adverbs with the lead they modify: 进一步认识到 (A/RES/75/262),
# 继续认为 (A/RES/77/69), as every preamble opening with them (7 of 7).
_ZH_AGAIN = ("又", "还", "并", "也", "再次", "进一步", "继续")
# An adverbial of two to four characters ending in 地 before a listed lead, which the
# XML bolds with it: 十分关切地注意到 (A/RES/79/194), 赞许地注意到 (A/RES/78/290), as
# every preamble opening so with no listed lead (4 of 4). Not after 我们 ("We"), the
# subject of declarations, whose paragraphs have no lead: 我们关切地注意到; nor before
# a lead of one character (世界各地对, where 对 is a preposition).
_ZH_ADVERBIAL = re.compile(r"(?!我们)[\u4e00-\u9fff]{2,4}地")
# What the XML bolds with a lead it follows, in every Chinese preamble opening so
# that no listed lead covers (sessions 75-79): 地 and a listed lead, the first lead
# then an adverbial (深为关切地谴责, A/RES/75/90; 严重关切地认识到, A/RES/77/245;
# 10 of 10); 并 and a listed lead, two leads joined (确认并重申, A/RES/77/280;
# 遵循并决心, A/RES/79/293; 5 of 6); 的是 closing the lead (严重关切的是,
# A/RES/75/169; 又表示关切的是, A/RES/ES-11/1; 3 of 3).
_ZH_JOINTS = "地并"
_ZH_CLOSING = "的是"
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
    if text.startswith("在") and (locative := _ZH_LOCATIVE.match(text)):
        starts.append(locative.end())
    for start in starts:
        size = _match_at(text, start, language)
        for word in _ZH_AGAIN:
            if size <= len(word) and text.startswith(word, start):
                inner = _match_at(text, start + len(word), language)
                if inner:
                    size = len(word) + inner
        if size:
            return start, _extend(text, start + size)
    if adverbial := _ZH_ADVERBIAL.match(text):
        if (size := _match_at(text, adverbial.end(), language)) > 1:
            return 0, _extend(text, adverbial.end() + size)
    return 0, 0


def _extend(text: str, end: int) -> int:
    """The end of a Chinese lead ending at `end`, with what the XML bolds with it:
    地 or 并 and a listed lead of two characters or more, then 的是."""
    while end < len(text) and text[end] in _ZH_JOINTS:
        size = _match_at(text, end + 1, "zh")
        if size < 2:
            break
        end += 1 + size
    if text.startswith(_ZH_CLOSING, end):
        end += len(_ZH_CLOSING)
    return end
