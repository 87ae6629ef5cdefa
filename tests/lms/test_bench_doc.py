"""The benches write their results into docs/performance.md through one function."""

from bench.doc import write_section

START, END = "<!-- load:start -->", "<!-- load:end -->"


def test_a_second_run_replaces_its_own_section_and_nothing_else(tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\nMethod.\n\n<!-- other:start -->\nkept\n<!-- other:end -->\n")
    write_section(doc, START, END, "Load test (Locust)", "first run")
    assert doc.read_text().endswith("## Load test (Locust)\n\n" + f"{START}\nfirst run\n{END}\n")
    write_section(doc, START, END, "Load test (Locust)", "second run")
    text = doc.read_text()
    assert "first run" not in text and f"{START}\nsecond run\n{END}" in text
    assert text.count("## Load test (Locust)") == 1
    assert "<!-- other:start -->\nkept\n<!-- other:end -->" in text


def test_a_missing_document_is_started(tmp_path):
    doc = tmp_path / "docs" / "performance.md"
    write_section(doc, START, END, "Load test (Locust)", "figures")
    assert doc.read_text().startswith("# Performance\n\n## Load test (Locust)\n")
