"""The embedded server's configuration (its start is exercised by every DB test)."""

import os

import pytest
from django.db import connection

from unarchive.embedded_postgres import shared_buffers


def test_shared_buffers_is_a_quarter_of_memory_within_bounds(monkeypatch):
    monkeypatch.delenv("EMBEDDED_PG_SHARED_BUFFERS", raising=False)
    megabytes = int(shared_buffers().removesuffix("MB"))
    assert 128 <= megabytes <= 2048


@pytest.mark.parametrize("value", ["512MB", "1GB", "1GB; DROP", "lots"])
def test_shared_buffers_takes_a_valid_override_only(monkeypatch, value):
    monkeypatch.delenv("EMBEDDED_PG_SHARED_BUFFERS", raising=False)
    default = shared_buffers()
    monkeypatch.setenv("EMBEDDED_PG_SHARED_BUFFERS", value)
    valid = value in ("512MB", "1GB")
    assert shared_buffers() == (value if valid else default)


@pytest.mark.django_db
@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="an external server configures itself"
)
def test_the_embedded_server_runs_with_those_shared_buffers():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_bytes(current_setting('shared_buffers')) = "
            "pg_size_bytes(%s)",
            [shared_buffers()],
        )
        assert cursor.fetchone()[0]
