"""Blocks read from Akoma Ntoso, and their arrangement into ParsedParagraphs:
what a <num> means, labels written into the text, sub-paragraphs hung, leads found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .akn_text import Text, cut, join_texts
from .leads import find_lead
from .numerals import parse_roman
from .symbols import find_citations
from .types import HEADING, OPERATIVE, PREAMBULAR, UNNUMBERED, ParsedParagraph

SUB = "sub"  # a lettered sub-paragraph, hung under the paragraph before it

_OPERATIVE_NUM = re.compile(r"(\d{1,3})[ \u00a0]*[.．]?[ \u00a0]*[-–]?")
# (a) (iv) (viii) (1) (أ) (هـ), a) iv) viii) а), ㈠, (十一) after ㈩ (A/RES/79/243, zh),
# ’1‘ (the Arabic second level), •, (甲) (A/RES/76/120, zh), ① (77/100, zh)
_LABEL = (
    r"\((?:[a-z]{1,3}|[ivxl]{1,6}|\d{1,2}|[\u0621-\u064a\u0640]{1,3})\)"
    r"|[(（](?:[一二三四五六七八九十]{1,3}|[甲乙丙丁戊己庚辛壬癸])[)）]"
    r"|(?:[a-z]{1,3}|[ivxl]{1,6}|[\u0430-\u044f]{1,2})\)|[㈠-㈩①-⑳]|’\d{1,2}‘|•"
)
_LABEL_NUM = re.compile(rf"{_LABEL}|\d{{1,2}}(?:\.\d{{1,2}})+\.?")  # 1.1: A/RES/76/3
_CIRCLED = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳’"
_CJK_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,3}")
_HEADING_NUM = re.compile(r"[IVXLC]{1,6}\.?|[A-Z]\.?|[一二三四五六七八九十]{1,3}[.、]?")
# Labels and numbers written into the text instead of a <num>: "(a)\t" (A/RES/78/80
# A), "10.\t" (77/289 in Chinese), "3\t" (75/68), "19 –\t" (79/117 in Arabic),
# "19 -\u200f\t" (79/174 in Arabic), "287.Nous" with no space (79/233 in French),
# "(a)\u200e\t" (77/276 in Chinese), "6．\t" (76/88 in Chinese).
_TEXT_LABEL = re.compile(rf"(?P<label>{_LABEL})\u200e?[\t\u00a0 ]+(?=\S)")
_TEXT_NUMBER = re.compile(
    r"(?P<number>\d{1,3})"
    r"(?:[.．]?\u200e?\t+|[ \u00a0]*[–-]\u200f?[ \t\u00a0]+|\.(?=[A-ZÀ-ÞА-Я]))(?=\S)"
)
# A section number written into the text before its heading, "\t一.\t生产能力发展"
# (A/RES/79/233, zh; 75/212, zh), "目标1.\t弥合所有数字鸿沟" (79/1, zh).
_TEXT_HEADING_NUM = re.compile(
    r"(?P<num>(?:[IVXLC]{1,6}|[A-Z]|[^\W\d_]{1,12}[ \u00a0]?\d{1,2})\."
    r"|[一二三四五六七八九十]{1,3}[.、])"
    r"\t[\t\u00a0 ]*(?=\S)"
)
_ANNEX = re.compile(
    r"(?:Annex(?:e|es)?|Appendix|Anexo|Приложение|المرفق|مرفق|附件|附录)"
    r"(?:[ \u00a0]*[IVX\d一二三四五六七八九十]{1,4})?[ \u00a0]*\.?"
)
_HEADING_MAX = 100
_SENTENCE_ENDS = tuple("，,；;：:。.！!？?…")
_CLOSING_QUOTES = '”’"»」』\u200e\u200f'
_PREAMBLE_ENDS = tuple(",，،")
_LEAD_WITHIN = 12  # an emphasised span this close to the start is the lead
_LEAD_MAX = 80  # a longer one is emphasis, not a lead
_LEAD_TRIM = " \t\u00a0\u3000，,、：:；;"
_BEFORE_LEAD = re.compile(r"[。；;.]")
# Spaces and direction marks around a lead: \u200e注意到 (A/RES/79/254, zh).
_LEAD_EDGES = re.compile(r"^[\s\u200e\u200f]+|[\s\u200e\u200f]+$")
# A letter of a script that spaces its words: emphasis after it starts mid-word.
_MID_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SPACES = re.compile(r"[ \t\r\n]+")  # not the no-break space of "2023\u00a0год"


@dataclass
class Block:
    """A paragraph being read: kind, text with notes, and the sub-paragraphs."""

    kind: str
    text: Text
    number: str = ""
    label: str = ""
    eid: str = ""
    in_annex: bool = False
    children: list[Block] = field(default_factory=list)
    table: bool = False  # rows of " | " cells: no lead


def classify(num: str, heading_like: bool, kind: str) -> tuple[str, str, str]:
    """(kind, number, label) of a paragraph from its <num> and its class."""
    if operative := _OPERATIVE_NUM.fullmatch(num):
        return OPERATIVE, operative[1], ""
    if num and _LABEL_NUM.fullmatch(num):
        return SUB, "", num
    if heading_like or (num and _HEADING_NUM.fullmatch(num)):
        return HEADING, "", ""
    return (PREAMBULAR if kind == PREAMBULAR else UNNUMBERED), "", ""


def settle(block: Block, warnings: list[str]) -> None:
    """Read a number or label written into the text; tell headings by their look."""
    if block.kind not in (UNNUMBERED, PREAMBULAR) or block.table:
        return
    text = block.text.text
    if number := _TEXT_NUMBER.match(text):
        if block.kind == PREAMBULAR:
            # Operative paragraphs filed as preamble containers, their number in
            # the text (A/RES/76/243 and 75/161 in Chinese).
            warnings.append(
                f"{block.eid}: preambular text numbered {number['number']}; "
                "read it as an operative paragraph"
            )
        block.kind, block.number = OPERATIVE, number["number"]
        block.text = cut(block.text, number.end())
    elif label := _TEXT_LABEL.match(text):
        block.kind, block.label = SUB, label["label"]
        block.text = cut(block.text, label.end())
    elif block.kind == UNNUMBERED and (heading := _numbered_heading_in_text(block)):
        block.kind, block.text = HEADING, heading
    elif block.kind == UNNUMBERED and _looks_like_heading(block.text):
        block.kind = HEADING


def is_annex_heading(block: Block) -> bool:
    return block.kind == HEADING and bool(_ANNEX.fullmatch(block.text.text))


def is_heading_point(label: str, text: Text) -> bool:
    """A point numbered like a section (II., B., 二.) whose text reads as a heading."""
    return (
        label[-1:] in ".、"
        and bool(_HEADING_NUM.fullmatch(label))
        and _looks_like_heading(text)
    )


def numbered_heading(num: str, heading: Text) -> Text:
    """'I.' + '.\tEstablishment' -> 'I. Establishment' (A/RES/75/129, annex)."""
    if heading.text.startswith(num.rstrip(".")):
        return heading
    rest = heading.text.lstrip(". \t")
    heading = cut(heading, len(heading.text) - len(rest))
    return join_texts([Text(num), heading], " ") if heading.text else Text(num)


def _numbered_heading_in_text(block: Block) -> Text | None:
    """'一.\t生产能力发展' -> '一. 生产能力发展' when what follows the number reads
    as a heading, else None."""
    number = _TEXT_HEADING_NUM.match(block.text.text)
    if number is None:
        return None
    rest = cut(block.text, number.end())
    if not _looks_like_heading(rest):
        return None
    return join_texts([Text(number["num"]), rest], " ")


def _looks_like_heading(text: Text) -> bool:
    """A line emphasised throughout (Action 1. We will take bold…, A/RES/79/1), or
    a short one that does not end like a sentence (基薪/底薪表, A/RES/76/240)."""
    line = text.text
    if not line or "\t" in line or "\n" in line:
        return False
    if _emphasised_throughout(line, text.emphasis):
        return True
    # A closing quote does not end the sentence it closes: "…最低一档。”" (A/RES/
    # 79/280).
    ending = line.rstrip(_CLOSING_QUOTES)
    return len(line) <= _HEADING_MAX and not ending.endswith(_SENTENCE_ENDS)


def _emphasised_throughout(line: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Spans cover the line but for spaces: Action 13 + ". " + We will… (A/RES/79/1)."""
    at = 0
    for start, end in spans:
        if line[at:start].strip():
            return False
        at = max(at, end)
    return bool(spans) and not line[at:].strip()


