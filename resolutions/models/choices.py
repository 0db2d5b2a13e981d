"""Choices shared by the models, with the database checks that enforce them."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from resolutions.parsing import types as parsed


class Language(models.TextChoices):
    ZH = "zh", "中文"
    EN = "en", "English"
    FR = "fr", "Français"
    ES = "es", "Español"
    RU = "ru", "Русский"
    AR = "ar", "العربية"


class Committee(models.TextChoices):
    PLENARY = "plenary", _("Without reference to a Main Committee")
    FIRST = "first", _("First Committee")
    SECOND = "second", _("Second Committee")
    THIRD = "third", _("Third Committee")
    FOURTH = "fourth", _("Fourth Committee")
    FIFTH = "fifth", _("Fifth Committee")
    SIXTH = "sixth", _("Sixth Committee")


class ParagraphKind(models.TextChoices):
    PREAMBULAR = parsed.PREAMBULAR, _("preambular")
    OPERATIVE = parsed.OPERATIVE, _("operative")
    HEADING = parsed.HEADING, _("heading")
    UNNUMBERED = parsed.UNNUMBERED, _("unnumbered")


class CitationKind(models.TextChoices):
    GA_RESOLUTION = parsed.GA_RESOLUTION, _("General Assembly resolution")
    HRC_RESOLUTION = parsed.HRC_RESOLUTION, _("Human Rights Council resolution")
    SC_RESOLUTION = parsed.SC_RESOLUTION, _("Security Council resolution")
    OTHER_RESOLUTION = parsed.OTHER_RESOLUTION, _("Other body's resolution")
    DOCUMENT = parsed.DOCUMENT, _("UN document")


def in_choices(field: str, choices: type[models.TextChoices], blank=False) -> Q:
    values = list(choices.values) + ([""] if blank else [])
    return Q(**{f"{field}__in": values})


class SourceFormat(models.TextChoices):
    TEXT = "text", _("plain text")
    AKN = "akn", _("Akoma Ntoso XML")


class AdoptionType(models.TextChoices):
    WITHOUT_VOTE = "without_vote", _("Without a vote")
    RECORDED_VOTE = "recorded_vote", _("Recorded vote")


class VoteChoice(models.TextChoices):
    YES = "yes", _("In favour")
    NO = "no", _("Against")
    ABSTAIN = "abstain", _("Abstaining")
