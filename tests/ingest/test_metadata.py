"""Votes, sponsors and subjects from the UN's metadata records, on real records."""

import json

import pytest

from resolutions.ingest import IngestError, ingest_bytes, ingest_metadata
from resolutions.models import Adoption, Country, CountryVote, Resolution, Sponsorship
from tests.support import SEED_78_197, UNXML

pytestmark = pytest.mark.django_db


def records(session, *symbols):
    path = UNXML / f"metadata-{session}.jsonl"
    if not path.exists():
        pytest.skip(f"no shared corpus at {UNXML}")
    lines = [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [line for line in lines if json.loads(line)["symbol"] in symbols]


def store(lines, name="metadata.jsonl"):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return list(ingest_metadata(data, name))


def test_metadata_recorded_vote_is_stored_per_country():
    outcomes = store(records(75, "A/RES/75/4"))
    assert [o.status for o in outcomes] == ["created"]
    adoption = Adoption.objects.get(symbol="A/RES/75/4")
    assert adoption.adoption_type == "recorded_vote"
    assert (adoption.yes_count, adoption.no_count, adoption.abstain_count) == (
        150,
        0,
        3,
    )
    assert adoption.votes.count() == 153
    abstaining = adoption.votes.filter(vote="abstain").values_list(
        "country__name", flat=True
    )
    assert sorted(abstaining) == ["ARMENIA", "ISRAEL", "UNITED STATES"]
    assert adoption.meeting_record == "A/75/PV.21"
    assert adoption.adopted_on.isoformat() == "2020-11-05"
    assert adoption.plenary_meeting == 21
    assert adoption.committee == "plenary"
    sponsor = adoption.sponsorships.get()
    assert sponsor.country is None
    assert sponsor.name == "SUBMITTED BY THE PRESIDENT OF THE GENERAL ASSEMBLY"
    assert adoption.subjects.filter(term="COVID-19").exists()


def test_metadata_without_vote_has_no_counts_and_state_sponsors_are_countries():
    store(records(78, "A/RES/78/197"))
    adoption = Adoption.objects.get(symbol="A/RES/78/197")
    assert adoption.adoption_type == "without_vote"
    assert adoption.yes_count is None and adoption.votes.count() == 0
    assert adoption.sponsorships.filter(country__isnull=False).exists()


def test_metadata_same_file_twice_changes_nothing():
    lines = records(75, "A/RES/75/4", "A/RES/75/1")
    store(lines)
    ids = sorted(CountryVote.objects.values_list("id", flat=True))
    assert [o.status for o in store(lines)] == ["unchanged", "unchanged"]
    assert sorted(CountryVote.objects.values_list("id", flat=True)) == ids


def test_metadata_repeated_symbol_lines_are_merged_and_stable():
    lines = records(79, "A/RES/79/264")
    assert len(lines) >= 2  # the UN's file splits this record over several lines
    assert [o.status for o in store(lines)] == ["created"]
    adoption = Adoption.objects.get(symbol="A/RES/79/264")
    assert adoption.sdgs  # from one line
    assert adoption.sponsorships.filter(additional=True).exists()  # from another
    assert [o.status for o in store(lines)] == ["unchanged"]


def test_metadata_links_resolutions_stored_before_and_after():
    resolution = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name).resolution
    assert resolution.adoption is None
    store(records(78, "A/RES/78/197"))
    resolution.refresh_from_db()
    assert resolution.adoption.symbol == "A/RES/78/197"
    Resolution.objects.all().delete()
    again = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name).resolution
    assert again.adoption.symbol == "A/RES/78/197"


def test_metadata_bad_lines_are_reported_by_line_and_the_rest_stored():
    good = records(75, "A/RES/75/4")[0]
    results = store(["{not json", '{"title": "no symbol"}', good])
    errors = [r for r in results if isinstance(r, IngestError)]
    assert [e.line for e in errors] == [1, 2]
    assert Adoption.objects.count() == 1
    assert Country.objects.count() > 100 and Sponsorship.objects.count() == 1