def arrange(blocks: list[Block], warnings: list[str]) -> list[Block]:
    """Join empty numbered paragraphs to their text; hang sub-paragraphs."""
    result: list[Block] = []
    pending: Block | None = None  # a number whose text is in the next block
    opened = False  # an operative paragraph or a heading has come
    for block in blocks:
        if pending is not None:
            pending = _join_pending(pending, block, warnings)
            if pending is None:
                continue
            warnings.append(f"{pending.eid}: paragraph {pending.number} has no text")
            pending = None
        if not opened and _continues_preamble(block, result[-1] if result else None):
            # The last preambular paragraph set in mainBody (A/RES/79/127, fr).
            warnings.append(
                f"{block.eid}: unnumbered text ending like a preambular paragraph "
                "after the preamble; read it as one"
            )
            block.kind = PREAMBULAR
        opened = opened or block.kind in (OPERATIVE, HEADING)
        if block.kind == OPERATIVE and not block.text.text and not block.children:
            pending = block
        elif block.kind == SUB:
            parent = next((b for b in reversed(result) if b.kind != HEADING), None)
            if parent is not None and parent.in_annex == block.in_annex:
                _hang(parent, block)
                continue
            warnings.append(
                f"{block.eid}: sub-paragraph {block.label} has no paragraph before "
                "it; kept as an unnumbered paragraph"
            )
            block.kind = UNNUMBERED
        result.append(block)
    if pending is not None:
        warnings.append(f"{pending.eid}: paragraph {pending.number} has no text")
    return result


