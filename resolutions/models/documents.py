"""Resolutions as read: source files, agenda items, paragraphs, footnotes, citations.

Constraints live in the database so invalid data cannot be stored whatever writes it;
only resolutions.ingest writes these tables.
"""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from resolutions.parsing import types as parsed

from .adoption import Adoption
from .choices import (
    CitationKind,
    Committee,
    Language,
    ParagraphKind,
    SourceFormat,
    in_choices,
)


class SourceFile(models.Model):
    """An uploaded file exactly as received. Never deleted: replacing a resolution
    keeps the earlier source, so nothing stored is ever lost."""

    filename = models.CharField(max_length=255)
    format = models.CharField(max_length=8, choices=SourceFormat.choices)
    content = models.BinaryField()
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveIntegerField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="source_sha256_hex"
            ),
            models.CheckConstraint(
                condition=in_choices("format", SourceFormat),
                name="source_format_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.filename} ({self.sha256[:12]})"


class AgendaItem(models.Model):
    """An agenda item of one session, with its title in one language."""

    session = models.PositiveSmallIntegerField()
    code = models.CharField(max_length=32)  # "71 (b)"
    item_number = models.PositiveSmallIntegerField()  # 71, for numeric sorting
    language = models.CharField(max_length=2, choices=Language.choices)
    title = models.TextField(blank=True)

    class Meta:
        ordering = ["session", "item_number", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "code", "language"], name="agenda_item_unique"
            ),
            models.CheckConstraint(
                condition=in_choices("language", Language), name="agenda_language"
            ),
            models.CheckConstraint(condition=Q(session__gte=1), name="agenda_session"),
        ]

    def __str__(self) -> str:
        return f"{self.session}: {self.code}"


class ResolutionQuerySet(models.QuerySet):
    def in_reading_order(self):
        return self.order_by("-session", "number_sort", "number", "language")

    def preferred_version(self, symbol: str, *languages: str | None):
        """The version of `symbol` in the first of `languages` held, else the first
        version by language code; None when the archive holds none."""
        versions = {
            r.language: r for r in self.filter(symbol=symbol).order_by("language")
        }
        for language in languages:
            if language in versions:
                return versions[language]
        return next(iter(versions.values()), None)


class Resolution(models.Model):
    symbol = models.CharField(max_length=64)  # A/RES/78/197
    language = models.CharField(max_length=2, choices=Language.choices)
    session = models.PositiveSmallIntegerField()
    number = models.CharField(max_length=16)  # "197", "217 A"
    number_sort = models.PositiveIntegerField()  # 197: numeric order, 78/9 < 78/10
    # Empty only when the source has none (A/RES/76/57 zh has no preface); the
    # parser's warning says so and is stored in `warnings`.
    title = models.TextField(blank=True)
    title_sort = models.CharField(max_length=500, blank=True)  # pinyin for Chinese
    adopted_on = models.DateField(null=True, blank=True)
    committee = models.CharField(max_length=8, choices=Committee.choices, blank=True)
    committee_report = models.CharField(max_length=64, blank=True)
    draft_symbol = models.CharField(max_length=64, blank=True)
    plenary_meeting = models.PositiveSmallIntegerField(null=True, blank=True)
    agenda_items = models.ManyToManyField(
        AgendaItem, related_name="resolutions", blank=True
    )
    source = models.ForeignKey(
        SourceFile, on_delete=models.PROTECT, related_name="resolutions"
    )
    adoption = models.ForeignKey(
        Adoption,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resolutions",
    )
    warnings = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ResolutionQuerySet.as_manager()

    class Meta:
        ordering = ["-session", "number_sort", "number", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["symbol", "language"], name="resolution_symbol_language"
            ),
            models.CheckConstraint(
                condition=in_choices("language", Language), name="resolution_language"
            ),
            models.CheckConstraint(
                condition=in_choices("committee", Committee, blank=True),
                name="resolution_committee",
            ),
            models.CheckConstraint(
                condition=Q(symbol__regex=r"^A/RES/[0-9A-Z][0-9A-Za-z().\- /]*$"),
                name="resolution_symbol_format",
            ),
            models.CheckConstraint(
                condition=Q(session__gte=1), name="resolution_session"
            ),
            models.CheckConstraint(condition=~Q(number=""), name="resolution_number"),
        ]
        indexes = [
            models.Index(fields=["session", "number_sort"]),
            # The sessions adopted since a date (search.engine._sessions_since): 0.1
            # ms instead of 0.8 over 6,000 resolutions, in every common search.
            models.Index(fields=["adopted_on"], name="resolution_adopted_on"),
        ]

    def __str__(self) -> str:
        return f"{self.symbol} ({self.language})"


