"""The database itself refuses invalid data (constraints, not only forms)."""

import hashlib

import pytest
from django.db import IntegrityError, transaction

from resolutions.models import Citation, Footnote, Paragraph, Resolution, SourceFile

pytestmark = pytest.mark.django_db


@pytest.fixture
def source():
    data = b"text"
    return SourceFile.objects.create(
        filename="x.txt",
        format="text",
        content=data,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )


@pytest.fixture
def resolution(source):
    return Resolution.objects.create(
        symbol="A/RES/78/197",
        language="zh",
        session=78,
        number="197",
        number_sort=197,
        title="标题",
        source=source,
    )


def refused(**kwargs):
    with pytest.raises(IntegrityError), transaction.atomic():
        kwargs.pop("model").objects.create(**kwargs)


@pytest.mark.parametrize(
    "changes",
    [
        {"language": "de"},
        {"committee": "seventh"},
        {"symbol": "S/RES/1325(2000)"},
        {"session": 0},
        {"number": ""},
    ],
)
def test_resolution_refuses_invalid_values(resolution, source, changes):
    values = {
        "symbol": "A/RES/78/1",
        "language": "en",
        "session": 78,
        "number": "1",
        "number_sort": 1,
        "title": "Title",
        "source": source,
    }
    refused(model=Resolution, **{**values, **changes})


def test_resolution_is_unique_per_symbol_and_language(resolution, source):
    refused(
        model=Resolution,
        symbol="A/RES/78/197",
        language="zh",
        session=78,
        number="197",
        number_sort=197,
        title="again",
        source=source,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "annexed"},
        {"text": ""},
        {"kind": "operative", "number": ""},
        {"position": 1},  # taken
        {"anchor": "pp1"},  # taken
        {"depth": 1},  # a top-level paragraph has depth 0
    ],
)
def test_paragraph_refuses_invalid_values(resolution, changes):
    Paragraph.objects.create(
        resolution=resolution, position=1, anchor="pp1", kind="preambular", text="a"
    )
    values = {
        "resolution": resolution,
        "position": 2,
        "anchor": "op1",
        "kind": "operative",
        "number": "1",
        "text": "b",
    }
    refused(model=Paragraph, **{**values, **changes})


def test_footnote_refuses_duplicate_marker_and_marker_zero(resolution):
    Footnote.objects.create(resolution=resolution, marker=1, text="a")
    refused(model=Footnote, resolution=resolution, marker=1, text="b")
    refused(model=Footnote, resolution=resolution, marker=0, text="b")


def test_citation_must_sit_in_exactly_one_place(resolution):
    paragraph = Paragraph.objects.create(
        resolution=resolution, position=1, anchor="pp1", kind="preambular", text="a"
    )
    footnote = Footnote.objects.create(resolution=resolution, marker=1, text="a")
    values = {
        "resolution": resolution,
        "symbol": "A/RES/70/1",
        "kind": "ga_resolution",
        "text": "70/1",
        "start": 0,
        "end": 4,
    }
    refused(model=Citation, **values)
    refused(model=Citation, paragraph=paragraph, footnote=footnote, **values)
    refused(model=Citation, paragraph=paragraph, **{**values, "end": 0})
    refused(model=Citation, paragraph=paragraph, **{**values, "kind": "treaty"})
    Citation.objects.create(paragraph=paragraph, **values)


def test_source_file_refuses_bad_hash_and_format(source):
    refused(
        model=SourceFile,
        filename="y",
        format="text",
        content=b"y",
        size=1,
        sha256="not-a-hash",
    )
    refused(
        model=SourceFile,
        filename="y",
        format="pdf",
        content=b"y",
        size=1,
        sha256=hashlib.sha256(b"y").hexdigest(),
    )
