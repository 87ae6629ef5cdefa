"""Database snapshots: a state of the test database built once per test process and restored
by later tests instead of being built again (PostgreSQL only).

A snapshot holds every table's rows, copied out with PostgreSQL's COPY (binary) into memory,
and the media files that went with them, hard-linked into a folder of their own. Restoring
it empties every table and refills it (COPY), moves the sequences past the copied ids,
checks the foreign keys and links the files into the test's MEDIA_ROOT, all inside the
caller's transaction: a test (or a module, for the security world) that is rolled back at
its end takes the restored rows away with it, and a transactional test (a browser test)
sees them committed until its flush.

Snapshots are kept per process (each xdist worker has its own database) under a key: the
demo is keyed by ``load_demo``'s arguments (``load_demo_once``); the security world by its
own name (tests/security/conftest.py). A snapshot must be taken from a database that held
nothing but the migrations' rows before it was built, since restoring it replaces every row.

Smaller builds that many tests repeat (``demo_site``, the courses of tests/courses/builders.py)
use ``build_once`` instead: it keeps only the tables a build changed, and writes them again
only onto the rows that build found, so it suits fixtures that run after others wrote.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

from django.core.management import call_command
from django.db import transaction

#: load_demo's arguments for the demo without the synthetic population.
DEMO_ARGUMENTS = ("--learners", "0")


class DatabaseSnapshot:
    """Every table's rows as they are now (COPY, binary, in memory), and the media files.

    ``payload`` is whatever the taker wants back with it (the security world's users and
    objects); it is the taker's to copy before handing it to a test.
    """

    def __init__(self, connection, media_root, media_copy: Path, payload=None):
        self.payload = payload
        self.media = Path(media_copy)
        quote = connection.ops.quote_name
        self.tables = [
            quote(table)
            for table in sorted(
                connection.introspection.django_table_names(only_existing=True, include_views=False)
            )
        ]
        self.rows: dict[str, bytes] = {}
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {table})")  # noqa: S608
                if not cursor.fetchone()[0]:
                    continue
                with cursor.copy(f"COPY {table} TO STDOUT (FORMAT binary)") as copy:
                    self.rows[table] = b"".join(bytes(chunk) for chunk in copy)
        if media_root is not None and os.path.isdir(media_root):
            shutil.copytree(media_root, self.media, copy_function=link, dirs_exist_ok=True)

    def restore(self, connection, media_root) -> None:
        """Replace every row by the snapshot's and link its files into ``media_root``."""
        from django.apps import apps
        from django.core.management.color import no_style

        models = apps.get_models(include_auto_created=True)
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(self.tables)}")
            for table, data in self.rows.items():
                with cursor.copy(f"COPY {table} FROM STDIN (FORMAT binary)") as copy:
                    copy.write(data)
            for sql in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)
            connection.check_constraints()
        if self.media.is_dir():
            shutil.copytree(self.media, media_root, copy_function=link, dirs_exist_ok=True)


def link(source, target):
    """Hard-link a media file (storage never rewrites a file in place: a test that deletes
    one removes its own link only), copying across file systems."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


#: This process's snapshots, by key.
_SNAPSHOTS: dict[tuple, DatabaseSnapshot] = {}


def taken(key: tuple) -> DatabaseSnapshot | None:
    return _SNAPSHOTS.get(key)


def take(key: tuple, media_root, tmp_path_factory, payload=None) -> DatabaseSnapshot | None:
    """Keep the database as it is now under ``key`` (PostgreSQL; elsewhere nothing)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    folder = tmp_path_factory.mktemp("snapshot") / "media"
    _SNAPSHOTS[key] = DatabaseSnapshot(connection, media_root, folder, payload)
    return _SNAPSHOTS[key]


