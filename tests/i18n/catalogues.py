"""Helpers for the message catalogue tests: where the catalogues are, how `make messages`
extracts them, and how an entry renders in its language.

The .mo files are committed beside the .po files, so the site runs in every language
without GNU gettext installed; `make messages` extracts and compiles them, and the tests
check that each .mo holds exactly its .po's translations.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale"
# The five translated languages, by their folder under locale/ (Django's locale names).
LANGUAGE_DIRS = ["fr", "es", "ar", "zh_Hans", "sw"]
# The same flags as `make messages` (Makefile); the two must stay in step.
MAKEMESSAGES_IGNORES = [".venv", "bench", "tests", "staticfiles", "media"]
# What the copy of the project for extraction leaves out (besides the ignored folders).
COPY_IGNORES = shutil.ignore_patterns(
    ".git",
    ".venv",
    "bench",
    "tests",
    "staticfiles",
    "media",
    "node_modules",
    "__pycache__",
    "*.sqlite3",
    "*.pyc",
    "*.egg-info",
    "*.mo",
)
PLURAL_SAMPLES = (0, 1, 2, 3, 11, 100)
# A python-format directive: %(name)s, %(count)d, %s, %.1f … and the literal %%.
DIRECTIVE = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?[#0\- +]*(?:\d+|\*)?(?:\.\d+)?[hlL]?(?P<type>[diouxXeEfFgGcrsa%])"
)


def po_path(language_dir: str) -> Path:
    return LOCALE / language_dir / "LC_MESSAGES" / "django.po"


def mo_path(language_dir: str) -> Path:
    return po_path(language_dir).with_suffix(".mo")


def gettext_tools_missing() -> str | None:
    """Why makemessages cannot run here, or None when GNU gettext is installed."""
    for tool in ("xgettext", "msgmerge", "msgfmt"):
        if shutil.which(tool) is None:
            return f"GNU gettext's {tool} is not installed (Debian: apt-get install gettext)"
    return None


def extract_into_copy(workdir: Path) -> Path:
    """Run `makemessages` for the five languages on a copy of the project in ``workdir``
    (never on locale/ itself) and return the copy's locale folder."""
    copy = workdir / "project"
    shutil.copytree(ROOT, copy, ignore=COPY_IGNORES, symlinks=True)
    command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "--verbosity=0"]
    command += [f"--locale={language}" for language in LANGUAGE_DIRS]
    command += [f"--ignore={folder}" for folder in MAKEMESSAGES_IGNORES]
    subprocess.run(command, cwd=copy, check=True, capture_output=True, text=True, timeout=600)  # noqa: S603
    return copy / "locale"


def incomplete_entries(po: polib.POFile) -> tuple[list[str], list[str]]:
    """The msgids still untranslated, and those marked fuzzy, of a catalogue."""
    untranslated = [entry.msgid for entry in po.untranslated_entries() if not entry.obsolete]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries() if not entry.obsolete]
    return untranslated, fuzzy


def entry_key(entry) -> tuple[str, str]:
    return (entry.msgctxt or "", entry.msgid)


def translations_of(entries) -> dict:
    """{(context, msgid): translation(s)} for the entries that are translated and not fuzzy,
    as a .mo file holds them."""
    held = {}
    for entry in entries:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
            if all(forms):
                held[entry_key(entry)] = forms
        elif entry.msgstr:
            held[entry_key(entry)] = entry.msgstr
    return held


def plural_rule(po: polib.POFile):
    """(nplurals, plural(n)) from the catalogue's Plural-Forms header."""
    header = po.metadata.get("Plural-Forms", "")
    match = re.search(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?);?\s*$", header)
    if not match:
        raise ValueError(f"no usable Plural-Forms header: {header!r}")
    return int(match.group(1)), gettext.c2py(match.group(2))


class Variables(dict):
    """The values an entry's placeholders receive: 7 for each name the English text uses;
    a name it does not use is a translation error (KeyError)."""

    def __init__(self, names):
        super().__init__(dict.fromkeys(names, 7))


def directives(text: str) -> list[tuple[str | None, str]]:
    return [
        (match.group("name"), match.group("type"))
        for match in DIRECTIVE.finditer(text)
        if match.group("type") != "%"
    ]


def render(entry, text: str, source: str) -> str:
    """``text`` (a translation) with its placeholders filled as the code fills ``source``'s
    (the English), so a misspelt or foreign placeholder raises here."""
    used = directives(source)
    names = {name for name, _type in used if name is not None}
    if names:
        return text % Variables(names)
    positional = [kind for name, kind in used if name is None]
    return text % tuple(7 for _kind in positional)
