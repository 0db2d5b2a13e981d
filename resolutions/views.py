"""Pages: the archive by session and one resolution. Thin: query, then render."""

from itertools import groupby

from django.db.models import Count, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from resolutions.forms import SearchForm
from resolutions.models import (
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    Resolution,
)
from resolutions.search.engine import search_paragraphs


def home(request):
    """The archive by session: each session's resolutions, newest session first."""
    resolutions = Resolution.objects.in_reading_order().only(
        "symbol", "language", "session", "number", "number_sort", "title", "adopted_on"
    )
    sessions = []
    for session, rows in groupby(resolutions, key=lambda r: r.session):
        by_symbol: dict[str, list[Resolution]] = {}
        for row in rows:
            by_symbol.setdefault(row.symbol, []).append(row)
        sessions.append({"session": session, "documents": list(by_symbol.values())})
    counts = Resolution.objects.values("language").annotate(n=Count("id"))
    return render(
        request,
        "resolutions/home.html",
        {
            "sessions": sessions,
            "language_counts": {c["language"]: c["n"] for c in counts},
        },
    )


def _get_resolution(symbol: str, language: str) -> Resolution:
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
    try:
        return (
            Resolution.objects.select_related("source")
            .prefetch_related(
                "agenda_items",
                Prefetch("paragraphs", paragraphs),
                Prefetch("footnotes", footnotes),
            )
            .get(symbol=symbol, language=language)
        )
    except Resolution.DoesNotExist:
        raise Http404(f"No resolution {symbol} in language {language!r}") from None


def resolution_detail(request, symbol: str, language: str):
    resolution = _get_resolution(symbol, language)
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
        .order_by("resolution__symbol", "resolution__language", "id")
    )
    return render(
        request,
        "resolutions/resolution_detail.html",
        {
            "resolution": resolution,
            "versions": versions,
            "cited_by": cited_by,
        },
    )


def resolution_source(request, symbol: str, language: str):
    """Download the stored source file exactly as it was received."""
    resolution = (
        Resolution.objects.select_related("source")
        .filter(symbol=symbol, language=language)
        .first()
    )
    if resolution is None:
        raise Http404(f"No resolution {symbol} in language {language!r}")
    source = resolution.source
    content_type = "text/plain" if source.format == "text" else "application/xml"
    response = HttpResponse(bytes(source.content), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{source.filename}"'
    return response


def search(request):
    """Paragraph search; a query that names a resolution leads straight to it."""
    form = SearchForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        results = search_paragraphs(
            data["q"],
            filters=form.search_filters(),
            sort=data.get("sort") or "relevance",
            page=data.get("page") or 1,
        )
        if results.symbol and data.get("page") in (None, 1):
            target = _preferred_version(results.symbol, data.get("lang"))
            if target is not None:
                return redirect(
                    "resolutions:detail", symbol=target.symbol, language=target.language
                )
    return render(
        request, "resolutions/search.html", {"form": form, "results": results}
    )


def _preferred_version(symbol: str, language: str | None):
    """The version in the filtered language, else the interface language, else any."""
    versions = {r.language: r for r in Resolution.objects.filter(symbol=symbol)}
    interface = "zh" if (get_language() or "").startswith("zh") else "en"
    for candidate in (language, interface, "en", "zh"):
        if candidate in versions:
            return versions[candidate]
    return next(iter(versions.values()), None)
