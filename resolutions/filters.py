"""Resolution list filters and orderings (django-filter); state lives in the URL."""

import django_filters
from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from resolutions.models import AdoptionType, Committee, Language, Resolution


class NumericSymbolOrdering(django_filters.OrderingFilter):
    """Symbol order is numeric (78/9 before 78/10); title order uses the sort key."""

    def filter(self, qs, value):
        if not value:
            return qs.order_by("-session", "number_sort", "number", "language")
        fields = []
        for item in value:
            descending = item.startswith("-")
            name = item.lstrip("-")
            columns = {
                "symbol": ["session", "number_sort", "number"],
                "date": ["adopted_on"],
                "title": ["title_sort"],
            }.get(name, [])
            for column in columns:
                expression = F(column)
                fields.append(
                    expression.desc(nulls_last=True)
                    if descending
                    else expression.asc(nulls_last=True)
                )
        return qs.order_by(*fields, "language", "id")


class ResolutionFilter(django_filters.FilterSet):
    session = django_filters.RangeFilter(
        label=_("Session (from–to)"), widget=django_filters.widgets.RangeWidget()
    )
    agenda = django_filters.CharFilter(
        field_name="agenda_items__code", label=_("Agenda item"), distinct=True
    )
    committee = django_filters.ChoiceFilter(
        choices=Committee.choices, label=_("Committee")
    )
    language = django_filters.ChoiceFilter(
        choices=Language.choices, label=_("Language")
    )
    adopted = django_filters.DateFromToRangeFilter(
        field_name="adopted_on",
        label=_("Adopted (from–to)"),
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    adoption_type = django_filters.ChoiceFilter(
        field_name="adoption__adoption_type",
        choices=AdoptionType.choices,
        label=_("Adoption"),
    )
    title = django_filters.CharFilter(
        lookup_expr="icontains", label=_("Title contains")
    )
    sponsor = django_filters.CharFilter(
        field_name="adoption__sponsorships__name",
        lookup_expr="icontains",
        label=_("Sponsor"),
        distinct=True,
    )
    order = NumericSymbolOrdering(
        fields=(("symbol", "symbol"), ("date", "date"), ("title", "title")),
        field_labels={
            "symbol": _("Symbol"),
            "date": _("Adoption date"),
            "title": _("Title"),
        },
        label=_("Order"),
    )

    class Meta:
        model = Resolution
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.form.fields.values():
            if isinstance(field.widget, forms.Select):
                field.widget.attrs.setdefault("class", "select")
