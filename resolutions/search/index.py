"""Write search rows for a stored resolution (called by ingest, same transaction)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.db import connection

from resolutions.models import FOOTNOTE, Footnote, Paragraph, Resolution

from .analysis import (
    cjk_lexemes,
    config_for,
    filter_lexeme,
    fold,
    latin_part,
    quoted_lexeme,
    tsvector_literal,
    word_pairs,
    word_triples,
)

# "A/RES/70/1" is one token to PostgreSQL's parser; its tails ("res/70/1", "70/1")
# are added as extra lexemes so that a search for 70/1 finds it.
_SYMBOL = re.compile(r"[\w.\-()]+(?:/[\w.\-()]+)+")

# One statement per document: the rows travel as arrays (one round trip).
_INSERT = (
    "INSERT INTO resolutions_searchentry (resolution_id, paragraph_id, footnote_id, "
    "language, session, kind, lead, committee, adopted_on, vector, cjk) "
    "SELECT %s, r.paragraph_id, r.footnote_id, %s, %s, r.kind, r.lead, %s, %s, "
    "to_tsvector(r.config::regconfig, r.latin) || r.extra::tsvector, r.cjk "
    "FROM unnest(%s::bigint[], %s::bigint[], %s::text[], %s::text[], %s::text[], "
    "%s::text[], %s::text[], %s::boolean[]) AS r(paragraph_id, footnote_id, kind, "
    "lead, config, latin, extra, cjk)"
)


def document_vector_parts(
    text: str, language: str, filters: dict
) -> tuple[str, str, str, bool]:
    """(config, text for PostgreSQL's parser, tsvector literal of the extra lexemes:
    CJK characters and pairs, word pairs and common triples, symbol tails and the
    row's filter lexemes (`filters`: plan.FILTERS' values, blank ones skipped);
    whether there are CJK lexemes: SearchEntry.cjk)."""
    folded = fold(text)
    lexemes = cjk_lexemes(folded)
    cjk = bool(lexemes)
    latin = latin_part(folded)
    lexemes.update(word_pairs(latin))
    lexemes.update(word_triples(latin))
    tails: dict[str, None] = {}
    for match in _SYMBOL.finditer(latin):
        parts = match.group().split("/")
        for i in range(1, len(parts)):
            tails["/".join(parts[i:])] = None
    literal = tsvector_literal(lexemes)
    unquoted = " ".join(f"'{t}'" for t in tails if "'" not in t and "\\" not in t)
    facets = " ".join(
        quoted_lexeme(filter_lexeme(name, value))
        for name, value in filters.items()
        if value not in (None, "")
    )
    extra = " ".join(p for p in (literal, unquoted, facets) if p)
    return config_for(language), latin, extra, cjk


def row_filters(
    language: str, session: int, committee: str, kind: str, lead: str
) -> dict:
    """A search row's filter values (plan.FILTERS), for its filter lexemes."""
    return {
        "language": language,
        "session": session,
        "kind": kind,
        "committee": committee,
        "lead": lead,
    }


def index_resolution(
    resolution: Resolution,
    paragraphs: Iterable[Paragraph],
    footnotes: Iterable[Footnote],
) -> None:
    language, session = resolution.language, resolution.session
    rows = [
        (
            p.pk,
            None,
            p.kind,
            p.lead[:200],
            *document_vector_parts(
                p.text,
                language,
                row_filters(
                    language, session, resolution.committee, p.kind, p.lead[:200]
                ),
            ),
        )
        for p in paragraphs
    ] + [
        (
            None,
            f.pk,
            FOOTNOTE,
            "",
            *document_vector_parts(
                f.text,
                language,
                row_filters(language, session, resolution.committee, FOOTNOTE, ""),
            ),
        )
        for f in footnotes
    ]
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    with connection.cursor() as cursor:
        cursor.execute(
            _INSERT,
            [
                resolution.pk,
                resolution.language,
                resolution.session,
                resolution.committee,
                resolution.adopted_on,
                *columns,
            ],
        )


def reindex(resolutions) -> int:
    """Rebuild the search rows of `resolutions` (after an analyzer change)."""
    from django.db import transaction

    from resolutions.models import SearchEntry

    done = 0
    for resolution in resolutions.iterator(chunk_size=200):
        with transaction.atomic():
            SearchEntry.objects.filter(resolution=resolution).delete()
            index_resolution(
                resolution,
                list(resolution.paragraphs.all()),
                list(resolution.footnotes.all()),
            )
        done += 1
    return done
