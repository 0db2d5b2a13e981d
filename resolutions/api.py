"""JSON API: GET /api/search/?q=&lang=&session=&kind=&page= (thin: validate, search)."""

from django.http import JsonResponse
from django.urls import reverse

from resolutions.forms import SearchForm
from resolutions.models import Resolution


def search_api(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        errors = {k: [str(e) for e in v] for k, v in form.errors.items()}
        return JsonResponse(
            {"error": "invalid parameters", "fields": errors}, status=400
        )
    data = form.cleaned_data
    results = form.search()
    body = {
        "count": results.count,
        "approximate": results.approximate,
        # True when relevance ranked only the most recent matches (more than
        # engine.CANDIDATES of them).
        "ranked_recent_only": results.bounded,
        "page": results.page,
        "pages": results.pages,
        "results": [
            {
                "symbol": hit.symbol,
                "language": hit.language,
                "kind": hit.kind,
                "number": hit.number,
                "text": hit.text,
                "highlight": str(hit.highlight),
                "url": reverse(
                    "resolutions:detail",
                    kwargs={"symbol": hit.symbol, "language": hit.language},
                )
                + f"#{hit.anchor}",
            }
            for hit in results.hits
        ],
        "facets": {
            name: [{"value": value, "count": n} for value, n in values]
            for name, values in results.facets.items()
        },
        "notes": results.notes,
    }
    if results.symbol:
        first = Resolution.objects.preferred_version(
            results.symbol, data.get("lang") or "en"
        )
        if first is not None:
            body["resolution"] = {
                "symbol": first.symbol,
                "url": reverse(
                    "resolutions:detail",
                    kwargs={"symbol": first.symbol, "language": first.language},
                ),
            }
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
