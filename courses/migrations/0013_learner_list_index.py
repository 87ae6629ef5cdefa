"""The trainer's Learners page at 100,000 learners a course (docs/performance.md): an index
that gives a course's enrollments most recently active first (the page's default order, and
read backwards the oldest first), carrying the status and completion the page counts, so the
first page and the counts read the index alone.

PostgreSQL only: SQLite cannot declare NULLS LAST in an index, and serves a laptop's few
learners without it. Not in the model's state for the same reason.
"""

from django.db import migrations

INDEX = "courses_enrollment_course_recent"
CREATE = (
    f"CREATE INDEX IF NOT EXISTS {INDEX} ON courses_enrollment "
    "(course_id, last_activity_at DESC NULLS LAST, enrolled_at DESC, id DESC) "
    "INCLUDE (status, completed_at)"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("courses", "0012_trainers_translate")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
