"""The citations of the languages written in words (en, fr, es, ru, ar): a head word
(resolution, résolutions, резолюции, قرار) and the list of numbers after it, with the
body that adopted them: named after the head word or the list, named before in the
clause, the speaker's own ("its resolution"), or carried over from the list before.

Split out of symbols.py, whose patterns and helpers it shares (as symbols_zh does for
Chinese); find_citations_named there calls find_word_resolutions.
"""

from __future__ import annotations

import re

from .dates import DATE_PATTERN
from .symbols import (
    _AFTER_NAMES,
    _AND,
    _AS_WELL,
    _BODY_ANY,
    _CARRY,
    _DATE_CLAUSE,
    _DATE_WORD,
    _DOC,
    _HEAD,
    _HRC_REPORT,
    _LOOKBACK,
    _NAME_WORD,
    _NUM,
    _NUM_RE,
    _PLACE,
    _QUOTED,
    _RANGE,
    _SP,
    _SUBJECT_NAMES,
    Cited,
    _body_before,
    _body_named,
    _cited,
    _clause_before,
)

# resoluciones del Consejo de Derechos Humanos 44/20 (A/RES/79/161); قرار الجمعية
# العامة للأمم المتحدة 78/241 (A/RES/79/239).
_BODY_AFTER_HEAD = re.compile(
    rf"(?:(?:del|de la|du|de l[’']){_SP}*)?(?:{_BODY_ANY.pattern})"
    rf"(?:{_SP}+للأمم{_SP}+المتحدة)?{_SP}+"
)


_BODY_AFTER_NUMBER = re.compile(
    rf"(?:,?{_SP}*{_DATE_WORD}{_SP}+{DATE_PATTERN})?[⁰¹²³⁴⁵⁶⁷⁸⁹]*"
    rf"{_SP}+(?:(?:du|del|de la){_SP}+|de l[’']{_SP}*)?"
    rf"(?:{_AFTER_NAMES})"
)


_COUNCIL = re.compile(r"Conseil|Consejo|Совет")


_BODY_THEN_ITS = re.compile(
    rf"(?:{_SUBJECT_NAMES})[’']?s?[,،]{_SP}*"
    rf"(?:in|through|by|under|dans|par|en|mediante|في|ضمن){_SP}+"
    rf"(?:(?:its|sa|ses|su|sus){_SP}+)?$"
)


# Not the start of the next item: "its resolution 74/153 of 18 December 2019, Human
# Rights Council resolution 44/18" (A/RES/75/180).
_SUBJECT_AFTER = re.compile(
    rf"{_DATE_CLAUSE}?[⁰¹²³⁴⁵⁶⁷⁸⁹]*,?[⁰¹²³⁴⁵⁶⁷⁸⁹]*{_SP}+"
    rf"(?:(?:the|le|la|el){_SP}+)?(?P<body>{_SUBJECT_NAMES})"
    rf"(?!{_SP}*(?:[’']s{_SP}+)?(?:{_HEAD.pattern}))"
)


_OWN = re.compile(
    rf"\b(?:its|sa|ses|su|sus){_SP}+$"
    # A whole word: позднее ("later") is not ее ("its").
    rf"|(?<![А-яЁё])(?:свою|свои|своей|своих|своим|своя|её|ее){_SP}+$"
)
_BY_BODY = re.compile(
    rf"\bby{_SP}+[^;,]{{0,60}}?(?P<body>{_BODY_ANY.pattern})[^;,]*,{_SP}*of{_SP}+$"
)
_HIS = re.compile(rf"(?<![А-яЁё])его{_SP}+$")


_CLAUSE_NEXT = re.compile(
    rf"(?:{_QUOTED}|[^;:\n“”«]){{0,300}}?"
    rf"(?:[,،]{_SP}*(?:(?:{_AND}|{_AS_WELL}){_SP}+)?|{_SP}+{_AND}{_SP}+)"
    rf"(?={_NUM}{_DATE_CLAUSE})"
)


