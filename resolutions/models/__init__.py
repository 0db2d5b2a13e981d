"""Schema: resolutions as read (documents.py), how they were adopted (adoption.py)."""

from .adoption import Adoption, Country, CountryVote, Sponsorship, Subject
from .choices import (
    AdoptionType,
    CitationKind,
    Committee,
    Language,
    ParagraphKind,
    SourceFormat,
    VoteChoice,
)
from .documents import (
    AgendaItem,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    Resolution,
    SourceFile,
)
from .search import FOOTNOTE, SearchEntry

__all__ = [
    "FOOTNOTE",
    "Adoption",
    "AdoptionType",
    "AgendaItem",
    "Citation",
    "CitationKind",
    "Committee",
    "Country",
    "CountryVote",
    "Footnote",
    "FootnoteRef",
    "Language",
    "Paragraph",
    "ParagraphKind",
    "Resolution",
    "SearchEntry",
    "SourceFile",
    "SourceFormat",
    "Sponsorship",
    "Subject",
    "VoteChoice",
]
