"""Pages, thin: read parameters, call the layer below, render."""

from .browse import home, resolution_list, session_detail, session_list
from .documents import resolution_compare, resolution_detail, resolution_source
from .search import search

__all__ = [
    "home",
    "resolution_compare",
    "resolution_detail",
    "resolution_list",
    "resolution_source",
    "search",
    "session_detail",
    "session_list",
]
