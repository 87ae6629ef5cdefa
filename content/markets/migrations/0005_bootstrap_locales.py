"""Step 2: every existing checklist belongs to the default locale, with its own translation
key (Wagtail's BootstrapTranslatableModel). A separate migration: PostgreSQL cannot alter the
table in the transaction that just updated its rows."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("markets", "0004_translatable_fields")]

    operations = [BootstrapTranslatableModel("markets.MarketChecklist")]
