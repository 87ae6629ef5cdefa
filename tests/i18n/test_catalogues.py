"""The five translated catalogues are complete, compiled, and render every entry.

- Extraction: `makemessages` (the flags of `make messages`) run on a copy of the project
  would leave no untranslated and no fuzzy entry in any language.
- Compilation: each committed .mo holds exactly its .po's translations.
- Rendering: every plural entry, for n = 0, 1, 2, 3, 11 and 100 with the catalogue's own
  plural rule, and every python-format entry, formats with the variables the code passes;
  a misspelt or foreign placeholder fails. `msgfmt -c` checks the same from GNU's side.

The extraction and msgfmt checks need GNU gettext (Debian's `gettext` package, which CI
installs); elsewhere they are skipped, saying so.
"""

from __future__ import annotations

import subprocess

import polib
import pytest

from .catalogues import (
    LANGUAGE_DIRS,
    PLURAL_SAMPLES,
    extract_into_copy,
    gettext_tools_missing,
    incomplete_entries,
    mo_path,
    plural_rule,
    po_path,
    render,
    translations_of,
)

needs_gettext = pytest.mark.skipif(
    gettext_tools_missing() is not None, reason=gettext_tools_missing() or ""
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_into_copy(tmp_path_factory.mktemp("messages"))


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_makemessages_leaves_nothing_untranslated_or_fuzzy(extracted, language):
    po = polib.pofile(str(extracted / language / "LC_MESSAGES" / "django.po"))
    untranslated, fuzzy = incomplete_entries(po)
    assert not untranslated and not fuzzy, (
        f"{language}: {len(untranslated)} untranslated, {len(fuzzy)} fuzzy after "
        f"`make messages`; first: {(untranslated + fuzzy)[:5]}"
    )


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_each_mo_is_compiled_from_the_current_po(language):
    assert mo_path(language).exists(), f"{mo_path(language)} missing: run `make messages`"
    expected = translations_of(polib.pofile(str(po_path(language))))
    compiled = translations_of(polib.mofile(str(mo_path(language))))
    stale = sorted(set(expected.items()) ^ set(compiled.items()))
    assert not stale, f"{language}: .mo differs from .po in {len(stale)} entries: {stale[:3]}"


@needs_gettext
@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_msgfmt_accepts_each_catalogue(language):
    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "--output-file=/dev/null", str(po_path(language))],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_every_plural_form_renders_for_every_count(language):
    po = polib.pofile(str(po_path(language)))
    nplurals, plural = plural_rule(po)
    failures = []
    for entry in po.translated_entries():
        if not entry.msgid_plural:
            continue
        if sorted(entry.msgstr_plural) != list(range(nplurals)):
            failures.append(f"{entry.msgid!r}: {len(entry.msgstr_plural)} forms, not {nplurals}")
            continue
        source = entry.msgid + entry.msgid_plural
        for n in PLURAL_SAMPLES:
            text = entry.msgstr_plural[plural(n)]
            try:
                render(entry, text, source)
            except (KeyError, ValueError, TypeError) as error:
                failures.append(f"{entry.msgid!r} n={n}: {text!r} ({error!r})")
    assert not failures, f"{language}: {len(failures)} broken plurals: {failures[:5]}"


@pytest.mark.parametrize("language", LANGUAGE_DIRS)
def test_every_placeholder_entry_renders_with_its_variables(language):
    po = polib.pofile(str(po_path(language)))
    failures = []
    for entry in po.translated_entries():
        if entry.msgid_plural or "python-format" not in entry.flags:
            continue
        try:
            render(entry, entry.msgstr, entry.msgid)
        except (KeyError, ValueError, TypeError) as error:
            failures.append(f"{entry.msgid!r}: {entry.msgstr!r} ({error!r})")
    assert not failures, f"{language}: {len(failures)} broken placeholders: {failures[:5]}"
