"""Shared fixtures. The database is real PostgreSQL (embedded, or DATABASE_URL)."""

from pathlib import Path

import pytest

# `make test` runs pytest with DJANGO_DEBUG=1 (development settings; pytest-django still
# runs views with DEBUG off); the production guard is tested in test_settings.py.

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DATA = REPO / "sample_data"
CORPUS = REPO.parent / "shared" / "corpus"
SEED_72_169 = SAMPLE_DATA / "A-RES-72-169.zh.txt"
SEED_78_197 = SAMPLE_DATA / "A-RES-78-197.zh.txt"


@pytest.fixture
def seeds(db):
    """Both seed resolutions, stored by the real ingest."""
    from resolutions.ingest import ingest_file

    return {
        "72/169": ingest_file(SEED_72_169).resolution,
        "78/197": ingest_file(SEED_78_197).resolution,
    }
