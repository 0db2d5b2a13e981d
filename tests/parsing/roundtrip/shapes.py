"""What the renderer recognises in the XML (operative numbers, sub-paragraph labels,
annex lines, heading classes) and how it names the resolutions the XML links.
"""

from __future__ import annotations

import re

FOLDER_LANGUAGES = {
    "Chinese": "zh",
    "English": "en",
    "French": "fr",
    "Spanish": "es",
    "Russian": "ru",
    "Arabic": "ar",
}
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
LEAD_TRAILING = " \t\u00a0\u3000，,、：:；;"
# A resolution link: its language in either case or none (undocs.org/CH/A/RES/217(III),
# A/RES/78/216, zh), a doubled slash (undocs.org//en/A/RES/217 (III), A/RES/75/181),
# and a number after RES/: ru/A/RES/A/79/188 (A/RES/79/125) links a document, under
# no resolution's number.
RES_HREF = re.compile(
    r"undocs\.org/+(?:[A-Za-z]{2}/)?((?:[A-Za-z]+/)*(?:RES|res)/(?:[A-Za-z]{1,2}-)?\d[^\"#?]*)"
)
OPERATIVE_NUM = re.compile(r"\d{1,3}(?:\.| ?-)")
# A number printed in the text: "3 – " (A/RES/79/136, ar), "29\t" (A/RES/79/258, fr),
# "\u200e1.\u200e\t" (A/RES/79/134, zh); "6 –" before the lead's span (A/RES/79/165);
# "\u200f19 -\u200f\t" (A/RES/79/174, ar); "287.Nous" (A/RES/79/233, fr); "6．\t"
# (A/RES/76/88, zh).
NUMBER_IN_TEXT = re.compile(
    r"[\s\u200e\u200f]*(\d{1,3})\u200e?(?: ?[.．–-][\u200e\u200f]?(?:\s|$)|\u200e?\t"
    r"|\.(?=[A-ZÀ-ÞА-Я]))"
)
# A label opening a sub-paragraph, in the num or at the start of the text; 1.1
# (A/RES/76/3); • (A/RES/79/233); "(a)\u200e" (A/RES/77/276, zh); (甲) (76/120);
# (1), ① (77/100).
SUB_LABEL = re.compile(
    r"(?:\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2}|[\u0621-\u064a]{1,2}|هـ)\)|(?:[a-z]{1,2}|[ivxl]{1,6})\)"
    r"|[а-я]\)|[㈠-㈩①-⑳•]|[(（](?:[一二三四五六七八九十]{1,3}|[甲乙丙丁戊己庚辛壬癸])[)）]"
    r"|’\d{1,2}‘|\d{1,2}(?:\.\d{1,2})+)"
    r"\u200e?(?=\s|$)"
)
ANNEX_WORDS = {
    "zh": "附件",
    "en": "Annex",
    "fr": "Annexe",
    "es": "Anexo",
    "ru": "Приложение",
    "ar": "المرفق",
}
ANNEX_LINE = re.compile(
    r"(?:附件(?:[一二三四五六七八九十]+)?|(?:Annexe?|Anexo|Приложение)(?: [IVX\d]+)?"
    r"|(?:ال)?مرفق(?: \S{1,12})?)"
)
# Paragraph classes the UN's XML gives headings (H1, H23, H4, HCh).
HEADING_CLASS = re.compile(r"H(?:\d+|Ch)")
# The number of a section heading: II., B., 一. (as parse_akn reads them).
HEADING_NUM = re.compile(r"[IVXLC]{1,6}\.?|[A-Z]\.?|[一二三四五六七八九十]{1,3}[.、]?")
PREAMBLE_ENDS = tuple(",，،")
# "*  *  *" between parts of a text (A/RES/75/1, 78/148): no paragraph.
SEPARATOR = re.compile(r"\*(?:[ \t\u00a0]*\*){2,}")
_SENTENCE_ENDS = tuple("，,；;：:。.！!？?…")
_CLOSING_QUOTES = '”’"»」』\u200e\u200f'


def looks_like_heading(text: str, emphasised: bool = False) -> bool:
    """An unnumbered line emphasised throughout (Action 1. We will…, A/RES/79/1), or
    short and not ending like a sentence (基薪/底薪表, A/RES/76/240), is a heading, as
    parse_akn reads it: the seed layout writes it bold throughout."""
    text = text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ ")
    if emphasised:
        return bool(text)
    ending = text.rstrip(_CLOSING_QUOTES)  # "…最低一档。”" (A/RES/79/280)
    return 0 < len(text) <= 100 and not ending.endswith(_SENTENCE_ENDS)


def canonical_symbol(symbol: str) -> str:
    """A/RES/45/55 B, A/RES/45/55B -> A/RES/45/55; A/RES/2200 A (xxi) ->
    A/RES/2200(XXI): the resolution, whatever its part and spelling.
    """
    text = symbol.replace(" ", "").replace("\u00a0", "").upper().rstrip(".,;")
    text = re.sub(r"(/\d+)[A-Z]{1,2}(?:[-–][A-Z]{1,2})?$", r"\1", text)
    return re.sub(r"(\d)[A-Z]{1,2}(?:[-–][A-Z]{1,2})?\(", r"\1(", text)


def resolution_number(symbol: str) -> str:
    """The number after RES/: A/HRC/RES/32/6 -> 32/6."""
    return canonical_symbol(symbol).rsplit("RES/", 1)[-1]
