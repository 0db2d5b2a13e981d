"""The fixed lines of a resolution in each language: session, agenda, adoption, closing.

text.py asks these patterns what a line is; each language's wording lives only here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import DATE_PATTERN, ZH_DATE_PATTERN, parse_date
from .numerals import (
    parse_arabic_ordinal,
    parse_chinese_number,
    parse_english_ordinal,
    parse_french_ordinal,
    parse_russian_ordinal,
    parse_spanish_ordinal,
)

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def _committees(*words: str) -> dict[str, str]:
    return dict(zip(words, _ORDINALS, strict=True))


@dataclass(frozen=True)
class Cues:
    language: str
    session: re.Pattern[str]  # group "word"
    agenda: re.Pattern[str]  # group "items"
    agenda_split: re.Pattern[str]
    adoption: re.Pattern[str]  # group "date"; anything else naming an adoption fails
    adoption_hint: re.Pattern[str]  # searched: the line names an adoption
    committee: re.Pattern[str]  # searched, group "ordinal"
    committees: dict[str, str]  # ordinal as written -> first ... sixth
    plenary: re.Pattern[str]  # adopted without reference to a Main Committee
    assembly: re.Pattern[str]
    date: re.Pattern[str]  # a closing line holding only the date
    meeting: re.Pattern[str]  # group "n"
    annex: re.Pattern[str]
    ordinal: Callable[[str], int | None]
    opening: str  # the enacting formula, for messages

    def session_number(self, word: str) -> int | None:
        return self.ordinal(word)

    def committee_name(self, ordinal: str) -> str:
        return self.committees.get(ordinal, "")

    def parse_date(self, text: str) -> dt.date | None:
        """The date in `text`; None if it is not one, ValueError if it is invalid."""
        return parse_date(text, self.language)


_SP = r"[ \t\u00a0\u3000]*"
_S = r"[ \t\u00a0\u2009\u202f]+"  # thin space: "Point\u200972" (A/RES/79/138, fr)
_ITEMS = r"(?P<items>\d.*?)"
_DATE_LINE = re.compile(DATE_PATTERN)

ZH = Cues(
    language="zh",
    session=re.compile(
        rf"第{_SP}(?P<word>[\d〇零一二两三四五六七八九十百]+){_SP}届会议"
    ),
    agenda=re.compile(rf"议程项目{_SP}(?P<items>.+)"),
    agenda_split=re.compile(rf"{_SP}(?:、|，|,|和|及|以及){_SP}"),
    adoption=re.compile(rf"(?P<date>.*?日){_SP}大会决议"),
    adoption_hint=re.compile(r"大会决议$"),
    # 根据第三委员会的报告, or 根据特别政治和非殖民化委员会(第四委员会)
    # (A/RES/79/100)
    committee=re.compile(r"第(?P<ordinal>[一二三四五六])委员会"),
    committees=_committees(*"一二三四五六"),
    plenary=re.compile(r"未经发交主要委员会"),
    # Without the comma before a declaration it adopts (A/RES/79/256).
    assembly=re.compile(rf"大会{_SP}[，,]?"),
    date=re.compile(ZH_DATE_PATTERN),
    meeting=re.compile(
        rf"第{_SP}(?P<n>\d{{1,4}}){_SP}次全体会议(?:{_SP}[(（]续会[)）])?"
    ),
    annex=re.compile(rf"附件(?:{_SP}[一二三四五六七八九十\dIVX]+)?"),
    ordinal=parse_chinese_number,
    opening="大会，",
)

_EN_COMMITTEES = _committees(*(o.capitalize() for o in _ORDINALS))
_EN_COMMITTEES["Special Political and Decolonization"] = "fourth"
EN = Cues(
    language="en",
    session=re.compile(r"(?P<word>[A-Z][a-z]+(?:[-\u2011][a-z]+)?) session"),
    agenda=re.compile(rf"Agenda items?{_S}{_ITEMS}"),
    agenda_split=re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)"),
    adoption=re.compile(
        rf"Resolutions? adopted by the General Assembly{_S}on{_S}(?P<date>.+)"
    ),
    adoption_hint=re.compile(r"^Resolutions? adopted by the General Assembly"),
    committee=re.compile(
        r"on the report of the (?P<ordinal>[A-Z][A-Za-z ]+?) Committee"
    ),
    committees=_EN_COMMITTEES,
    plenary=re.compile(r"without reference to a Main Committee"),
    assembly=re.compile(r"The General Assembly\s*,?"),
    date=_DATE_LINE,
    # "(resumed)" before or after, and once unbracketed: "54th resumed plenary
    # meeting" (A/RES/76/242).
    meeting=re.compile(
        rf"(?P<n>\d{{1,4}})(?:st|nd|rd|th){_S}(?:\(resumed\){_S}|resumed{_S})?"
        rf"plenary{_S}meeting"
        rf"(?:{_S}\(resumed\))?"
    ),
    annex=re.compile(r"Annex(?:\s+[IVX\d]+)?"),
    ordinal=parse_english_ordinal,
    opening="The General Assembly,",
)

FR = Cues(
    language="fr",
    session=re.compile(r"(?P<word>[A-ZÉ][a-zéè]+(?:[-\u2011 ][a-zéè]+)*) session"),
    agenda=re.compile(rf"Points?{_S}{_ITEMS}{_S}de{_S}l[’']ordre{_S}du{_S}jour"),
    agenda_split=re.compile(r"\s*(?:,\s*et\s+|,\s*|\s+et\s+)"),
    adoption=re.compile(
        rf"Résolutions? adoptées? par l[’']Assemblée générale{_S}le{_S}(?P<date>.+)"
    ),
    adoption_hint=re.compile(r"^Résolutions? adoptées? par l[’']Assemblée"),
    committee=re.compile(
        r"(?P<ordinal>Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième)"
        r" Commission"
    ),
    committees=_committees(
        "Première", "Deuxième", "Troisième", "Quatrième", "Cinquième", "Sixième"
    ),
    plenary=re.compile(r"sans renvoi à une grande commission", re.I),
    assembly=re.compile(r"L[’']Assemblée générale\s*,?"),
    date=_DATE_LINE,
    meeting=re.compile(
        rf"(?P<n>\d{{1,4}})(?:e|re|er|ème){_S}séance{_S}plénière(?:{_S}\(reprise\))?"
    ),
    annex=re.compile(r"Annexe(?:\s+[IVX\d]+)?"),
    ordinal=parse_french_ordinal,
    opening="L’Assemblée générale,",
)

ES = Cues(
    language="es",
    session=re.compile(r"(?P<word>[A-Z][a-zéá]+(?: [a-zéá]+)*) período de sesiones"),
    agenda=re.compile(rf"Temas?{_S}{_ITEMS}{_S}del{_S}programa"),
    agenda_split=re.compile(r"\s*(?:,\s*y\s+|,\s*|\s+y\s+)"),
    adoption=re.compile(
        rf"Resoluci(?:ón|ones) aprobadas? por la Asamblea General{_S}el{_S}"
        r"(?P<date>.+)"
    ),
    adoption_hint=re.compile(r"^Resoluci(?:ón|ones) aprobadas? por la Asamblea"),
    committee=re.compile(
        r"(?P<ordinal>Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión"
    ),
    committees=_committees(
        "Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta"
    ),
    plenary=re.compile(r"sin remisión previa a una Comisión Principal", re.I),
    assembly=re.compile(r"La Asamblea General\s*,?"),
    date=_DATE_LINE,
    meeting=re.compile(
        rf"(?P<n>\d{{1,4}})(?:a|ª|\.ª){_S}sesión{_S}plenaria(?:{_S}\(continuación\))?"
    ),
    annex=re.compile(r"Anexo(?:\s+[IVX\d]+)?"),
    ordinal=parse_spanish_ordinal,
    opening="La Asamblea General,",
)

RU = Cues(
    language="ru",
    session=re.compile(r"(?P<word>[А-ЯЁ][а-яё]+(?: [а-яё]+)*) сессия"),
    agenda=re.compile(rf"Пункты?{_S}{_ITEMS}{_S}повестки{_S}дня"),
    agenda_split=re.compile(r"\s*(?:,\s*и\s+|,\s*|\s+и\s+)"),
    adoption=re.compile(
        rf"Резолюци[яи],? принят(?:ая|ые) Генеральной Ассамблеей{_S}(?P<date>.+)"
    ),
    adoption_hint=re.compile(r"^Резолюци[яи],? принят"),
    committee=re.compile(r"(?P<ordinal>Перв|Втор|Трет|Четв[её]рт|Пят|Шест)\w* комитет"),
    committees=_committees("Перв", "Втор", "Трет", "Четверт", "Пят", "Шест")
    | {"Четвёрт": "fourth"},
    plenary=re.compile(r"без передачи в главные комитеты", re.I),
    assembly=re.compile(r"Генеральная Ассамблея\s*,?"),
    date=_DATE_LINE,
    meeting=re.compile(
        rf"(?P<n>\d{{1,4}})[-‑]?[еe]{_S}(?:\(возобновленное\){_S})?пленарное"
        rf"{_S}заседание"
    ),
    annex=re.compile(r"Приложение(?:\s+[IVX\d]+)?"),
    ordinal=parse_russian_ordinal,
    opening="Генеральная Ассамблея,",
)

AR = Cues(
    language="ar",
    session=re.compile(r"الدورة (?P<word>.+)"),
    agenda=re.compile(rf"البند(?:ان)?{_S}{_ITEMS}{_S}من{_S}جدول{_S}الأعمال"),
    # و before a number or a parenthesis: not the letter of "98 (و و)" (A/RES/79/57).
    agenda_split=re.compile(r"\s*(?:،\s*و\s*|،\s*|,\s*|\s+و\s*(?=[\d(]))"),
    adoption=re.compile(
        rf"(?:قرار|قرارات) اتخذ(?:ته|تها) الجمعية العامة{_S}في{_S}(?P<date>.+)"
    ),
    adoption_hint=re.compile(r"^(?:قرار|قرارات) اتخذ"),
    committee=re.compile(
        r"اللجنة (?P<ordinal>الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)"
    ),
    committees=_committees(
        "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة"
    ),
    plenary=re.compile(r"دون الإحالة إلى لجنة رئيسية"),
    assembly=re.compile(r"إن[َّ]*\s+الجمعية العامة\s*،?"),
    date=_DATE_LINE,
    meeting=re.compile(rf"الجلسة العامة{_S}(?P<n>\d{{1,4}})(?:{_S}\(المستأنفة\))?"),
    annex=re.compile(r"(?:ال)?مرفق(?:\s+\S{1,12})?"),
    ordinal=parse_arabic_ordinal,
    opening="إن الجمعية العامة،",
)

CUES = {cues.language: cues for cues in (ZH, EN, FR, ES, RU, AR)}

# How each language opens the resolution body, to tell the Latin-script languages
# apart when the text has no other cue.
OPENINGS = {
    "fr": re.compile(r"^L[’']Assemblée générale\s*,", re.M),
    "es": re.compile(r"^La Asamblea General\s*,", re.M),
    "en": re.compile(r"^The General Assembly\s*,", re.M),
}
_STOPWORDS = {
    "en": re.compile(r"\b(?:the|and|of|to|its)\b"),
    "fr": re.compile(r"\b(?:les|des|et|la|du|aux)\b"),
    "es": re.compile(r"\b(?:los|las|del|y|el|para)\b"),
}
_STOPWORD_MIN = 5  # fewer hits than this is too little to tell a language by


_SCRIPTS = {
    "zh": re.compile("[\u4e00-\u9fff]+"),
    "ru": re.compile("[\u0400-\u04ff]+"),
    "ar": re.compile("[\u0600-\u06ff]+"),
    "latin": re.compile("[A-Za-z]+"),
}


def _script_counts(sample: str) -> dict[str, int]:
    """Letters of each script in `sample`, counted as what a deletion removes (in C:
    a loop over the characters in Python cost 2.6 ms a document, 40% of parse_text
    on the rendered corpus)."""
    return {
        script: len(sample) - len(pattern.sub("", sample))
        for script, pattern in _SCRIPTS.items()
    }


def detect_language(text: str) -> str | None:
    """The language whose script dominates; for Latin script, the opening line or
    the commonest small words tell English, French and Spanish apart.
    """
    sample = text[:20_000]
    counts = _script_counts(sample)
    if counts["zh"] and counts["zh"] >= counts["latin"]:
        return "zh"
    script = max(("ru", "ar"), key=lambda s: counts[s])
    # Enough Cyrillic or Arabic letters, more than half the Latin ones (symbols such
    # as A/RES/79/1 are Latin in every language).
    if counts[script] >= 20 and counts[script] * 2 >= counts["latin"]:
        return script
    for language, opening in OPENINGS.items():
        if opening.search(sample):
            return language
    hits = {lang: len(p.findall(sample.lower())) for lang, p in _STOPWORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    ranked = sorted(hits.values(), reverse=True)
    if ranked[0] >= _STOPWORD_MIN and ranked[0] >= 2 * ranked[1]:
        return best
    if counts[script] >= 5 and counts[script] >= counts["latin"]:
        return script
    return None
