"""Embedded PostgreSQL (the `pgserver` package) for machines without a database server.

Used as a Django database ENGINE when DATABASE_URL is unset: the server under `var/` is
started on the first connection, not at import, so commands that never touch the
database (parse_resolution) never start it.
"""

from __future__ import annotations

import threading
import warnings
from pathlib import Path

_lock = threading.Lock()
_started: dict[Path, str] = {}


def ensure_running(pgdata: Path, database: str) -> str:
    """Start the server for `pgdata` if needed, create `database`; return the socket.

    `database` is the configured one (not the test database, which Django creates).
    """
    pgdata = Path(pgdata).resolve()
    with _lock:
        if pgdata not in _started:
            try:
                with warnings.catch_warnings():
                    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers);
                    # pgserver then keeps its lock file under /tmp, which is fine.
                    warnings.simplefilter("ignore")
                    import pgserver
            except ImportError as exc:  # pragma: no cover - depends on the machine
                raise RuntimeError(
                    "The embedded PostgreSQL needs the 'pgserver' package, which has "
                    "wheels for Python 3.9-3.12 only. Run `make run` (it creates .venv "
                    "with a supported Python) or set DATABASE_URL to an external "
                    "PostgreSQL server."
                ) from exc
            pgdata.mkdir(parents=True, exist_ok=True)
            # cleanup_mode=None: the server outlives this process, so `make run`,
            # tests and commands share one server; `make db-stop` stops it.
            server = pgserver.get_server(pgdata, cleanup_mode=None)
            socket = server.get_postmaster_info().socket_dir
            _create_database(str(socket), database)
            _started[pgdata] = str(socket)
        return _started[pgdata]


def _create_database(host: str, database: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(host=host, user="postgres", dbname="postgres") as conn:
        conn.autocommit = True
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [database]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))


def stop(pgdata: Path) -> None:
    """Stop the embedded server if it runs (used by `make db-stop` and CI)."""
    from pgserver._commands import pg_ctl
    from pgserver.utils import PostmasterInfo

    pgdata = Path(pgdata).resolve()
    info = PostmasterInfo.read_from_pgdata(pgdata)
    if info is None or not info.is_running():
        print(f"embedded PostgreSQL at {pgdata} is not running")
        return
    user = "pgserver" if _is_root() else None
    pg_ctl(["-w", "stop"], pgdata=pgdata, user=user)
    print(f"stopped embedded PostgreSQL at {pgdata}")


def _is_root() -> bool:
    import os

    return hasattr(os, "geteuid") and os.geteuid() == 0

