"""UN Akoma Ntoso XML (AKN4UN) resolutions: one entry, parse_akn().

Header facts come from akn_header, paragraphs and footnotes from akn_body and
akn_blocks. The XML is uploaded: entity declarations are refused (defusedxml).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .akn_blocks import Block, arrange, to_paragraphs
from .akn_body import BodyReader
from .akn_header import (
    all_text,
    find,
    join_cjk,
    read_adoption,
    read_agenda,
    read_committee,
    read_language,
    read_session,
    read_symbol,
)
from .akn_text import NS, tag
from .citation_context import with_bodies_reused
from .errors import ParseError
from .types import (
    HEADING,
    OPERATIVE,
    PREAMBULAR,
    ParsedParagraph,
    ParsedResolution,
)

_SYMBOL = re.compile(r"A/RES/(?:(?:ES|S)-)?(?P<session>\d{1,3})/(?P<number>\S.*)")


def parse_akn(data: bytes) -> ParsedResolution:
    """Read one resolution; ParseError for XML that is malformed or not AKN4UN."""
    root = _parse_xml(data)
    if tag(root) != "akomaNtoso" or not root.tag.startswith(NS):
        raise ParseError(1, f"not Akoma Ntoso: the root element is <{tag(root)}>")
    documents = [c for c in root if tag(c) != "components"]
    if not documents:
        raise ParseError(1, "the akomaNtoso element holds no document")
    main = documents[0]
    # A collection (A/RES/78/80 A-B) puts its parts in <components> after it.
    parts = [c[0] for c in root.iter(f"{NS}component") if len(c) and c.get("eId")]
    parts = [p for p in parts if tag(p) != "documentRef"]
    warnings: list[str] = []
    language = read_language(main)
    symbol = read_symbol(main, warnings)
    match = _SYMBOL.fullmatch(symbol)
    if not match:
        raise ParseError(0, f"{symbol!r} is not a General Assembly resolution symbol")
    markers = frozenset(
        int(n.get("marker", "").strip())
        for n in root.iter(f"{NS}authorialNote")
        if n.get("marker", "").strip().isdigit()
    )
    reader = BodyReader(markers)
    title = _read_title(main, symbol, reader)
    _read_body([main, *parts], reader)
    paragraphs = to_paragraphs(arrange(reader.blocks, reader.warnings), language)
    agenda_items, agenda_titles = read_agenda(main, warnings)
    committee, report, draft = read_committee(main, warnings)
    adopted_on, meeting = read_adoption([main, *parts], warnings)
    warnings += reader.warnings
    warnings += _unreferenced(paragraphs, reader)
    resolution = ParsedResolution(
        symbol=symbol,
        language=language,
        session=read_session(main, int(match["session"]), warnings),
        number=match["number"],
        title=title,
        agenda_items=agenda_items,
        agenda_titles=agenda_titles,
        adopted_on=adopted_on,
        committee=committee,
        committee_report=report,
        draft_symbol=draft,
        plenary_meeting=meeting,
        paragraphs=paragraphs,
        footnotes=tuple(reader.footnotes[m] for m in sorted(reader.footnotes)),
        warnings=tuple(warnings),
    )
    return with_bodies_reused(resolution)


def _parse_xml(data: bytes) -> ET.Element:
    try:
        return fromstring(data)
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        reason = str(exc).split(":")[0]
        raise ParseError(
            line, f"malformed XML at column {column + 1}: {reason}"
        ) from None
    except DefusedXmlException as exc:
        at = data.find(b"<!ENTITY")
        line = data[:at].count(b"\n") + 1 if at >= 0 else 0
        name = getattr(exc, "name", None) or "an entity"
        raise ParseError(
            line, f"the XML declares the entity {name!r}, which uploads may not do"
        ) from None


def _read_title(main: ET.Element, symbol: str, reader: BodyReader) -> str:
    preface = find(main, "akn:preface")
    if preface is None:
        reader.warnings.append("no preface: the resolution has no title")
        return ""
    # A note on the title (A/RES/75/245 B) has no paragraph to refer to it.
    for note in preface.iter(f"{NS}authorialNote"):
        reader.title_notes.append(reader.note(note))
    number = all_text(find(preface, ".//akn:docNumber")).rstrip(".")
    if number and not re.match(rf"A/RES/{re.escape(number)}(?!\d)", symbol):
        reader.warnings.append(f"the preface numbers it {number}, not {symbol}")
    title = find(preface, ".//akn:docTitle")
    if title is None:
        reader.warnings.append(
            "the preface has no docTitle: the resolution has no title"
        )
    return join_cjk(all_text(title))


def _read_body(documents: list[ET.Element], reader: BodyReader) -> None:
    """Preamble and mainBody in document order (a preamble follows a mainBody in
    A/RES/75/161, zh); then annexes. A collection's parts open with their letter
    and title as headings."""
    for document in documents:
        if document is not documents[0]:
            preface = find(document, "akn:preface")
            for name in ("docNumber", "docTitle"):
                found = find(preface, f".//akn:{name}")
                if found is not None:
                    reader.blocks.append(Block(HEADING, reader.text(found)))
        for part in document:
            if tag(part) in ("preamble", "mainBody"):
                reader.in_annex = False
                reader.read(part, PREAMBULAR if tag(part) == "preamble" else OPERATIVE)
        for body in document.iterfind(f"{NS}attachments//{NS}mainBody"):
            reader.in_annex = True
            reader.read(body, OPERATIVE)
        reader.in_annex = False


def _unreferenced(
    paragraphs: tuple[ParsedParagraph, ...], reader: BodyReader
) -> list[str]:
    referenced: set[int] = set()
    stack = list(paragraphs)
    while stack:
        paragraph = stack.pop()
        referenced.update(ref.marker for ref in paragraph.refs)
        stack += paragraph.subparagraphs
    warnings = []
    for marker in sorted(reader.footnotes):
        if marker in reader.title_notes:
            warnings.append(f"footnote {marker} is on the title; no paragraph cites it")
        elif marker not in referenced:
            warnings.append(f"footnote {marker} is never referenced")
    return warnings
