"""The search side table: one narrow row per paragraph or footnote.

Only what a search scans, filters or counts lives here (vector, facets, sort date), so a
query over a million rows reads a small table; texts are fetched for the page's hits.
Rows are written by ingest in the same transaction as the paragraphs they index.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q

from .choices import Committee, Language, in_choices
from .documents import Footnote, Paragraph, Resolution

FOOTNOTE = "footnote"


class SearchEntry(models.Model):
    resolution = models.ForeignKey(
        Resolution, on_delete=models.CASCADE, related_name="+"
    )
    paragraph = models.ForeignKey(
        Paragraph, on_delete=models.CASCADE, null=True, related_name="+"
    )
    footnote = models.ForeignKey(
        Footnote, on_delete=models.CASCADE, null=True, related_name="+"
    )
    language = models.CharField(max_length=2, choices=Language.choices)
    session = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=12)  # a ParagraphKind or "footnote"
    lead = models.CharField(max_length=200, blank=True)
    committee = models.CharField(max_length=8, choices=Committee.choices, blank=True)
    adopted_on = models.DateField(null=True)
    vector = SearchVectorField()
    # Whether the text holds Chinese characters (the vector has CJK lexemes): every
    # match of a Chinese term does, so its most recent matches are walked through
    # search_recent_cjk, past the rows of the other languages.
    cjk = models.BooleanField(default=False)

    class Meta:
        indexes = [
            GinIndex(fields=["vector"], name="search_vector_gin"),
            # Matches the engine's ORDER BY (newest first, undated last) so that
            # "newest" pages and the candidates of a common query come off the index.
            models.Index(
                models.F("adopted_on").desc(nulls_last=True), "id", name="search_recent"
            ),
            models.Index(
                models.F("adopted_on").desc(nulls_last=True),
                "id",
                name="search_recent_cjk",
                condition=Q(cjk=True),
            ),
            models.Index(fields=["resolution"], name="search_resolution"),
            # Also search_sample_gin, a partial GIN index over 1% of the rows
            # (migration 0006: raw SQL, as its predicate id % 100 = 0 must read
            # exactly like the engine's condition). And the table keeps vectors
            # inline and uncompressed up to a page (toast_tuple_target, 0009).
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(paragraph__isnull=False, footnote__isnull=True)
                | Q(paragraph__isnull=True, footnote__isnull=False),
                name="search_entry_one_source",
            ),
            models.CheckConstraint(
                condition=in_choices("language", Language), name="search_language"
            ),
        ]

    def __str__(self) -> str:
        return f"search entry {self.pk} ({self.kind})"
