"""Each bench writes its results into docs/performance.md between its own two markers."""

from __future__ import annotations

from pathlib import Path


def write_section(doc: Path, start_mark: str, end_mark: str, heading: str, block: str) -> None:
    """Put ``block`` between ``start_mark`` and ``end_mark`` in ``doc``, replacing what was
    there; where the markers are missing, append them under ``heading`` at the end."""
    text = doc.read_text() if doc.exists() else "# Performance\n"
    section = f"{start_mark}\n{block}\n{end_mark}"
    if start_mark in text and end_mark in text:
        head, rest = text.split(start_mark, 1)
        _, tail = rest.split(end_mark, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + f"\n\n## {heading}\n\n" + section + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text)
