"""A Wagtail locale for each interface language, so trainers can translate into any of them
from the first day (Settings → Locales adds or removes them later)."""

from django.db import migrations

LANGUAGE_CODES = ["en", "fr", "es", "ar", "zh-hans", "sw"]


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0006_glossaryterm_slug_unique"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
