from django.db import migrations


def reindex(apps, schema_editor):
    """Rebuild the search rows: word pairs now carry positions (analysis.word_pairs),
    and a quoted phrase of three or more words needs them to match at all.

    Search rows are derived data, rebuilt from the stored paragraphs by the current
    analyzer (the same as `manage.py reindex_search`); nothing else is touched. On an
    empty database this does nothing.
    """
    from resolutions.models import Resolution, SearchEntry
    from resolutions.search.index import reindex as rebuild

    if SearchEntry.objects.exists():
        rebuild(Resolution.objects.order_by("id"))


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0006_search_sample")]

    operations = [migrations.RunPython(reindex, migrations.RunPython.noop)]
