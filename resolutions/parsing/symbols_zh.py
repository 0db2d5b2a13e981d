"""Resolution citations in Chinese text: 第 70/1 号决议, lists ending in 决议, and the
body named before them. find_citations_named (symbols.py) joins them to the others.
"""

from __future__ import annotations

import re

from .symbols import (
    _HRC_REPORT,
    _HY,
    _JOINT,
    _LOOKBACK,
    _NUM,
    _NUM_RE,
    _PART,
    _SP,
    Cited,
    _cited,
    _clause_before,
)

# Footnote markers, which the seed layout writes as superscripts: 第39/17⁶ 号
# (A/RES/75/186), 第35/19号¹⁵ 和…第44/13号决议 (A/RES/75/175).
_MARK = rf"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+{_SP}*)"
# 第 may be repeated after the separator: 第58/268和第58/269号 (A/RES/75/243).
_ZH_SEP = rf"{_SP}*(?:、|，|,|和|及|以及|与|或){_SP}*(?:第{_SP}*)?"
# Parts listed after the number: 第36/87 A和B号 (A/RES/79/16).
_ZH_PARTS = rf"(?:{_SP}*(?:和|、){_SP}*[A-Z]{{1,2}}(?![A-Za-z/]))*"
# 第 is left out after a date or a list word: 2020年9月11日74/307号决议 (A/RES/76/98),
# 1995年7月20日49/250号 (A/RES/75/293), 第72/77号和72/78号 (A/RES/76/76).
_ZH_BARE = (
    rf"(?:(?<=[日，；、和及])|(?<=[日，；、和及]{_SP})|^)"
    rf"(?=\d{{1,4}}/\d{{1,4}}(?:{_SP}?{_PART})?{_SP}*{_MARK}?号)"
)
_ZH_GROUP = re.compile(
    # 第 may be left out before a special session's number: ES-10/18号 (A/RES/75/98).
    rf"(?:第{_SP}*|(?<![A-Za-z0-9/-])(?=(?:ES|S){_HY}\d)|{_ZH_BARE})"
    rf"({_NUM}{_ZH_PARTS}(?:{_ZH_SEP}{_NUM}{_ZH_PARTS})*){_SP}*{_MARK}?"
    # 号 is left out before 决议 now and then: 第217 A(III)决议 (A/RES/75/113).
    rf"(?:号|(?=决议))"
)
# 第74/120号和以往各项决议 (A/RES/76/136) names resolutions too, and so does
# 第73/11号关于联合国同国际刑警组织的合作的决议 (A/RES/75/10).
_ZH_DECISION = re.compile(
    rf"{_SP}*{_MARK}?(?:(?:和|及|以及)[\u4e00-\u9fff]{{0,6}}"
    rf"|关于[^，；。、\n决]{{1,40}}?的(?:各项)?)?决议"
)
# A decision inside a list of resolutions keeps the list going: 人权理事会…第18/120号
# 决定、2013年9月27日第24/14号、…号决议 (A/RES/75/181).
_ZH_DECIDED = re.compile(rf"{_SP}*{_MARK}?决定")
_ZH_DATE = rf"\d{{4}}{_SP}*年{_SP}*\d{{1,2}}{_SP}*月{_SP}*\d{{1,2}}{_SP}*日"
_ZH_BODIES = {
    "世界卫生大会": "", "缔约方大会": "", "经济及社会理事会": "ECOSOC",
    "经社理事会": "ECOSOC", "小组委员会": "SUBCOM", "人权理事会": "HRC",
    "人权委员会": "CHR", "安全理事会": "SC", "安理会": "SC", "执行局": "",
    "理事会": "", "委员会": "", "大会": "GA",
}  # fmt: skip
_ZH_BODY = re.compile("|".join(sorted(_ZH_BODIES, key=len, reverse=True)))
# Between two numbers of one list: 第 44/82 号、1995 年 12 月 21 日第 50/142 号和…决议;
# a title may come between, quoted or as a phrase ending in 的: 第63/71号和关于《公约》
# 执行情况的…第70/54号决议 (A/RES/75/62), 第52/15号、宣布2001-2010年为…国际十年的…
# 第55/282号 (A/RES/75/25).
_ZH_GAP = re.compile(
    rf"(?:[、，,和及与或的其 \t\u00a0]|{_MARK}|以及|通过|{_ZH_DATE}|{_ZH_BODY.pattern}"
    rf"|(?:题为)?“[^“”\n]*”的?|[^，；。、\n“”决号第]{{1,40}}?的)*"
)
_ZH_RELATIVE = re.compile(r"关于[^，；。\n]*?的")
_ZH_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")


def find_zh_resolutions(text: str) -> list[Cited]:
    """第70/1号决议, 第58/268和第58/269号, 人权理事会…第32/6号决议: each number
    of a list that ends in 决议, with the body named before it."""
    groups = list(_ZH_GROUP.finditer(text))
    is_resolution = [False] * len(groups)
    linked = [False] * len(groups)  # group i and i + 1 are one list ending in 决议
    for i in range(len(groups) - 1, -1, -1):
        end = groups[i].end()
        if _ZH_DECISION.match(text, end):
            is_resolution[i] = True
        elif i + 1 < len(groups) and is_resolution[i + 1]:
            decided = _ZH_DECIDED.match(text, end)
            gap = text[decided.end() if decided else end : groups[i + 1].start()]
            linked[i] = _is_zh_gap(gap)
            is_resolution[i] = linked[i] and not decided
    citations: list[Cited] = []
    floor = 0
    body: str | None = None
    for i, group in enumerate(groups):
        if not (is_resolution[i] or linked[i]):
            continue
        continues_list = i > 0 and linked[i - 1]
        own = _zh_body_before(text, group.start(), floor)
        if own is not None or not continues_list:
            body = own
        floor = group.end()
        if not is_resolution[i]:
            continue  # a decision: its body carries on to the list's resolutions
        for match in _NUM_RE.finditer(text, group.start(1), group.end(1)):
            citations.append(_cited(text, match, body))
    return citations


def _is_zh_gap(gap: str) -> bool:
    """Whether `gap` only joins two numbers of one list; titles do not count to its
    length."""
    return len(_ZH_QUOTED.sub("", gap)) <= _LOOKBACK and bool(_ZH_GAP.fullmatch(gap))


def _zh_body_before(text: str, start: int, floor: int) -> str | None:
    # A body named inside a title does not adopt the resolution: “加强裁军审议委员会
    # 执行职责的途径和方法”…第45/62 B号决议 (A/RES/79/72), nor one inside a subject:
    # 其…关于设立人权理事会的第60/251号决议 (A/RES/75/165).
    clause = _ZH_QUOTED.sub("", _clause_before(text, start, floor)[0])
    clause = _ZH_RELATIVE.sub("", clause)
    found = None
    for match in _ZH_BODY.finditer(clause):
        found = _ZH_BODIES[match.group()]
        last = match
    if found is None:
        low = max(0, start - _LOOKBACK * 3)
        if "53" not in text[low:start]:
            return None
        return "HRC" if _HRC_REPORT.search(text, low, start) else None
    if found == "SC" and _JOINT.search(clause):
        return "GA"
    # Its own resolution, described by what it did: 回顾其设立…特设委员会的2006年12月
    # 4日第61/29号决议 (A/RES/76/106).
    if "其" in clause[: last.start()] and "的" in clause[last.end() :]:
        return "GA"
    return found
