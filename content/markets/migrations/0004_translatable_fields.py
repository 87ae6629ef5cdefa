"""Checklists become translatable (Wagtail's "Enabling locales on existing models"), step 1:
locale and translation_key, nullable for the rows already there; name and slug are no longer
unique across every language (0006 makes them unique per locale)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('markets', '0003_review_dates'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AddField(
            model_name='marketchecklist',
            name='locale',
            field=models.ForeignKey(editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale'),
        ),
        migrations.AddField(
            model_name='marketchecklist',
            name='translation_key',
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AlterField(
            model_name='marketchecklist',
            name='name',
            field=models.CharField(max_length=120, verbose_name='market'),
        ),
        migrations.AlterField(
            model_name='marketchecklist',
            name='slug',
            field=models.SlugField(help_text='The end of the address, e.g. “european-union” in /toolkit/markets/european-union/.', max_length=80, verbose_name='slug'),
        ),
    ]
