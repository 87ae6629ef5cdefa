"""Back up the database and the media files into one dated archive, and restore one.

An archive is a tar file holding

- ``database.dump``: ``pg_dump --format=custom`` on PostgreSQL, or ``database.sqlite3``: a
  copy made with SQLite's online backup API (what the ``sqlite3`` shell's ``.backup`` uses);
- ``media/``: every file under ``MEDIA_ROOT``;
- ``manifest.json``: when, from which database engine, the number of rows of every table and
  the SHA-256 of the database file and of every media file.

On PostgreSQL the row counts are taken in the very snapshot that ``pg_dump`` dumps (an
exported snapshot), so a backup of a live site is consistent with its manifest. Restoring
checks the archive against its manifest first, refuses a database that already has tables or
a media folder that already has files (nothing is overwritten or merged), then restores and
checks every count and checksum again.

Media stored in S3-compatible object storage are backed up by the bucket's own versioning
and replication, not here: with a bucket configured, ``backup`` refuses and says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connections
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
PG_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
CHUNK = 1024 * 1024


class BackupError(Exception):
    """The backup or restore was refused or failed; the message says why and what to do."""


@dataclass
class RestoreReport:
    """What a restore put back, as checked against the archive's manifest."""

    tables: int
    rows: int
    files: int


# --- Helpers ---------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def media_checksums(media_root: Path) -> dict[str, str]:
    """Every file under ``media_root`` by its relative path (forward slashes), with its
    SHA-256."""
    media_root = Path(media_root)
    if not media_root.exists():
        return {}
    return {
        path.relative_to(media_root).as_posix(): sha256_file(path)
        for path in sorted(media_root.rglob("*"))
        if path.is_file()
    }


def model_tables() -> list[str]:
    """The tables of every installed model, many-to-many tables included, sorted."""
    return sorted(
        {
            model._meta.db_table
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy
        }
    )


def _quote(table: str) -> str:
    return '"' + table.replace('"', '""') + '"'


