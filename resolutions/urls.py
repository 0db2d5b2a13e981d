"""URLs of the archive. Symbols contain slashes: /resolutions/A/RES/78/197/zh/."""

from django.urls import path, register_converter

from resolutions import api, views


class LanguageConverter:
    regex = "zh|en|fr|es|ru|ar"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(LanguageConverter, "lang")

app_name = "resolutions"
urlpatterns = [
    path("", views.home, name="home"),
    path("sessions/", views.session_list, name="sessions"),
    path("sessions/<int:session>/", views.session_detail, name="session"),
    path("resolutions/", views.resolution_list, name="list"),
    path("search/", views.search, name="search"),
    path("api/search/", api.search_api, name="api-search"),
    path(
        "resolutions/<path:symbol>/compare/",
        views.resolution_compare,
        name="compare",
    ),
    path(
        "resolutions/<path:symbol>/<lang:language>/source/",
        views.resolution_source,
        name="source",
    ),
    path(
        "resolutions/<path:symbol>/<lang:language>/",
        views.resolution_detail,
        name="detail",
    ),
]
