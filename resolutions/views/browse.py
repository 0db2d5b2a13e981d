"""Browsing: home, sessions, one session by agenda item, the filtered list."""

from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Prefetch
from django.http import Http404
from django.shortcuts import render

from resolutions.filters import ResolutionFilter
from resolutions.models import AgendaItem, Resolution

LATEST = 12
PER_PAGE = 50


def _sessions():
    return (
        Resolution.objects.values("session")
        .annotate(
            documents=Count("symbol", distinct=True),
            versions=Count("id"),
            first=Min("adopted_on"),
            last=Max("adopted_on"),
        )
        .order_by("-session")
    )


def home(request):
    """Search box, the sessions with their counts, the latest resolutions."""
    latest = list(
        Resolution.objects.filter(
            pk__in=Resolution.objects.order_by("symbol", "language")
            .distinct("symbol")
            .values("pk")
        )
        .order_by("-adopted_on", "-session", "-number_sort")
        .only("symbol", "language", "session", "number", "title", "adopted_on")[:LATEST]
    )
    languages = _languages_by_symbol([r.symbol for r in latest])
    return render(
        request,
        "resolutions/home.html",
        {"sessions": _sessions(), "latest": latest, "languages": languages},
    )


def _languages_by_symbol(symbols) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    rows = Resolution.objects.filter(symbol__in=symbols).order_by("language")
    for symbol, language in rows.values_list("symbol", "language"):
        out.setdefault(symbol, []).append(language)
    return out


def session_list(request):
    return render(request, "resolutions/session_list.html", {"sessions": _sessions()})


def session_detail(request, session: int):
    """One session's resolutions grouped by agenda item (number and title)."""
    resolutions = list(
        Resolution.objects.filter(session=session)
        .order_by("number_sort", "number", "language")
        .prefetch_related(
            Prefetch("agenda_items", AgendaItem.objects.order_by("item_number", "code"))
        )
        .only(
            "symbol",
            "language",
            "session",
            "number",
            "number_sort",
            "title",
            "adopted_on",
            "committee",
        )
    )
    if not resolutions:
        raise Http404(f"No resolutions of session {session} in the archive")
    groups: dict[str, dict] = {}
    seen: set[tuple[str, str]] = set()
    for resolution in resolutions:
        items = list(resolution.agenda_items.all()) or [None]
        for item in items:
            code = item.code if item else ""
            group = groups.setdefault(
                code,
                {
                    "code": code,
                    "number": item.item_number if item else 10**6,
                    "titles": {},
                    "documents": {},
                },
            )
            if item and item.title:
                group["titles"].setdefault(item.language, item.title)
            if (code, resolution.symbol) not in seen:
                seen.add((code, resolution.symbol))
                group["documents"][resolution.symbol] = []
            group["documents"][resolution.symbol].append(resolution)
    ordered = sorted(groups.values(), key=lambda g: (g["number"], g["code"]))
    for group in ordered:
        group["documents"] = list(group["documents"].values())
    return render(
        request,
        "resolutions/session_detail.html",
        {
            "session": session,
            "groups": ordered,
            "count": len({r.symbol for r in resolutions}),
        },
    )


def resolution_list(request):
    """Every resolution version, filtered and ordered by the URL's parameters."""
    filterset = ResolutionFilter(
        request.GET,
        queryset=Resolution.objects.only(
            "symbol",
            "language",
            "session",
            "number",
            "title",
            "adopted_on",
            "committee",
        ),
    )
    page = None
    if filterset.is_valid():
        page = Paginator(filterset.qs, PER_PAGE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "resolutions/resolution_list.html",
        {"filter": filterset, "page": page, "query": params.urlencode()},
    )
