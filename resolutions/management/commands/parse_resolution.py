"""parse_resolution FILE [FILE ...]: each file's parse as one JSON line; no database."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from resolutions.parsing.errors import ParseError
from resolutions.parsing.files import parse_bytes
from resolutions.parsing.serialize import to_contract


class Command(BaseCommand):
    help = "Parse resolution files and print one JSON object per file per line."
    requires_system_checks = []  # needs no database, so nothing that may touch one

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")

    def handle(self, *args, files, **options):
        failed = 0
        for name in files:
            try:
                parsed, _ = parse_bytes(Path(name).read_bytes(), name)
                line = {"file": name, **to_contract(parsed)}
            except OSError as exc:
                failed += 1
                line = {
                    "file": name,
                    "error": f"cannot read file: {exc.strerror}",
                    "line": 0,
                }
            except ParseError as exc:
                failed += 1
                line = {"file": name, "error": exc.message, "line": exc.line}
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        if failed:
            raise CommandError(f"{failed} of {len(files)} file(s) failed to parse")
