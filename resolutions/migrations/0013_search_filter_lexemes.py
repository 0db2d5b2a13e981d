from django.db import migrations


def reindex(apps, schema_editor):
    """Rebuild the search rows: each now carries a lexeme for its language, kind,
    committee and lead, as for its session (analysis.filter_lexeme), and a search's
    filters are ANDed with its query inside the GIN index through them
    (plan.SearchPlan.in_index); the btree indexes of 0012 are no longer read.

    As 0007 and 0009: the rows are derived data, rebuilt from the stored
    paragraphs by the current analyzer; nothing else is touched. On an empty
    database this does nothing.
    """
    from resolutions.models import Resolution, SearchEntry
    from resolutions.search.index import reindex as rebuild

    if SearchEntry.objects.exists():
        rebuild(Resolution.objects.order_by("id"))


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0012_search_filter_indexes")]

    operations = [
        migrations.RemoveIndex(model_name="searchentry", name="search_language"),
        migrations.RemoveIndex(model_name="searchentry", name="search_kind"),
        migrations.RemoveIndex(model_name="searchentry", name="search_committee"),
        migrations.RemoveIndex(model_name="searchentry", name="search_lead"),
        migrations.RunPython(reindex, migrations.RunPython.noop),
    ]
