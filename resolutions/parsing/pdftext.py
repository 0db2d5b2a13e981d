"""Raw text extracted from an official PDF -> the seed layout, before parse_text.

Drops the running page furniture, joins hard-wrapped lines and paragraphs split by
page breaks, moves footnotes (after a ____ rule) behind their paragraph and turns
the markers glued to words (Rights6, 1993,3, 20163) into superscripts.
Layouts seen in A/RES/72/169 and A/RES/78/197 (English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .inline import SUPERSCRIPTS, join_lines

_RULE = re.compile(r"_{5,}")
_JOB = re.compile(r"\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?")
_FURNITURE = (
    _JOB,
    re.compile(r"\d{6}"),  # the print date of the job number, 050124
    re.compile(r"\*\d{6,8}\*"),  # the barcode
    re.compile(r"\d{1,3}/\d{1,3}"),  # page counter
    re.compile(r"A/RES/[\w/.\- ()]+"),
    re.compile(r"United Nations|General Assembly|Distr\.: General"),
)
_ISSUE_DATE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_FOOTNOTE = re.compile(
    r"(?P<n>\d{1,3})(?:\s{2,}|\t)(?P<text>\S.*)|(?P<m>\d{1,3}) (?P<t>\S.*)"
)
# 78/197. Title; special and emergency special sessions prefix the session (ES-11/1.,
# S-26/2.), a resolution in parts adds its letter (78/183 A.).
_SYMBOL_LINE = re.compile(
    r"(?:E?S-)?\d{1,3}/\d{1,4}(?:[ \u00a0]?[A-Z])?\.\s+(?P<title>.+)"
)
_STANDALONE = re.compile(
    r"[A-Z][a-z]+(?:-[a-z]+)? session|Agenda items? .+|The General Assembly\s*,?"
    r"|\d{1,4}(?:st|nd|rd|th) plenary meeting|\d{1,2} [A-Z][a-z]+ \d{4}"
)
_OPERATIVE_NUMBER = re.compile(r"\d{1,3}\.")
_OPERATIVE_START = re.compile(r"\d{1,3}\.\s")
_ENDS = tuple(",;:.")
_TEXT_RUN = re.compile(r"[^\W\d_]")
# Words after which a number is a reference, not a footnote marker.
_COUNTING = re.compile(
    r"(?:Article|article|paragraph|para\.|paras\.|No\.|resolutions?|chapter|chap\."
    r"|annex|item|items|Goal|Goals|section|sect\.|rule|part|target|Protocol|and|or|to"
    r"|of|from|Add\.|Rev\.|Corr\.)$"
)
_MONTH_AFTER = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


@dataclass
class _Page:
    body: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def looks_like_pdf_text(text: str) -> bool:
    """A ____ footnote rule, a job number (23-26039 (E)) or a barcode line."""
    head = text[:200_000]
    return bool(
        re.search(r"^[ \t]*_{10,}[ \t]*$", head, re.M)
        or re.search(r"^[ \t]*\d{2}-\d{5} \([A-Z]\)", head, re.M)
        or re.search(r"^[ \t]*\*\d{7}\*[ \t]*$", head, re.M)
    )


def clean_pdf_text(text: str) -> tuple[str, list[str]]:
    """The seed-layout text and a note of each kind of repair made."""
    repairs: list[str] = []
    pages = _split_pages(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = _title_words(pages)
    dropped = 0
    notes: dict[int, str] = {}
    lines: list[str] = []
    for number, page in enumerate(pages):
        kept, count = _drop_furniture(page.body, title, first=number == 0)
        dropped += count
        lines += kept + [""]
        _read_notes(page.notes, notes)
    if dropped:
        repairs.append(f"dropped {dropped} running page header and footer lines")
    if notes:
        repairs.append(f"moved {len(notes)} footnotes from the page ends")
    paragraphs = _paragraphs(lines, repairs)
    paragraphs = _mark(paragraphs, set(notes), repairs)
    out: list[str] = []
    pending = sorted(notes)
    for paragraph in paragraphs:
        out += [paragraph, ""]
        used = [m for m in pending if _has_marker(paragraph, m)]
        for marker in used:
            out += [f"{_superscript(marker)} {notes[marker]}", ""]
            pending.remove(marker)
    for marker in pending:
        out += [f"{_superscript(marker)} {notes[marker]}", ""]
    return "\n".join(out), repairs


def _split_pages(text: str) -> list[_Page]:
    """Pages end after their footnotes; a page with none ends at a form feed or at
    an empty line followed by the running header (the symbol or the short title).
    """
    pages = [_Page()]
    in_notes = False
    lines = text.split("\n")
    for index, raw in enumerate(lines):
        line = raw.strip()
        if "\f" in raw or (
            raw == "" and index + 1 < len(lines) and _is_running(lines[index + 1])
        ):
            pages.append(_Page())
            in_notes = False
            continue
        if _RULE.fullmatch(line):
            in_notes = True
            continue
        (pages[-1].notes if in_notes else pages[-1].body).append(line)
    return pages


def _is_running(line: str) -> bool:
    line = line.strip()
    return bool(line) and not line[0].isdigit() or line.startswith("A/RES/")


def _title_words(pages: list[_Page]) -> str:
    lines = pages[0].body
    for index, line in enumerate(lines):
        match = _SYMBOL_LINE.fullmatch(line)
        if match:
            title = match["title"]
            for more in lines[index + 1 :]:
                if not more:
                    break
                title = join_lines(title, more)
            return " ".join(title.split())
    return ""


def _drop_furniture(lines: list[str], title: str, first: bool) -> tuple[list[str], int]:
    kept: list[str] = []
    dropped = 0
    header = True  # the running header comes before any body text of the page
    for index, line in enumerate(lines):
        furniture = any(p.fullmatch(line) for p in _FURNITURE)
        if first and header and _ISSUE_DATE.fullmatch(line):
            furniture = furniture or index < 8  # the issue date under Distr.: General
        if not first and header and title and line and " ".join(line.split()) in title:
            furniture = True
        if furniture and line:
            dropped += 1
            continue
        if line and not furniture and (not first or index > 3):
            header = header and not _TEXT_RUN.search(line)
        kept.append(line)
    return kept, dropped


def _read_notes(lines: list[str], notes: dict[int, str]) -> None:
    current: int | None = None
    for line in lines:
        if not line or any(p.fullmatch(line) for p in _FURNITURE[:4]):
            continue
        match = _FOOTNOTE.fullmatch(line)
        if match:
            current = int(match["n"] or match["m"])
            notes[current] = (match["text"] or match["t"]).strip()
        elif current is not None:
            notes[current] = join_lines(notes[current], line)


def _paragraphs(lines: list[str], repairs: list[str]) -> list[str]:
    """Blank-separated blocks, each joined to one line; a block cut by a page break
    (not ending like a paragraph) continues in the next block.
    """
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    joined_lines = joined_pages = 0
    result: list[str] = []
    in_body = False
    for block in blocks:
        if not block:
            continue
        for text in _join_block(block):
            if _STANDALONE.fullmatch(text) and text.startswith("The General"):
                in_body = True
            if (
                in_body
                and result
                and not _STANDALONE.fullmatch(result[-1])
                and not result[-1].rstrip("0123456789 ").endswith(_ENDS)
                and not _STANDALONE.fullmatch(text)
                and not _OPERATIVE_START.match(text)
            ):
                result[-1] = _join_wrapped(result[-1], text)
                joined_pages += 1
            else:
                result.append(text)
        joined_lines += len(block) - 1
    if joined_lines:
        repairs.append(f"joined {joined_lines} hard-wrapped lines")
    if joined_pages:
        repairs.append(f"joined {joined_pages} paragraphs split by a page break")
    return result


def _join_block(block: list[str]) -> list[str]:
    """One block's lines -> lines of the seed layout (header lines stay apart)."""
    out: list[str] = []
    for line in block:
        if (
            out
            and not _STANDALONE.fullmatch(line)
            and not _STANDALONE.fullmatch(out[-1])
        ):
            out[-1] = _join_wrapped(out[-1], line)
        elif out and _OPERATIVE_NUMBER.fullmatch(out[-1]):
            out[-1] = f"{out[-1]} {line}"  # "1." alone on its line, then the text
        else:
            out.append(line)
    return out