# A cheap test before _CLAUSE_NEXT, which would scan 300 characters after every
# number of a long text in vain: the date word its lookahead needs.
_NUM_DATED = re.compile(
    rf"(?:of|du|de|del|от|{_SP}on|المؤرخ[\u0621-\u064a]{{0,3}}){_SP}+"
)


# "as well as" joins two items too (60/180 and 1645 (2005) of …, as well as 65/28 of
# …, A/RES/77/106); a dated item may lack its comma (71/66 of 5 December 2016 73/66
# of 5 December 2018, A/RES/77/77).
_NEXT = re.compile(
    rf"{_DATE_CLAUSE}?(?:{_SP}*[,،]{_SP}*(?:(?:{_AND}|{_AS_WELL}){_SP}+|و{_SP}*)?"
    rf"|{_SP}+(?:{_AND}|{_AS_WELL}){_SP}+|{_SP}+و{_SP}*)"
    rf"|{_DATE_CLAUSE}{_SP}+(?={_NUM}{_DATE_CLAUSE})"
)


# The place may have no number (78/3, anexo, 78/4, A/RES/79/221); the Russian texts
# set a space before the comma (56/64 B , разд. X, A/RES/79/117).
_PLACE_NEXT = re.compile(
    rf"(?:{_SP}?[,،]{_SP}*{_PLACE}\.?(?:{_SP}*(?:من{_SP}+)?[\w–.-]{{1,12}}{_RANGE}?)?)+"
    rf"(?:{_SP}?[;,؛،]{_SP}*(?:{_AND}{_SP}+)?|{_SP}+{_AND}{_SP}+)(?={_NUM})"
)


# An English council or commission counts only in the name just before the head
# word: Commission on Crime Prevention and Criminal Justice resolution 25/1
# (A/RES/75/158), the Council in its resolutions 47/21 (A/RES/76/246).
_GENERIC = re.compile(r"\b(?:Council|Commission|Board|Conference)")


_GENERIC_BEFORE = re.compile(
    r"\b(?:Council|Commission|Board|Conference)"
    rf"(?:{_SP}+{_NAME_WORD})*(?:[’']s)?(?:,?{_SP}*(?:including|in particular))?"
    rf"(?:,?{_SP}*(?:in|through|by|under){_SP}+its)?{_SP}+$"
)


# The Arabic generic bodies, the adopter of قرارها only when named just before it:
# اللجنة، في قرارها; اللجنة الخاصة في قرارها.
_AR_GENERIC_BEFORE = re.compile(
    rf"(?:المجلس|اللجنة|المؤتمر)(?:{_SP}+[\u0621-\u064a]+)?{_SP}*[،,]?{_SP}*"
    rf"(?:(?:في|ضمن|بموجب){_SP}+)?$"
)


# A list that continues another: "and resolutions", "et les résolutions".
_CONTINUES = re.compile(
    rf"(?:{_AND}|{_AS_WELL}){_SP}+(?:(?:the|les|la|los|las){_SP}+)?$"
)


# A resolution found at a place of a document is another body's, the one whose text
# the document carries: "A/56/1026-S/2002/932, annex II, resolution 14/221", of the
# Arab League's summit (A/RES/79/163).
_IN_DOCUMENT = re.compile(
    rf"{_DOC.pattern}\)?(?:{_SP}?[,،]{_SP}*{_PLACE}\.?(?:{_SP}+[\w.–-]{{1,12}})?)+"
    rf"{_SP}?[,،]{_SP}*$"
)


# What every match of _HEAD holds: resolution(s), résolution(s), resolución(es),
# резолюция (any case), قرار.
_HEAD_WORDS = ("esolu", "ésolu", "езолюци", "قرار")


