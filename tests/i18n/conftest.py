"""Fixtures the language tests share with other suites: a small self-assessment whose low
dimensions recommend real course pages (tests.assessments)."""

from tests.assessments.conftest import assessment, courses, toolkit  # noqa: F401
