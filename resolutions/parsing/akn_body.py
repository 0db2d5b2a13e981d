"""Reading the preamble, mainBody and attachments of an Akoma Ntoso resolution into
blocks and footnotes (akn_blocks arranges the blocks into paragraphs).

Elements found under preamble, mainBody and attachments in all 4,541 files of
sessions 75-79, and how each is read:
  preamble: formula (the enacting formula: skipped), container (a preambular
    paragraph, or a table, or p + blockList), blockList (listIntroduction, item
    with num and p), p (only "* * *" decorations: skipped)
  mainBody: paragraph (num, content/p, heading, subheading, list, p), crossHeading
    (refersTo="#preamble": a preambular paragraph inside a section), section, part,
    title (num, heading, subheading and paragraphs), heading, subheading, p (a bare
    num: a heading), container/table (tr, th, td, p), list (intro, point, sublist)
  inline: span (bold, italic, "bold italic", underline), a, sup, authorialNote,
    decoration, inline, img, eol
  attachments: attachment/doc name="annex"/mainBody, read like mainBody, in_annex
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field

from .akn_blocks import (
    SUB,
    Block,
    classify,
    is_annex_heading,
    is_heading_point,
    numbered_heading,
    settle,
)
from .akn_text import NS, Text, TextBuilder, cut, join_texts, render, tag
from .inline import SEPARATOR
from .symbols import find_citations
from .types import HEADING, OPERATIVE, PREAMBULAR, UNNUMBERED, ParsedFootnote

_ROW, _CELL = "\n", " | "
_NUM_EDGES = " \t\n\u00a0\u200e\u200f"
_INLINE = {"span", "a", "sup", "sub", "authorialNote", "inline", "decoration", "img"}
_INLINE |= {"eol", "br", "i", "b", "u", "docTitle", "docNumber", "date", "ref"}


@dataclass
class BodyReader:
    """Reads blocks and footnotes in document order; warnings name the eId."""

    markers: frozenset[int]
    warnings: list[str] = field(default_factory=list)
    footnotes: dict[int, ParsedFootnote] = field(default_factory=dict)
    title_notes: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    in_annex: bool = False

    def note(self, element: ET.Element) -> int:
        """Read an authorialNote into the footnotes; return the marker to refer to."""
        raw = (element.get("marker") or "").strip()
        marker = int(raw) if raw.isdigit() else 0
        if marker < 1 or marker in self.footnotes:
            fresh = max([*self.footnotes, *self.markers, 0]) + 1
            what = f"footnote {raw} appears twice" if marker else f"marker {raw!r}"
            self.warnings.append(f"{_where(element)}: {what}; numbered it {fresh}")
            marker = fresh
        texts = []
        for p in element.iter(f"{NS}p"):
            builder = TextBuilder(self._note_in_note)
            first = p[0] if len(p) else None
            # Some notes repeat their marker: <sup>21</sup> (A/RES/75/152).
            if (
                first is not None
                and tag(first) == "sup"
                and not (p.text or "").strip()
                and "".join(first.itertext()).strip() == raw
            ):
                builder.add(first.tail)
                builder.add_children(p, 1)
            else:
                builder.add_element(p)
            texts.append(builder.build())
        # The Arabic notes open with the empty brackets of their marker: "()\t".
        text = join_texts(texts, " ").text.removeprefix("()").lstrip()
        if not text:
            self.warnings.append(f"{_where(element)}: footnote {marker} is empty")
        self.footnotes[marker] = ParsedFootnote(marker, text, find_citations(text))
        return marker

    def _note_in_note(self, element: ET.Element) -> int:
        self.warnings.append(f"{_where(element)}: a note inside a note")
        return self.note(element)

    def text(self, element: ET.Element) -> Text:
        return render(element, self.note, self.markers)

    def read(self, parent: ET.Element, kind: str) -> None:
        """Read the children of `parent`; `kind` is preambular or operative."""
        children = list(parent)
        for index, child in enumerate(children):
            name = tag(child)
            if name in ("formula", "meta"):
                continue
            if name == "num" and _heading_after(children, index):
                continue  # read with its heading
            if name == "paragraph":
                self._paragraph(child, kind)
            elif name == "container":
                self._container(child, kind)
            elif name == "crossHeading":
                refers = child.get("refersTo") == "#preamble"
                self._add(PREAMBULAR if refers else HEADING, self.text(child), child)
            elif name == "heading" and index and tag(children[index - 1]) == "num":
                # A section's number and heading are one heading: "I Conditions of
                # service of staff…" (A/RES/79/252), as in a numbered paragraph.
                num = _num_text(children[index - 1])
                self._add(HEADING, numbered_heading(num, self.text(child)), child)
            elif name in ("heading", "subheading", "num"):
                self._add(HEADING, self.text(child), child)
            elif name == "table":
                self._add(UNNUMBERED, self._table(child), child, table=True)
            elif name == "blockList":
                self._items(child, kind)
            elif name == "p":
                self._p(child, kind)
            elif name in _INLINE or not any(tag(c) not in _INLINE for c in child):
                self.warnings.append(f"{_where(child)}: read <{name}> as a paragraph")
                self._add(_own(kind), self.text(child), child)
            else:
                self.read(child, kind)  # section, part, title, list, hcontainer...

    def _add(
        self,
        kind: str,
        text: Text,
        element: ET.Element,
        number: str = "",
        label: str = "",
        children: list[Block] | None = None,
        table: bool = False,
    ) -> Block:
        eid = element.get("eId") or ""
        block = Block(kind, text, number, label, eid, self.in_annex, children or [])
        block.table = table
        settle(block, self.warnings)
        if is_annex_heading(block) and not self.in_annex:
            # An annex set inside mainBody, after its "Annex" heading (A/RES/75/293).
            self.in_annex = block.in_annex = True
        # An empty numbered paragraph stays: its text may follow (A/RES/79/1, fr).
        # "*  *  *" between parts of a declaration (A/RES/75/1) is no paragraph.
        kept = text.text or text.refs or block.children or block.kind == OPERATIVE
        if kept and not (SEPARATOR.fullmatch(text.text) and not text.refs):
            self.blocks.append(block)
        return block

    def _p(self, p: ET.Element, kind: str) -> None:
        names = {tag(c) for c in p}
        text = self.text(p)
        if not (text.text or text.refs) or names == {"decoration"}:
            return  # "* * *" between parts of a preamble (A/RES/78/148)
        heading = names & {"num", "heading", "subheading"} and not names & {"span", "a"}
        self._add(HEADING if heading else _own(kind), text, p)

    def _container(self, container: ET.Element, kind: str) -> None:
        tables = list(container.iter(f"{NS}table"))
        if tables:
            for table in tables:
                self._add(UNNUMBERED, self._table(table), container, table=True)
            return
        texts = [self.text(p) for p in container if tag(p) == "p"]
        lists = [c for c in container if tag(c) == "blockList"]
        for block_list in lists:
            intro = block_list.find(f"{NS}listIntroduction")
            if intro is not None:  # A/RES/76/186
                texts.append(self.text(intro))
        self._add(_own(kind), join_texts(texts, " "), container)
        for block_list in lists:
            self._items(block_list, kind)

    def _items(self, block_list: ET.Element, kind: str) -> None:
        """Items hang under the paragraph before them (A/RES/75/55)."""
        for item in block_list.findall(f"{NS}item"):
            num = item.find(f"{NS}num")
            label = _num_text(num) if num is not None else ""
            text = join_texts([self.text(p) for p in item.findall(f"{NS}p")], "\n")
            item_kind, number, _ = classify(label, False, kind)
            if item_kind != OPERATIVE:
                item_kind = SUB  # an item without a label is still a sub-paragraph
            else:
                label = ""
            if item_kind == OPERATIVE and kind == PREAMBULAR:
                # Operative paragraphs set as items of a preamble list (76/74, zh).
                self.warnings.append(
                    f"{_where(item)}: preamble item numbered {number}; read it "
                    "as an operative paragraph"
                )
            self._add(item_kind, text, item, number=number, label=label)

    def _table(self, table: ET.Element) -> Text:
        rows = []
        for tr in table.iter(f"{NS}tr"):
            cells = [
                join_texts([self.text(p) for p in _ps(cell)], " ")
                for cell in tr
                if tag(cell) in ("td", "th")
            ]
            if any(c.text for c in cells):  # empty cells kept: columns stay put
                rows.append(join_texts(cells, _CELL, keep_empty=True))
        return join_texts(rows, _ROW)

    def _paragraph(self, paragraph: ET.Element, kind: str) -> None:
        num = ""
        texts: list[Text] = []
        children: list[Block] = []
        heading_like = (paragraph.get("class") or "").startswith("H")  # H1, H23, HCh
        has_body = any(tag(c) in ("content", "list", "p") for c in paragraph)
        for child in paragraph:
            name = tag(child)
            if name == "num":
                num = _num_text(child)
            elif name in ("heading", "subheading"):
                heading = self.text(child)
                if num and not texts and classify(num, True, kind)[0] == HEADING:
                    heading, num = numbered_heading(num, heading), ""
                self._add(HEADING, heading, child if has_body else paragraph)
            elif name in ("content", "p"):
                ps = list(child) if name == "content" else [child]
                for p in ps:
                    if {tag(c) for c in p} & {"num", "heading", "subheading"}:
                        heading_like = True  # <p><subheading>Annex</subheading></p>
                    texts.append(self.text(p))
            elif name == "list":
                intro, points = self._list(child, kind)
                texts += intro
                children += points
        if not (texts or num or children):
            return
        text = join_texts(texts, "\n")
        block_kind, number, label = classify(num, heading_like, kind)
        if block_kind == HEADING and num:
            text = numbered_heading(num, text)
        elif num and block_kind != SUB and text.text.startswith("."):
            text = cut(text, len(text.text) - len(text.text[1:].lstrip()))  # 76/3
        headings = _take_headings(children)
        self._add(block_kind, text, paragraph, number, label, children)
        for heading in headings:
            self._add(HEADING, heading.text, paragraph).eid = heading.eid

    def _list(self, lst: ET.Element, kind: str) -> tuple[list[Text], list[Block]]:
        intro: list[Text] = []
        points: list[Block] = []
        for child in lst:
            name = tag(child)
            if name == "intro":
                intro += [self.text(p) for p in _ps(child)]
            elif name == "point":
                points.append(self._point(child, kind))
            elif name == "sublist":
                _, subs = self._list(child, kind)
                if points:
                    points[-1].children += subs  # (i), (ii) under the (c) before
                else:
                    points += subs
        return intro, points

    def _point(self, point: ET.Element, kind: str) -> Block:
        num = point.find(f"{NS}num")
        texts: list[Text] = []
        children: list[Block] = []
        for child in point:
            if tag(child) == "content":
                texts += [self.text(p) for p in _ps(child)]
            elif tag(child) == "list":
                intro, children = self._list(child, kind)
                texts += intro
        label = _num_text(num) if num is not None else ""
        text = join_texts(texts, "\n")
        if is_heading_point(label, text) and not children:
            # A section heading filed as the last point of a list: "II." +
            # "International peace and security" (A/RES/79/1), "B." (79/323, es).
            heading = numbered_heading(label, text)
            return Block(HEADING, heading, eid=point.get("eId") or "")
        return Block(
            kind,
            text,
            label=label,
            eid=point.get("eId") or "",
            in_annex=self.in_annex,
            children=children,
        )


def _take_headings(points: list[Block]) -> list[Block]:
    """Take the headings out of `points` and their sub-points, in document order."""
    headings: list[Block] = []
    kept: list[Block] = []
    for point in points:
        if point.kind == HEADING:
            headings.append(point)
            continue
        headings += _take_headings(point.children)
        kept.append(point)
    points[:] = kept
    return headings


def _heading_after(children: list[ET.Element], index: int) -> bool:
    """Whether a <heading> follows the <num> at `index`."""
    following = children[index + 1] if index + 1 < len(children) else None
    return following is not None and tag(following) == "heading"


def _ps(element: ET.Element) -> Iterator[ET.Element]:
    """The <p> under `element`, not those of its footnotes: a note's paragraph is
    the note's text, not the point's (A/RES/78/218, zh, point (e) of paragraph 2)."""
    for child in element:
        name = tag(child)
        if name == "p":
            yield child
        elif name != "authorialNote":
            yield from _ps(child)


def _own(kind: str) -> str:
    return PREAMBULAR if kind == PREAMBULAR else UNNUMBERED


def _where(element: ET.Element) -> str:
    return element.get("eId") or f"<{tag(element)}>"


def _num_text(num: ET.Element) -> str:
    return "".join(num.itertext()).strip(_NUM_EDGES)