def _count_rows(cursor, tables: Iterable[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")  # noqa: S608 (names from models)
        counts[table] = cursor.fetchone()[0]
    return counts


def _pg_conninfo(db: dict) -> dict[str, str]:
    """libpq keywords for a Django database settings dict."""
    info = {"dbname": db["NAME"]}
    for key, name in (("HOST", "host"), ("PORT", "port"), ("USER", "user")):
        if db.get(key):
            info[name] = str(db[key])
    if db.get("PASSWORD"):
        info["password"] = db["PASSWORD"]
    return info


def _pg_env(db: dict) -> dict[str, str]:
    """The environment for pg_dump/pg_restore: the connection in PG* variables, so that
    the password never appears on a command line."""
    env = {**os.environ}
    for name, value in _pg_conninfo(db).items():
        env[{"dbname": "PGDATABASE"}.get(name, "PG" + name.upper())] = value
    return env


def _check_local_media() -> None:
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        raise BackupError(
            "Media are in object storage (AWS_STORAGE_BUCKET_NAME is set): back them up with "
            "the bucket's versioning or replication; this command backs up MEDIA_ROOT only."
        )


# --- Backup ----------------------------------------------------------------------------------


def backup(output_dir: Path, *, database: str = "default", media_root: Path | None = None) -> Path:
    """Write ``gga-backup-<date>-<time>.tar`` into ``output_dir`` and return its path.

    The archive is first written under a temporary name and renamed when complete, so a
    failed backup never leaves a file that looks like a good one.
    """
    _check_local_media()
    media_root = Path(media_root or settings.MEDIA_ROOT)
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    target = output_dir / f"gga-backup-{stamp}.tar"
    db = connections[database].settings_dict
    with tempfile.TemporaryDirectory(prefix="gga-backup-") as work:
        work = Path(work)
        if connections[database].vendor == "postgresql":
            dump, counts = _dump_postgresql(db, work)
        elif connections[database].vendor == "sqlite":
            dump, counts = _dump_sqlite(database, work)
        else:
            raise BackupError(f"Cannot back up a {connections[database].vendor} database.")
        files = media_checksums(media_root)
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "engine": connections[database].vendor,
            "database_file": dump.name,
            "database_sha256": sha256_file(dump),
            "tables": counts,
            "media": files,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        partial = target.with_suffix(".tar.partial")
        with tarfile.open(partial, "w") as archive:
            archive.add(work / MANIFEST, arcname=MANIFEST)
            archive.add(dump, arcname=dump.name)
            for name in files:
                archive.add(media_root / name, arcname=f"media/{name}")
        partial.rename(target)
    return target


def _dump_postgresql(db: dict, work: Path) -> tuple[Path, dict[str, int]]:
    """Dump with pg_dump in the snapshot in which the rows are counted."""
    import psycopg

    dump = work / PG_DUMP
    with psycopg.connect(**_pg_conninfo(db)) as conn:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            existing = {row[0] for row in cursor.fetchall()}
            counts = _count_rows(cursor, [t for t in model_tables() if t in existing])
            result = subprocess.run(  # noqa: S603 (fixed program, no shell)
                [
                    shutil.which("pg_dump") or "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={dump}",
                ],
                env=_pg_env(db),
                capture_output=True,
                text=True,
                check=False,
            )
            conn.rollback()
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return dump, counts


def _dump_sqlite(database: str, work: Path) -> tuple[Path, dict[str, int]]:
    """Copy with SQLite's online backup API, then count the rows in the copy itself."""
    dump = work / SQLITE_COPY
    connection = connections[database]
    connection.ensure_connection()
    target = sqlite3.connect(dump)
    try:
        connection.connection.backup(target)
        existing = {
            row[0] for row in target.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        counts = _count_rows(target.cursor(), [t for t in model_tables() if t in existing])
    finally:
        target.close()
    return dump, counts


# --- Restore ---------------------------------------------------------------------------------


def read_manifest(archive_path: Path) -> dict:
    with tarfile.open(archive_path, "r") as archive:
        try:
            member = archive.extractfile(MANIFEST)
        except KeyError:
            member = None
        if member is None:
            raise BackupError(f"{archive_path} is not a backup: it has no {MANIFEST}.")
        manifest = json.load(member)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive_path} has backup format {manifest.get('format')!r}.")
    return manifest


def restore(
    archive_path: Path,
    *,
    database: dict | None = None,
    media_root: Path | None = None,
) -> RestoreReport:
    """Restore ``archive_path`` into an empty database and an empty media folder.

    ``database`` is a Django database settings dict (default: the ``default`` database);
    ``media_root`` defaults to MEDIA_ROOT. Refuses, before writing anything, an archive
    whose contents do not match its manifest, a database engine other than the one the
    backup came from, a database with tables and a media folder with files. Afterwards every
    table's row count and every file's checksum is compared with the manifest.
    """
    _check_local_media()
    archive_path = Path(archive_path)
    db = database or connections["default"].settings_dict
    engine = "postgresql" if "postgresql" in db["ENGINE"] else "sqlite"
    media_root = Path(media_root or settings.MEDIA_ROOT)
    manifest = read_manifest(archive_path)
    if manifest["engine"] != engine:
        raise BackupError(
            f"The backup is of a {manifest['engine']} database; the target is {engine}."
        )
    if media_root.exists() and any(path.is_file() for path in media_root.rglob("*")):
        raise BackupError(f"The media folder {media_root} has files; restore into an empty one.")
    with tempfile.TemporaryDirectory(prefix="gga-restore-") as work:
        work = Path(work)
        with tarfile.open(archive_path, "r") as archive:
            archive.extractall(work, filter="data")
        dump = work / manifest["database_file"]
        if sha256_file(dump) != manifest["database_sha256"]:
            raise BackupError("The database file in the archive does not match its checksum.")
        if media_checksums(work / "media") != manifest["media"]:
            raise BackupError("The media files in the archive do not match the manifest.")
        if engine == "postgresql":
            counts = _restore_postgresql(db, dump, manifest["tables"])
        else:
            counts = _restore_sqlite(db, dump, manifest["tables"])
        if (work / "media").exists():
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(work / "media", media_root, dirs_exist_ok=True)
    differing = sorted(t for t, n in manifest["tables"].items() if counts.get(t) != n)
    if differing:
        raise BackupError(f"Row counts differ after restoring: {', '.join(differing)}.")
    if media_checksums(media_root) != manifest["media"]:
        raise BackupError("The restored media files do not match the manifest.")
    return RestoreReport(
        tables=len(counts), rows=sum(counts.values()), files=len(manifest["media"])
    )


def _restore_postgresql(db: dict, dump: Path, tables: dict[str, int]) -> dict[str, int]:
    import psycopg

    with psycopg.connect(**_pg_conninfo(db)) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
        if cursor.fetchone()[0]:
            raise BackupError(
                f"The database {db['NAME']} has tables; restore into an empty database "
                "(createdb a new one and point DATABASE_URL at it)."
            )
    result = subprocess.run(  # noqa: S603 (fixed program, no shell)
        [
            shutil.which("pg_restore") or "pg_restore",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={db['NAME']}",
            str(dump),
        ],
        env=_pg_env(db),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
    with psycopg.connect(**_pg_conninfo(db)) as conn, conn.cursor() as cursor:
        return _count_rows(cursor, tables)


def _restore_sqlite(db: dict, dump: Path, tables: dict[str, int]) -> dict[str, int]:
    if str(db["NAME"]) == ":memory:" or "mode=memory" in str(db["NAME"]):
        raise BackupError(
            "The database is in memory; restore into a database file "
            "(DATABASE_URL=sqlite:////path/to/new.sqlite3)."
        )
    target = Path(db["NAME"])
    if target.exists() and target.stat().st_size:
        with sqlite3.connect(target) as existing:
            has_tables = existing.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        if has_tables:
            raise BackupError(
                f"The database {target} has tables; restore into an empty one (move it away "
                "or point DATABASE_URL at a new file)."
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(dump)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
        return _count_rows(destination.cursor(), tables)
    finally:
        source.close()
        destination.close()
