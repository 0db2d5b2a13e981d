"""Embedded PostgreSQL (the `pgserver` package) for machines without a database server.

Used as a Django database ENGINE when DATABASE_URL is unset: the server under `var/` is
started on the first connection, not at import, so commands that never touch the
database (parse_resolution) never start it.
"""

from __future__ import annotations

import os
import re
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
            _configure(str(socket), pgdata)
            _create_database(str(socket), database)
            _started[pgdata] = str(socket)
        return _started[pgdata]


def shared_buffers() -> str:
    """The embedded server's shared_buffers: PostgreSQL's usual advice of a quarter
    of the machine's memory, from its 128 MB default up to 2 GB, or the value of
    EMBEDDED_PG_SHARED_BUFFERS (e.g. 512MB).

    Search reads its matches' rows from shared buffers: at 1.2M paragraphs the p95
    of an English word went from 61.7 ms with 128 MB to 44.4 ms with 2 GB
    (bench/search.py).
    """
    override = os.environ.get("EMBEDDED_PG_SHARED_BUFFERS", "")
    if re.fullmatch(r"\d+(?:kB|MB|GB)", override):
        return override
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not a POSIX system
        return "128MB"
    return f"{min(max(memory // 4 // 2**20, 128), 2048)}MB"


def _configure(host: str, pgdata: Path) -> None:
    """Apply shared_buffers(); the server restarts once when it changes."""
    import psycopg
    from pgserver._commands import pg_ctl

    wanted = shared_buffers()
    with psycopg.connect(host=host, user="postgres", dbname="postgres") as conn:
        conn.autocommit = True
        same = conn.execute(
            "SELECT pg_size_bytes(current_setting('shared_buffers')) "
            "= pg_size_bytes(%s)",
            [wanted],
        ).fetchone()[0]
        if same:
            return
        # ALTER SYSTEM takes no parameters; `wanted` matched \d+(kB|MB|GB) above.
        conn.execute(f"ALTER SYSTEM SET shared_buffers = '{wanted}'")
    pg_ctl(["-w", "restart"], pgdata=pgdata, user="pgserver" if _is_root() else None)


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
