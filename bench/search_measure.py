"""Timing helpers of the search bench: percentiles, timed passes, API calls.

Imported by bench/search.py and its steps (search_floor.py, search_filtered.py)
after django.setup().
"""

import math
import time

from django.test import Client


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)]


def measure(run, queries: list[str], repeats: int, warm: bool = True):
    """Times in ms of `repeats` passes over the queries (after one warming pass)."""
    counts = [run(q) for q in queries] if warm else []
    samples = []
    for _ in range(repeats):
        for q in queries:
            started = time.perf_counter()
            count = run(q)
            samples.append((time.perf_counter() - started) * 1000)
            if not warm:
                counts.append(count)
    return samples, counts


def api_search(client: Client, q: str, params: dict | None = None) -> int:
    """The count of one GET /api/search/?q=… (with `params`: filters)."""
    response = client.get("/api/search/", {"q": q, **(params or {})})
    if response.status_code != 200:
        raise RuntimeError(f"{q!r} {params or ''}: HTTP {response.status_code}")
    return response.json()["count"]
