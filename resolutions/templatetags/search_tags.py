"""Search page helpers: facet labels and links that keep the other parameters."""

from django import template
from django.utils.translation import gettext_lazy as _

from resolutions.models import Committee, Language, ParagraphKind

register = template.Library()

LABELS = {
    "session": _("Session"),
    "language": _("Language"),
    "kind": _("Paragraph kind"),
    "committee": _("Committee"),
    "lead": _("Lead phrase"),
}
PARAMETER = {"language": "lang"}
DISPLAY = {
    "language": dict(Language.choices),
    "kind": {**dict(ParagraphKind.choices), "footnote": _("footnote")},
    "committee": dict(Committee.choices),
}


@register.simple_tag
def facet_label(name):
    return LABELS.get(name, name)


@register.simple_tag
def facet_value(name, value):
    return DISPLAY.get(name, {}).get(value, value)


@register.simple_tag
def facet_query(request, name, value):
    params = request.GET.copy()
    params[PARAMETER.get(name, name)] = value
    params.pop("page", None)
    return params.urlencode()


@register.simple_tag
def page_query(request, page):
    params = request.GET.copy()
    params["page"] = page
    return params.urlencode()
