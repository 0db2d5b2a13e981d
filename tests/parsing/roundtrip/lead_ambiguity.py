"""Chinese preambular leads the XML itself bolds two ways: the round trip's
'ambiguous lead (format)' class.

The seed layout writes Chinese preambular leads plain, so the lexicon decides
where such a lead ends. Where the XML bolds the same opening sometimes whole
(在这方面欢迎, 重申致力于) and sometimes only part of it (在这方面**欢迎**,
**重申**致力于) as a matter of practice, no plain-text reading can agree with
every document. Counted from the XML's own preambles with the lexicon builder's
reader (scripts/build_lead_lexicon.py).
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_lead_lexicon.py"

# Each way at least this many different paragraphs: a paragraph re-adopted year
# after year carries its bolding with it (又认识|到 in A/RES/75/230, 76/218 and
# 77/179 is one paragraph, one choice), so a choice made once is not a practice.
MIN_PARAGRAPHS = 2
# And the less frequent way at least this share of the paragraphs bolded either
# way. Counts alone do not part a practice from a repeated slip: the XML cuts 审议|了
# in 12 different paragraphs (13 of 497), as often as it bolds 在这方面欢迎 whole
# (12 of 47). Measured over sessions 75-79, the split readings have 26% (在这方面
# 欢迎) to 50% (重申支持) on the less frequent side, the slips at most 7% (重申承诺
# whole, 6 of 83), none between.
MIN_SHARE = 0.2


def _builder():
    """scripts/build_lead_lexicon.py, loaded once (tests/parsing/test_leads.py too)."""
    if "build_lead_lexicon" in sys.modules:
        return sys.modules["build_lead_lexicon"]
    spec = importlib.util.spec_from_file_location("build_lead_lexicon", _SCRIPT)
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def _preamble_openings(archives: tuple[Path, ...]) -> tuple:
    """The openings of every preambular paragraph in the Chinese `archives`."""
    openings = _builder().read_openings(list(archives), "zh")
    return tuple(o for o in openings if o.preambular)


def bolding_votes(short: str, long: str, openings: Iterable) -> tuple[Counter, Counter]:
    """(whole, part): per opening text, how often the preambles opening with `long`
    bold it whole, and bold only `short`, its head or its tail (重申 of 重申致力于,
    欢迎 of 在这方面欢迎).
    """
    offset = 0 if long.startswith(short) else len(long) - len(short)
    whole: Counter[str] = Counter()
    part: Counter[str] = Counter()
    for opening in openings:
        if opening.text.startswith(long):
            start = 0
        elif opening.start and opening.text.startswith(long, opening.start):
            start = opening.start  # 因此，依然感到关切的是
        else:
            continue
        lead = opening.start, opening.start + len(opening.lead)
        if not opening.lead:
            continue
        if lead == (start, start + len(long)):
            whole[opening.text] += 1
        elif lead == (start + offset, start + offset + len(short)):
            part[opening.text] += 1
    return whole, part


def bolded_both_ways(short: str, long: str, openings: Iterable) -> bool:
    """Whether the XML's practice is split between `long` whole and `short` alone."""
    whole, part = bolding_votes(short, long, openings)
    if len(whole) < MIN_PARAGRAPHS or len(part) < MIN_PARAGRAPHS:
        return False
    counts = sorted((whole.total(), part.total()))
    return counts[0] >= MIN_SHARE * sum(counts)


def is_ambiguous_lead(
    got: list[str], expected: list[str], preambular: int, archives: tuple[Path, ...]
) -> bool:
    """Whether every lead that differs is preambular, one extends the other at its
    start or its end, and the XML bolds that opening both ways (bolded_both_ways).
    """
    if len(got) != len(expected):
        return False
    pairs = enumerate(zip(got, expected, strict=True))
    differing = [(index, a, b) for index, (a, b) in pairs if a != b]
    openings = _preamble_openings(archives)
    for index, a, b in differing:
        short, long = sorted((a, b), key=len)
        if (
            index >= preambular
            or not short
            or not (long.startswith(short) or long.endswith(short))
            or not bolded_both_ways(short, long, openings)
        ):
            return False
    return bool(differing)
