"""One resolution: reading page, side-by-side languages, the stored source file."""

import difflib

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import render

from resolutions.models import (
    Citation,
    CountryVote,
    Footnote,
    FootnoteRef,
    Language,
    Paragraph,
    Resolution,
    Sponsorship,
)

LANGUAGE_CODES = [code for code, _ in Language.choices]


def _not_found(request, symbol: str, language: str | None = None):
    """A 404 that suggests what the reader may have meant."""
    versions = list(
        Resolution.objects.filter(symbol=symbol).values_list("language", flat=True)
    )
    suggestions: list[str] = []
    if not versions:
        session = symbol.split("/")[2] if symbol.count("/") >= 3 else ""
        pool = Resolution.objects.order_by().values_list("symbol", flat=True).distinct()
        if session.isdigit():
            pool = pool.filter(session=int(session))
        suggestions = difflib.get_close_matches(
            symbol, list(pool[:5000]), n=5, cutoff=0.6
        )
    response = render(
        request,
        "resolutions/not_found.html",
        {
            "symbol": symbol,
            "language": language,
            "versions": versions,
            "suggestions": suggestions,
        },
        status=404,
    )
    return response


def _with_body(queryset):
    paragraphs = Paragraph.objects.order_by("position").prefetch_related(
        Prefetch("refs", FootnoteRef.objects.select_related("footnote")),
        Prefetch(
            "citations",
            Citation.objects.select_related("cited").only(
                "paragraph_id",
                "start",
                "end",
                "symbol",
                "text",
                "cited__symbol",
                "cited__language",
            ),
        ),
    )
    footnotes = Footnote.objects.order_by("marker").prefetch_related(
        Prefetch(
            "refs",
            FootnoteRef.objects.select_related("paragraph").only(
                "footnote_id", "paragraph__anchor", "offset"
            ),
        ),
        Prefetch("citations", Citation.objects.select_related("cited")),
    )
    return queryset.prefetch_related(
        "agenda_items",
        Prefetch("paragraphs", paragraphs),
        Prefetch("footnotes", footnotes),
    )


def resolution_detail(request, symbol: str, language: str):
    resolution = (
        _with_body(Resolution.objects.select_related("source", "adoption"))
        .filter(symbol=symbol, language=language)
        .first()
    )
    if resolution is None:
        return _not_found(request, symbol, language)
    versions = Resolution.objects.filter(symbol=symbol).only("symbol", "language")
    cited_by = (
        Citation.objects.filter(cited__symbol=symbol)
        .select_related("resolution", "paragraph")
        .only(
            "resolution__symbol",
            "resolution__language",
            "resolution__title",
            "paragraph__anchor",
            "footnote_id",
            "cited_id",
        )
        .order_by(
            "resolution__session",
            "resolution__number_sort",
            "resolution__language",
            "id",
        )
    )
    adoption = resolution.adoption
    votes, sponsors = [], []
    if adoption is not None:
        votes = list(
            CountryVote.objects.filter(adoption=adoption)
            .select_related("country")
            .order_by("vote", "country__name")
        )
        sponsors = list(
            Sponsorship.objects.filter(adoption=adoption).order_by("position")
        )
    return render(
        request,
        "resolutions/resolution_detail.html",
        {
            "resolution": resolution,
            "versions": versions,
            "cited_by": cited_by,
            "adoption": adoption,
            "votes": votes,
            "sponsors": sponsors,
        },
    )


def resolution_compare(request, symbol: str):
    """Two language versions side by side, paragraph by paragraph.

    Paragraphs align by the UN XML's element ids when both versions have them (they
    are identical across languages), else by anchor (kind and number).
    """
    wanted = [c for c in request.GET.get("langs", "zh,en").split(",") if c][:2]
    if (
        len(wanted) != 2
        or any(c not in LANGUAGE_CODES for c in wanted)
        or wanted[0] == wanted[1]
    ):
        wanted = ["zh", "en"]
    found = {
        r.language: r
        for r in _with_body(
            Resolution.objects.filter(symbol=symbol, language__in=wanted)
        )
    }
    if not found:
        return _not_found(request, symbol)
    available = list(
        Resolution.objects.filter(symbol=symbol)
        .order_by("language")
        .values_list("language", flat=True)
    )
    left, right = (found.get(wanted[0]), found.get(wanted[1]))
    rows = _align(left, right)
    return render(
        request,
        "resolutions/resolution_compare.html",
        {
            "symbol": symbol,
            "left": left,
            "right": right,
            "langs": wanted,
            "rows": rows,
            "available": available,
        },
    )


def _align(left, right) -> list[tuple]:
    lp = list(left.paragraphs.all()) if left else []
    rp = list(right.paragraphs.all()) if right else []
    use_eid = lp and rp and all(p.eid for p in lp) and all(p.eid for p in rp)
    key = (lambda p: p.eid) if use_eid else (lambda p: p.anchor)
    right_by_key = {key(p): p for p in rp}
    rows, used = [], set()
    for p in lp:
        match = right_by_key.get(key(p))
        if match is not None:
            used.add(match.pk)
        rows.append((p, match))
    rows += [(None, p) for p in rp if p.pk not in used]
    return rows


def resolution_source(request, symbol: str, language: str):
    """Download the stored source file exactly as it was received."""
    resolution = (
        Resolution.objects.select_related("source")
        .filter(symbol=symbol, language=language)
        .first()
    )
    if resolution is None:
        return _not_found(request, symbol, language)
    source = resolution.source
    content_type = "text/plain" if source.format == "text" else "application/xml"
    response = HttpResponse(
        bytes(source.content), content_type=f"{content_type}; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{source.filename}"'
    return response