@contextlib.contextmanager
def reference_index_written():
    """Saves in this thread update Wagtail's reference index, whatever switched it off
    (``wagtail.signal_handlers.disable_reference_index_auto_update``); put back after."""
    from wagtail.signal_handlers import reference_index_auto_update_disabled as disabled

    missing = object()
    before = getattr(disabled, "value", missing)
    disabled.value = False
    try:
        yield
    finally:
        if before is missing:
            del disabled.value
        else:
            disabled.value = before


def load_demo_once(media_root, tmp_path_factory, *arguments: str) -> None:
    """The database exactly as ``load_demo *arguments`` leaves an empty one, its files in
    ``media_root``.

    The first call in a process (PostgreSQL) runs load_demo and keeps a snapshot; later
    calls with the same arguments restore it. Other databases (SQLite) run load_demo each
    time. The database must hold only the migrations' rows when this is called.

    The search index and Wagtail's reference index are always written while the demo loads,
    as ``load_demo`` writes them outside the tests (the test settings and marks switch them
    off for tests that do not read them): the snapshot holds their tables, a test marked
    ``search`` finds the demo's content, and the one snapshot is the same whichever test took
    it, a browser test or not. Without a snapshot (SQLite) the test's own marks decide, as
    for anything else it saves: a test marked ``search`` is indexed, the others pay nothing.
    """
    from django.db import connection

    from tests.conftest import search_index_on

    arguments = arguments or DEMO_ARGUMENTS
    key = ("load_demo", *arguments)
    snapshot = taken(key)
    if snapshot is not None:
        snapshot.restore(connection, media_root)
        return
    snapshotting = connection.vendor == "postgresql"
    with (
        search_index_on() if snapshotting else contextlib.nullcontext(),
        reference_index_written() if snapshotting else contextlib.nullcontext(),
        open(os.devnull, "w") as devnull,
    ):
        call_command("load_demo", *arguments, stdout=devnull)
    take(key, media_root, tmp_path_factory)


class BuiltRows:
    """What one build wrote, kept to be written again instead of built again (PostgreSQL):
    the rows of the tables the build changed (COPY, binary) as they were before and after it,
    and the cache entries it set or changed (the test settings' local-memory cache).

    Unlike ``DatabaseSnapshot``, restoring replaces the changed tables only, so what the
    test's fixtures wrote elsewhere first (users, say) stays. It is restored only onto the
    state it was built on: the changed tables and ``guarded`` ones (what the build reads
    besides) must hold the rows they held before the first build, and the cache the values
    the build found under the keys it wrote; otherwise ``restore`` returns False and the
    caller builds.
    """

    def __init__(
        self, before: dict[str, bytes], after: dict[str, bytes], sequences, cache, payload
    ):
        self.payload = payload
        self.before = before
        self.after = after
        self.sequences = sequences
        self.cache = cache

    def restore(self, connection) -> bool:
        from django.core.cache import cache

        if not hasattr(cache, "_cache"):  # a test's own cache settings: not the one built on
            return False
        with connection.cursor() as cursor:
            if table_rows(cursor, self.before) != self.before:
                return False
            if any(cache._cache.get(key) != value for key, (value, _, _) in self.cache.items()):
                return False
            with transaction.atomic(using=connection.alias):
                for table in self.after:
                    cursor.execute(f"DELETE FROM {table}")  # noqa: S608
                for table, data in self.after.items():
                    with cursor.copy(f"COPY {table} FROM STDIN (FORMAT binary)") as copy:
                        copy.write(data)
                for table, column, sequence in self.sequences:
                    # Past the restored ids, never back (tests that ran since used others).
                    cursor.execute(
                        f"SELECT setval(%s, GREATEST((SELECT max({column}) FROM {table}),"  # noqa: S608
                        f" (SELECT last_value FROM {sequence})))",
                        [sequence],
                    )
                connection.check_constraints()
        now = time.time()
        with cache._lock:
            for key, (_, value, lifetime) in self.cache.items():
                if value is None:
                    cache._cache.pop(key, None)
                    cache._expire_info.pop(key, None)
                    continue
                cache._cache[key] = value
                cache._expire_info[key] = None if lifetime is None else now + lifetime
        return True