def find_word_resolutions(text: str) -> list[Cited]:
    """resolution 70/1, résolutions 44/82 du 8 décembre 1989 et 50/142, резолюция
    32/6 Совета по правам человека, قرار الجمعية العامة 70/1: each number of a list.
    """
    if not any(word in text for word in _HEAD_WORDS):  # cheaper than _HEAD
        return []
    citations: list[Cited] = []
    floor = 0
    previous: tuple[int, str | None] = (-_CARRY, None)  # the last list's end, body
    for head in _HEAD.finditer(text):
        if head.start() < floor:
            continue  # a head word inside the list just read
        pos = head.end()
        named = _BODY_AFTER_HEAD.match(text, pos)
        if named:
            body: str | None = _body_named(_BODY_ANY.search(named.group()).group())
            pos = named.end()
        else:
            body = _word_body_before(text, head, floor)
        if text.startswith("A/RES/", pos):
            # A list opened by a full symbol: sus resoluciones A/RES/55/5 B y C, de
            # 23 de diciembre de 2000, 57/4 B (A/RES/79/249).
            pos += len("A/RES/")
        group = _number_list(text, pos)
        if not group:
            continue
        floor = group[-1].end()
        if not body:
            # A generic council or commission before gives way to a body named
            # after: пункта 21 резолюции 78/112 Генеральной Ассамблеи, said of the
            # Commission (A/RES/79/117).
            after = _body_after(text, group[-1].end())
            body = after if after or body is None else body
        if body == "GA" and not named and _is_own(text, head):
            body = _subject_after(text, group[-1].end()) or body
        if body is None:
            body = _body_carried(text, head.start(), previous)
        previous = (floor, body)
        citations += [_cited(text, m, body) for m in group]
    return citations


def _word_body_before(text: str, head: re.Match[str], floor: int) -> str | None:
    body = _body_before(text, head.start(), floor)
    if body is None and text.endswith("of ", 0, head.start()):
        # The adopter between commas: the adoption, by the Economic and Social
        # Commission for Asia and the Pacific at its seventy-second session, of
        # resolution 72/7 (A/RES/75/222).
        by = _BY_BODY.search(text, max(floor, head.start() - 200), head.start())
        if by:
            return _body_named(by.group("body"))
    before = text[max(0, head.start() - _LOOKBACK * 2) : head.start()]
    if body == "" and _GENERIC.search(before):
        # A council or conference named earlier in the clause is its subject, not
        # the adopter: the Review Conference in accordance with paragraph 60 of
        # resolution 74/18 (A/RES/78/68), the International Conferences on
        # Financing for Development and its resolution 70/299 (A/RES/75/208).
        body = "" if _GENERIC_BEFORE.search(before) else None
    own = _is_own(text, head)
    if body == "" and own and not _AR_GENERIC_BEFORE.search(before):
        # The same in Arabic, for its resolution: the elements relevant to the work
        # of the Special Committee contained in its resolution 47/120 B, بعمل اللجنة
        # الخاصة الواردة في قرارها 47/120 باء (A/RES/79/125), is the Assembly's.
        body = None if "قرار" in head.group() else body
    masculine = _is_masculine_own(text, head)
    if body is None and (own or masculine):
        # The body just before the comma: the decision of the Human Rights Council,
        # in its resolution 45/12 (A/RES/75/168); مجلس حقوق الإنسان، في قراره 27/21
        # (A/RES/79/167).
        named = _BODY_THEN_ITS.search(
            text, max(0, head.start() - _LOOKBACK), head.start()
        )
        if named:
            return _body_named(_BODY_ANY.search(named.group()).group())
    if own:
        # Its resolution: the Assembly speaks of its own, unless the clause names
        # another body (the Human Rights Council in its resolution 17/4,
        # A/RES/76/227).
        return "GA" if body is None else body
    if masculine:
        # قراره is a masculine body's own, never the Assembly's (الجمعية is
        # feminine): بأن مجلس حقوق الإنسان قدم إلى الجمعية العامة ضمن قراره 54/18
        # (A/RES/79/170); so is его резолюция (Ассамблея is feminine): просьбой
        # Совета по правам человека, содержащейся в его резолюции 51/32 (79/161).
        clause = _clause_before(text, head.start(), floor)[0]
        if not _BODY_ANY.search(clause):  # the body before a participle's comma
            clause = text[max(floor, head.start() - _LOOKBACK) : head.start()]
        bodies = [_body_named(m.group()) for m in _BODY_ANY.finditer(clause)]
        return next((b for b in reversed(bodies) if b != "GA"), body)
    low = max(0, head.start() - _LOOKBACK * 3)
    if body is None and "53" in text[low : head.start()]:
        if _HRC_REPORT.search(text, low, head.start()):
            return "HRC"
    if body is None and text[head.start() - 2 : head.start()].strip()[-1:] in ",،":
        low = max(0, head.start() - _LOOKBACK)
        found = _IN_DOCUMENT.search(text, low, head.start())
        return "" if found and "RES/" not in found.group() else None
    return body


