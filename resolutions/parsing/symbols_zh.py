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
    _PART,
    _SP,
    Cited,
    _cited,
    _clause_before,
    _default,
    resolution_symbol,
)
from .types import ParsedCitation

# Footnote markers, which the seed layout writes as superscripts: 第39/17⁶ 号
# (A/RES/75/186), 第35/19号¹⁵ 和…第44/13号决议 (A/RES/75/175).
_MARK = rf"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+{_SP}*)"
# 第 may be repeated after the separator: 第58/268和第58/269号 (A/RES/75/243).
_ZH_SEP = rf"{_SP}*(?:、|，|,|和|及|以及|与|或){_SP}*(?:第{_SP}*)?"
_ZH_DATE = rf"\d{{4}}{_SP}*年{_SP}*\d{{1,2}}{_SP}*月{_SP}*\d{{1,2}}{_SP}*日"
# Parts listed after the number: 第36/87 A和B号 (A/RES/79/16).
_ZH_PARTS = rf"(?:{_SP}*(?:和|、){_SP}*[A-Z]{{1,2}}(?![A-Za-z/]))*"
# 第 is left out after a date or a list word: 2020年9月11日74/307号决议 (A/RES/76/98),
# 1995年7月20日49/250号 (A/RES/75/293), 第72/77号和72/78号 (A/RES/76/76), and after
# 的 or 见: 2021年6月25日的75/290 B号决议 (A/RES/77/189), 见67/234 B号决议
# (A/RES/75/196, footnote 30).
_ZH_BARE = (
    rf"(?:(?<=[日，；、和及的见])|(?<=[日，；、和及的见]{_SP})|^)"
    rf"(?=\d{{1,4}}/\d{{1,4}}(?:{_SP}?{_PART})?{_SP}*{_MARK}?号)"
)
# A special session written with a space: 第1874(S IV)号 (A/RES/76/239).
_ZH_NUM = rf"(?:{_NUM}|\d{{1,4}}{_SP}?\(E?S{_SP}[IVXLC]{{1,8}}\))"
_ZH_NUM_RE = re.compile(_ZH_NUM)
_SPACED_SESSION = re.compile(rf"(?<=\()(E?S){_SP}")
# A part letter after the session: 第3261(XXIX) F号 (A/RES/79/241).
_ZH_ITEM = rf"{_ZH_NUM}(?:(?<=\)){_SP}?[A-Z](?![A-Za-z]))?{_ZH_PARTS}"
_ZH_GROUP = re.compile(
    # 第 may be left out before a special session's number: ES-10/18号 (A/RES/75/98).
    rf"(?:第{_SP}*|(?<![A-Za-z0-9/-])(?=(?:ES|S){_HY}\d)|{_ZH_BARE})"
    rf"({_ZH_ITEM}(?:{_ZH_SEP}{_ZH_ITEM})*){_SP}*{_MARK}?"
    # 号 is left out before 决议 now and then: 第217 A(III)决议 (A/RES/75/113), and
    # before the next dated item: 第75/8和2022年11月21日第77/15号决议 (A/RES/79/11).
    rf"(?:号|(?=决议)|(?=(?:和|、|及){_SP}*{_ZH_DATE}{_SP}*第))"
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
# Direction marks too: 第60/283号、\u200e\u200e2006年12月22日 (A/RES/77/280); and an
# item without a number: 第53/25号、关于执行…《和平文化行动纲领》的各项决议、题为…的
# 2019年7月25日第73/329号 (A/RES/77/296).
_ZH_GAP = re.compile(
    rf"(?:[、，,和及与或的其{_SP[1:-1]}]|{_MARK}|以及|通过|{_ZH_DATE}"
    rf"|{_ZH_BODY.pattern}|(?:题为)?“[^“”\n]*”的?"
    rf"|(?:关于|有关)[^，；。、\n号第]{{1,60}}?的各项决议|[^，；。、\n“”决号第]{{1,40}}?的)*"
)
# A list that follows another of the same body, after its 决议: 人权理事会…第23/13号
# 决议¹¹ 和2013年9月27日关于…的第24/34号决议，¹² 以及涉及…的2015年3月26日第28/6号
# (A/RES/76/130), 人权理事会…第51/35号决议⁴ 及其后的2024年10月10日第57/26号决议
# (A/RES/79/60). Only markers, then dates and what the resolutions are about come
# between: 决议，以及第70/1号决议 is another list.
_ZH_CARRY = re.compile(
    rf"(?:[、，{_SP[1:-1]}]|{_MARK})*(?:和|及|以及)?{_SP}*(?:其后的)?"
    rf"(?:(?:(?:关于|涉及)[^，；。、\n“”决号第其]{{1,40}}?的|题为“[^“”\n]*”的?"
    rf"|{_ZH_DATE}){_SP}*)+"
)
# The latest of the resolutions named before: 人权理事会的各项决议和决定，最近的决议是…
# 第50/3号 (A/RES/77/227).
_ZH_LATEST = re.compile(rf"{_SP}*最近的(?:决议|一项)?(?:是|为)")
# Pursuant to a resolution, in what a committee asked of another: not the committee's,
# 渔业委员会…请…根据第72/249号决议召开的 (A/RES/77/118); but 委员会根据第31/1号
# 决议提交的报告 is its own (A/RES/79/313).
_ZH_PURSUANT = re.compile(r"请[^，；。]*?(?:根据|按照|依照|依据)(?!其)")
_ZH_RELATIVE = re.compile(r"关于[^，；。\n]*?的")
_ZH_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")


def find_zh_resolutions(text: str) -> list[Cited]:
    """第70/1号决议, 第58/268和第58/269号, 人权理事会…第32/6号决议: each number
    of a list that ends in 决议, with the body named before it."""
    if "决议" not in text:  # most paragraphs, and every one in other languages
        return []
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
        if own is None and body is not None and not continues_list:
            continues_list = _carries(text, floor, group.start())
        if own is not None or not continues_list:
            body = own
        floor = group.end()
        if not is_resolution[i]:
            continue  # a decision: its body carries on to the list's resolutions
        for match in _ZH_NUM_RE.finditer(text, group.start(1), group.end(1)):
            citations.append(_zh_cited(text, match, body))
        decision = _ZH_DECISION.match(text, floor)
        floor = decision.end() if decision else floor
    return citations


def _carries(text: str, end: int, start: int) -> bool:
    """Whether the list at `start` goes on with the body of the one that ended at
    `end` (after its 决议)."""
    gap = text[end:start]
    return len(_ZH_QUOTED.sub("", gap)) <= _LOOKBACK and bool(_ZH_CARRY.fullmatch(gap))


def _zh_cited(text: str, match: re.Match[str], body: str | None) -> Cited:
    number = match.group()
    if "(" not in number or not _SPACED_SESSION.search(number):
        return _cited(text, match, body)
    written = _SPACED_SESSION.sub(r"\1-", number)
    symbol, kind, label = resolution_symbol(written, _default(body))
    citation = ParsedCitation(symbol, kind, number, match.start(), match.end(), label)
    return citation, body is not None


def _is_zh_gap(gap: str) -> bool:
    """Whether `gap` only joins two numbers of one list; titles do not count to its
    length."""
    return len(_ZH_QUOTED.sub("", gap)) <= _LOOKBACK and bool(_ZH_GAP.fullmatch(gap))


def _zh_body_before(text: str, start: int, floor: int) -> str | None:
    # A body named inside a title does not adopt the resolution: “加强裁军审议委员会
    # 执行职责的途径和方法”…第45/62 B号决议 (A/RES/79/72), nor one inside a subject:
    # 其…关于设立人权理事会的第60/251号决议 (A/RES/75/165). A comma inside a title
    # does not end the clause: 欢迎该委员会…通过题为“…国际法律框架，预防和…”的…
    # 第31/1号决议 (A/RES/79/313).
    window = text[max(floor, start - _LOOKBACK * 4) : start]
    if "“" in window or "《" in window:
        window = _ZH_QUOTED.sub("", window)
    written = _clause_before(window, len(window), 0)[0]
    clause = _ZH_RELATIVE.sub("", written)
    found = None
    for match in _ZH_BODY.finditer(clause):
        found = _ZH_BODIES[match.group()]
        last = match
    if found is None and _ZH_LATEST.match(written):
        return _zh_latest_body(window, len(window) - len(written) - 1)
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
    if found == "" and _ZH_PURSUANT.search(clause, last.end()):
        return None
    return found


def _zh_latest_body(window: str, end: int) -> str | None:
    """The one body named in the clause of `window` that ends at `end`, whose
    resolutions the next clause lists as 最近的决议是…; None when it names none or
    several."""
    clause = _clause_before(window, end, 0)[0]
    bodies = {_ZH_BODIES[m.group()] for m in _ZH_BODY.finditer(clause)}
    return bodies.pop() if len(bodies) == 1 else None
