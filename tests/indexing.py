"""What a save indexes in tests: Wagtail's reference index and search index only where read.

Reference index. Wagtail records, after every save of a page or snippet, what the object
links to (the admin's "Usage" pages, the counts shown before deleting an image, a document
or a glossary term). A page built the way the admin builds it is saved three times (added,
its revision saved, published), and each save rebuilds its references: queries most tests
never look at. The suite leaves it unwritten; a test or module marked
``@pytest.mark.reference_index`` writes it, and so do the browser tests (marked ``e2e``),
which drive the admin as an editor would. The switch is Wagtail's own
(``wagtail.signal_handlers.disable_reference_index_auto_update``) and holds in the test's
thread: a live server's threads keep writing the index.

Search index. The test settings turn its AUTO_UPDATE off (lms/settings/test.py; tests marked
``search`` turn it on), but the search app still runs its task after every save, fetching
the object and checking that it exists before finding no backend to write to. While no
backend updates, the task is not run at all.

Loaded as a plugin by the root conftest.py.
"""

import contextlib

import pytest


@contextlib.contextmanager
def reference_index(on: bool):
    """Saves and deletes in this thread update Wagtail's reference index (``on``) or not;
    the previous state is put back afterwards."""
    from wagtail.signal_handlers import reference_index_auto_update_disabled as disabled

    before = getattr(disabled, "value", None)
    disabled.value = not on
    try:
        yield
    finally:
        if before is None:
            with contextlib.suppress(AttributeError):
                del disabled.value
        else:
            disabled.value = before


def references_if_marked(node):
    """``reference_index(on=True)`` for a node marked ``reference_index`` or ``e2e``, else off."""
    marked = node.get_closest_marker("reference_index") or node.get_closest_marker("e2e")
    return reference_index(on=marked is not None)


@pytest.fixture(scope="module", autouse=True)
def _reference_index_for_the_module(request):
    """A module marked ``reference_index`` (``pytestmark``) writes the index from its module
    fixtures on; other modules' fixtures do not."""
    with references_if_marked(request.node):
        yield


@pytest.fixture(autouse=True)
def _reference_index_for_the_test(request):
    """A test marked ``reference_index`` (or ``e2e``) writes the index at every save, its
    fixtures' included; other tests do not."""
    with references_if_marked(request.node):
        yield


def search_index_updates() -> bool:
    """Whether a save writes to any search backend (one with AUTO_UPDATE on), now."""
    from modelsearch.conf import get_app_config

    backends = get_app_config().get_search_backend_config()
    return any(params.get("AUTO_UPDATE", True) for params in backends.values())


class SearchTaskWhenIndexed:
    """The search app's save task, enqueued only while a backend updates at every save."""

    def __init__(self, task):
        self.task = task

    def enqueue(self, *args, **kwargs):
        if search_index_updates():
            return self.task.enqueue(*args, **kwargs)
        return None

    def __getattr__(self, name):
        return getattr(self.task, name)


@pytest.fixture(scope="session", autouse=True)
def _no_search_task_without_a_backend_to_update():
    """The save handler finds its task by name at each save (``override_settings`` that
    turns AUTO_UPDATE on is read there too); it gets the task wrapped for the session."""
    from modelsearch import signal_handlers

    task = signal_handlers.insert_or_update_object_task
    signal_handlers.insert_or_update_object_task = SearchTaskWhenIndexed(task)
    try:
        yield
    finally:
        signal_handlers.insert_or_update_object_task = task
