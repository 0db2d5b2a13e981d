"""Fixtures of the search tests."""

import pytest

from resolutions.ingest import ingest_file
from resolutions.models import Paragraph
from tests.support import CORPUS, SEED_72_169, SEED_78_197

PDFTEXT = sorted((CORPUS / "pdftext").glob("*.txt"))


@pytest.fixture
def archive(db):
    for path in [SEED_72_169, SEED_78_197, *PDFTEXT]:
        ingest_file(path)
    return list(Paragraph.objects.select_related("resolution"))
