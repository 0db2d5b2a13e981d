"""Admin: upload page (staff only, several files or a zip), limits, re-parse action."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from resolutions.models import Resolution
from tests.support import SEED_72_169, SEED_78_197

pytestmark = pytest.mark.django_db
UPLOAD = "admin:resolutions_resolution_upload"


def upload(name, data):
    return SimpleUploadedFile(name, data)


def zipped(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_upload_page_is_for_staff_only(client, django_user_model):
    url = reverse(UPLOAD)
    assert client.get(url).status_code == 302  # to the login page
    user = django_user_model.objects.create_user("reader", password="pw-12345678")
    client.force_login(user)
    assert client.get(url).status_code == 302


def test_upload_page_is_linked_from_the_resolution_list(admin_client):
    html = admin_client.get(reverse("admin:resolutions_resolution_changelist"))
    assert reverse(UPLOAD) in html.content.decode()


def test_upload_several_files_stores_each_and_reports_what_was_parsed(admin_client):
    response = admin_client.post(
        reverse(UPLOAD),
        {
            "files": [
                upload(SEED_72_169.name, SEED_72_169.read_bytes()),
                upload(SEED_78_197.name, SEED_78_197.read_bytes()),
            ]
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "14 preambular, 17 operative, 6 footnotes" in html
    assert "10 preambular, 13 operative, 7 footnotes" in html
    assert Resolution.objects.count() == 2


def test_upload_zip_with_one_bad_file_stores_the_good_ones(admin_client):
    broken = SEED_78_197.read_text("utf-8").replace("大会，", "")
    data = zipped(
        {
            "good/A-RES-72-169.zh.txt": SEED_72_169.read_bytes(),
            "bad/broken.txt": broken.encode("utf-8"),
        }
    )
    response = admin_client.post(
        reverse(UPLOAD), {"files": [upload("batch.zip", data)]}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "batch.zip:bad/broken.txt" in html and "failed" in html
    assert "batch.zip:good/A-RES-72-169.zh.txt" in html
    assert list(Resolution.objects.values_list("symbol", flat=True)) == ["A/RES/72/169"]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("scan.pdf", b"%PDF-1.7", "unsupported file type"),
        ("big.txt", b"a" * 2048, "the limit is 1,024 bytes"),
    ],
)
def test_upload_rejects_with_a_message_not_an_error_page(
    admin_client, settings, name, data, message
):
    settings.UNARCHIVE_MAX_UPLOAD_BYTES = 1024
    response = admin_client.post(reverse(UPLOAD), {"files": [upload(name, data)]})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Resolution.objects.count() == 0


def test_upload_binary_text_fails_cleanly(admin_client):
    response = admin_client.post(
        reverse(UPLOAD), {"files": [upload("x.txt", bytes(range(256)) * 20)]}
    )
    assert response.status_code == 200
    assert "result-failed" in response.content.decode()
    assert Resolution.objects.count() == 0


def test_upload_escapes_file_names(admin_client):
    response = admin_client.post(
        reverse(UPLOAD), {"files": [upload("<b>x</b>.txt", b"nothing")]}
    )
    assert "<b>x</b>" not in response.content.decode()


def test_reparse_action_rebuilds_selected_resolutions(admin_client, seeds):
    resolution = seeds["78/197"]
    resolution.paragraphs.filter(anchor="op1").update(text="damaged")
    response = admin_client.post(
        reverse("admin:resolutions_resolution_changelist"),
        {"action": "reparse", "_selected_action": [resolution.pk]},
        follow=True,
    )
    assert "Re-parsed 1 resolution." in response.content.decode()
    assert resolution.paragraphs.get(anchor="op1").text == "表示注意到秘书长的报告；"
