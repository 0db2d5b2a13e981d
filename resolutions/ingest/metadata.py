"""Store the UN's metadata records (votes, sponsors, subjects): one transaction each.

A record whose bytes are unchanged is skipped; a changed one replaces its votes,
sponsors and subjects completely. Resolutions of that symbol are linked to it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction

from resolutions.models import (
    Adoption,
    Country,
    CountryVote,
    Resolution,
    Sponsorship,
    Subject,
)
from resolutions.parsing.errors import ParseError
from resolutions.parsing.metadata import (
    ParsedAdoption,
    parse_metadata_record,
    read_metadata_file,
)

from .documents import CREATED, UNCHANGED, UPDATED, IngestError


@dataclass(frozen=True)
class MetadataOutcome:
    filename: str
    status: str
    symbol: str


def ingest_metadata(
    data: bytes, filename: str, *, dry_run: bool = False
) -> Iterator[MetadataOutcome | IngestError]:
    """Each record of a metadata-NN.jsonl file: an outcome, or the error (by line)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield IngestError(filename, 0, f"not UTF-8 ({exc.reason})")
        return
    for number, record in read_metadata_file(text):
        try:
            if isinstance(record, ParseError):
                raise record
            parsed = parse_metadata_record(record)
        except ParseError as exc:
            yield IngestError(filename, number, exc.message)
            continue
        if dry_run:
            yield MetadataOutcome(filename, CREATED, parsed.symbol)
            continue
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        yield MetadataOutcome(filename, store_adoption(parsed, digest), parsed.symbol)


def store_adoption(parsed: ParsedAdoption, digest: str) -> str:
    with transaction.atomic():
        adoption = (
            Adoption.objects.select_for_update().filter(symbol=parsed.symbol).first()
        )
        if adoption is not None and adoption.record_sha256 == digest:
            return UNCHANGED
        status = CREATED if adoption is None else UPDATED
        adoption = adoption or Adoption(symbol=parsed.symbol)
        for name in (
            "session",
            "title",
            "adopted_on",
            "plenary_meeting",
            "meeting_record",
            "committee",
            "originating_document",
            "adoption_type",
            "yes_count",
            "no_count",
            "abstain_count",
        ):
            setattr(adoption, name, getattr(parsed, name))
        adoption.agenda = parsed.agenda[:200]
        adoption.sdgs = list(parsed.sdgs)
        adoption.record_sha256 = digest
        adoption.save()
        adoption.votes.all().delete()
        adoption.sponsorships.all().delete()
        countries = _countries(
            [c for c, _ in parsed.votes]
            + [s.name for s in parsed.sponsors if s.is_state]
        )
        CountryVote.objects.bulk_create(
            [
                CountryVote(adoption=adoption, country=countries[c], vote=v)
                for c, v in dict(parsed.votes).items()
            ]
        )
        Sponsorship.objects.bulk_create(
            Sponsorship(
                adoption=adoption,
                position=i,
                country=countries.get(s.name) if s.is_state else None,
                name=s.name[:300],
                on_behalf_of=s.on_behalf_of[:300],
                additional=s.additional,
            )
            for i, s in enumerate(parsed.sponsors, start=1)
        )
        adoption.subjects.set(_subjects(parsed.subjects))
        Resolution.objects.filter(symbol=parsed.symbol).update(adoption=adoption)
    return status


def _countries(names: list[str]) -> dict[str, Country]:
    wanted = set(names)
    found = {c.name: c for c in Country.objects.filter(name__in=wanted)}
    missing = [Country(name=n[:200]) for n in sorted(wanted - set(found))]
    # ignore_conflicts: a concurrent ingest may create the same country.
    Country.objects.bulk_create(missing, ignore_conflicts=True)
    if missing:
        found = {c.name: c for c in Country.objects.filter(name__in=wanted)}
    return found


def _subjects(pairs: tuple[tuple[str, str], ...]) -> list[Subject]:
    pairs = tuple(dict.fromkeys((t[:300], v[:100]) for t, v in pairs))
    Subject.objects.bulk_create(
        [Subject(term=t, vocabulary=v) for t, v in pairs], ignore_conflicts=True
    )
    found = {
        (s.term, s.vocabulary): s
        for s in Subject.objects.filter(term__in={t for t, _ in pairs})
    }
    return [found[pair] for pair in pairs]
