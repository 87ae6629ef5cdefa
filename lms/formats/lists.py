"""Lists written as the interface's language writes them.

A list joined with a literal ``", "`` or ``"; "`` reads as English punctuation inside an
Arabic or Chinese sentence: Arabic separates with its own comma and semicolon (``،``, ``؛``),
Chinese with the enumeration comma and the full-width semicolon (``、``, ``；``, no space after),
French puts a no-break space before a semicolon. Each separator is a translatable
string, so every catalogue says how its language writes it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import pgettext


def join_series(items: Iterable[str]) -> str:
    """Short items joined as a list of names: "Kenya, Rwanda", "كينيا، رواندا"."""
    return pgettext("separator between the names of a list", ", ").join(items)


def join_clauses(items: Iterable[str]) -> str:
    """Items that may themselves hold commas or digit groups, joined with the language's
    semicolon: "EXPORT-KE-2027 (12/1,500); PILOT (3/∞)", "…؛ …" in Arabic, "…；…" in Chinese."""
    return pgettext("separator between list items that hold commas", "; ").join(items)
