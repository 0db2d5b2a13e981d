"""Document symbols and resolution citations in a paragraph: find, normalise, classify.

A citation is keyed by the official symbol (第 70/1 号决议 -> A/RES/70/1); its text is
the number as written, which is also what the UN's own XML links.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .dates import DATE_PATTERN
from .numerals import parse_chinese_number, parse_roman, roman
from .types import (
    DOCUMENT,
    GA_RESOLUTION,
    HRC_RESOLUTION,
    OTHER_RESOLUTION,
    SC_RESOLUTION,
    ParsedCitation,
)

# Direction marks too: 第75/265\u200e号决议 (A/RES/77/272).
# En and other typeset spaces: resolution\u200275/200 (A/RES/78/286).
_SP = r"[ \t\u00a0\u2000-\u200a\u202f\u200e\u200f]"
# Part letters: 45/55 B, 53/77 AA, 54/237 A-C (A/RES/79/44, A/RES/79/3), 51/211 A至E
# (A/RES/75/244), 45/250 A to C (A/RES/75/253 B).
# The Russian texts may type them in Cyrillic: 48/74 В (A/RES/79/20).
_CYRILLIC_PARTS = "АВСЕНКМОРТХ"
_LETTER = f"[A-Z{_CYRILLIC_PARTS}]"
_NOT_LETTER = "(?![A-Za-zА-яЁё])"
_PART = (
    rf"{_LETTER}{{1,2}}(?:{_SP}?[-–至]{_SP}?{_LETTER}{{1,2}}"
    rf"|{_SP}(?:to|à|a){_SP}{_LETTER}{{1,2}}{_NOT_LETTER})?"
)
# Hyphens as typeset: ES‑10/15 and 1874 (S‑IV) carry a non-breaking one (A/RES/75/96,
# A/RES/78/302).
_HY = "[-\u2011]"
# One resolution number: 70/1, 75/242 B, ES-10/19, 217 A (III), 1325 (2000); the
# Arabic texts write sessions as د-15 (1514 (د-15)) and special sessions as دإ-30/1.
# Arabic texts spell part letters as their names, in the order of the Latin ones
# (49/75 كاف is 49/75 K, A/RES/79/32).
_AR_PARTS = (
    "ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف "
    "راء شين تاء ثاء خاء ذال ضاد"
).split()
_AR_PART = rf"{_SP}(?:{'|'.join(_AR_PARTS)})(?![\u0621-\u064a])"
# The Assembly's first resolution in Chinese numerals, its session parenthesised:
# 第一㈠号决议 is 1 (I) (A/RES/75/65, A/RES/76/25).
_ZH_OLD = "[一二三四五六七八九十百]{1,4}[\u3220-\u3229]"
# Emergency special sessions number old resolutions too: 2252 (ES-V) (A/RES/75/94);
# an old number may carry an Arabic part: 377 ألف (د-5) (A/RES/79/1).
_NUM = (
    rf"(?:{_ZH_OLD}"
    rf"|(?:ES|S|دإط|دإ){_HY}\d{{1,2}}/\d{{1,4}}(?:{_SP}?{_PART}{_NOT_LETTER})?"
    rf"|\d{{1,4}}/\d{{1,4}}(?:{_SP}?{_PART}{_NOT_LETTER}|{_AR_PART})?"
    rf"|\d{{1,4}}(?:{_SP}?{_PART}|{_AR_PART})?{_SP}?"
    rf"\((?:(?:E?S{_HY})?[IVXLC]{{1,8}}|\d{{4}}|دإ?-\d{{1,2}})\))"
)
_NUM_RE = re.compile(_NUM)
# "resolution(s)" in the five other languages; Russian and Arabic inflect it
# (резолюцию, резолюциях; القرار, قرارها, قراراتها). The Arabic word may carry
# vowel marks and a kashida (قرارَها, قراريْها, قراراتـها: A/RES/79/217, 79/241,
# 79/65) and stand against its number (القرار70/1, A/RES/79/231).
_HEAD = re.compile(
    rf"\b(?:[Rr]esolutions?|[Rr]ésolutions?|[Rr]esoluci(?:ón|ones)){_SP}+"
    rf"|(?<![а-яё])[Рр]езолюци[а-яё]{{1,3}}{_SP}+"
    rf"|(?<![\u0621-\u064a])(?:[وبل]?ال|[وبل]|لل)?قرار[\u0621-\u0652]{{0,6}}{_SP}*"
)
# Bodies named before the number (or after it, in Russian: резолюция 32/6 Совета по
# правам человека), most specific first.
_BODY_NAMES = (
    ("Economic and Social Council", "ECOSOC"), ("Sub-Commission", "SUBCOM"),
    ("Human Rights Council", "HRC"), ("Commission on Human Rights", "CHR"),
    ("Security Council", "SC"), ("General Assembly", "GA"), ("Assembly", "GA"),
    ("Council", ""), ("Commission", ""), ("Board", ""), ("Conference", ""),
    ("Conseil économique et social", "ECOSOC"), ("Sous-Commission", "SUBCOM"),
    ("Conseil des droits de l[’']homme", "HRC"),
    ("Commission des droits de l[’']homme", "CHR"),
    ("Conseil de sécurité", "SC"), ("Assemblée générale", "GA"), ("Assemblée", "GA"),
    ("Conseil", ""), ("Conférence", ""),
    ("Consejo Económico y Social", "ECOSOC"), ("Subcomisión", "SUBCOM"),
    ("Consejo de Derechos Humanos", "HRC"), ("Comisión de Derechos Humanos", "CHR"),
    ("Consejo de Seguridad", "SC"), ("Asamblea General", "GA"), ("Asamblea", "GA"),
    ("Consejo", ""), ("Comisión", ""), ("Conferencia", ""),
    (r"Экономическ\w* и Социальн\w* Совет\w*", "ECOSOC"), (r"Подкомисси\w*", "SUBCOM"),
    (r"Совет\w* по правам человека", "HRC"), (r"Комисси\w* по правам человека", "CHR"),
    (r"Совет\w* Безопасности", "SC"), (r"Генеральн\w* Ассамбле\w*", "GA"),
    (r"Ассамбле\w*", "GA"), (r"Совет\w*", ""), (r"Комисси\w*", ""),
    (r"Конференци\w*", ""),
    ("المجلس الاقتصادي والاجتماعي", "ECOSOC"), ("اللجنة الفرعية", "SUBCOM"),
    ("مجلس حقوق الإنسان", "HRC"), ("لجنة حقوق الإنسان", "CHR"),
    ("مجلس الأمن", "SC"), ("الجمعية العامة", "GA"), ("الجمعية", "GA"),
    ("المجلس", ""), ("اللجنة", ""), ("المؤتمر", ""),
)  # fmt: skip
_BODIES = [(re.compile(name), body) for name, body in _BODY_NAMES]
_BODY_ANY = re.compile("|".join(f"(?:{name})" for name, _ in _BODY_NAMES))
# The date word: "of", and "on" once in a list (76/146 on 16 December 2021,
# A/RES/78/187).
_DATE_WORD = r"(?:of|on|du|de|del|от|المؤرخ[\u0621-\u064a]{0,3})"
# Named after the list, with the dates and markers of its items: резолюция 32/6
# Совета по правам человека, résolutions 20/15¹, … et 41/4⁶ du Conseil des droits de
# l’homme (A/RES/79/169), la résolution 53/28 du 14 juillet 2023 du Conseil.
# de la resolución 78/112 de la Asamblea General (A/RES/79/117); la résolution 57/26
# du Conseil, en date du 10 octobre 2024 (A/RES/79/60), another body's.
_AFTER_NAMES = "|".join(
    n
    for n, b in _BODY_NAMES
    if n[0] in "ЭПСКГ"
    or b
    and n[0] in "CS"
    or n in ("Assemblée générale", "Asamblea General", "Conseil", "Consejo")
)
# Named as the subject after "its resolution …," (_subject_after): only a body with
# its own series; the Assembly is the one speaking of its own otherwise.
_SUBJECT_NAMES = "|".join(n for n, b in _BODY_NAMES if b not in ("", "GA"))
# Without its group names, to be used more than once in one pattern.
_DATE = re.sub(r"\?P<\w+>", "", DATE_PATTERN)
_DATE_CLAUSE = rf"(?:,?{_SP}*{_DATE_WORD}{_SP}+{_DATE})"
_AND = r"(?:and|et|y|и|و)"
_AS_WELL = r"(?:as well as|ainsi que|así como|а также)"
# A list item may carry a short clause before the next number when that number
# comes with its date: 72/186 of 19 December 2017, entitled “…”, 74/176 of ….
# A quoted title may hold a colon (“…: combating COVID-19”, A/RES/76/91).
_QUOTED = r"[“”«][^“”«»\n]{0,300}[“”»]"
# Items pointing into the resolution: 52/214, sect. C, para. 3; 55/222, sect. III
# (A/RES/78/103), 59/39, para. 9, and 65/21.
_PLACE = (
    r"(?:sects?|secc|sección|section|paras?|par|párrs?|paragraphs?|annex|anexo|annexe"
    r"|chap|cap|part|parte|partie|разд|пп?|الجزء|الفقرات|الفقرة|المرفق|الفصل|الفرع)"
)
# Ranges: paras. 61–76, par. 61 à 76, الفقرات من 61 إلى 76 (A/RES/79/117).
_RANGE = rf"(?:{_SP}?[-–]{_SP}?\w{{1,4}}|{_SP}+(?:à|a|to|إلى){_SP}+\w{{1,4}})"
_INCLUDING = re.compile(
    r"[ \t\u00a0]*(?:including|in particular|notably|notamment|y compris|en particulier"
    r"|incluid[ao]s?|en particular|в том числе|включая|в частности|بما في ذلك|ولا سيما"
    r"|包括|特别是|尤其是"
    # The latest of a body's resolutions: las resoluciones y decisiones del Consejo
    # de Derechos Humanos, las más recientes de las cuales son las resoluciones 56/1
    # (A/RES/79/182); la más reciente de las cuales es la resolución 54/35
    # (A/RES/79/179).
    r"|the most recent of which|las? más recientes? de las cuales"
    r"|dont les plus récentes|последни[ем]и? из которых|وآخرها"
    # The body's resolutions, namely: les résolutions pertinentes du Conseil des
    # droits de l’homme, à savoir les résolutions 49/1 (A/RES/79/184).
    r"|namely|à savoir|a saber|а именно)"
)
# Resolutions adopted by the Assembly and the Council together are numbered in both
# series (第60/180号和第1645(2005)号, A/RES/76/305): the Assembly's number is the
# session/number one, and a number with its year stays the Council's.
_JOINT = re.compile(
    r"大会和安全理事会|大会和安理会|General Assembly and (?:the )?Security Council"
    r"|Assemblée générale et (?:du |le )?Conseil de sécurité"
    r"|Asamblea General y (?:del |el )?Consejo de Seguridad"
    r"|Генеральн\w* Ассамбле\w* и Совет\w* Безопасности|الجمعية العامة ومجلس الأمن"
)
_BOUNDARY = "，；。、;,(،؛"
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|on|of|the|and|for|to|against)"
# The report of the Human Rights Council is Supplement No. 53 of the Assembly's
# Official Records: "Supplement No. 53A (A/74/53/Add.1), chap. III, resolution 42/12"
# cites the Council's (A/RES/75/152).
_HRC_REPORT = re.compile(
    r"(?:Supplement|Supplément|Suplemento|Дополнение|الملحق)\W{1,3}"
    r"(?:No\.|no|núm\.|№|رقم)\W{0,2}53(?!\d)|补编第\s*53(?!\d)"
)
_TAIL = re.compile(rf"[\s,;，、،؛(（号决议]*(?:{_DATE_CLAUSE}[\s,;，、،؛(（]*)?")
_CARRY = 250  # how far back a continued list looks for its body
_SYMBOL_MAX = 100  # longer runs of /-separated parts are not a document symbol
_LOOKBACK = 60

# A document symbol: an upper-case series, then /-separated parts. Add. 2, (Part I)
# and a Security Council year may follow a space (A/72/439/Add. 2 in A/RES/72/169,
# S/RES/2334 (2016)). A hyphen followed by a new series joins two symbols
# (E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, A/RES/72/169 footnote 5).
_SEG = (
    rf"(?:(?:Add|Corr|Rev|Amend|Suppl)\.{_SP}?\d{{1,3}}"
    r"|[A-Za-z0-9.]+(?:-(?![A-Z][A-Za-z0-9.]*/)[A-Za-z0-9.]+)*)"
    rf"(?:{_SP}?\((?:Part{_SP}[IVX]{{1,4}}|\d{{4}})\))?"
)
_DOC = re.compile(rf"(?<![A-Za-z0-9./])[A-Z]{{1,8}}(?:/{_SEG})+")

# A citation, and whether its text names the body that adopted it.
Cited = tuple[ParsedCitation, bool]

_SERIES = {"CHR": "E/CN.4/RES/", "SUBCOM": "E/CN.4/Sub.2/RES/", "ECOSOC": "E/RES/"}
_RESOLUTION_SERIES = (
    ("A/HRC/RES/", HRC_RESOLUTION),
    ("A/RES/", GA_RESOLUTION),
    ("S/RES/", SC_RESOLUTION),
)


@lru_cache(maxsize=4096)
def normalise_symbol(symbol: str) -> str:
    """A/72/439/Add. 2 -> A/72/439/Add.2; S/RES/1325 (2000) -> S/RES/1325(2000)."""
    text = unicodedata.normalize("NFKC", symbol).strip().rstrip(".")
    text = re.sub(r"\b(Add|Corr|Rev|Amend|Suppl)\.\s+(?=\d)", r"\1.", text)
    text = re.sub(r"\s+(?=\()", "", text)
    text = re.sub(r"\(Part\s+([IVX]+)\)", r"(Part \1)", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text)


_LOWER_PARTS = re.compile(r"/(add|corr|rev)\.")


def capitalise_parts(symbol: str) -> str:
    """'A/77/610/add.1' -> 'A/77/610/Add.1': report symbols typed in lower case
    (A/RES/77/263 B in Chinese)."""
    return _LOWER_PARTS.sub(lambda m: f"/{m[1].capitalize()}.", symbol)


def classify(symbol: str) -> str:
    """The citation kind of a normalised symbol."""
    for prefix, kind in _RESOLUTION_SERIES:
        if symbol.startswith(prefix):
            return kind
    return OTHER_RESOLUTION if "/RES/" in symbol else DOCUMENT


_TO_LATIN = str.maketrans(_CYRILLIC_PARTS, "ABCEHKMOPTX")
_HYPHENS = re.compile(r" ?至 ?|[\u2010\u2011]| (?:to|à|a) (?=[A-Z])")


@lru_cache(maxsize=4096)
def resolution_symbol(number: str, body: str) -> tuple[str, str, str]:
    """(symbol, kind, label) of resolution `number` adopted by `body` (GA, HRC, ...)."""
    number = _latin_number(normalise_symbol(number)).translate(_TO_LATIN)
    number = _HYPHENS.sub("-", number)
    old = re.fullmatch(
        r"(\d+) ?([A-Z]{1,2}(?: ?[-–] ?[A-Z]{1,2})?)? ?\(((?:E?S-)?[IVXLC]+|\d{4})\)",
        number,
    )
    if old:
        n, label, session = old.groups()
        label = (label or "").replace(" ", "")
        if session.isdigit():
            return f"S/RES/{n}({session})", SC_RESOLUTION, label
        if parse_roman(session.rpartition("-")[2]):
            # Roman sessions are the Assembly's; the Economic and Social Council
            # numbered the same way (155 C (VII), A/RES/79/186).
            if body in ("GA", ""):
                return f"A/RES/{n}({session})", GA_RESOLUTION, label
            if body in _SERIES or body == "ECOSOC":
                return f"E/RES/{n}({session})", OTHER_RESOLUTION, label
            return f"{n}({session})", OTHER_RESOLUTION, label
    first = number.split("/", 1)[0]
    year_numbered = first.isdigit() and int(first) >= 1946
    if body == "HRC":
        return f"A/HRC/RES/{number}", HRC_RESOLUTION, ""
    # The Security Council numbers by year, never by session: a session/number
    # named after it is the Assembly's (安全理事会…按照…第51/193号决议, A/RES/75/325).
    if (body == "GA" or body == "SC" and "/" in number) and not year_numbered:
        return f"A/RES/{number}", GA_RESOLUTION, ""
    # Commission and Sub-Commission resolutions were issued under these series until
    # 2006 (A/RES/72/169 cites Sub-Commission resolution 2000/22); ECOSOC under E/RES.
    if body in _SERIES and year_numbered:
        return f"{_SERIES[body]}{number}", OTHER_RESOLUTION, ""
    return number, OTHER_RESOLUTION, ""


def _clause_before(text: str, start: int, floor: int) -> tuple[str, int]:
    """The clause that ends at `start`, with the one before it when it only opens
    a list of examples: "Human Rights Council resolutions, including resolutions
    23/9" (A/RES/79/190), "人权理事会…决议，包括…第19/11号" (A/RES/78/208); and
    where in it the clause of `start` begins.
    """
    low = max(floor, start - _LOOKBACK)
    window = text[low:start]
    cut = max(window.rfind(c) for c in _BOUNDARY)
    clause = window[cut + 1 :]
    if cut > 0 and not clause.strip():
        # A clause of its own before: the resolutions of the Human Rights Council,
        # including the most recent, resolution 46/21 (A/RES/75/287).
        prior = max(window.rfind(c, 0, cut) for c in _BOUNDARY)
        if prior >= 0 and _INCLUDING.match(window, prior + 1):
            cut, clause = prior, window[prior + 1 :]
    if cut >= 0 and _INCLUDING.match(clause):
        before = text[max(floor, low + cut - _LOOKBACK) : low + cut]
        before = before[max(before.rfind(c) for c in _BOUNDARY) + 1 :]
        return before + clause, len(before)
    return clause, 0


def _body_before(text: str, start: int, floor: int) -> str | None:
    """The body named closest before `start` in its clause; None when none is named.

    A council or conference named before "including" is the subject of the
    resolutions listed, not their adopter: "la Conférence mondiale¹, notamment les
    résolutions 66/144" (A/RES/79/161).
    """
    clause, own = _clause_before(text, start, floor)
    last = None
    for last in _BODY_ANY.finditer(clause):  # noqa: B007
        pass  # the closest one counts
    if last is None:
        return None
    body = _body_named(last.group())
    if body == "" and last.start() < own:
        return None
    return "GA" if body == "SC" and _JOINT.search(clause) else body


def _body_named(text: str) -> str:
    for pattern, body in _BODIES:
        if pattern.match(text):
            return body
    return ""


def _latin_number(number: str) -> str:
    """The Arabic ways of numbering: 1514 (د-15) -> 1514 (XV), 1874 (دإ-4) ->
    1874 (S-IV), دإ-30/1 -> S-30/1;
    the Chinese 一㈠ (after NFKC, 一(一)) -> 1 (I).
    """
    chinese = re.fullmatch(r"([一-龥]{1,4})\(([一-龥]{1,2})\)", number)
    if chinese:
        n, session = map(parse_chinese_number, chinese.groups())
        return f"{n} ({roman(session)})" if n and session else number
    session = re.search(r"\(د(إ?)-(\d{1,2})\)", number)
    if session:
        special = "S-" if session[1] else ""
        number = number.replace(session.group(), f"({special}{roman(int(session[2]))})")
    # 49/75 كاف, and 377 ألف (د-5) before a session (A/RES/79/1).
    part = re.search(_AR_PART + r"(?= ?\(|$)", number)
    if part:
        letter = chr(ord("A") + _AR_PARTS.index(part.group().strip()))
        number = f"{number[: part.start()]} {letter}{number[part.end() :]}"
    return number.replace("دإط-", "ES-").replace("دإ-", "S-")


def _cited(text: str, match: re.Match[str], body: str | None) -> Cited:
    """The citation of one number; a number whose body is not named is the
    Assembly's."""
    symbol, kind, label = resolution_symbol(match.group(), _default(body))
    citation = ParsedCitation(
        symbol, kind, match.group(), match.start(), match.end(), label
    )
    return citation, body is not None


