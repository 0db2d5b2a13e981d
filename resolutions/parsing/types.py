"""What the parsers return: small frozen dataclasses, independent of Django.

Every parser (plain text, raw PDF text, Akoma Ntoso XML) returns a ParsedResolution, so
ingest, the JSON contract and the tests see one shape whatever the input format was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGUAGES = ("zh", "en", "fr", "es", "ru", "ar")
COMMITTEES = ("plenary", "first", "second", "third", "fourth", "fifth", "sixth")

# Paragraph kinds. Headings and annex paragraphs occur in declarations and outcome
# documents; the seed layout only has preambular and operative paragraphs.
PREAMBULAR = "preambular"
OPERATIVE = "operative"
HEADING = "heading"
UNNUMBERED = "unnumbered"
PARAGRAPH_KINDS = (PREAMBULAR, OPERATIVE, HEADING, UNNUMBERED)

# Citation kinds.
GA_RESOLUTION = "ga_resolution"
HRC_RESOLUTION = "hrc_resolution"
SC_RESOLUTION = "sc_resolution"
OTHER_RESOLUTION = "other_resolution"
DOCUMENT = "document"
CITATION_KINDS = (
    GA_RESOLUTION,
    HRC_RESOLUTION,
    SC_RESOLUTION,
    OTHER_RESOLUTION,
    DOCUMENT,
)


@dataclass(frozen=True)
class ParsedCitation:
    """One citation found in a paragraph or footnote text.

    `symbol` is the normalised key (A/RES/70/1, A/HRC/RES/32/6, A/72/439/Add.2);
    `text` is the exact text it was found in; `start`/`end` are character offsets of
    that text inside the containing paragraph's or footnote's `text`.
    `label` keeps a part letter that is not part of the key (217 A (III) -> "A").
    """

    symbol: str
    kind: str
    text: str
    start: int
    end: int
    label: str = ""


@dataclass(frozen=True)
class ParsedFootnoteRef:
    """A footnote marker inside a paragraph, at character `offset` of its text."""

    marker: int
    offset: int


@dataclass(frozen=True)
class ParsedFootnote:
    marker: int
    text: str
    citations: tuple[ParsedCitation, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class ParsedParagraph:
    """A paragraph or sub-paragraph.

    `text` is the whole paragraph as read, lead phrase included, without
    footnote markers and without its number or label. `lead` is the lead
    phrase (重申, 表示注意到, Reaffirms) exactly as it occurs in `text`, or "".
    `number` is the operative number ("1"), `label` a sub-paragraph label ("(a)").
    `eid` is the source element id when the format has one (AKN), for alignment.
    """

    kind: str
    text: str
    lead: str = ""
    number: str = ""
    label: str = ""
    refs: tuple[ParsedFootnoteRef, ...] = ()
    citations: tuple[ParsedCitation, ...] = ()
    subparagraphs: tuple[ParsedParagraph, ...] = ()
    in_annex: bool = False
    eid: str = ""
    line: int = 0

    @property
    def footnotes(self) -> tuple[int, ...]:
        """Markers referenced, in order of first appearance, without repeats."""
        return tuple(dict.fromkeys(ref.marker for ref in self.refs))


@dataclass(frozen=True)
class ParsedResolution:
    symbol: str  # A/RES/78/197
    language: str  # one of LANGUAGES
    session: int  # 78
    number: str  # "197", "217 A"
    title: str
    agenda_items: tuple[str, ...] = ()  # ("71 (b)",)
    agenda_titles: tuple[str, ...] = ()  # same order as agenda_items, "" if unknown
    adopted_on: dt.date | None = None
    committee: str = ""  # one of COMMITTEES, "" if unknown
    committee_report: str = ""  # A/78/481/Add.2
    draft_symbol: str = ""  # A/79/L.2 (adopted without reference to a Main Committee)
    plenary_meeting: int | None = None
    paragraphs: tuple[ParsedParagraph, ...] = ()
    footnotes: tuple[ParsedFootnote, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def preambular(self) -> tuple[ParsedParagraph, ...]:
        return tuple(
            p for p in self.paragraphs if p.kind == PREAMBULAR and not p.in_annex
        )

    @property
    def operative(self) -> tuple[ParsedParagraph, ...]:
        return tuple(
            p for p in self.paragraphs if p.kind == OPERATIVE and not p.in_annex
        )
