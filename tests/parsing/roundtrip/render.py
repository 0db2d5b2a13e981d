"""Render one Akoma Ntoso XML resolution into the seed layout of its language, and
take from the same XML the facts a faithful parse of that text must give back.

Reads the XML itself with xml.etree: the parser under test is not used here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
FOLDER_LANGUAGES = {
    "Chinese": "zh",
    "English": "en",
    "French": "fr",
    "Spanish": "es",
    "Russian": "ru",
    "Arabic": "ar",
}
SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SPACES = re.compile(r"[ \t\r\n]+")
_LEAD_TRAILING = " \t\u00a0\u3000，,、：:；;"
_COMMITTEES = {
    "#firstCommittee": "first",
    "#secondCommittee": "second",
    "#thirdCommittee": "third",
    "#fourthCommittee": "fourth",
    "#specialPoliticalAndDecolonizationCommittee": "fourth",
    "#fifthCommittee": "fifth",
    "#sixthCommittee": "sixth",
    "#noMainCommittee": "plenary",
}
_RES_HREF = re.compile(r"undocs\.org/(?:[a-z]{2}/)?((?:[A-Z]+/)*RES/[^\"#?]+)")
_SUB_LABEL = re.compile(
    r"\s*(?:\((?:[a-z]{1,2}|[ivxl]{1,6}|[\u0621-\u064a]{1,2}|هـ)\)|[a-z]{1,2}\)|[㈠-㈩]"
    r"|’\d{1,2}‘)\s"
)


class Skip(Exception):
    """The document has a shape the seed layout cannot hold; the reason says which."""


@dataclass
class Facts:
    symbol: str = ""
    session: int = 0
    adopted_on: str = ""
    committee: str = ""
    committee_report: str = ""
    draft_symbol: str = ""
    plenary_meeting: int | None = None
    agenda_items: tuple[str, ...] = ()
    preambular: int = 0
    headings: int = 0
    operative: list[str] = field(default_factory=list)
    subparagraphs: list[int] = field(default_factory=list)  # per operative paragraph
    leads: list[str] = field(default_factory=list)  # preambular, then operative
    footnotes: int = 0
    links: list[tuple[int, ...]] = field(default_factory=list)  # markers per paragraph
    ga_citations: set[str] = field(default_factory=set)  # as canonical_symbol()
    linked: set[str] = field(default_factory=set)  # numbers of every resolution link


def _tag(element: ET.Element) -> str:
    return element.tag.replace(NS, "")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


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


@dataclass
class _Para:
    text: str
    markers: list[int]
    notes: list[tuple[int, str]]


class Renderer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.lines: list[str] = []
        self.facts = Facts()
        self.seen_markers: set[int] = set()

    # Inline content ---------------------------------------------------------------

    def inline(self, p: ET.Element, lead_style: str = "") -> tuple[_Para, str]:
        """Text of `p` with superscript markers; the lead (if any) marked up."""
        parts: list[str] = []
        markers: list[int] = []
        notes: list[tuple[int, str]] = []
        lead = ""
        if p.text:
            parts.append(p.text)
        children = list(p)
        for index, child in enumerate(children):
            tag = _tag(child)
            if tag == "authorialNote":
                marker = int(child.get("marker") or 0)
                markers.append(marker)
                parts.append(str(marker).translate(SUPERSCRIPTS))
                if marker not in self.seen_markers:
                    self.seen_markers.add(marker)
                    notes.append((marker, self.note_text(child)))
            else:
                self.collect_links(child)
                text = "".join(child.itertext())
                is_lead = (
                    index == 0
                    and tag == "span"
                    and {"italic", "bold"} & set((child.get("class") or "").split())
                    and self.lead_allowed(p.text or "")
                    and text.strip(_LEAD_TRAILING)
                )
                if is_lead:
                    lead = _clean(text).strip(_LEAD_TRAILING)
                    core = text.rstrip(" \t\n")
                    pad = " " if len(core) < len(text) else ""
                    if lead_style:
                        core = core.strip()
                        parts.append(f"{lead_style}{core}{lead_style}{pad}")
                    else:
                        parts.append(text)
                else:
                    parts.append(text)
            if child.tail:
                parts.append(child.tail)
        return _Para(_clean("".join(parts)), markers, notes), lead

    def lead_allowed(self, before: str) -> bool:
        before = before.strip()
        # Chinese puts a few words before the lead (在这方面**欣见**, A/RES/78/197).
        return not before or (self.language == "zh" and len(before) <= 6)

    def collect_links(self, element: ET.Element) -> None:
        for a in element.iter():
            match = _RES_HREF.search(a.get("href") or "")
            if match:
                self.facts.linked.add(resolution_number(match.group(1)))
                if match.group(1).startswith("A/RES/"):
                    self.facts.ga_citations.add(canonical_symbol(match.group(1)))

    def note_text(self, note: ET.Element) -> str:
        self.collect_links(note)
        return _clean(" ".join("".join(p.itertext()) for p in note.iter(f"{NS}p")))

    # Blocks ------------------------------------------------------------------------

    def emit(self, para: _Para, prefix: str = "") -> None:
        self.lines += [prefix + para.text, ""]
        for marker, text in para.notes:
            self.lines += [f"{str(marker).translate(SUPERSCRIPTS)} {text}", ""]
        self.facts.footnotes += len(para.notes)

    def paragraph_text(self, p: ET.Element, style: str) -> tuple[_Para, str]:
        if p.text is None and len(p) == 0:
            return _Para("", [], []), ""
        return self.inline(p, style)

    def preambular(self, element: ET.Element) -> None:
        blocks = element.find(f"{NS}blockList")
        style = "" if self.language == "zh" else "*"
        if blocks is not None:
            intro = blocks.find(f"{NS}listIntroduction")
            para, lead = self.inline(intro, style) if intro is not None else (None, "")
            if para is None:
                raise Skip("a preambular list without an introduction")
            markers = list(para.markers)
            self.emit(para)
            for item in blocks.findall(f"{NS}item"):
                num = _clean(item.findtext(f"{NS}num") or "")
                sub, _ = self.inline(item.find(f"{NS}p"))
                markers += sub.markers
                self.emit(sub, f"{num} ")
            self.add_paragraph_facts(lead, markers, preambular=True)
            return
        p = element.find(f"{NS}p") if _tag(element) == "container" else element
        if p is None:
            raise Skip("a preambular container without a paragraph")
        para, lead = self.inline(p, style)
        self.emit(para)
        self.add_paragraph_facts(lead, para.markers, preambular=True)

    def add_paragraph_facts(
        self, lead: str, markers: list[int], preambular: bool
    ) -> None:
        if preambular:
            self.facts.preambular += 1
            self.facts.leads.insert(self.facts.preambular - 1, lead)
        else:
            self.facts.leads.append(lead)
        self.facts.links.append(tuple(dict.fromkeys(markers)))

    def body(self, container: ET.Element) -> None:
        for child in container:
            tag = _tag(child)
            if tag in ("section", "part"):
                self.heading(child)
                self.body(child)
            elif tag == "paragraph":
                self.operative(child)
            elif tag == "crossHeading" and child.get("refersTo") == "#preamble":
                raise Skip("preambular paragraphs inside a section")
            elif tag in ("num", "subheading", "heading", "crossHeading"):
                continue  # read by heading()
            else:
                raise Skip(f"<{tag}> in the operative part")

    def heading(self, section: ET.Element) -> None:
        words = [
            _clean("".join(section.find(f"{NS}{t}").itertext()))
            for t in ("num", "heading", "subheading")
            if section.find(f"{NS}{t}") is not None
        ]
        if words:
            raise Skip("sections with headings")

    def operative(self, paragraph: ET.Element) -> None:
        num = _clean(paragraph.findtext(f"{NS}num") or "")
        if not re.fullmatch(r"\d{1,3}(?:\.| ?-)", num):
            raise Skip(
                f"an operative paragraph numbered {num!r}"
                if num
                else "an unnumbered paragraph in the operative part"
            )
        number = re.match(r"\d+", num).group()
        for tag in ("subheading", "heading"):
            if paragraph.find(f"{NS}{tag}") is not None:
                raise Skip("a heading inside an operative paragraph")
        listing = paragraph.find(f"{NS}list")
        if listing is not None:
            intro = listing.find(f"{NS}intro/{NS}p")
        else:
            intro = paragraph.find(f"{NS}content/{NS}p")
        if intro is None:
            raise Skip("an operative paragraph without text")
        para, lead = self.inline(intro, "**")
        markers = list(para.markers)
        self.emit(para, f"{num} ")
        subs = 0
        if listing is not None:
            for point in listing.iter(f"{NS}point"):
                label = _clean(point.findtext(f"{NS}num") or "")
                p = point.find(f"{NS}content/{NS}p")
                if p is None:
                    raise Skip("a sub-paragraph without text")
                sub, _ = self.inline(p)
                markers += sub.markers
                self.emit(sub, f"{label} ")
                subs += 1
        self.facts.operative.append(number)
        self.facts.subparagraphs.append(subs)
        self.add_paragraph_facts(lead, markers, preambular=False)

    # The document ------------------------------------------------------------------

    def cover(self, statement: ET.Element) -> None:
        cover = statement.find(f"{NS}coverPage")
        if cover is None:
            raise Skip("no cover page")
        facts = self.facts
        session = cover.find(f".//{NS}session")
        if session is not None:
            self.lines.append(_clean("".join(session.itertext())))
            facts.session = int(session.get("value") or 0)
        for inline in cover.iter(f"{NS}inline"):
            name = inline.get("name")
            text = _clean("".join(inline.itertext()))
            if name == "agenda item":
                self.lines.append(text)
                facts.agenda_items = _agenda_items(inline.get("title") or "", text)
            elif name == "agenda item name":
                self.lines.append(text)
        self.lines.append("")
        title = cover.find(f".//{NS}docTitle")
        if title is not None:
            self.lines += [_clean("".join(title.itertext())), ""]
        proponent = cover.find(f".//{NS}docProponent")
        if proponent is not None:
            self.lines += [_clean("".join(proponent.itertext())), ""]
            facts.committee = _COMMITTEES.get(proponent.get("refersTo") or "", "")
            origin = proponent.find(f".//{NS}inline")
            origin_text = _clean("".join(origin.itertext()))
            found = re.match(r"[A-Z]+/[A-Za-z0-9./-]+", origin_text)
            symbol = found.group().rstrip(".") if found else ""
            if facts.committee == "plenary":
                facts.draft_symbol = symbol
            else:
                facts.committee_report = symbol
        date = statement.find(f".//{NS}FRBRWork/{NS}FRBRdate")
        facts.adopted_on = date.get("date", "") if date is not None else ""

    def preface(self, statement: ET.Element) -> None:
        preface = statement.find(f"{NS}preface")
        number = preface.findtext(f".//{NS}docNumber") if preface is not None else None
        if not number:
            raise Skip("no resolution number")
        title_element = preface.find(f".//{NS}docTitle")
        if title_element is None:
            raise Skip("no resolution title")
        title = _clean("".join(title_element.itertext()))
        self.lines += [f"{_clean(number)} {title}", ""]
        match = re.match(r"(\d+)/(\d+)", _clean(number))
        if not match:
            raise Skip(f"the resolution number {number!r}")
        self.facts.symbol = f"A/RES/{match[1]}/{match[2]}"

    def conclusions(self, statement: ET.Element) -> None:
        conclusions = statement.find(f"{NS}conclusions")
        if conclusions is None:
            return
        self.lines.append("")
        for tag in ("location", "docDate"):
            element = conclusions.find(f".//{NS}{tag}")
            if element is not None:
                self.lines.append(_clean("".join(element.itertext())))
        location = conclusions.find(f".//{NS}location")
        if location is not None:
            found = re.search(r"\d+", "".join(location.itertext()))
            self.facts.plenary_meeting = int(found.group()) if found else None

    def render(self, root: ET.Element) -> None:
        statement = root[0]
        if statement.find(f"{NS}collectionBody") is not None:
            raise Skip("several resolutions in one document (collectionBody)")
        if statement.find(f"{NS}attachments") is not None:
            raise Skip("annexes (attachments)")
        self.cover(statement)
        self.preface(statement)
        preamble = statement.find(f"{NS}preamble")
        if preamble is None:
            raise Skip("no preamble")
        for child in preamble:
            tag = _tag(child)
            if tag == "formula":
                self.lines += [_clean("".join(child.itertext())), ""]
            elif tag == "container":
                self.preambular(child)
            else:
                raise Skip(f"<{tag}> in the preamble")
        main = statement.find(f"{NS}mainBody")
        if main is None:
            raise Skip("no operative part")
        self.body(main)
        self.conclusions(statement)


_ABJAD = "أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض".split()


def _agenda_items(title: str, text: str) -> tuple[str, ...]:
    """From the agenda line itself: 'Point 125 t) de l’ordre du jour' -> 125 (t)."""
    source = text.replace("هـ", "ه")
    items = []
    current = ""
    pattern = (
        r"(\d{1,4})?\s*\(?([a-z]{1,2}|[\u0621-\u064a](?: [\u0621-\u064a])?)\)|(\d{1,4})"
    )
    for match in re.finditer(pattern, source):
        if match[3]:
            current = match[3]
            items.append(current)
            continue
        sub = match[2]
        if not sub.isascii():
            sub = "".join(chr(ord("a") + _ABJAD.index(c)) for c in sub.split())
        current = match[1] or current
        if items and items[-1] == current:
            items.pop()
        items.append(f"{current} ({sub})")
    return tuple(items)


def render_document(data: bytes, language: str) -> tuple[str, Facts]:
    """The seed-layout text of one XML document and the facts it must parse to.

    Raises Skip for the shapes the seed layout does not hold.
    """
    renderer = Renderer(language)
    renderer.render(ET.fromstring(data))
    return "\n".join(renderer.lines) + "\n", renderer.facts
