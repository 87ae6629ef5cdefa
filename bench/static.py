"""``collectstatic`` for the benches, reused when its inputs have not changed.

The page and load benches serve the site as production does, from a temporary STATIC_ROOT
filled by ``collectstatic`` (WhiteNoise's compressed manifest storage: every file hashed,
gzipped and brotli-compressed), which takes half a minute or more on two cores, every run.
Its output depends only on the files the finders find, the storage and a few versions, so
the first run keeps a copy under BENCH_STATIC_CACHE (default: a folder in the temporary
directory) named by a hash of all of these, and a later run with the same inputs links
that copy into its STATIC_ROOT instead. Any change to a static file, to the installed apps
or to the storage changes the hash, and ``collectstatic`` runs again in full.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

CACHE_ENV = "BENCH_STATIC_CACHE"
KEEP = 3  # cached outputs kept; older ones are removed


def cache_root() -> Path:
    default = Path(tempfile.gettempdir()) / f"gga-bench-static-cache-{os.getuid()}"
    return Path(os.environ.get(CACHE_ENV) or default)


def inputs_key() -> str:
    """A hash of every static file the finders find (path and content), the storage and the
    versions that shape collectstatic's output. Django must be set up."""
    from importlib.metadata import version

    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256()
    head = [
        sys.version,
        *(version(name) for name in ("django", "wagtail", "whitenoise")),
        repr(settings.STORAGES.get("staticfiles")),
        settings.STATIC_URL,
        repr(sorted(settings.INSTALLED_APPS)),
        *(f"{name}={getattr(settings, name)!r}" for name in dir(settings) if "WHITENOISE" in name),
    ]
    digest.update("\n".join(head).encode())
    found = {}
    ignore = ["CVS", ".*", "*~"]  # collectstatic's default ignore patterns
    for finder in get_finders():
        for path, storage in finder.list(ignore):
            prefix = getattr(storage, "prefix", None) or ""
            name = os.path.join(prefix, path)
            found.setdefault(name, storage.path(path))  # the first finder wins, as collectstatic
    for name in sorted(found):
        digest.update(f"\0{name}\0".encode())
        with open(found[name], "rb") as file:
            digest.update(hashlib.sha256(file.read()).digest())
    return digest.hexdigest()[:24]


def link_tree(source: Path, target: Path) -> None:
    """``target`` as a copy of ``source`` made of hard links (a real copy across devices)."""

    def link(src, dst):
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, copy_function=link, dirs_exist_ok=True)


def keep_copy(source: Path, cached: Path) -> None:
    """Keep a copy of ``source`` (hard links) as ``cached``, whole or not at all: made under a
    hidden name beside it, then renamed (if another run stored it first, theirs stays)."""
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{cached.name}-", dir=cached.parent))
    link_tree(source, partial)
    try:
        partial.rename(cached)
    except OSError:
        shutil.rmtree(partial, ignore_errors=True)


def collectstatic(say=print) -> None:
    """Fill STATIC_ROOT as ``collectstatic`` would, from the cache when the inputs match."""
    from django.conf import settings
    from django.core.management import call_command

    started = time.monotonic()
    static_root = Path(settings.STATIC_ROOT)
    try:
        key = inputs_key()
    except Exception as exc:  # noqa: BLE001 - no cache then, collectstatic decides
        say(f"collectstatic: no cache ({exc})")
        call_command("collectstatic", interactive=False, verbosity=0)
        return
    cached = cache_root() / key
    if (cached / "staticfiles.json").is_file():
        link_tree(cached, static_root)
        from django.contrib.staticfiles.storage import staticfiles_storage

        if hasattr(staticfiles_storage, "load_manifest"):  # read when STATIC_ROOT was empty
            loaded = staticfiles_storage.load_manifest()
            staticfiles_storage.hashed_files, staticfiles_storage.manifest_hash = loaded
        seconds = time.monotonic() - started
        say(f"collectstatic: unchanged inputs, reused {cached} ({seconds:.1f} s)")
        return
    call_command("collectstatic", interactive=False, verbosity=0)
    try:
        keep_copy(static_root, cached)
        kept = [
            p
            for p in cache_root().iterdir()
            if p.is_dir() and p.name[0] != "." and not p.name.startswith("stock-")
        ]
        others = sorted((p for p in kept if p.name != key), key=lambda p: p.stat().st_mtime)
        for old in others[: max(0, len(others) - (KEEP - 1))]:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        say(f"collectstatic: could not keep a copy in {cache_root()} ({exc})")
    say(f"collectstatic: {time.monotonic() - started:.1f} s, kept for the next run as {key}")
