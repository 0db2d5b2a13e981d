from django.db import migrations

# A search row's vector is read whole to recheck a phrase and to rank: stored
# compressed (pglz, PostgreSQL's default past ~2 kB a row: 38% of the English rows
# once common-word triples were added), each read decompressed it first. Inline
# and plain up to a full page, a scan checking a phrase on 100,000 English rows
# took 99 ms instead of 292, ts_rank over them 104 ms instead of 297, for a table
# 10% larger (263 MB against 240). Rows past a page are still toasted.
TOAST_TUPLE_TARGET = (
    "ALTER TABLE resolutions_searchentry SET (toast_tuple_target = 8160)",
    "ALTER TABLE resolutions_searchentry RESET (toast_tuple_target)",
)


def reindex(apps, schema_editor):
    """Rebuild the search rows: Latin-script text now also indexes its common word
    triples (analysis.word_triples), which a three-word phrase is then looked up
    by, so rows written before would miss such phrases; the rows are written again
    under the new toast_tuple_target.

    As 0007: the rows are derived data, rebuilt from the stored paragraphs by the
    current analyzer; nothing else is touched. On an empty database this does
    nothing.
    """
    from resolutions.models import Resolution, SearchEntry
    from resolutions.search.index import reindex as rebuild

    if SearchEntry.objects.exists():
        rebuild(Resolution.objects.order_by("id"))


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0008_session_lexemes")]

    operations = [
        migrations.RunSQL(*TOAST_TUPLE_TARGET),
        migrations.RunPython(reindex, migrations.RunPython.noop),
    ]
