"""The trainer's Learners page at 100,000 learners (docs/performance.md), on PostgreSQL:

- searching by part of a name or e-mail address reads trigram indexes instead of every
  learner: ``pg_trgm`` GIN indexes on the upper-cased first name, last name and address, the
  expressions Django's ``icontains`` compares;
- sorting by name walks an index on (last name, first name) instead of sorting every
  learner.

PostgreSQL only (the extension and the indexes): on SQLite this migration does nothing, and
a laptop's few learners are searched and sorted as before. The indexes are not in the
model's state for that reason.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

COLUMNS = ["first_name", "last_name", "email"]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS accounts_user_name_order ON accounts_user "
        "(last_name, first_name)"
    )
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS accounts_user_{column}_trgm ON accounts_user "
            f"USING gin (upper({column}::text) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS accounts_user_name_order")
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS accounts_user_{column}_trgm")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_user_language")]

    operations = [TrigramExtension(), migrations.RunPython(create, drop, elidable=False)]