def _is_masculine_own(text: str, head: re.Match[str]) -> bool:
    """Whether the head word is a masculine body's "its resolution": قراره, его
    резолюции."""
    return head.group().rstrip().endswith("ه") or bool(
        _HIS.search(text, max(0, head.start() - 8), head.start())
    )


def _is_own(text: str, head: re.Match[str]) -> bool:
    """Whether the head word is "its resolution": sa résolution, своей резолюции,
    قرارها."""
    return bool(
        _OWN.search(text, max(0, head.start() - 12), head.start())
        or head.group().rstrip().endswith("ها")
    )


def _subject_after(text: str, end: int) -> str | None:
    """The body that speaks of "its resolution" when it is named after it: through
    its resolution 54/18 of 12 October 2023,²⁰ the Human Rights Council submitted
    (A/RES/79/170)."""
    after = _SUBJECT_AFTER.match(text, end)
    return _body_named(_BODY_ANY.search(after["body"]).group()) if after else None


def _number_list(text: str, pos: int) -> list[re.Match[str]]:
    """The numbers of the list that starts at `pos`."""
    group: list[re.Match[str]] = []
    while (match := _NUM_RE.match(text, pos)) is not None:
        group.append(match)
        sep = _NEXT.match(text, match.end())
        if sep is None or not _NUM_RE.match(text, sep.end()):
            sep = _PLACE_NEXT.match(text, match.end())
        if sep is None and _NUM_DATED.search(text, match.end(), match.end() + 400):
            sep = _CLAUSE_NEXT.match(text, match.end())
            if sep is not None and _HEAD.search(sep.group()):
                break  # another body's resolutions start (A/RES/77/324)
        if sep is None:
            break
        pos = sep.end()
    return group


def _body_after(text: str, end: int) -> str | None:
    after = _BODY_AFTER_NUMBER.match(text, end)
    if not after:
        return None
    name = _BODY_ANY.search(after.group()).group()
    body = _body_named(name)
    if body == "" and _COUNCIL.match(name):
        # "the Council" is the council last named: créée par le Conseil des droits
        # de l’homme dans sa résolution 22/13 …, créé par la résolution 31/18 du
        # Conseil (A/RES/79/181).
        named = [_body_named(m.group()) for m in _BODY_ANY.finditer(text, 0, end)]
        councils = [b for b in named if b in ("HRC", "SC", "ECOSOC")]
        return "HRC" if councils[-1:] == ["HRC"] else ""
    return body


def _body_carried(
    text: str, start: int, previous: tuple[int, str | None]
) -> str | None:
    """The body of a list that continues the one before: Human Rights Council
    resolutions …, 42/15 of 26 September 2019 on the right to privacy in the digital
    age and resolutions 32/13 (A/RES/75/176); la décision 18/120 du Conseil des droits
    de l’homme, en date du 30 septembre 2011, et les résolutions 24/14 (A/RES/79/167).
    """
    if not _CONTINUES.search(text, max(0, start - 20), start):
        return None
    low = max(previous[0], start - _CARRY)
    between = text[low:start]
    if ";" in between or "؛" in between:
        return None
    last = None
    for last in _BODY_ANY.finditer(between):  # noqa: B007
        pass
    if last is not None:
        return _body_named(last.group()) or None
    return previous[1] if previous[0] >= start - _CARRY else None
