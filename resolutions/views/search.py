"""The search page: thin; the engine lives in resolutions.search."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language

from resolutions.forms import SearchForm
from resolutions.models import Resolution


def search(request):
    """Paragraph search; a query that names a resolution leads straight to it."""
    form = SearchForm(request.GET or None)
    results = None
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        results = form.search()
        if results.symbol and data.get("page") in (None, 1):
            # The filtered language, else the interface's, else English, Chinese.
            interface = "zh" if (get_language() or "").startswith("zh") else "en"
            target = Resolution.objects.preferred_version(
                results.symbol, data.get("lang"), interface, "en", "zh"
            )
            if target is not None:
                return redirect(
                    "resolutions:detail", symbol=target.symbol, language=target.language
                )
    return render(
        request, "resolutions/search.html", {"form": form, "results": results}
    )
