"""Commands through call_command and, for "needs no database", a subprocess."""

import json
import os
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from resolutions.models import Resolution
from tests.support import REPO, SEED_72_169, SEED_78_197


def test_parse_resolution_prints_one_json_line_per_file(capsys):
    call_command("parse_resolution", str(SEED_72_169), str(SEED_78_197))
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["file"] == str(SEED_72_169)
    assert first["symbol"] == "A/RES/72/169"
    assert (
        len(first["preambular"]),
        len(first["operative"]),
        len(first["footnotes"]),
    ) == (
        14,
        17,
        6,
    )


def test_parse_resolution_reports_failure_and_exits_1_after_the_others(
    tmp_path, capsys
):
    bad = tmp_path / "bad.txt"
    bad.write_text("第七十八届会议\n\n没有决议编号\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("parse_resolution", str(bad), str(SEED_78_197))
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert set(lines[0]) == {"file", "error", "line"}
    assert lines[0]["file"] == str(bad)
    assert lines[1]["symbol"] == "A/RES/78/197"


def test_parse_resolution_needs_no_database():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SECRET_KEY="x" * 60,
        # A server that does not exist: any connection attempt would fail.
        DATABASE_URL="postgresql://nobody@127.0.0.1:1/none",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "parse_resolution", str(SEED_78_197)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["plenary_meeting"] == 50


@pytest.mark.django_db
def test_ingest_command_loads_a_folder_and_is_idempotent(capsys):
    call_command("ingest", str(REPO / "sample_data"))
    out = capsys.readouterr().out
    assert "2 created" in out
    call_command("ingest", str(REPO / "sample_data"))
    assert "2 unchanged" in capsys.readouterr().out
    assert Resolution.objects.count() == 2


@pytest.mark.django_db
def test_ingest_command_reports_bad_file_and_loads_the_rest(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    with pytest.raises(CommandError):
        call_command("ingest", str(bad), str(SEED_78_197))
    captured = capsys.readouterr()
    assert "FAILED" in captured.err and "bad.txt" in captured.err
    assert "1 created" in captured.out
    assert Resolution.objects.count() == 1
