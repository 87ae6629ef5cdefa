"""Which release of the site is running, so that a deploy retires what the last one cached.

Every content cache key (``content.caching.versioned_key``: anonymous pages, lesson bodies,
outlines, catalogues) carries the release. A deploy that changes a template, a translation,
the code or the static files renders pages differently even when no content changed; with
the release in the key the new processes never read what the old ones rendered, and the old
entries expire on their own.

The release is ``GGA_RELEASE`` when the environment sets it (a tag or commit, the same on
every web machine), else a fingerprint of the files that shape a rendered page, read once when
the process starts (``ContentConfig.ready``): the same files give the same fingerprint on
every machine, any change gives another.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.conf import settings

RELEASE_ENV = "GGA_RELEASE"

#: What a rendered page is made of: code, templates, compiled catalogues, static files.
RENDERING_SUFFIXES = frozenset(
    {".py", ".html", ".txt", ".xml", ".mo", ".css", ".js", ".svg", ".json", ".woff2"}
)
#: Libraries whose templates and markup end up in our pages.
RENDERING_LIBRARIES = ("django", "wagtail")
_SKIPPED_DIRECTORIES = {"__pycache__", "node_modules"}


@lru_cache(maxsize=1)
def current_release() -> str:
    """The running release: ``GGA_RELEASE`` if set (made safe for any cache key), else the
    fingerprint of this checkout. Computed once per process."""
    named = os.environ.get(RELEASE_ENV, "").strip()
    if named:
        return re.sub(r"[^A-Za-z0-9._-]", "-", named)[:64]
    return fingerprint(rendering_roots(), base=Path(settings.BASE_DIR))


def rendering_roots() -> list[Path]:
    """The folders and files whose content shapes a page: the project's packages (code and
    the templates, static files and catalogues inside them), the template and static folders,
    the catalogues and, after ``collectstatic``, the static manifest."""
    base = Path(settings.BASE_DIR).resolve()
    roots: set[Path] = set()
    for app_config in apps.get_app_configs():
        path = Path(app_config.path).resolve()
        # Our own packages only: a virtualenv inside the checkout holds the libraries, which
        # count by their version (RENDERING_LIBRARIES).
        if path.is_relative_to(base) and "site-packages" not in path.parts:
            top = path.relative_to(base).parts[0]
            if not top.startswith("."):
                roots.add(base / top)
    for engine in settings.TEMPLATES:
        roots.update(Path(folder).resolve() for folder in engine.get("DIRS", []))
    roots.update(Path(folder).resolve() for folder in settings.STATICFILES_DIRS)
    roots.update(Path(folder).resolve() for folder in settings.LOCALE_PATHS)
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json"
    if settings.STATIC_ROOT and manifest.is_file():
        roots.add(manifest.resolve())
    return sorted(roots)


def fingerprint(roots: Iterable[Path], *, base: Path) -> str:
    """Twelve hex digits of a SHA-256 over every rendering file under ``roots`` (its path
    relative to ``base`` and its bytes) and the versions of ``RENDERING_LIBRARIES``."""
    digest = hashlib.sha256()
    for name in RENDERING_LIBRARIES:
        digest.update(f"{name}=={metadata.version(name)}\n".encode())
    base = base.resolve()
    for path in sorted(set(_files(roots))):
        name = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.name
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        root = Path(root).resolve()
        if root.is_file():
            yield root
            continue
        for folder, directories, files in os.walk(root):
            directories[:] = [
                d for d in directories if d not in _SKIPPED_DIRECTORIES and not d.startswith(".")
            ]
            for file in files:
                if Path(file).suffix in RENDERING_SUFFIXES:
                    yield Path(folder) / file
