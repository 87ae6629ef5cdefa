"""The demo's courses, built once per test module and rolled back at its end."""

import datetime as dt

import pytest
from django.db import transaction

from lms.demo import accounts, courses, programmes, site

#: The day the demo's programmes are dated from: ``tests/demo/test_learners.py``'s NOW.
PROGRAMMES_TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo_courses(django_db_setup, django_db_blocker):
    """The demo accounts, tracks, courses (lessons, graded quizzes) and programmes, in a
    transaction around the module's tests (each test runs in its own inside it)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            accounts.load_accounts()
            home = site.load_home_page()
            site.load_tracks(home)
            courses.load_courses(home)
            programmes.load_programmes(1000, today=PROGRAMMES_TODAY)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
