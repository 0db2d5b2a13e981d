from django.db import migrations, models

# analysis.CJK_CLASS when this was written: the characters that get CJK lexemes.
CJK = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"


class Migration(migrations.Migration):
    """SearchEntry.cjk: whether a row's vector holds CJK lexemes, and a date index of
    those rows only (search_recent_cjk), through which a common Chinese query walks
    to its most recent matches without testing the other languages' rows."""

    dependencies = [("resolutions", "0009_reindex_word_triples")]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="cjk",
            field=models.BooleanField(default=False),
        ),
        # The rows written before: from their vectors, as the analyzer now does
        # from their texts (index.document_vector_parts).
        migrations.RunSQL(
            [
                (
                    "UPDATE resolutions_searchentry SET cjk = true "
                    "WHERE vector::text ~ %s",
                    [CJK],
                )
            ],
            migrations.RunSQL.noop,
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(
                models.OrderBy(
                    models.F("adopted_on"), descending=True, nulls_last=True
                ),
                models.F("id"),
                condition=models.Q(("cjk", True)),
                name="search_recent_cjk",
            ),
        ),
    ]
