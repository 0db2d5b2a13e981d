"""Ingest: real files into real PostgreSQL; idempotent; replacement; bad files."""

import pytest

from resolutions.ingest import (
    CREATED,
    SKIPPED,
    UNCHANGED,
    UPDATED,
    IngestError,
    ingest_bytes,
)
from resolutions.models import (
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    Resolution,
    SourceFile,
)
from tests.support import SEED_72_169, SEED_78_197

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Resolution,
            Paragraph,
            Footnote,
            FootnoteRef,
            Citation,
            SourceFile,
        )
    }


def test_ingest_seed_stores_the_facts_of_the_text():
    outcome = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name)
    r = outcome.resolution
    assert outcome.status == CREATED
    assert (r.symbol, r.language, r.session, r.number) == (
        "A/RES/78/197",
        "zh",
        78,
        "197",
    )
    assert r.adopted_on.isoformat() == "2023-12-19"
    assert (r.committee, r.committee_report, r.plenary_meeting) == (
        "third",
        "A/78/481/Add.2",
        50,
    )
    assert [a.code for a in r.agenda_items.all()] == ["71 (b)"]
    assert r.paragraphs.filter(kind="preambular").count() == 10
    assert r.paragraphs.filter(kind="operative", parent=None).count() == 13
    assert r.footnotes.count() == 7
    assert bytes(r.source.content) == SEED_78_197.read_bytes()
    assert list(r.paragraphs.values_list("anchor", flat=True)[:2]) == ["pp1", "pp2"]
    assert r.paragraphs.get(anchor="op1").lead == "表示注意到"


def test_ingest_links_footnotes_to_every_paragraph_that_references_them():
    r = ingest_bytes(SEED_72_169.read_bytes(), SEED_72_169.name).resolution
    footnote_1 = r.footnotes.get(marker=1)
    anchors = sorted(ref.paragraph.anchor for ref in footnote_1.refs.all())
    assert anchors == ["op15", "pp1"]
    assert footnote_1.paragraph.anchor == "pp1"


def test_ingest_same_file_twice_changes_nothing():
    data = SEED_78_197.read_bytes()
    first = ingest_bytes(data, SEED_78_197.name)
    before = counts()
    ids = list(Paragraph.objects.values_list("id", flat=True))
    second = ingest_bytes(data, SEED_78_197.name)
    assert second.status == UNCHANGED
    assert second.resolution.pk == first.resolution.pk
    assert counts() == before
    assert list(Paragraph.objects.values_list("id", flat=True)) == ids


def test_ingest_changed_text_replaces_old_version_completely():
    data = SEED_78_197.read_bytes()
    ingest_bytes(data, SEED_78_197.name)
    changed = data.decode("utf-8").replace(
        "13. **决定**在大会第八十届会议题为“促进和保护人权”的项目下审议这个事项。",
        "13. **决定**继续审议这个问题。",
    )
    assert changed != data.decode("utf-8")
    outcome = ingest_bytes(changed.encode("utf-8"), SEED_78_197.name)
    assert outcome.status == UPDATED
    assert Resolution.objects.count() == 1
    r = outcome.resolution
    assert r.paragraphs.get(anchor="op13").text == "决定继续审议这个问题。"
    assert r.paragraphs.count() == 23
    # Both sources are kept: nothing stored is ever lost.
    assert SourceFile.objects.count() == 2
    assert r.source.sha256 != SourceFile.objects.order_by("id").first().sha256


def test_ingest_bad_file_reports_line_and_stores_nothing():
    text = SEED_78_197.read_text("utf-8").replace(
        "3. **重申**促进", "4. **重申**促进", 1
    )
    with pytest.raises(IngestError) as excinfo:
        ingest_bytes(text.encode("utf-8"), "broken.txt")
    assert excinfo.value.filename == "broken.txt"
    assert excinfo.value.line > 0
    assert "broken.txt" in str(excinfo.value)
    assert all(n == 0 for n in counts().values())


@pytest.mark.parametrize(
    "data, name",
    [
        (b"", "empty.txt"),
        (b"\x00\x01\x02\xff" * 100, "binary.txt"),
        (b"<xml/>", "resolution.pdf"),
    ],
)
def test_ingest_rejects_unreadable_input_without_writing(data, name):
    with pytest.raises(IngestError):
        ingest_bytes(data, name)
    assert all(n == 0 for n in counts().values())


def test_ingest_citation_to_a_resolution_held_links_both_ways(seeds):
    # 72/169 cites 70/1 and 70/153 etc.; neither is held: links go to undocs.org.
    cited = Citation.objects.filter(resolution=seeds["72/169"], symbol="A/RES/70/1")
    assert cited.exists()
    assert cited.first().cited is None


