"""WSGI entry point (gunicorn unarchive.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unarchive.settings")
application = get_wsgi_application()
