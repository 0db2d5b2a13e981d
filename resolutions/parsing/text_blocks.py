"""Blocks read from plain text, and their finishing into ParsedParagraphs: leads
found (bold, italic or from the lexicon), inline markup cleaned, footnotes checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import ParseError
from .inline import clean_inline
from .leads import find_lead
from .symbols import find_citations
from .types import HEADING, PREAMBULAR, ParsedFootnote, ParsedParagraph

ITALIC_LEAD = re.compile(
    r"\*(?P<lead>[^*\n]{1,80})\*(?!\*)|_(?P<underscore>[^_\n]{1,80})_(?![_\w])"
)
# Chinese text before an italic lead: 在这方面*强调*, 特别*表示注意到*.
_ZH_BEFORE_LEAD = re.compile(r"[^*_。；;.\n]{0,12}")
_LEAD_MAX = 80  # a longer bold span is emphasis, not a lead
_LEAD_WITHIN = 12  # a bold span this close to the start is the lead (在这方面**欣见**)
# Spaces and direction marks around a lead: **\u200e注意到** (A/RES/79/254, zh).
_LEAD_EDGES = re.compile(r"^[\s\u200e\u200f]+|[\s\u200e\u200f]+$")


@dataclass
class Block:
    """A paragraph or sub-paragraph being read; raw keeps its markup until the end."""

    kind: str
    raw: str
    line: int
    number: str = ""
    label: str = ""
    level: int = 0
    in_annex: bool = False
    table: bool = False  # rows of a table, one a line
    children: list[Block] = field(default_factory=list)


def finish_paragraphs(
    blocks: list[Block], language: str, warnings: list[str]
) -> tuple[ParsedParagraph, ...]:
    """The blocks read, as ParsedParagraphs with their leads and sub-paragraphs."""
    marked = _marked_parts(blocks, language)
    return tuple(_finish(b, language, warnings, marked) for b in blocks)


def _finish(
    block: Block, language: str, warnings: list[str], marked: frozenset[_Part]
) -> ParsedParagraph:
    plain = block.kind == HEADING or block.table  # no lead to look for
    raw = block.raw if plain else _bold_lead(block.raw, language)
    if raw.count("**") % 2:
        warnings.append(f"line {block.line}: an unmatched ** was dropped")
    inline = clean_inline(raw)
    guess = _part(block) not in marked
    lead = "" if plain else _lead(inline.text, inline.bold, language, guess)
    return ParsedParagraph(
        kind=block.kind,
        text=inline.text,
        lead=lead,
        number=block.number,
        label=block.label,
        refs=inline.refs,
        citations=find_citations(inline.text),
        subparagraphs=tuple(
            _finish(c, language, warnings, marked) for c in block.children
        ),
        in_annex=block.in_annex,
        line=block.line,
    )


def _bold_lead(raw: str, language: str) -> str:
    """Preambular leads are italic (<span class="italic"> in the UN's XML):
    *Recalling*, _Rappelant_ are read as **Recalling**, **Rappelant**. A Chinese
    lead may follow a few words, as a bold one may (在这方面*强调*).
    """
    start = _ZH_BEFORE_LEAD.match(raw).end() if language == "zh" else 0
    if italic := ITALIC_LEAD.match(raw, start):
        lead = italic["lead"] or italic["underscore"]
        return f"{raw[:start]}**{lead}**{raw[italic.end() :]}"
    return raw


_Part = tuple[bool, bool]  # (preamble, in_annex)


def _part(block: Block) -> _Part:
    return block.kind == PREAMBULAR, block.in_annex


def _marked_parts(blocks: list[Block], language: str) -> frozenset[_Part]:
    """The parts (preamble or operative part, of the resolution or of its annex)
    that mark their leads up: an unmarked paragraph of such a part has no lead.

    The XML of A/RES/75/193 leaves "Urges" in operative paragraph 96 plain, as the
    text it copies; the declaration A/RES/76/1 adopts has no leads after its bold
    **Adopts**. Elsewhere the lexicon finds the lead: in raw PDF text, and in
    Chinese preambles, which the seed layout writes plain but for the odd
    在这方面**欣见** (A/RES/78/197).
    """
    marked = set()
    for block in blocks:
        part = _part(block)
        if block.kind == HEADING or block.table or part in marked:
            continue
        if language == "zh" and block.kind == PREAMBULAR:
            continue
        inline = clean_inline(_bold_lead(block.raw, language))
        if _lead(inline.text, inline.bold, language, guess=False):
            marked.add(part)
    return frozenset(marked)


def _lead(
    text: str, bold: tuple[tuple[int, int], ...], language: str, guess: bool = True
) -> str:
    """The bold span near the start, else (if `guess`) the longest lexicon phrase at
    the start.
    """
    if (
        bold
        and bold[0][0] <= _LEAD_WITHIN
        and not re.search(r"[。；;.]", text[: bold[0][0]])
    ):
        lead = _LEAD_EDGES.sub("", text[bold[0][0] : bold[0][1]])
        lead = lead.rstrip("，,、：:；; ")
        if 0 < len(lead) <= _LEAD_MAX:
            return lead
    if not guess:
        return ""
    start, end = find_lead(text, language)
    return text[start:end]


def check_footnotes(
    paragraphs: tuple[ParsedParagraph, ...],
    texts: dict[int, tuple[str, int]],
    warnings: list[str],
) -> tuple[ParsedFootnote, ...]:
    referenced: set[int] = set()

    def visit(paragraph: ParsedParagraph) -> None:
        for ref in paragraph.refs:
            if ref.marker not in texts:
                raise ParseError(
                    paragraph.line,
                    f"footnote {ref.marker} is referenced but its text is missing",
                )
            referenced.add(ref.marker)
        for child in paragraph.subparagraphs:
            visit(child)

    for paragraph in paragraphs:
        visit(paragraph)
    for marker, (note, line) in sorted(texts.items()):
        if marker < 1:
            raise ParseError(line, f"footnote marker {marker} is not a footnote number")
        if not note:
            raise ParseError(line, f"footnote {marker} has no text")
        if marker not in referenced:
            warnings.append(f"line {line}: footnote {marker} is never referenced")
    return tuple(
        ParsedFootnote(marker, note, find_citations(note), line)
        for marker, (note, line) in sorted(texts.items())
    )
