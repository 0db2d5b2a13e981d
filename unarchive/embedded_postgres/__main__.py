"""`python -m unarchive.embedded_postgres stop PGDATA` (make db-stop)."""

import sys
from pathlib import Path

from . import stop

if len(sys.argv) == 3 and sys.argv[1] == "stop":
    stop(Path(sys.argv[2]))
else:
    sys.exit("usage: python -m unarchive.embedded_postgres stop PGDATA")
