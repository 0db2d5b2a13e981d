"""Settings guard: production refuses to start without a secret key."""

import os
import subprocess
import sys

from tests.support import REPO


def run_django(code: str, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={**clean, "DJANGO_SETTINGS_MODULE": "unarchive.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_settings_refuse_production_without_secret_key():
    result = run_django("import django; django.setup()")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_settings_debug_defaults_to_off():
    result = run_django(
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.DEBUG)",
        DJANGO_SECRET_KEY="x" * 60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_check_deploy_is_clean_under_production_settings():
    result = run_django(
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level',"
        " 'WARNING'])",
        DJANGO_SECRET_KEY="k9$Vq2#pL7x!Zr4@wT8^mN3&bY6*cF1(hJ5)sD0-gK2+eA7=uR9",
        DJANGO_ALLOWED_HOSTS="archive.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
