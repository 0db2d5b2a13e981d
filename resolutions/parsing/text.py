"""Plain-text resolutions in the seed layout (one paragraph a line, **bold** leads,
superscript footnote markers): one entry, parse_text().
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .citation_context import with_bodies_reused
from .cues import CUES, Cues, detect_language
from .errors import ParseError
from .header import read_header
from .inline import SEPARATOR, join_lines, split_footnote_line
from .leads import find_lead
from .pdftext import clean_pdf_text, looks_like_pdf_text
from .subparagraphs import SUB, read_label
from .text_blocks import ITALIC_LEAD, Block, check_footnotes, finish_paragraphs
from .types import HEADING, OPERATIVE, PREAMBULAR, UNNUMBERED, ParsedResolution

# "1." in most languages, "1 -" in Arabic (A/RES/79/10), also "3 –" (A/RES/79/136).
_OPERATIVE = re.compile(
    r"(?P<number>\d{1,3})(?:[ \t\u00a0]*[.．]|[ \t\u00a0]*[-–](?=[ \t\u00a0]))"
    r"[ \t\u00a0\u3000]*(?P<rest>\S.*)"
)
_ENDS = tuple("，,；;：:。.！!？?،؛")
_TRAILING_MARKS = "⁰¹²³⁴⁵⁶⁷⁸⁹* \t\u00a0"
# A line bold throughout is a heading; markers may follow it.
_HEADING_LINE = re.compile(r"\*\*(?P<text>[^*]+)\*\*[⁰¹²³⁴⁵⁶⁷⁸⁹]*")
_ASTERISK_NOTE = re.compile(r"\*[ \t\u00a0]+\S")


@dataclass
class _Body:
    blocks: list[Block] = field(default_factory=list)
    footnotes: dict[int, tuple[str, int]] = field(default_factory=dict)
    closing_date: dt.date | None = None
    meeting: int | None = None
    last_number: dict[bool, int] = field(default_factory=dict)  # by in_annex
    restart: bool = False  # a heading came: numbering may start again at 1
    # Where text after the closing lines began to be read as an annex without an
    # "Annex" line; None once the next part of a collection proves it is not one.
    annexed_from: int | None = None


def parse_text(text: str) -> ParsedResolution:
    """Read one resolution in the seed layout; ParseError names the line at fault."""
    if "\x00" in text:
        raise ParseError(0, "the text contains NUL characters: it is not a text file")
    repairs: list[str] = []
    if looks_like_pdf_text(text):
        text, repairs = clean_pdf_text(text.lstrip("\ufeff"))
        repairs = ["raw PDF text: " + r for r in repairs]
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # A direction mark at either end of a line is invisible: 大会，U+200E (A/RES/
    # 77/272), U+200E (a) (77/276).
    lines = [line.strip("\u200e\u200f") for line in text.split("\n")]
    if not any(line.strip() for line in lines):
        raise ParseError(0, "the text is empty")
    language = detect_language(text)
    if language not in CUES:
        raise ParseError(
            0,
            "cannot tell the language: expected the enacting formula of one of the "
            "six languages, such as 'The General Assembly,' or '大会，'",
        )
    warnings: list[str] = list(repairs)
    header_lines, parts_start = _set_aside_part_headings(lines, CUES[language])
    header = read_header(header_lines, CUES[language], warnings)
    start = header.body_start if parts_start is None else parts_start
    body = _read_body(lines, start, CUES[language], warnings)
    paragraphs = finish_paragraphs(body.blocks, language, warnings)
    footnotes = check_footnotes(paragraphs, body.footnotes, warnings)
    adopted_on = header.adopted_on or body.closing_date
    if (
        header.adopted_on
        and body.closing_date
        and header.adopted_on != body.closing_date
    ):
        warnings.append(
            f"the adoption date {header.adopted_on} differs from the closing date "
            f"{body.closing_date}; kept {header.adopted_on}"
        )
    resolution = ParsedResolution(
        symbol=header.symbol,
        language=language,
        session=header.session,
        number=header.number,
        title=header.title,
        agenda_items=header.agenda_items,
        agenda_titles=header.agenda_titles,
        adopted_on=adopted_on,
        committee=header.committee,
        committee_report=header.committee_report,
        draft_symbol=header.draft_symbol,
        plenary_meeting=body.meeting,
        paragraphs=paragraphs,
        footnotes=footnotes,
        warnings=tuple(warnings),
    )
    return with_bodies_reused(resolution)


def _set_aside_part_headings(
    lines: list[str], cues: Cues
) -> tuple[list[str], int | None]:
    """A collection (A/RES/78/80 A-B) sets its first part's letter and title, bold,
    between the title line and the enacting formula. The header is read without
    them; the body reads them as headings, from the index returned (else None).
    """
    formula = next(
        (i for i, line in enumerate(lines) if cues.assembly.fullmatch(line.strip())),
        None,
    )
    first = None
    index = (formula or 0) - 1
    while index >= 0:
        line = lines[index].strip()
        if line and not _HEADING_LINE.fullmatch(line):
            break
        first = index if line else first
        index -= 1
    if formula is None or first is None:
        return lines, None
    return lines[:first] + [""] * (formula - first) + lines[formula:], first


def _read_body(lines: list[str], start: int, cues: Cues, warnings: list[str]) -> _Body:
    body = _Body()
    section = PREAMBULAR
    in_annex = False
    # Raw PDF text has no bold: a short unpunctuated annex line is a heading there.
    bold_headings = any(_HEADING_LINE.fullmatch(line.strip()) for line in lines)
    last: Block | None = None  # the block the previous line belonged to
    last_footnote: int | None = None
    blank = True
    for index in range(start, len(lines)):
        number = index + 1
        line = lines[index].strip()
        if not line:
            blank = True
            continue
        after_blank, blank = blank, False
        if SEPARATOR.fullmatch(line):
            last = None
            continue
        footnote = split_footnote_line(line)
        if footnote:
            marker, note = footnote
            if marker in body.footnotes:
                warnings.append(
                    f"line {number}: footnote {marker} given twice; kept the first"
                )
            else:
                body.footnotes[marker] = (note, number)
            last, last_footnote = None, marker
            continue
        if (
            not after_blank
            and last_footnote is not None
            and _continues(body.footnotes[last_footnote][0])
        ):
            note, first = body.footnotes[last_footnote]
            body.footnotes[last_footnote] = (join_lines(note, line), first)
            continue
        last_footnote = None
        if cues.date.fullmatch(line):
            body.closing_date = _date(cues, line, number)
            section, last = "closing", None
            continue
        if meeting := cues.meeting.fullmatch(line):
            body.meeting = int(meeting["n"])
            section, last = "closing", None
            continue
        if (not in_annex or _part_headings(body)) and cues.assembly.fullmatch(line):
            # The next part of a collection opens with its own preamble: its letter
            # and title, after the closing lines of the part before, were no annex.
            for block in body.blocks[body.annexed_from or 0 :] if in_annex else ():
                block.in_annex = False
            section, in_annex, last, body.annexed_from = PREAMBULAR, False, None, None
            continue
        if section == "closing":
            # What follows the closing lines is annexed, "Annex" line or not (the
            # XML of A/RES/75/129 opens its annex with the title).
            section, in_annex, body.restart = "annex", True, True
            body.annexed_from = len(body.blocks)
        heading = _HEADING_LINE.fullmatch(line)
        if cues.annex.fullmatch(heading["text"].strip() if heading else line):
            # The "Annex" line opens the annex as its first heading, as parse_akn
            # reads the XML's <heading>Annex</heading>.
            section, in_annex, last = "annex", True, None
            body.blocks.append(Block(HEADING, line, number, in_annex=True))
            body.restart = True
            continue
        if heading:
            last = Block(HEADING, line, number, in_annex=in_annex)
            body.blocks.append(last)
            body.restart = True
            if section in (PREAMBULAR, "closing"):
                section = "annex" if in_annex else OPERATIVE
            continue
        if line.startswith("|"):
            if last is not None and last.table and not after_blank:
                last.raw += "\n" + _row(line)
            else:
                last = Block(UNNUMBERED, _row(line), number, in_annex=in_annex)
                last.table = True
                body.blocks.append(last)
            continue
        sub = SUB.fullmatch(line)
        if sub and sub["decimal"]:
            last = _add_sub(body, sub, number)  # 1.1 before 1. reads it (A/RES/76/3)
            continue
        if operative := _OPERATIVE.fullmatch(line):
            if label := _list_item(body, int(operative["number"]), in_annex):
                # "11. Approves the following provisional agenda: 1. Opening…"
                # (A/RES/78/223): a numbered list inside the paragraph.
                last = Block(OPERATIVE, operative["rest"], number, label=label)
                last.in_annex = in_annex
                body.blocks[-1].children.append(last)
                continue
            last = Block(OPERATIVE, operative["rest"], number, operative["number"])
            last.in_annex = in_annex
            _append_operative(body, last, warnings)
            section = "annex" if in_annex else OPERATIVE
            continue
        if sub:
            last = _add_sub(body, sub, number)
            continue
        if not after_blank and last is not None and _continues(last.raw):
            last.raw = join_lines(last.raw, line)
            continue
        if section == PREAMBULAR and (parent := _wrap_up_parent(body, last, line)):
            last = Block(PREAMBULAR, line, number, in_annex=in_annex)
            parent.children.append(last)
            continue
        kind = PREAMBULAR
        if _ASTERISK_NOTE.match(line):
            # The text of an asterisk note set among the paragraphs, "* Reissued
            # for technical reasons…" (A/RES/79/279, ru): not preambular.
            kind = UNNUMBERED
        elif section == "annex":
            short = len(line) < 60 and not line.endswith(_ENDS)
            kind = HEADING if short and not bold_headings else UNNUMBERED
        elif section == PREAMBULAR and line.startswith("**"):
            # A bold lead without a number: the operative part has begun, with an
            # unnumbered paragraph (A/RES/78/1 endorses a declaration).
            kind, section = UNNUMBERED, OPERATIVE
        elif section == OPERATIVE and _opens_section_preamble(body, line, cues):
            # The preamble of a section, under its heading (A/RES/79/258).
            kind = PREAMBULAR
        elif section != PREAMBULAR:
            kind = UNNUMBERED
            warnings.append(
                f"line {number}: text without a paragraph number after the "
                "operative paragraphs; kept as an unnumbered paragraph"
            )
        last = Block(kind, line, number, in_annex=in_annex)
        body.blocks.append(last)
    return body


def _wrap_up_parent(body: _Body, last: Block | None, line: str) -> Block | None:
    """The paragraph whose list a preambular line in lower case closes, after the
    list's last item: "and in the commitments and targets contained therein,"
    (A/RES/77/177), an unnumbered item in the XML. No preambular paragraph opens in
    lower case."""
    if last is None or not last.label or not line[:1].islower():
        return None
    parent = body.blocks[-1] if body.blocks else None
    if parent is None or parent.kind != PREAMBULAR or not parent.children:
        return None
    letter = parent.children[-1]
    return letter if any(c is last for c in letter.children) else parent


def _part_headings(body: _Body) -> bool:
    """Whether the annex read since the closing lines, without an "Annex" line, is
    headings only: the letter and title of the next part of a collection."""
    if body.annexed_from is None:
        return False
    return all(b.kind == HEADING for b in body.blocks[body.annexed_from :])


def _opens_section_preamble(body: _Body, line: str, cues: Cues) -> bool:
    """Whether an unnumbered line under a heading of the operative part is a
    preambular paragraph: its lead italic, or a lead phrase opening a line that
    ends with a comma (Chinese preambular leads are plain; A/RES/79/258 in Russian
    leaves one lead unmarked).
    """
    previous = body.blocks[-1] if body.blocks else None
    if previous is None or previous.kind not in (HEADING, PREAMBULAR):
        return False
    if ITALIC_LEAD.match(line):
        return not line.startswith("**")
    return find_lead(line, cues.language)[1] > 0 and line.rstrip(
        _TRAILING_MARKS
    ).endswith(("，", ",", "،"))


def _list_item(body: _Body, found: int, in_annex: bool) -> str:
    """The label ('1.') of a sub-paragraph when `found` starts a numbered list after
    an operative paragraph ending with a colon, or continues one; "" when it is the
    next operative paragraph (or anything else)."""
    parent = body.blocks[-1] if body.blocks else None
    previous = body.last_number.get(in_annex, 0)
    if (
        parent is None
        or parent.kind != OPERATIVE
        or in_annex  # annexes number their paragraphs in ways the body does not
        or parent.in_annex
        or found == previous + 1
    ):
        return ""
    items = [c for c in parent.children if c.label[:-1].isdigit()]
    if items:
        opens = int(items[-1].label[:-1]) + 1 == found
    else:
        ends = parent.raw.rstrip(_TRAILING_MARKS)
        opens = found == 1 and ends.endswith((":", "：")) and not parent.children
    return f"{found}." if opens else ""


def _row(line: str) -> str:
    """'| Afghanistan | 0.005 |' -> 'Afghanistan | 0.005'."""
    return line.strip().strip("|").strip()


def _continues(raw: str) -> bool:
    """A line not ending like a paragraph (，；。) runs on into the next line."""
    return not raw.rstrip(_TRAILING_MARKS).endswith(_ENDS)


def _date(cues: Cues, text: str, line: int) -> dt.date | None:
    try:
        return cues.parse_date(text)
    except ValueError as exc:
        raise ParseError(line, f"cannot read the date {text!r}: {exc}") from None


def _append_operative(body: _Body, block: Block, warnings: list[str]) -> None:
    previous = body.last_number.get(block.in_annex, 0)
    body.last_number[block.in_annex] = found = int(block.number)
    body.blocks.append(block)
    expected = previous + 1
    restart, body.restart = body.restart, False
    if found == expected or (restart and found == 1):
        # Sections under headings may number their paragraphs from 1 again
        # (sections I and II of A/RES/75/247).
        return
    if previous:
        where = f"follows {previous}"
    else:
        where = "is the first" if block.in_annex else "follows the preamble"
    if found == expected + 1:
        message = (
            f"operative paragraph {found} {where}; paragraph {expected} is missing"
        )
    elif found > expected:
        message = (
            f"operative paragraph {found} {where}; "
            f"paragraphs {expected}-{found - 1} are missing"
        )
    else:
        message = f"operative paragraph {found} {where}; numbers must rise by one"
    if block.in_annex:
        # Annexes restart or continue their numbering in ways the main body does not.
        warnings.append(f"line {block.line}: annex {message}")
        return
    raise ParseError(block.line, message)


def _add_sub(body: _Body, match: re.Match[str], line: int) -> Block:
    # A heading does not take sub-paragraphs: they hang under the paragraph before
    # it, as in parse_akn (1.1 under "Overarching objective 1", A/RES/76/3).
    parent = next((b for b in reversed(body.blocks) if b.kind != HEADING), None)
    if parent is None:
        raise ParseError(line, "a sub-paragraph comes before any paragraph")
    letter = parent.children[-1] if parent.children else None  # numerals go under it
    label, level = read_label(match, letter.label if letter is not None else "")
    block = Block(parent.kind, match["rest"], line, label=label, level=level)
    block.in_annex = parent.in_annex
    (letter.children if letter is not None and level == 2 else parent.children).append(
        block
    )
    return block
