from django.db import migrations


def reindex(apps, schema_editor):
    """Rebuild the search rows: Latin-script text now also indexes its common word
    triples (analysis.word_triples), which a three-word phrase is then looked up
    by, so rows written before would miss such phrases.

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

    operations = [migrations.RunPython(reindex, migrations.RunPython.noop)]
