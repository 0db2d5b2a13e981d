"""Small template helpers for the archive's pages."""

from django import template

from resolutions.models import Language

register = template.Library()
NAMES = dict(Language.choices)


@register.filter
def get(mapping, key):
    """{{ mapping|get:key }}: a dictionary lookup by a variable key."""
    if not mapping:
        return None
    return mapping.get(key)


@register.filter
def language_name(code):
    """A document language in its own language (中文, English, Français …)."""
    return NAMES.get(code, code)
