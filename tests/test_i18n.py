"""Interface languages: the Chinese catalogue is complete, compiled, and switchable."""

import gettext
import re
import shutil
import subprocess
import sys

import pytest
from django.urls import reverse

from tests.support import REPO

PO = REPO / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")


def entries(po_text: str):
    """(msgid, msgstrs, block) of a .po file; msgstrs cut to the language's plurals."""
    plurals = int(re.search(r"nplurals=(\d+)", po_text).group(1))
    for block in po_text.split("\n\n"):
        ids = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if not ids:
            continue
        msgid = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', ids.group(1)))
        strs = [
            "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m))
            for m in re.findall(r"^msgstr(?:\[\d\])? ((?:\".*\"\n?)+)", block, re.M)
        ]
        yield msgid, strs[:plurals], block


def test_catalogue_has_no_missing_or_fuzzy_strings():
    for msgid, strs, block in entries(PO.read_text("utf-8")):
        if msgid:
            assert all(strs), f"untranslated: {msgid!r}"
            assert "#, fuzzy" not in block, f"fuzzy: {msgid!r}"


def test_compiled_catalogue_matches_the_source():
    catalogue = gettext.GNUTranslations(MO.open("rb"))
    for msgid, strs, block in entries(PO.read_text("utf-8")):
        if msgid and "msgid_plural" not in block and "\\" not in msgid:
            assert catalogue.gettext(msgid) == strs[0], msgid


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext not installed")
def test_every_interface_string_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(
        REPO,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", "var", ".git", "test-artifacts", "*.pyc"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "zh_Hans",
            "-i",
            "tests/*",
            "-i",
            "bench/*",
            "-i",
            "scripts/*",
        ],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"DJANGO_DEBUG": "1", "PATH": "/usr/bin:/bin"},
    )
    regenerated = (copy / "locale/zh_Hans/LC_MESSAGES/django.po").read_text("utf-8")
    missing = [m for m, strs, _ in entries(regenerated) if m and not all(strs)]
    assert missing == [], "run makemessages, translate, compilemessages"


@pytest.mark.django_db
def test_interface_language_switch_is_remembered(client):
    response = client.post(
        reverse("set_language"), {"language": "zh-hans", "next": "/"}, follow=True
    )
    assert "大会决议" in response.content.decode()
    assert 'lang="zh-Hans"' in client.get("/").content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "General Assembly resolutions" in client.get("/").content.decode()


@pytest.mark.django_db
def test_dates_follow_the_interface_language(client, seeds):
    url = reverse(
        "resolutions:detail", kwargs={"symbol": "A/RES/78/197", "language": "zh"}
    )
    client.post(reverse("set_language"), {"language": "zh-hans", "next": "/"})
    assert "2023年12月19日" in client.get(url).content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "Dec. 19, 2023" in client.get(url).content.decode()
