"""``load_demo`` cannot be run on a live site by mistake, and ``--reset`` deletes demo content
only: a page someone wrote, a real learner's enrollment and a real account survive it."""

import io

import pytest
from django.core.management import CommandError, call_command

from content.models import HomePage, StandardPage, ToolkitPage
from courses.models import CoursePage, Enrollment, TrackPage
from lms.accounts.models import User
from lms.demo.accounts import DEMO_USERS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The demo's English pages; it translates some of them into French and Arabic too.
ENGLISH = {"locale__language_code": "en"}


def load_demo(*args) -> str:
    out = io.StringIO()
    call_command("load_demo", "--learners", "0", *args, stdout=out)
    return out.getvalue()


def test_production_settings_refuse_without_force(settings):
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="--force"):
        load_demo()
    assert not User.objects.exists()
    assert not HomePage.objects.exists()


def test_force_runs_it_on_production_settings(loaded_demo, settings):
    # On the loaded demo (a second run is quick): a demo account deleted beforehand is back,
    # and the command got to its summary, so --force let it run rather than refuse.
    User.objects.filter(email="analyst2@example.org").delete()
    settings.PRODUCTION = True
    out = load_demo("--force")
    assert "Demo site ready" in out
    assert User.objects.filter(email="analyst2@example.org").exists()
    assert TrackPage.objects.live().filter(**ENGLISH).count() == 3


def test_reset_keeps_what_is_not_demo_content(loaded_demo):
    home = HomePage.objects.get(**ENGLISH)
    editor = UserFactory(email="editor@ministry.example", role="Site admin", profile=False)
    learner = UserFactory(email="owner@real-sme.example", role="Learner")
    about = StandardPage(title="About the ministry's programme", slug="about", owner=editor)
    home.add_child(instance=about)
    about.save_revision(user=editor).publish()
    course = CoursePage.objects.live().order_by("path").first()
    Enrollment.objects.create(user=learner, course=course)
    toolkit_before = ToolkitPage.objects.get(**ENGLISH).pk
    edited = CoursePage.objects.live().order_by("path").last()
    edited.title = "Edited by the ministry"
    edited.save_revision(user=editor).publish()

    load_demo("--reset")

    assert StandardPage.objects.filter(pk=about.pk, title=about.title).exists()
    assert HomePage.objects.get(**ENGLISH).pk == home.pk  # kept: pages someone wrote live under it
    assert CoursePage.objects.filter(pk=course.pk).exists()
    assert Enrollment.objects.filter(user=learner, course=course).exists()
    assert CoursePage.objects.get(pk=edited.pk).title == "Edited by the ministry"
    assert User.objects.filter(pk__in=[editor.pk, learner.pk]).count() == 2
    # Demo content was deleted and built again.
    assert ToolkitPage.objects.get(**ENGLISH).pk != toolkit_before
    # Its French and Arabic translations were rebuilt with it, one each.
    assert sorted(ToolkitPage.objects.values_list("locale__language_code", flat=True)) == [
        "ar",
        "en",
        "fr",
    ]
    assert TrackPage.objects.live().filter(**ENGLISH).count() == 3
    assert TrackPage.objects.live().count() == 5  # with the French and Arabic track
    assert User.objects.filter(email="learner@example.org").exists()
    # The demo accounts once each, beside the two real ones.
    assert User.objects.count() == len(DEMO_USERS) + 2
