from django.db import migrations

# Every search row carries its session's lexeme (analysis.session_lexeme: ' s79'),
# which the engine's common path ANDs with a query inside the GIN index. Added in
# place to the stored vectors: the same as `manage.py reindex_search` would write.
FORWARD = (
    "UPDATE resolutions_searchentry "
    "SET vector = vector || format('%L', ' s' || session)::tsvector"
)


class Migration(migrations.Migration):
    dependencies = [("resolutions", "0007_reindex_word_pairs")]

    operations = [migrations.RunSQL(FORWARD, migrations.RunSQL.noop)]
