"""Sort keys for titles, so that lists sort as readers of each language expect.

Chinese titles sort by Hanyu Pinyin (with tones), as Chinese dictionaries and indexes
do; PostgreSQL's ICU collations would do this, but the embedded server is built
without ICU, so the key is computed once, at ingest, and stored.
"""

import unicodedata

from pypinyin import Style, lazy_pinyin


def title_sort_key(title: str, language: str) -> str:
    text = unicodedata.normalize("NFKC", title).strip()
    if language == "zh":
        text = " ".join(lazy_pinyin(text, style=Style.TONE3))
    # Drop accents and case so that é sorts with e and É with é.
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:500]
