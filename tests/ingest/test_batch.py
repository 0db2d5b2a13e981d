"""Bulk ingest over several processes: same results as serial, citations relinked."""

import pytest
from django.core.management import call_command

from resolutions.ingest.batch import relink_citations
from resolutions.models import Citation, Paragraph, Resolution
from tests.support import SEED_72_169, SEED_78_197


def write_folder(tmp_path):
    citing = SEED_72_169.read_text("utf-8").replace(
        "第 55/2 号决议", "第 78/197 号决议"
    )
    (tmp_path / "citing.txt").write_text(citing, "utf-8")
    (tmp_path / "cited.txt").write_bytes(SEED_78_197.read_bytes())
    return tmp_path


@pytest.mark.django_db(transaction=True)
def test_ingest_with_two_jobs_stores_everything_and_links_citations(tmp_path, capsys):
    call_command("ingest", str(write_folder(tmp_path)), jobs=2)
    assert "2 created" in capsys.readouterr().out
    assert Resolution.objects.count() == 2
    assert Paragraph.objects.count() == 31 + 23
    citation = Citation.objects.get(symbol="A/RES/78/197")
    assert citation.cited.symbol == "A/RES/78/197"
    call_command("ingest", str(tmp_path), jobs=2)
    assert "2 unchanged" in capsys.readouterr().out


@pytest.mark.django_db
def test_relink_citations_repairs_a_link_lost_to_a_race(tmp_path):
    call_command("ingest", str(write_folder(tmp_path)))
    Citation.objects.update(cited=None)  # as if both were stored at the same moment
    assert relink_citations() == 1
    assert Citation.objects.get(symbol="A/RES/78/197").cited is not None
    assert relink_citations() == 0
