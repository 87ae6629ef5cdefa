"""Glossary terms get a slug, the anchor that lessons and the toolkit link to; existing terms
get one made from their name (made unique in the next migration)."""

from django.db import migrations, models
from django.utils.text import slugify


def fill_slugs(apps, schema_editor):
    GlossaryTerm = apps.get_model("content", "GlossaryTerm")
    taken = set()
    for term in GlossaryTerm.objects.order_by("pk"):
        base = slugify(term.term)[:110] or f"term-{term.pk}"
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        term.slug = slug
        term.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [("content", "0004_toolkit_page")]

    operations = [
        migrations.AddField(
            model_name="glossaryterm",
            name="slug",
            field=models.SlugField(blank=True, default="", max_length=120, verbose_name="slug"),
            preserve_default=False,
        ),
        migrations.RunPython(fill_slugs, migrations.RunPython.noop),
    ]
