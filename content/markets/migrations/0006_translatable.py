"""Step 3: locale and translation_key required, one checklist per translation key and locale,
and name and slug unique within a locale (not across languages)."""

import django.db.models.deletion
import uuid
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('markets', '0005_bootstrap_locales'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='marketchecklist',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='marketchecklist',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name='marketchecklist',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.AddConstraint(
            model_name='marketchecklist',
            constraint=models.UniqueConstraint(fields=('locale', 'slug'), name='unique_checklist_slug_per_locale'),
        ),
        migrations.AddConstraint(
            model_name='marketchecklist',
            constraint=models.UniqueConstraint(fields=('locale', 'name'), name='unique_checklist_name_per_locale'),
        ),
    ]