def table_rows(cursor, tables) -> dict[str, bytes]:
    """Each table's rows (COPY, binary) in the order of its first column (its key)."""
    rows = {}
    for table in tables:
        query = f"COPY (SELECT * FROM {table} ORDER BY 1) TO STDOUT (FORMAT binary)"  # noqa: S608
        with cursor.copy(query) as copy:
            rows[table] = b"".join(bytes(chunk) for chunk in copy)
    return rows


def build_once(key: tuple, build, guarded: tuple[str, ...] = ("wagtailcore_locale",)):
    """``build()``'s result, built by the first call with ``key`` in this process and later
    written again from its rows (``BuiltRows``) where that is the same thing.

    ``build`` writes rows and cache entries and returns a primary key (or a tuple of them)
    for the caller to read its objects with, so a test never gets another test's instances.
    It is only built (every time) on other databases than PostgreSQL, in a transactional test
    (nothing to roll the rows back), or if the first build also wrote files or e-mails. The
    key must name whatever else the build depends on (settings, what indexes are written);
    ``guarded`` names tables the build reads but does not write (the locales, by default).
    """
    from django.core import mail
    from django.core.cache import cache
    from django.db import connection

    built = _BUILT.get(key)
    if built is not None and connection.in_atomic_block and built.restore(connection):
        return built.payload
    if key in _BUILT or connection.vendor != "postgresql" or not connection.in_atomic_block:
        return build()
    if not hasattr(cache, "_cache"):
        _BUILT[key] = None
        return build()
    quote = connection.ops.quote_name
    tables = [
        quote(table)
        for table in sorted(
            connection.introspection.django_table_names(only_existing=True, include_views=False)
        )
    ]
    media = settings_media_files()
    outbox = len(getattr(mail, "outbox", []))
    cache_before = dict(cache._cache)
    with connection.cursor() as cursor:
        before = table_rows(cursor, tables)
        payload = build()
        after = table_rows(cursor, tables)
        changed = [table for table in tables if before[table] != after[table]]
        sequences = []
        for table in changed:
            cursor.execute(
                "SELECT a.attname, pg_get_serial_sequence(%s, a.attname) FROM pg_attribute a"
                " WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped",
                [table, table],
            )
            sequences += [(table, quote(col), seq) for col, seq in cursor.fetchall() if seq]
    if settings_media_files() != media or len(getattr(mail, "outbox", [])) != outbox:
        _BUILT[key] = None
        return payload
    written = {}
    for cache_key in {*cache_before, *cache._cache}:
        value = cache._cache.get(cache_key)
        if cache_before.get(cache_key) != value:
            expiry = cache._expire_info.get(cache_key)
            lifetime = None if expiry is None else expiry - time.time()
            written[cache_key] = (cache_before.get(cache_key), value, lifetime)
    guard = {table: before[table] for table in (*changed, *map(quote, guarded))}
    after = {table: after[table] for table in changed}
    _BUILT[key] = BuiltRows(guard, after, sequences, written, payload)
    return payload


def indexing_key() -> tuple:
    """What a save writes now besides its rows, for ``build_once``'s keys: the search index
    (tests marked ``search``) and Wagtail's reference index (marked ``reference_index``)."""
    from wagtail.signal_handlers import reference_index_auto_update_disabled

    from tests.indexing import search_index_updates

    return (
        search_index_updates(),
        getattr(reference_index_auto_update_disabled, "value", False),
    )


def settings_media_files() -> list[str]:
    from django.conf import settings

    root = Path(settings.MEDIA_ROOT)
    return sorted(str(path) for path in root.rglob("*")) if root.is_dir() else []


#: This process's builds, by key (None: built every time).
_BUILT: dict[tuple, BuiltRows | None] = {}
