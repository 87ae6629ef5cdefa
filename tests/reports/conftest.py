"""One report population per test module, built once and rolled back at the module's end."""

import pytest
from django.db import transaction


@pytest.fixture(scope="module")
def population(django_db_setup, django_db_blocker):
    """The demo tracks and courses plus ``population.build()``; tests only read it."""
    from . import population as pop

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            pop.build_tree()
            built = pop.build()
            yield built
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