def _continues_preamble(block: Block, previous: Block | None) -> bool:
    return (
        previous is not None
        and previous.kind == PREAMBULAR
        and block.kind == UNNUMBERED
        and not block.in_annex
        and not block.table
        and block.text.text.endswith(_PREAMBLE_ENDS)
    )


def _join_pending(pending: Block, block: Block, warnings: list[str]) -> Block | None:
    """French A/RES/79/1: <num>19.</num> with empty content, its text in the next
    paragraph. Returns None when joined, else the still-empty paragraph."""
    if block.kind not in (UNNUMBERED, PREAMBULAR) or not block.text.text:
        return pending
    pending.text, pending.children = block.text, block.children
    warnings.append(
        f"{pending.eid}: paragraph {pending.number} had its text in "
        f"{block.eid or 'the next element'}; joined them"
    )
    return None


def _hang(parent: Block, block: Block) -> None:
    """(i) after (h) is a letter; otherwise numerals, ㈠ and ’1‘ go under a letter."""
    last = parent.children[-1] if parent.children else None
    if last is not None and _level(block.label, last.label) == 2:
        last.children.append(block)
    else:
        parent.children.append(block)


def _level(label: str, previous: str) -> int:
    """2 for a numeral under a letter: ㈠ or (i) under (a); ㈡ after ㈠ and (十一)
    after ㈩ stay level 1 (A/RES/79/243, zh)."""
    bare = label.strip("()（）")
    prev = previous.strip("()（）")
    if not bare or not _is_letter(prev):
        return 1
    if bare[0] in _CIRCLED or bare.isdigit() or _CJK_NUMERAL.fullmatch(bare):
        return 2
    if re.fullmatch(r"[ivxlc]+", bare) and parse_roman(bare.upper()):
        return 1 if len(prev) == 1 and bare == chr(ord(prev) + 1) else 2
    return 1


def _is_letter(bare: str) -> bool:
    """a, aa, (i) read as the ninth letter, 甲, أ, а: not a numeral like ㈠ or 1."""
    return bare.isalpha() and not _CJK_NUMERAL.fullmatch(bare)


def to_paragraphs(blocks: list[Block], language: str) -> tuple[ParsedParagraph, ...]:
    marked = _marked_parts(blocks, language)
    return tuple(_paragraph(b, language, marked) for b in blocks)


_Part = tuple[bool, bool]  # (preamble, in_annex)


def _marked_parts(blocks: list[Block], language: str) -> frozenset[_Part]:
    """The parts (preamble or operative part, of the resolution or of its annex)
    whose XML emphasises leads: an unemphasised paragraph there has no lead, as
    parse_text reads the seed layout (text_blocks.py, _marked_parts). "Decide incluir"
    is plain in A/RES/79/51 (es), operative paragraph 11, among italic leads; the
    declaration A/RES/76/1 adopts has none. Chinese preambles are never marked:
    the seed layout writes their leads plain."""
    marked = set()
    for block in blocks:
        part = (block.kind == PREAMBULAR, block.in_annex)
        if block.kind == HEADING or block.table or part in marked:
            continue
        if language == "zh" and block.kind == PREAMBULAR:
            continue
        if _emphasised_lead(block.text):
            marked.add(part)
    return frozenset(marked)


def _paragraph(
    block: Block, language: str, marked: frozenset[_Part], kind: str = ""
) -> ParsedParagraph:
    """A sub-paragraph takes the kind of the paragraph it belongs to."""
    kind = kind or block.kind
    text = block.text.text
    guess = (kind == PREAMBULAR, block.in_annex) not in marked
    plain = kind == HEADING or block.table
    return ParsedParagraph(
        kind=kind,
        text=text,
        lead="" if plain else _lead(block.text, language, guess),
        number=block.number,
        label=block.label,
        refs=block.text.refs,
        citations=find_citations(text),
        subparagraphs=tuple(
            _paragraph(c, language, marked, kind) for c in block.children
        ),
        in_annex=block.in_annex,
        eid=block.eid,
    )


def _emphasised_lead(text: Text) -> str:
    """The emphasised span at the start (在这方面**欣见**), "" if none. Not one that
    starts inside a word, E<span>ncourages</span> (A/RES/77/235), t<span>ؤكد من
    جديد</span> (79/249, ar); whitespace inside runs together, as in the text
    parser's ('وإذ تلاحظ  أيضا', 79/294, ar)."""
    for start, end in text.emphasis[:1]:
        if start and _MID_WORD.match(text.text, start - 1):
            return ""
        if start <= _LEAD_WITHIN and not _BEFORE_LEAD.search(text.text[:start]):
            lead = _LEAD_EDGES.sub("", text.text[start:end]).rstrip(_LEAD_TRIM)
            if 0 < len(lead) <= _LEAD_MAX:
                return _SPACES.sub(" ", lead)
    return ""


def _lead(text: Text, language: str, guess: bool = True) -> str:
    """The emphasised span at the start, else (if `guess`) a lexicon phrase."""
    if lead := _emphasised_lead(text):
        return lead
    if not guess:
        return ""
    start, end = find_lead(text.text, language)
    return text.text[start:end]
