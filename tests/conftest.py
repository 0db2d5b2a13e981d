"""Shared fixtures. The database is real PostgreSQL (embedded, or DATABASE_URL)."""

import pytest

from tests.support import SEED_72_169, SEED_78_197

# `make test` runs pytest with DJANGO_DEBUG=1 (development settings; pytest-django still
# runs views with DEBUG off); the production guard is tested in test_settings.py.


@pytest.fixture
def seeds(db):
    """Both seed resolutions, stored by the real ingest."""
    from resolutions.ingest import ingest_file

    return {
        "72/169": ingest_file(SEED_72_169).resolution,
        "78/197": ingest_file(SEED_78_197).resolution,
    }
