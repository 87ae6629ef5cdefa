"""Backup and restore: a round trip into a separate database and media folder gives back
every row of every table and every media file, byte for byte."""

import io
import tarfile
import uuid
from contextlib import closing

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connections

from lms.backups.services import BackupError, backup, media_checksums, restore
from tests.accounts.test_data_rights import learn_everything
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def models():
    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]


def row_counts() -> dict[str, int]:
    """Every model's (and many-to-many table's) row count in the site's database, via Django."""
    return {model._meta.db_table: model._default_manager.count() for model in models()}


def connect(settings_dict):
    """A plain DB-API connection to the restored database, independent of Django's."""
    if "postgresql" in settings_dict["ENGINE"]:
        import psycopg

        return psycopg.connect(
            dbname=settings_dict["NAME"],
            host=settings_dict["HOST"] or None,
            port=settings_dict["PORT"] or None,
            user=settings_dict["USER"],
        )
    import sqlite3

    return sqlite3.connect(settings_dict["NAME"])


def restored_counts(settings_dict) -> dict[str, int]:
    with closing(connect(settings_dict)) as conn:
        cursor = conn.cursor()
        counts = {}
        for model in models():
            cursor.execute(f'SELECT COUNT(*) FROM "{model._meta.db_table}"')  # noqa: S608
            counts[model._meta.db_table] = cursor.fetchone()[0]
        return counts


def restored_tables(settings_dict) -> int:
    query = (
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        if "postgresql" in settings_dict["ENGINE"]
        else "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
    )
    with closing(connect(settings_dict)) as conn:
        cursor = conn.cursor()
        cursor.execute(query)
        return cursor.fetchone()[0]


@pytest.fixture
def empty_database(tmp_path):
    """A second, empty database of the same engine: its Django settings dict."""
    source = connections["default"].settings_dict
    if connections["default"].vendor == "postgresql":
        import psycopg

        name = f"gga_restore_{uuid.uuid4().hex[:10]}"
        admin = {"dbname": "postgres", "host": source["HOST"] or None, "user": source["USER"]}
        if source["PORT"]:
            admin["port"] = source["PORT"]
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    else:
        name = str(tmp_path / "restored.sqlite3")
    yield {**source, "NAME": name}
    if connections["default"].vendor == "postgresql":
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture
def site_with_files(demo_site, django_capture_on_commit_callbacks, settings):
    """Learners with certificates (PDF and image files) and a brand plan with a logo."""
    amina = UserFactory(role="Learner", first_name="Amina", last_name="Uwase")
    learn_everything(amina, django_capture_on_commit_callbacks)
    UserFactory.create_batch(3, role="Learner")
    checksums = media_checksums(settings.MEDIA_ROOT)
    assert len(checksums) >= 3  # certificate PDF and image, logo
    return checksums


def test_a_round_trip_restores_every_row_and_file(site_with_files, empty_database, tmp_path):
    archive = backup(tmp_path / "backups")
    assert archive.name.startswith("gga-backup-") and archive.suffix == ".tar"
    restored_media = tmp_path / "restored-media"

    report = restore(archive, database=empty_database, media_root=restored_media)

    before = row_counts()
    assert restored_counts(empty_database) == before
    assert media_checksums(restored_media) == site_with_files
    assert report.rows == sum(before.values()) and report.files == len(site_with_files)
    assert before["accounts_user"] == 4 and before["courses_certificate"] == 1


def test_the_commands_write_and_refuse_as_they_say(site_with_files, tmp_path, capsys, settings):
    call_command("backup", output_dir=str(tmp_path / "backups"))
    [archive] = (tmp_path / "backups").glob("gga-backup-*.tar")
    assert "media files" in capsys.readouterr().out
    # The site's own media folder and database are not empty: nothing is overwritten.
    with pytest.raises(CommandError, match="media folder .* has files; restore into an empty"):
        call_command("restore", str(archive))
    settings.MEDIA_ROOT = tmp_path / "empty-media"
    # (PostgreSQL: the test database has tables; SQLite: the test database is in memory.)
    with pytest.raises(CommandError, match="has tables; restore into an empty|is in memory"):
        call_command("restore", str(archive))
    assert not settings.MEDIA_ROOT.exists()


def test_a_damaged_archive_is_refused_before_anything_is_written(
    site_with_files, empty_database, tmp_path
):
    archive = backup(tmp_path / "backups")
    damaged = tmp_path / "damaged.tar"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w") as target:
        for member in source.getmembers():
            data = source.extractfile(member)
            if member.name.startswith("media/") and member.name.endswith(".pdf"):
                content = bytearray(data.read())
                content[-10] ^= 0xFF  # one flipped byte
                data = io.BytesIO(bytes(content))
            target.addfile(member, data)

    with pytest.raises(BackupError, match="media files in the archive do not match"):
        restore(damaged, database=empty_database, media_root=tmp_path / "media-2")
    assert not (tmp_path / "media-2").exists()
    assert restored_tables(empty_database) == 0