def _join_wrapped(left: str, right: str) -> str:
    if re.search(r"[^\W\d_]-$", left) and right[:1].islower():
        return left + right  # good-/neighbourliness: the hyphen is the word's
    return join_lines(left, right)


def _superscript(marker: int) -> str:
    return str(marker).translate(str.maketrans("0123456789", SUPERSCRIPTS))


def _has_marker(paragraph: str, marker: int) -> bool:
    sup = _superscript(marker)
    return (
        re.search(rf"(?<![{SUPERSCRIPTS}]){sup}(?![{SUPERSCRIPTS}])", paragraph)
        is not None
    )


_GLUED = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=[,;:”’)]))(?P<n>\d{1,2})(?=[\s,;.:)]|$)"
    r"|(?<![\d/])(?P<year>(?:19|20)\d{2})(?P<y>\d{1,2})(?=[\s,;.:)]|$)"
    r"|(?:(?<=[^\W\d_])|(?<=[,;:”’)]))(?P<space>\s+)(?P<s>\d{1,2})(?=\s+[a-z“]|\s*$)"
)


def _mark(paragraphs: list[str], markers: set[int], repairs: list[str]) -> list[str]:
    """Turn plain-digit footnote markers into superscripts, in the body only.

    A marker is a footnote number given at a page end. A new footnote is numbered
    one above the highest so far; a footnote cited again (Action,1 in A/RES/72/169)
    must be glued to its word.
    """
    if not markers:
        return paragraphs
    start = next(
        (i for i, p in enumerate(paragraphs) if p.startswith("The General Assembly")),
        len(paragraphs),
    )
    highest = 0
    found = 0
    result = paragraphs[: start + 1]
    for paragraph in paragraphs[start + 1 :]:
        out = ""
        pos = 0
        for match in _GLUED.finditer(paragraph):
            value = int(match["n"] or match["y"] or match["s"])
            before = paragraph[: match.start()].rstrip()
            if value not in markers or value > highest + 1:
                continue
            if match["s"] is not None:
                if value != highest + 1 or _COUNTING.search(before):
                    continue
                if _MONTH_AFTER.match(paragraph, match.end()):
                    continue
            if (
                match["n"] is not None
                and paragraph[match.start() - 1] == "."
                and (_COUNTING.search(before))
            ):
                continue
            start_digits = match.start("n") if match["n"] else match.start("y")
            if match["s"] is not None:
                start_digits = match.start("space")
            out += paragraph[pos:start_digits] + _superscript(value)
            pos = match.end()
            highest = max(highest, value)
            found += 1
        result.append(out + paragraph[pos:])
    if found:
        repairs.append(f"read {found} footnote markers written as plain digits")
    return result
