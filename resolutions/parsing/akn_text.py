"""The text of one Akoma Ntoso block (p, crossHeading, table cell): inline markup
flattened, footnotes taken out and kept as (marker, offset), emphasis remembered.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from .inline import is_cjk
from .types import ParsedFootnoteRef

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_EMPHASIS = {"bold", "italic"}
# Pretty-printing puts a newline and indentation between elements: a run of
# whitespace with a newline in it is layout, not text.
_LAYOUT = re.compile(r"[ \t\u00a0]*\n\s*")
_EDGES = " \t\n\r\u00a0\u3000\u200e\u200f"
_NOTE, _SUP, _SPAN, _IMG = (
    f"{NS}{name}" for name in ("authorialNote", "sup", "span", "img")
)
_BREAKS = {f"{NS}eol", f"{NS}br"}
_SPACES = " \t\u00a0\n"

# Reads an authorialNote (the caller owns the footnotes) and answers its marker.
NoteReader = Callable[[ET.Element], int]


def tag(element: ET.Element) -> str:
    """The local name: {akn namespace}paragraph -> paragraph."""
    name = element.tag
    return name[len(NS) :] if name.startswith(NS) else name


@dataclass(frozen=True)
class Text:
    text: str
    refs: tuple[ParsedFootnoteRef, ...] = ()
    emphasis: tuple[tuple[int, int], ...] = ()  # (start, end) offsets into text


@dataclass
class TextBuilder:
    """Appends the text of elements; marks where footnotes were taken out.

    `markers` are the footnote markers of the document, so that a bare
    <sup>2</sup> in a paragraph reads as a second reference to footnote 2
    (A/RES/79/83).
    """

    note: NoteReader
    markers: frozenset[int] = frozenset()
    parts: list[str] = field(default_factory=list)
    size: int = 0
    refs: list[tuple[int, int]] = field(default_factory=list)
    emphasis: list[tuple[int, int]] = field(default_factory=list)
    after_note: bool = False
    held: str = ""  # whitespace after a note, kept or dropped by what follows

    def add(self, text: str | None) -> None:
        if not text:
            return
        if self.after_note:
            stripped = text.lstrip(_SPACES)
            if not stripped:
                self.held += text
                return
            if self._joins_without_space(stripped[0]):
                self._trim_end()
                text = stripped
            else:
                text = self.held + text
            self.after_note, self.held = False, ""
        self.parts.append(text)
        self.size += len(text)

    def add_element(self, element: ET.Element) -> None:
        """The text of `element` and its descendants, without its tail."""
        self.add(element.text)
        self.add_children(element)

    def add_children(self, element: ET.Element, start: int = 0) -> None:
        children = list(element)
        for index in range(start, len(children)):
            child = children[index]
            name = child.tag  # compared with the namespace: this is the hot loop
            if name == _NOTE:
                self._mark(self.note(child))
            elif name == _SUP and self._is_marker(child):
                self._mark(int("".join(child.itertext())))
            elif name == _SUP and _brackets_note(children, index):
                pass  # the Arabic texts bracket markers: <sup>(</sup>note<sup>)</sup>
            elif name in _BREAKS:
                self.add(" ")
            elif name == _SPAN and _EMPHASIS & set((child.get("class") or "").split()):
                start_at = self.size
                self.add_element(child)
                self.emphasis.append((start_at, self.size))
            elif name != _IMG:
                self.add_element(child)
            self.add(child.tail)

    def build(self) -> Text:
        """The text with layout whitespace folded and ends stripped; offsets follow."""
        text, stretches = _fold_layout("".join(self.parts))
        lead = len(text) - len(text.lstrip(_EDGES))
        text = text.strip(_EDGES)
        starts = [raw_start for raw_start, _, _ in stretches]

        def place(offset: int) -> int:
            raw_start, raw_end, out_start = stretches[bisect_right(starts, offset) - 1]
            moved = out_start + min(offset, raw_end) - raw_start
            return max(0, min(moved - lead, len(text)))

        refs = tuple(ParsedFootnoteRef(m, place(o)) for m, o in self.refs)
        spans = ((place(s), place(e)) for s, e in self.emphasis)
        return Text(text, refs, tuple((s, e) for s, e in spans if e > s))

    def _is_marker(self, sup: ET.Element) -> bool:
        content = "".join(sup.itertext()).strip()
        return content.isdigit() and int(content) in self.markers

    def _mark(self, marker: int) -> None:
        visible = "".join(self.parts).rstrip(_SPACES)
        self.refs.append((marker, len(visible)))
        self.after_note, self.held = True, ""

    def _joins_without_space(self, right: str) -> bool:
        """No space where a note was in Chinese: 《世界人权宣言》、两项 (78/197)."""
        left = "".join(self.parts).rstrip(_SPACES)[-1:]
        if not left:
            return True
        return (
            _cjk_punctuation(left)
            or _cjk_punctuation(right)
            or (is_cjk(left) and is_cjk(right))
        )

    def _trim_end(self) -> None:
        while self.parts:
            last = self.parts[-1].rstrip(_SPACES)
            self.size -= len(self.parts[-1]) - len(last)
            if last:
                self.parts[-1] = last
                return
            self.parts.pop()


def render(element: ET.Element, note: NoteReader, markers: frozenset[int]) -> Text:
    """The text of one block element, its footnotes taken out."""
    builder = TextBuilder(note, markers)
    builder.add_element(element)
    return builder.build()


def join_texts(texts: list[Text], separator: str, keep_empty: bool = False) -> Text:
    """Several texts as one, offsets moved; empty texts left out unless kept."""
    kept = texts if keep_empty else [t for t in texts if t.text or t.refs]
    if len(kept) == 1:
        return kept[0]
    out: list[str] = []
    refs: list[ParsedFootnoteRef] = []
    spans: list[tuple[int, int]] = []
    size = 0
    for text in kept:
        if out:
            out.append(separator)
            size += len(separator)
        refs += [ParsedFootnoteRef(r.marker, r.offset + size) for r in text.refs]
        spans += [(s + size, e + size) for s, e in text.emphasis]
        out.append(text.text)
        size += len(text.text)
    return Text("".join(out), tuple(refs), tuple(spans))


def cut(text: Text, start: int) -> Text:
    """`text` without its first `start` characters."""
    refs = (ParsedFootnoteRef(r.marker, max(0, r.offset - start)) for r in text.refs)
    spans = ((max(0, s - start), e - start) for s, e in text.emphasis if e > start)
    return Text(text.text[start:], tuple(refs), tuple(spans))


def _brackets_note(children: list[ET.Element], index: int) -> bool:
    """A <sup> of brackets next to an authorialNote (A/RES/79/100 in Arabic)."""
    sup = children[index]
    if len(sup) or "".join(sup.itertext()).strip(" ()،,"):
        return False
    before = children[index - 1] if index else None
    after = children[index + 1] if index + 1 < len(children) else None
    closes = (
        before is not None
        and tag(before) == "authorialNote"
        and not (before.tail or "").strip()
    )
    opens = (
        after is not None
        and tag(after) == "authorialNote"
        and not (sup.tail or "").strip()
    )
    return closes or opens


def _cjk_punctuation(char: str) -> bool:
    return is_cjk(char) and unicodedata.category(char).startswith("P")


def _fold_layout(raw: str) -> tuple[str, list[tuple[int, int, int]]]:
    """Replace layout whitespace by one space (none between Chinese characters).

    Returns the text and the stretches copied unchanged, as (raw start, raw end,
    text start), for mapping offsets from the raw text to the folded one.
    """
    if "\n" not in raw:
        return raw, [(0, len(raw), 0)]
    out: list[str] = []
    stretches: list[tuple[int, int, int]] = []
    size = position = 0
    for match in _LAYOUT.finditer(raw):
        start, end = match.span()
        out.append(raw[position:start])
        stretches.append((position, start, size))
        size += start - position
        before, after = raw[start - 1 : start], raw[end : end + 1]
        cjk = is_cjk(before) and is_cjk(after)
        gap = "" if not before or not after or cjk else " "
        out.append(gap)
        size += len(gap)
        position = end
    out.append(raw[position:])
    stretches.append((position, len(raw), size))
    return "".join(out), stretches
