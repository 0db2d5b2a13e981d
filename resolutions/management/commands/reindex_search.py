"""reindex_search: rebuild the search rows of every stored resolution."""

import time

from django.core.management.base import BaseCommand

from resolutions.models import Resolution
from resolutions.search.index import reindex


class Command(BaseCommand):
    help = "Rebuild the search index from stored paragraphs (after an analyzer change)."

    def add_arguments(self, parser):
        parser.add_argument("--session", type=int, help="only this session")

    def handle(self, *args, session=None, **options):
        started = time.monotonic()
        resolutions = Resolution.objects.order_by("id")
        if session:
            resolutions = resolutions.filter(session=session)
        done = reindex(resolutions)
        self.stdout.write(
            f"reindexed {done} resolutions in {time.monotonic() - started:.1f} s"
        )