def _default(body: str | None) -> str:
    return "GA" if body is None else body


def _documents(text: str) -> list[Cited]:
    citations = []
    for match in _DOC.finditer(text):
        raw = match.group().rstrip(".")
        if not any(c.isdigit() for c in raw) or len(raw) > _SYMBOL_MAX:
            continue
        symbol = normalise_symbol(raw)
        start = match.start()
        citation = ParsedCitation(
            symbol, classify(symbol), raw, start, start + len(raw)
        )
        citations.append((citation, True))
    return citations


def ends_citation(gap: str) -> bool:
    """Whether `gap`, after a number, is only what may close its citation: its date,
    号 or 决议, punctuation."""
    return bool(_TAIL.fullmatch(gap))


def cites_council_report(note: str, number: str) -> bool:
    """Whether footnote `note` points to the Human Rights Council's report (and to
    no resolution but `number`)."""
    if not _HRC_REPORT.search(note):
        return False
    own = resolution_symbol(number, "HRC")[0]
    return all(
        c.kind == DOCUMENT or resolution_symbol(c.text, "HRC")[0] == own
        for c in find_citations(note)
    )


def find_citations(text: str) -> tuple[ParsedCitation, ...]:
    """Every resolution number and document symbol in `text`, in order of position."""
    return tuple(citation for citation, _ in find_citations_named(text))


@lru_cache(maxsize=1024)
def find_citations_named(text: str) -> tuple[Cited, ...]:
    """find_citations, each with whether the text names its body: a number whose
    body is not named is read as the Assembly's, which the document's other
    citations may correct (citation_context.py)."""
    # Imported at the call: symbols_zh and symbols_words build on this module's
    # patterns, so a top-level import would be circular.
    from .symbols_words import find_word_resolutions
    from .symbols_zh import find_zh_resolutions

    found = find_zh_resolutions(text) + find_word_resolutions(text) + _documents(text)
    found.sort(key=lambda pair: (pair[0].start, pair[0].end))
    result: list[Cited] = []
    for pair in found:
        if result and pair[0].start < result[-1][0].end:
            continue  # the same words read twice (A/RES/70/1 written out in full)
        result.append(pair)
    return tuple(result)