def test_ingest_backfills_citations_when_the_cited_resolution_arrives():
    citing = SEED_72_169.read_text("utf-8").replace(
        "第 55/2 号决议", "第 78/197 号决议"
    )
    r = ingest_bytes(citing.encode("utf-8"), "citing.txt").resolution
    citation = Citation.objects.get(resolution=r, symbol="A/RES/78/197")
    assert citation.cited is None
    target = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name).resolution
    citation.refresh_from_db()
    assert citation.cited == target
    assert list(target.cited_by.all()) == [citation]


def test_ingest_dry_run_parses_and_writes_nothing():
    outcome = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name, dry_run=True)
    assert outcome.status == CREATED
    assert outcome.parsed.symbol == "A/RES/78/197"
    assert all(n == 0 for n in counts().values())


def test_reparse_rebuilds_from_the_stored_source():
    from resolutions.ingest import reparse_resolution

    r = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name).resolution
    Paragraph.objects.filter(resolution=r, anchor="op13").update(text="damaged")
    outcome = reparse_resolution(r)
    assert outcome.status == UPDATED
    assert r.paragraphs.get(anchor="op13").text.startswith("决定在大会第八十届会议")
    assert SourceFile.objects.count() == 1


def _ingest_in_child(data, name, barrier, results):
    from django.db import connections

    from resolutions.ingest import ingest_bytes

    barrier.wait()
    try:
        results.put(ingest_bytes(data, name).status)
    except Exception as exc:  # reported to the parent, which fails the test
        results.put(f"error: {exc!r}")
    finally:
        connections.close_all()


@pytest.mark.django_db(transaction=True)
def test_ingest_same_document_in_two_processes_at_once_stores_one_row():
    import multiprocessing

    from django.db import connections

    data = SEED_78_197.read_bytes()
    connections.close_all()  # children open their own connections
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(2), context.Queue()
    children = [
        context.Process(target=_ingest_in_child, args=(data, "x.txt", barrier, results))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
    statuses = sorted(results.get(timeout=5) for _ in children)
    assert statuses == ["created", "unchanged"]
    assert Resolution.objects.count() == 1
    assert Paragraph.objects.count() == 23


def xml_78_197():
    import zipfile

    from tests.support import UNXML

    archive = UNXML / "GA-78-Chinese.zip"
    if not archive.exists():
        pytest.skip(f"no shared corpus at {UNXML}")
    with zipfile.ZipFile(archive) as z:
        name = next(n for n in z.namelist() if "A_RES_78_197-" in n)
        return z.read(name), name


def test_ingest_xml_replaces_a_text_version_and_aligns_by_element_id():
    ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name)
    data, name = xml_78_197()
    outcome = ingest_bytes(data, name)
    assert outcome.status == UPDATED
    r = outcome.resolution
    assert r.source.format == "akn"
    assert r.paragraphs.filter(kind="preambular").count() == 10
    assert r.paragraphs.filter(kind="operative", parent=None).count() == 13
    assert r.footnotes.count() == 7
    assert r.paragraphs.get(anchor="op1").eid == "para_12"


def test_ingest_text_never_silently_replaces_the_xml_version():
    data, name = xml_78_197()
    ingest_bytes(data, name)
    before = counts()
    outcome = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name)
    assert outcome.status == SKIPPED
    assert "XML" in outcome.reason
    assert counts() == before
    assert Resolution.objects.get().source.format == "akn"
    # ... unless replacement is asked for.
    forced = ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name, replace_xml=True)
    assert forced.status == UPDATED
    assert forced.resolution.source.format == "text"
    # ... and nothing stored is lost: both sources are kept.
    assert SourceFile.objects.count() == 2


def test_ingest_database_refusal_fails_that_document_alone_with_the_reason(
    monkeypatch,
):
    # The parser bounds what it returns; to exercise the backstop, hand ingest a
    # parse whose number is longer than its column (a stand-in for a parser bug).
    import dataclasses

    from resolutions.ingest import documents

    real = documents.parse_source

    def too_long(data, filename):
        parsed, fmt = real(data, filename)
        return dataclasses.replace(parsed, number="1" * 40), fmt

    monkeypatch.setattr(documents, "parse_source", too_long)
    with pytest.raises(IngestError) as excinfo:
        ingest_bytes(SEED_78_197.read_bytes(), SEED_78_197.name)
    assert "refused by the database" in str(excinfo.value)
    assert all(n == 0 for n in counts().values())
    monkeypatch.setattr(documents, "parse_source", real)
    assert ingest_bytes(SEED_72_169.read_bytes(), SEED_72_169.name).status == CREATED


def test_ingest_stores_a_resolution_whose_source_has_no_title():
    data, name = xml_78_197()
    import re

    untitled = re.sub(rb"<preface>.*?</preface>", b"", data, flags=re.S)
    r = ingest_bytes(untitled, name).resolution
    assert r.title == ""
    assert any("title" in w for w in r.warnings)
