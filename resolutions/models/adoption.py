"""How a resolution was adopted: meeting, vote per country, sponsors, subjects.

One Adoption per symbol, shared by all language versions (from metadata-NN.jsonl).
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import AdoptionType, Committee, VoteChoice, in_choices


class Country(models.Model):
    """A Member State (or observer) as named in the UN's voting records."""

    name = models.CharField(max_length=200, unique=True)  # "VIET NAM"

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("countries")
        constraints = [
            models.CheckConstraint(condition=~Q(name=""), name="country_name")
        ]

    def __str__(self) -> str:
        return self.name


class Subject(models.Model):
    term = models.CharField(max_length=300)
    vocabulary = models.CharField(max_length=100)  # "UNBIS Thesaurus", "DHLAUTH"

    class Meta:
        ordering = ["term"]
        constraints = [
            models.UniqueConstraint(
                fields=["term", "vocabulary"], name="subject_unique"
            ),
            models.CheckConstraint(condition=~Q(term=""), name="subject_term"),
        ]

    def __str__(self) -> str:
        return self.term


class Adoption(models.Model):
    """How one resolution (all its language versions) was adopted: the meeting, the
    vote and the sponsors, from the UN's metadata records."""

    symbol = models.CharField(max_length=64, unique=True)
    session = models.PositiveSmallIntegerField()
    title = models.TextField(blank=True)  # English title as published
    adopted_on = models.DateField(null=True, blank=True)
    plenary_meeting = models.PositiveSmallIntegerField(null=True, blank=True)
    meeting_record = models.CharField(max_length=64, blank=True)  # A/78/PV.50
    committee = models.CharField(max_length=8, choices=Committee.choices, blank=True)
    originating_document = models.TextField(blank=True)
    agenda = models.CharField(max_length=200, blank=True)
    adoption_type = models.CharField(
        max_length=16, choices=AdoptionType.choices, blank=True
    )
    yes_count = models.PositiveSmallIntegerField(null=True, blank=True)
    no_count = models.PositiveSmallIntegerField(null=True, blank=True)
    abstain_count = models.PositiveSmallIntegerField(null=True, blank=True)
    sdgs = models.JSONField(default=list, blank=True)
    subjects = models.ManyToManyField(Subject, related_name="adoptions", blank=True)
    countries_voting = models.ManyToManyField(
        Country, through="CountryVote", related_name="+"
    )
    record_sha256 = models.CharField(max_length=64, blank=True)  # skip unchanged
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-session", "symbol"]
        constraints = [
            models.CheckConstraint(
                condition=in_choices("adoption_type", AdoptionType, blank=True),
                name="adoption_type_valid",
            ),
            models.CheckConstraint(
                condition=in_choices("committee", Committee, blank=True),
                name="adoption_committee",
            ),
            # Counts belong to recorded votes only.
            models.CheckConstraint(
                condition=Q(adoption_type=AdoptionType.RECORDED_VOTE)
                | Q(
                    yes_count__isnull=True,
                    no_count__isnull=True,
                    abstain_count__isnull=True,
                ),
                name="adoption_counts_only_when_recorded",
            ),
            models.CheckConstraint(
                condition=Q(symbol__startswith="A/RES/"), name="adoption_symbol"
            ),
        ]

    def __str__(self) -> str:
        return self.symbol


class CountryVote(models.Model):
    adoption = models.ForeignKey(
        Adoption, on_delete=models.CASCADE, related_name="votes"
    )
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="votes")
    vote = models.CharField(max_length=8, choices=VoteChoice.choices)

    class Meta:
        ordering = ["adoption", "country__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["adoption", "country"], name="one_vote_per_country"
            ),
            models.CheckConstraint(
                condition=in_choices("vote", VoteChoice), name="vote_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country} {self.vote} on {self.adoption}"


class Sponsorship(models.Model):
    """A sponsor: a Member State (country set) or a body ("SUBMITTED BY …")."""

    adoption = models.ForeignKey(
        Adoption, on_delete=models.CASCADE, related_name="sponsorships"
    )
    position = models.PositiveSmallIntegerField()
    country = models.ForeignKey(
        Country,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sponsorships",
    )
    name = models.CharField(max_length=300)  # as published
    on_behalf_of = models.CharField(max_length=300, blank=True)
    additional = models.BooleanField(default=False)

    class Meta:
        ordering = ["adoption", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["adoption", "position"], name="sponsorship_position"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="sponsorship_name"),
        ]

    def __str__(self) -> str:
        return self.name
