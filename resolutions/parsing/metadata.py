"""The UN's metadata-NN.jsonl records (votes, sponsors, subjects) -> ParsedAdoption.

One JSON object per resolution symbol; values are strings as published, with the
quirks seen in sessions 75-79 (padded country names, "#fifthCommittee", counts as text).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from .errors import ParseError
from .symbols import normalise_symbol

WITHOUT_VOTE = "without_vote"
RECORDED_VOTE = "recorded_vote"
YES, NO, ABSTAIN = "yes", "no", "abstain"

_COMMITTEES = {
    "without reference to a main committee": "plenary",
    "first committee": "first",
    "second committee": "second",
    "third committee": "third",
    "fourth committee": "fourth",
    "fifth committee": "fifth",
    "sixth committee": "sixth",
}
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october "
        "november december".split(),
        start=1,
    )
}
_ON_BEHALF = re.compile(r"^(?P<country>[^()]+?)\s*\((?P<group>ON BEHALF OF .+)\)$")


@dataclass(frozen=True)
class ParsedSponsor:
    name: str  # a Member State as spelled in the data, or a body ("SUBMITTED BY …")
    on_behalf_of: str = ""  # "ON BEHALF OF THE … GROUP OF 77 AND CHINA"
    additional: bool = False  # joined after the draft was introduced
    is_state: bool = True


@dataclass(frozen=True)
class ParsedAdoption:
    symbol: str
    session: int
    title: str
    adopted_on: dt.date | None
    plenary_meeting: int | None
    meeting_record: str  # A/78/PV.50
    committee: str
    originating_document: str  # as published: "A/75/L.4 and A/75/L.4/Add.1, …"
    agenda: str  # "Agenda items 13 and 117"
    agenda_title: str
    adoption_type: str  # WITHOUT_VOTE, RECORDED_VOTE or ""
    yes_count: int | None
    no_count: int | None
    abstain_count: int | None
    votes: tuple[tuple[str, str], ...]  # (country, YES/NO/ABSTAIN)
    sponsors: tuple[ParsedSponsor, ...]
    subjects: tuple[tuple[str, str], ...]  # (term, vocabulary)
    sdgs: tuple[str, ...]


def _clean(name: str) -> str:
    return " ".join(name.split())


def _date(text: str) -> dt.date | None:
    """'5 November 2020', or '2020-12-10 00:00:00' (A/RES/75/101 A-B); else None."""
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    match = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", text)
    if not match or match[2].lower() not in _MONTHS:
        return None
    try:
        return dt.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    except ValueError:
        return None


def _count(value: str | int | None, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ParseError(0, f"{field} is not a number: {value!r}") from None


def _sponsors(record: dict, states: set[str]) -> tuple[ParsedSponsor, ...]:
    out, seen = [], set()
    for additional, key in ((False, "sponsors"), (True, "additional_sponsors")):
        for raw in record.get(key) or []:
            name, group = _clean(raw), ""
            match = _ON_BEHALF.match(name)
            if match:
                name, group = match["country"], match["group"]
            if not name or (name, additional) in seen:
                continue
            seen.add((name, additional))
            is_state = (
                name in states
                or bool(group)
                or not name.startswith(
                    ("SUBMITTED BY", "INTRODUCED IN", "ON THE BASIS OF")
                )
            )
            out.append(ParsedSponsor(name, group, additional, is_state))
    return tuple(out)


def read_metadata_file(text: str) -> list[tuple[int, dict | ParseError]]:
    """The records of a metadata-NN.jsonl text, one per symbol, with their first line.

    A symbol may occur on several lines, each holding part of the facts (A/RES/79/264:
    sponsors on one line, SDGs on another): such records are merged, lists united and
    the first non-empty value kept, so storing the file twice gives the same result.
    """
    merged: dict[str, tuple[int, dict]] = {}
    out: list[tuple[int, dict | ParseError]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            out.append((number, ParseError(number, f"not JSON: {exc.msg}")))
            continue
        if not isinstance(record, dict) or not record.get("symbol"):
            out.append((number, ParseError(number, "a record needs a 'symbol'")))
            continue
        key = _clean(str(record["symbol"]))
        if key in merged:
            _merge_into(merged[key][1], record)
        else:
            merged[key] = (number, record)
    return out + list(merged.values())


def _merge_into(first: dict, other: dict) -> None:
    for key, value in other.items():
        current = first.get(key)
        if isinstance(current, list) and isinstance(value, list):
            first[key] = current + [v for v in value if v not in current]
        elif current in (None, "", []):
            first[key] = value


def parse_metadata_record(record: dict) -> ParsedAdoption:
    """One (merged) record. Raises ParseError (line 0) when it is unusable."""
    if not isinstance(record, dict) or not record.get("symbol"):
        raise ParseError(0, "a metadata record needs a 'symbol'")
    symbol = normalise_symbol(_clean(record["symbol"]))
    match = re.match(r"A/RES/(\d+)/", symbol)
    if not match:
        raise ParseError(0, f"not a General Assembly resolution symbol: {symbol!r}")
    votes = tuple(
        (_clean(country), vote)
        for vote, key in (
            (YES, "MS_in_favour"),
            (NO, "MS_against"),
            (ABSTAIN, "MS_abstaining"),
        )
        for country in record.get(key) or []
        if _clean(country)
    )
    kind = _clean(record.get("adoption_type", "")).lower()
    adoption_type = (
        RECORDED_VOTE
        if "recorded vote" in kind
        else WITHOUT_VOTE
        if "without" in kind
        else ""
    )
    committee = _clean(record.get("committee", "")).lower().lstrip("#")
    committee = _COMMITTEES.get(committee, committee.replace("committee", "").strip())
    if committee not in _COMMITTEES.values():
        committee = ""
    meeting = re.match(r"(\d+)", _clean(record.get("adoption_meeting", "")))
    date_text = _clean(record.get("adoption_date", ""))
    return ParsedAdoption(
        symbol=symbol,
        session=int(match.group(1)),
        title=_clean(record.get("title", "")),
        adopted_on=_date(date_text),
        plenary_meeting=int(meeting.group(1)) if meeting else None,
        meeting_record=_clean(record.get("pv", "")),
        committee=committee,
        originating_document=_clean(record.get("originating_document", "")),
        agenda=_clean(record.get("agenda_item", "")),
        agenda_title=_clean(record.get("agenda_item_name", "")),
        adoption_type=adoption_type,
        yes_count=_count(record.get("MS_in_favour_count"), "MS_in_favour_count")
        if adoption_type == RECORDED_VOTE
        else None,
        no_count=_count(record.get("MS_against_count"), "MS_against_count")
        if adoption_type == RECORDED_VOTE
        else None,
        abstain_count=_count(record.get("MS_abstaining_count"), "MS_abstaining_count")
        if adoption_type == RECORDED_VOTE
        else None,
        votes=votes,
        sponsors=_sponsors(record, {country for country, _ in votes}),
        subjects=tuple(
            (_clean(s[0]), _clean(s[1]))
            for s in record.get("subjects") or []
            if isinstance(s, list) and len(s) == 2 and _clean(s[0])
        ),
        sdgs=tuple(dict.fromkeys(_clean(str(s)) for s in record.get("SDGs") or [])),
    )
