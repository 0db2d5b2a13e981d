"""Django's PostgreSQL backend, pointed at the embedded server started on demand."""

from pathlib import Path

from django.db.backends.postgresql import base

from . import ensure_running


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        pgdata = Path(params.pop("pgdata"))
        params["host"] = ensure_running(pgdata, params.pop("create_database"))
        return params
