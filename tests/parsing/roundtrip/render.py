"""Render one Akoma Ntoso XML resolution into the seed layout of its language, and
take from the same XML the facts a faithful parse of that text must give back.

Reads the XML itself with xml.etree: the parser under test is not used here.
The seed layout as rendered: one paragraph a line; leads *italic* in the preamble
(plain in Chinese, as the originals print them, unless marked_leads) and **bold**
in the operative part; a heading is a line bold throughout; sub-paragraphs start
with their label; a table is a run of lines starting with "|"; an annex starts
with its "Annex" line, after the closing lines.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from .cover import (
    NS,
    Facts,
    Skip,
    clean,
    render_conclusions,
    render_cover,
    render_preface,
    text_of,
)
from .shapes import (
    ANNEX_LINE,
    HEADING_CLASS,
    HEADING_NUM,
    LEAD_TRAILING,
    NUMBER_IN_TEXT,
    OPERATIVE_NUM,
    PREAMBLE_ENDS,
    RES_HREF,
    SEPARATOR,
    SUB_LABEL,
    SUPERSCRIPTS,
    canonical_symbol,
    looks_like_heading,
    resolution_number,
)

_LEAD_WITHIN = 12  # characters before a Chinese lead, as in the parsers
# Spaces (U+202F in A/RES/ES-11/1) and direction marks at either end.
_INVISIBLE_EDGES = re.compile(r"^[\s\u200e\u200f]+|[\s\u200e\u200f]+$")


def _tag(element: ET.Element) -> str:
    return element.tag.replace(NS, "")


@dataclass
class _Para:
    text: str
    markers: list[int]
    notes: list[tuple[int, str]]


@dataclass
class _Block:
    """A paragraph as the parser must give it back."""

    kind: str
    in_annex: bool
    number: str = ""
    lead: str = ""
    markers: list[int] = field(default_factory=list)
    subs: int = 0


class Renderer:
    def __init__(self, language: str, marked_leads: bool = False) -> None:
        self.language = language
        self.marked_leads = marked_leads
        self.lines: list[str] = []
        self.facts = Facts()
        self.seen_markers: set[int] = set()
        self.blocks: list[_Block] = []
        self.in_annex = False
        self.pending = ""  # an operative number whose text is in the next paragraph
        self.all_markers: set[int] = set()  # of every note in the document
        self.title_notes: list[tuple[int, str]] = []  # to write at the page end

    # Inline content ---------------------------------------------------------------

    def inline(self, p: ET.Element, lead_style: str = "") -> tuple[_Para, str]:
        """Text of `p` with superscript markers; the lead (if any) marked up."""
        parts: list[str] = []
        markers: list[int] = []
        notes: list[tuple[int, str]] = []
        lead = ""
        if p.text:
            parts.append(p.text)
        for index, child in enumerate(p):
            tag = _tag(child)
            if tag == "authorialNote":
                marker = int(child.get("marker") or 0)
                markers.append(marker)
                parts.append(str(marker).translate(SUPERSCRIPTS))
                if marker not in self.seen_markers:
                    self.seen_markers.add(marker)
                    notes.append((marker, self.note_text(child)))
            elif marker := self.sup_marker(child):
                # A second reference to a note, <sup>2</sup> (A/RES/79/83), as
                # parse_akn reads it.
                markers.append(marker)
                parts.append(str(marker).translate(SUPERSCRIPTS))
            else:
                self.collect_links(child)
                text = "".join(child.itertext())
                is_lead = (
                    index == 0
                    and tag == "span"
                    and {"italic", "bold"} & set((child.get("class") or "").split())
                    and self.lead_allowed(p.text or "")
                    and text.strip(LEAD_TRAILING)
                )
                if is_lead:
                    lead = _INVISIBLE_EDGES.sub("", clean(text)).strip(LEAD_TRAILING)
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
        return _Para(clean("".join(parts)), markers, notes), lead

    def sup_marker(self, element: ET.Element) -> int:
        """The note a <sup> refers to again when it holds a marker of the document,
        else 0."""
        content = "".join(element.itertext()).strip()
        found = _tag(element) == "sup" and content.isdigit()
        return int(content) if found and int(content) in self.all_markers else 0

    def lead_allowed(self, before: str) -> bool:
        """Only space and direction marks before a lead (\u200e\t<span>Reaffirms,
        A/RES/77/260), or in Chinese a few words, as many as the parsers allow
        (在这方面**欣见**, 78/197; 作为联合行动，除其他外，**鼓励**, 75/71)."""
        before = _INVISIBLE_EDGES.sub("", before)
        return not before or (self.language == "zh" and len(before) <= _LEAD_WITHIN)

    def collect_links(self, element: ET.Element) -> None:
        for a in element.iter():
            match = RES_HREF.search(a.get("href") or "")
            if match:
                self.facts.linked.add(resolution_number(match.group(1)))
                symbol = canonical_symbol(match.group(1))  # a/res/70/1 too
                if symbol.startswith("A/RES/"):
                    self.facts.ga_citations.add(symbol)

    def note_text(self, note: ET.Element) -> str:
        self.collect_links(note)
        return clean(" ".join("".join(p.itertext()) for p in note.iter(f"{NS}p")))

    # Blocks ------------------------------------------------------------------------

    def emit(self, para: _Para, prefix: str = "") -> None:
        self.lines += [prefix + para.text, ""]
        # The notes on the title's part letter (B¹, A/RES/79/245 B) come first.
        notes, self.title_notes = self.title_notes + para.notes, []
        for marker, text in notes:
            self.lines += [f"{str(marker).translate(SUPERSCRIPTS)} {text}", ""]
        self.facts.footnotes += len(notes)

    def add(self, kind: str, lead: str = "", markers=(), number: str = "") -> None:
        block = _Block(kind, self.in_annex, number, lead, list(markers))
        self.blocks.append(block)

    def add_sub(self, markers: list[int]) -> None:
        """A sub-paragraph belongs to the paragraph before it, past any heading, as
        parse_akn reads it."""
        parent = next((b for b in reversed(self.blocks) if b.kind != "heading"), None)
        if parent is None or parent.in_annex != self.in_annex:
            raise Skip("a sub-paragraph before any paragraph")
        parent.subs += 1
        parent.markers += markers

    def preambular(self, element: ET.Element) -> None:
        blocks = element.find(f"{NS}blockList")
        style = "" if self.language == "zh" and not self.marked_leads else "*"
        if blocks is not None:
            intro = blocks.find(f"{NS}listIntroduction")
            if intro is None:
                raise Skip("a preambular list without an introduction")
            para, lead = self.inline(intro, style)
            self.emit(para)
            self.add("preambular", lead, para.markers)
            self.items(blocks)
            return
        p = element.find(f"{NS}p") if _tag(element) == "container" else element
        if p is None:
            raise Skip("a preambular container without a paragraph")
        if p.find(f"{NS}table") is not None or element.find(f".//{NS}table"):
            raise Skip("a table in the preamble")
        if NUMBER_IN_TEXT.match(p.text or ""):
            # Operative paragraphs filed as preamble containers, their number in the
            # text (A/RES/76/243, zh), as parse_akn reads them.
            self.unnumbered(p)
            return
        para, lead = self.inline(p, style)
        self.emit(para)
        self.add("preambular", lead, para.markers)

    def items(self, blocks: ET.Element) -> None:
        """The items of a preamble list, under the paragraph before them."""
        for item in blocks.findall(f"{NS}item"):
            num = clean(item.findtext(f"{NS}num") or "")
            if OPERATIVE_NUM.fullmatch(num):
                # Operative paragraphs set as items of a preamble list (A/RES/
                # 77/266, zh), as parse_akn reads them.
                sub, lead = self.inline(item.find(f"{NS}p"), "**")
                self.emit(sub, f"{num} ")
                self.add("operative", lead, sub.markers, re.match(r"\d+", num)[0])
                continue
            sub, _ = self.inline(item.find(f"{NS}p"))
            self.emit(sub, f"{num} ")
            self.add_sub(sub.markers)

    def body(self, container: ET.Element) -> None:
        """The children of mainBody or of a section, in document order: a section's
        number and heading are one heading line, each further heading (two in
        section 一 of A/RES/78/253, zh) and subheading one more, as parse_akn reads
        them."""
        children = list(container)
        for index, child in enumerate(children):
            tag = _tag(child)
            after = children[index + 1] if index + 1 < len(children) else None
            if tag in ("section", "part", "title", "chapter", "hcontainer"):
                self.body(child)
            elif tag == "paragraph":
                self.paragraph(child)
            elif tag == "crossHeading" and child.get("refersTo") == "#preamble":
                # The preamble of a section (budget resolutions, A/RES/79/258).
                self.preambular(child)
            elif tag == "num" and after is not None and _tag(after) == "heading":
                continue  # read with its heading
            elif tag == "heading" and index and _tag(children[index - 1]) == "num":
                self.heading([children[index - 1], child])
            elif tag in ("num", "subheading", "heading", "crossHeading"):
                self.heading([child])
            elif tag in ("container", "table"):
                self.table(child)
            elif tag == "p" and {_tag(c) for c in child} <= {"num"} and len(child):
                # A section's number in a paragraph of its own, <p><num>II</num></p>
                # (A/RES/78/253), as parse_akn reads it: a heading.
                self.heading([child])
            else:
                raise Skip(f"<{tag}> in the operative part")

    def heading(self, elements: list[ET.Element]) -> None:
        """A line bold throughout; the annex line is written plain, as the parser's
        cue for the annex (and the annex's first heading)."""
        paras = [self.inline(e)[0] for e in elements]
        text = " ".join(p.text for p in paras if p.text)
        if not text:
            return
        if ANNEX_LINE.fullmatch(text):
            self.annex_line(text)
            return
        for para in paras:
            self.facts.footnotes += len(para.notes)
        self.lines += [f"**{text}**", ""]
        for para in paras:
            for marker, note in para.notes:
                self.lines += [f"{str(marker).translate(SUPERSCRIPTS)} {note}", ""]
        self.add("heading")

    def annex_line(self, text: str) -> None:
        """ "Annex" opens the annex, as its first heading (parse_akn keeps the XML's
        <heading>Annex</heading>)."""
        self.in_annex = True
        self.lines += [text, ""]
        self.add("heading")

    def paragraph(self, paragraph: ET.Element) -> None:
        num = clean(paragraph.findtext(f"{NS}num") or "")
        titles = [c for c in paragraph if _tag(c) in ("heading", "subheading")]
        contents = [
            p
            for c in paragraph
            if _tag(c) in ("content", "p")
            for p in (c.findall(f"{NS}p") if _tag(c) == "content" else [c])
        ]
        listing = paragraph.find(f"{NS}list")
        heading_class = HEADING_CLASS.fullmatch(paragraph.get("class") or "")
        pending, self.pending = self.pending, ""
        if pending and (num or titles or listing is not None or len(contents) != 1):
            raise Skip(f"operative paragraph {pending} without text")
        if OPERATIVE_NUM.fullmatch(num):
            for title in titles:
                # A heading set inside the paragraph it opens (Budget performance
                # report ..., A/RES/79/298), as parse_akn reads it: before it.
                self.heading([title])
            if listing is None and not "".join("".join(p.itertext()) for p in contents):
                # <num>19.</num> with empty content, the text in the next paragraph
                # (A/RES/79/1, fr), as parse_akn joins them.
                self.pending = num
                return
            self.operative(paragraph, num, contents, listing)
        elif pending:
            self.operative(paragraph, pending, contents, None)
        elif num and SUB_LABEL.fullmatch(num) and titles and not contents:
            if listing is not None:
                raise Skip(f"a heading numbered {num!r} with a list")
            # <num>(a)</num> on a heading that repeats it, "(a) Transport"
            # (A/RES/76/258): parse_akn keeps the heading alone.
            self.heading(titles)
        elif num and SUB_LABEL.fullmatch(num):
            intro = contents[0] if len(contents) == 1 else None
            if listing is not None and not contents:
                # (e) with its own (i), (ii) (A/RES/78/80 A).
                intro = listing.find(f"{NS}intro/{NS}p")
            if titles or intro is None:
                raise Skip(f"a paragraph numbered {num!r} with a heading or texts")
            para, _ = self.inline(intro)
            # "1.1" + ".\tRaise awareness" (A/RES/76/3) is printed 1.1. Raise…
            self.emit(para, num if para.text.startswith(".") else f"{num} ")
            self.add_sub(para.markers)
            if listing is not None:
                self.points(listing)
        elif titles and contents and not (num or heading_class) and listing is None:
            # "Article 10" over "The Commission shall make recommendations…:"
            # (A/RES/77/256 A), as parse_akn reads it: a heading, then the text.
            if len(contents) != 1:
                raise Skip("a heading over several texts")
            self.heading(titles)
            self.unnumbered(contents[0])
        elif titles or heading_class or HEADING_NUM.fullmatch(num):
            if listing is not None:
                raise Skip("a heading with a list")
            if num:
                number = ET.Element(f"{NS}num")
                number.text = num
                titles.insert(0, number)
            self.heading(titles + contents)
        elif num:
            raise Skip(f"an operative paragraph numbered {num!r}")
        else:
            if listing is not None or len(contents) != 1:
                raise Skip("an unnumbered paragraph with a list or several texts")
            self.unnumbered(contents[0])

    def unnumbered(self, p: ET.Element) -> None:
        if number := NUMBER_IN_TEXT.match(p.text or ""):
            # The number is printed but left out of <num> (3 – in A/RES/79/136, ar).
            rest = copy.copy(p)
            rest.text = p.text[number.end() :]
            para, lead = self.inline(rest, "**")
            printed = clean(re.sub("[\u200e\u200f]", "", number.group()))
            # A number set off by a tab alone is written with its full stop.
            self.emit(para, f"{printed if printed != number[1] else printed + '.'} ")
            self.add("operative", lead, para.markers, number[1])
            return
        if SEPARATOR.fullmatch(_without_notes(p)):
            self.lines += [_without_notes(p), ""]
            return
        if self.continues_preamble(p):
            self.preambular(p)
            return
        para, lead = self.inline(p, "**")
        if SUB_LABEL.match(para.text.lstrip(_MARKS)):
            # "(a) ..." written as a paragraph of its own (A/RES/75/10).
            self.emit(para)
            self.add_sub(para.markers)
        elif ANNEX_LINE.fullmatch(para.text):
            self.annex_line(para.text)
        elif looks_like_heading(
            para.text.replace("**", ""), _bold_throughout(para) or _bold_spans(p)
        ):
            # Read again as a heading: its notes are still to be written (A/RES/
            # 79/144, note 170 on the annex title).
            self.seen_markers -= {marker for marker, _ in para.notes}
            self.heading([p])
        else:
            self.emit(para)
            self.add("unnumbered", lead, para.markers)

    def continues_preamble(self, p: ET.Element) -> bool:
        """An unnumbered paragraph in mainBody ending like a preambular one, right
        after the preamble, before any operative paragraph or heading: parse_akn
        reads it as preambular (A/RES/75/211, zh), and so it is written."""
        return (
            not self.in_annex
            and bool(self.blocks)
            and self.blocks[-1].kind == "preambular"
            and not any(b.kind in ("operative", "heading") for b in self.blocks)
            and _without_notes(p).endswith(PREAMBLE_ENDS)
        )

    def operative(
        self,
        paragraph: ET.Element,
        num: str,
        contents: list[ET.Element],
        listing: ET.Element | None,
    ) -> None:
        number = re.match(r"\d+", num).group()
        if listing is not None:
            intro = listing.find(f"{NS}intro/{NS}p")
        else:
            intro = contents[0] if len(contents) == 1 else None
        if intro is None:
            raise Skip("an operative paragraph without text or with several texts")
        para, lead = self.inline(intro, "**")
        self.emit(para, f"{num} ")
        self.add("operative", lead, para.markers, number)
        if listing is not None:
            self.points(listing)

    def points(self, listing: ET.Element) -> None:
        """The points of a list, at any depth, as sub-paragraphs."""
        for point in listing.iter(f"{NS}point"):
            label = clean(point.findtext(f"{NS}num") or "")
            p = point.find(f"{NS}content/{NS}p")
            if p is None:
                raise Skip("a sub-paragraph without text")
            if _heading_point(label, p):
                # A section heading filed as the last point of a list (II.
                # International peace and security, A/RES/79/1).
                self.heading([point.find(f"{NS}num"), p])
                continue
            sub, _ = self.inline(p)
            self.emit(sub, f"{label} ")
            self.add_sub(sub.markers)

    def table(self, element: ET.Element) -> None:
        """A table as lines of cells between bars, one a row: one paragraph."""
        rows = []
        markers: list[int] = []
        for tr in element.iter(f"{NS}tr"):
            cells = []
            for cell in tr:
                paras = [self.inline(p)[0] for p in cell.iter(f"{NS}p")]
                for para in paras:
                    markers += para.markers
                    self.facts.footnotes += len(para.notes)
                    if para.notes:
                        raise Skip("a footnote inside a table")
                cells.append(" ".join(p.text for p in paras if p.text))
            if any(cells):
                rows.append("| " + " | ".join(cells) + " |")
        if not rows:
            raise Skip("a container without a table")
        self.lines += [*rows, ""]
        self.add("unnumbered", "", markers)

    # The document ------------------------------------------------------------------

    def render(self, root: ET.Element) -> None:
        statement = root[0]
        self.all_markers = {
            int(note.get("marker", "").strip())
            for note in root.iter(f"{NS}authorialNote")
            if note.get("marker", "").strip().isdigit()
        }
        render_cover(statement, self.lines, self.facts)
        for note in render_preface(statement, self.lines, self.facts):
            marker = int(note.get("marker") or 0)
            self.seen_markers.add(marker)
            self.title_notes.append((marker, self.note_text(note)))
        if statement.find(f"{NS}collectionBody") is None:
            self.statement(statement)
        else:
            self.collection(root)
        self.settle_facts()

    def collection(self, root: ET.Element) -> None:
        """The parts of a collection (A/RES/78/80 A-B) one after the other, each
        opening with its letter and title as headings, as parse_akn reads them."""
        parts = [
            c[0]
            for c in root.iter(f"{NS}component")
            if c.get("eId") and len(c) and _tag(c[0]) == "statement"
        ]
        if not parts:
            raise Skip("a collection without parts")
        for part in parts:
            preface = part.find(f"{NS}preface")
            for name in ("docNumber", "docTitle"):
                found = preface.find(f".//{NS}{name}") if preface is not None else None
                if found is not None:
                    self.heading([found])
            self.statement(part)

    def statement(self, statement: ET.Element) -> None:
        """Preamble, operative part, closing lines and annexes of one resolution.

        Preambles and operative parts are read in document order, as parse_akn
        reads them: A/RES/75/211 (zh) alternates three of each."""
        parts = [c for c in statement if _tag(c) in ("preamble", "mainBody")]
        if not parts or _tag(parts[0]) != "preamble":
            raise Skip("no preamble")
        # Without a mainBody the operative paragraphs are in the preamble, as items
        # of a list and a numbered container (A/RES/76/54, zh).
        for part in parts:
            if _tag(part) == "preamble":
                self.preamble(part)
            else:
                self.body(part)
        render_conclusions(statement, self.lines, self.facts)
        for attachment in statement.findall(f"{NS}attachments/{NS}attachment"):
            self.attachment(attachment)

    def preamble(self, preamble: ET.Element) -> None:
        for child in preamble:
            tag = _tag(child)
            if tag == "formula":
                self.lines += [text_of(child), ""]
            elif tag == "container":
                self.preambular(child)
            elif tag == "blockList" and child.find(f"{NS}listIntroduction") is None:
                # A list set after the paragraph it ends (A/RES/75/55).
                self.items(child)
            elif tag == "p" and _decoration(child):
                self.lines += [_decoration(child), ""]
            else:
                raise Skip(f"<{tag}> in the preamble")

    def attachment(self, attachment: ET.Element) -> None:
        main = attachment.find(f"{NS}doc/{NS}mainBody")
        if main is None:
            raise Skip("an annex without a body")
        # No "Annex" line is invented where the XML has none (A/RES/75/129 opens
        # with the annex's title): what follows the closing lines is the annex.
        self.in_annex = True
        self.body(main)

    def settle_facts(self) -> None:
        facts = self.facts
        for block in self.blocks:
            if block.in_annex:
                facts.annex.append(block.number or block.kind)
                continue
            if block.kind == "heading":
                facts.headings += 1
                continue
            facts.preambular += block.kind == "preambular"
            if block.kind == "operative":
                facts.operative.append(block.number)
                facts.subparagraphs.append(block.subs)
            facts.leads.append(block.lead)
            facts.links.append(tuple(dict.fromkeys(block.markers)))


_MARKS = " \u200e\u200f"  # direction marks before a label: "\u200e (a)" (77/276, zh)


def _without_notes(p: ET.Element) -> str:
    """The text of `p` without its footnotes, stripped."""
    parts = [p.text or ""]
    for child in p:
        if _tag(child) != "authorialNote":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return clean("".join(parts)).strip()


def _decoration(p: ET.Element) -> str:
    """The "* * *" between parts of a preamble (A/RES/78/148), else ""."""
    names = {_tag(c) for c in p}
    text = clean("".join(p.itertext())).strip()
    return text if names == {"decoration"} and SEPARATOR.fullmatch(text) else ""


def _bold_throughout(para: _Para) -> bool:
    text = para.text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ ")
    return text.startswith("**") and text.endswith("**") and text.count("**") == 2


def _bold_spans(p: ET.Element) -> bool:
    """Whether `p` is bold spans only: Action 13 + ". " + We will… (A/RES/79/1)."""
    texts = [p.text, *(c.tail for c in p)]
    spans = [c for c in p if _tag(c) != "authorialNote"]
    return (
        bool(spans)
        and not "".join(t or "" for t in texts).strip()
        and all(
            _tag(c) == "span" and "bold" in (c.get("class") or "").split()
            for c in spans
        )
    )


def _heading_point(label: str, p: ET.Element) -> bool:
    """A point numbered like a section (II., 二.) whose text reads as a heading."""
    if not (HEADING_NUM.fullmatch(label) and label[-1:] in ".、"):
        return False
    return _bold_spans(p) or looks_like_heading(clean("".join(p.itertext())))


def render_document(
    data: bytes, language: str, marked_leads: bool = False
) -> tuple[str, Facts]:
    """The seed-layout text of one XML document and the facts it must parse to.

    `marked_leads` writes Chinese preambular leads in italics, as every other
    language's are, instead of plain as the Chinese originals print them.
    Raises Skip for the shapes the seed layout does not hold.
    """
    renderer = Renderer(language, marked_leads)
    renderer.render(ET.fromstring(data))
    return "\n".join(renderer.lines) + "\n", renderer.facts