class Paragraph(models.Model):
    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="paragraphs"
    )
    position = models.PositiveIntegerField()  # reading order, 1-based
    anchor = models.CharField(max_length=64)  # pp3, op5, op5-a
    kind = models.CharField(max_length=12, choices=ParagraphKind.choices)
    number = models.CharField(max_length=16, blank=True)  # operative number
    label = models.CharField(max_length=16, blank=True)  # "(a)"
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="subparagraphs",
    )
    depth = models.PositiveSmallIntegerField(default=0)
    lead = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    in_annex = models.BooleanField(default=False)
    eid = models.CharField(
        max_length=100, blank=True
    )  # AKN element id, aligns languages
    footnotes = models.ManyToManyField(
        "Footnote", through="FootnoteRef", related_name="referenced_by"
    )

    class Meta:
        ordering = ["resolution", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["resolution", "position"], name="paragraph_position"
            ),
            models.UniqueConstraint(
                fields=["resolution", "anchor"], name="paragraph_anchor"
            ),
            models.CheckConstraint(
                condition=in_choices("kind", ParagraphKind), name="paragraph_kind"
            ),
            models.CheckConstraint(condition=Q(position__gte=1), name="paragraph_pos"),
            models.CheckConstraint(condition=~Q(text=""), name="paragraph_text"),
            models.CheckConstraint(
                condition=~Q(anchor=""), name="paragraph_anchor_set"
            ),
            # A top-level operative paragraph is numbered; unnumbered ones are
            # stored with kind "unnumbered".
            models.CheckConstraint(
                condition=~Q(kind=parsed.OPERATIVE, parent__isnull=True, number=""),
                name="operative_numbered",
            ),
            models.CheckConstraint(
                condition=Q(parent__isnull=True, depth=0)
                | Q(parent__isnull=False, depth__gte=1),
                name="paragraph_depth",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")), name="paragraph_not_own_parent"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resolution.symbol} {self.anchor}"


class Footnote(models.Model):
    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="footnotes"
    )
    marker = models.PositiveSmallIntegerField()
    text = models.TextField()
    paragraph = models.ForeignKey(
        Paragraph,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="first_footnotes",
        help_text=_("The paragraph that first references this footnote."),
    )

    class Meta:
        ordering = ["resolution", "marker"]
        constraints = [
            models.UniqueConstraint(
                fields=["resolution", "marker"], name="footnote_marker"
            ),
            models.CheckConstraint(
                condition=Q(marker__gte=1), name="footnote_marker_pos"
            ),
            models.CheckConstraint(condition=~Q(text=""), name="footnote_text"),
        ]

    def __str__(self) -> str:
        return f"{self.resolution.symbol} fn{self.marker}"


class FootnoteRef(models.Model):
    """A footnote marker in a paragraph, at a character offset of its text."""

    paragraph = models.ForeignKey(
        Paragraph, on_delete=models.CASCADE, related_name="refs"
    )
    footnote = models.ForeignKey(
        Footnote, on_delete=models.CASCADE, related_name="refs"
    )
    offset = models.PositiveIntegerField()

    class Meta:
        ordering = ["paragraph", "offset"]
        constraints = [
            models.UniqueConstraint(
                fields=["paragraph", "footnote", "offset"], name="footnote_ref_unique"
            )
        ]

    def __str__(self) -> str:
        return f"fn{self.footnote.marker} at {self.offset}"


class Citation(models.Model):
    """A citation in a paragraph or a footnote, linked to the cited resolution when
    the archive holds it (filled in on ingest of either side)."""

    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="citations"
    )
    paragraph = models.ForeignKey(
        Paragraph,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    footnote = models.ForeignKey(
        Footnote,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    symbol = models.CharField(max_length=100)  # normalised: A/RES/70/1
    kind = models.CharField(max_length=20, choices=CitationKind.choices)
    text = models.CharField(max_length=300)  # exactly as found
    label = models.CharField(max_length=8, blank=True)  # part letter, 217 A (III)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    cited = models.ForeignKey(
        Resolution,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cited_by",
    )

    class Meta:
        ordering = ["resolution", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(paragraph__isnull=False, footnote__isnull=True)
                | Q(paragraph__isnull=True, footnote__isnull=False),
                name="citation_in_one_place",
            ),
            models.CheckConstraint(
                condition=in_choices("kind", CitationKind), name="citation_kind"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="citation_span"
            ),
            models.CheckConstraint(condition=~Q(symbol=""), name="citation_symbol"),
        ]
        indexes = [models.Index(fields=["symbol"])]

    def __str__(self) -> str:
        return f"{self.symbol} in {self.resolution.symbol}"
