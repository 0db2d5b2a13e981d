"""Render stored paragraph and footnote text as safe HTML with links.

Every piece of document text goes through escape(); markup is only ever added around
escaped text, so HTML inside a document is shown, never interpreted.
"""

from django import template
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

UNDOCS = "https://undocs.org/{language}/{symbol}"


def citation_url(citation, language: str) -> str:
    """The archive's page when it holds the cited resolution, else the UN's."""
    if citation.cited_id:
        return reverse(
            "resolutions:detail",
            kwargs={
                "symbol": citation.cited.symbol,
                "language": citation.cited.language,
            },
        )
    return UNDOCS.format(language=language, symbol=citation.symbol)


def _spans(text: str, lead: str, citations, language: str):
    """Non-overlapping (start, end, open_html, close_html), in text order."""
    spans = []
    for c in citations:
        if 0 <= c.start < c.end <= len(text):
            spans.append(
                (
                    c.start,
                    c.end,
                    format_html(
                        '<a class="cite" href="{}">', citation_url(c, language)
                    ),
                    "</a>",
                )
            )
    if lead:
        at = text.find(lead)
        if at >= 0:
            spans.append((at, at + len(lead), '<strong class="lead">', "</strong>"))
    spans.sort(key=lambda s: (s[0], -s[1]))
    accepted, last_end = [], 0
    for span in spans:
        if span[0] >= last_end:
            accepted.append(span)
            last_end = span[1]
    return accepted


def render_text(text: str, *, lead="", citations=(), refs=(), anchor="", language="en"):
    """HTML for `text`: lead in bold, citations linked, footnote markers inserted."""
    inserts: dict[int, list[str]] = {}
    for ref in refs:
        marker = ref.footnote.marker
        inserts.setdefault(min(ref.offset, len(text)), []).append(
            format_html(
                '<sup class="fnref"><a href="#fn{m}" id="fnref{m}-{a}" '
                'aria-label="footnote {m}">{m}</a></sup>',
                m=marker,
                a=anchor,
            )
        )
    events: dict[int, list[str]] = {}
    for start, end, open_html, close_html in _spans(text, lead, citations, language):
        events.setdefault(start, []).append(open_html)
        events.setdefault(end, []).insert(0, close_html)
    cuts = sorted({0, len(text), *inserts, *events})
    out = []
    for i, at in enumerate(cuts):
        out += [h for h in events.get(at, []) if h.startswith("</")]
        out += inserts.get(at, [])
        out += [h for h in events.get(at, []) if not h.startswith("</")]
        if i + 1 < len(cuts):
            out.append(escape(text[at : cuts[i + 1]]))
    return mark_safe("".join(out))


@register.simple_tag
def paragraph_html(paragraph, language):
    return render_text(
        paragraph.text,
        lead=paragraph.lead,
        citations=paragraph.citations.all(),
        refs=paragraph.refs.all(),
        anchor=paragraph.anchor,
        language=language,
    )


@register.simple_tag
def footnote_html(footnote, language):
    return render_text(
        footnote.text, citations=footnote.citations.all(), language=language
    )


@register.simple_tag
def citation_href(citation, language):
    return citation_url(citation, language)
