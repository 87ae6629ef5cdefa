"""The security proofs' shared world: the demo site, a user for every role, and the objects
each of them owns, built once per test module and rolled back when the module ends.

Opt in by requesting ``security_world`` (and ``world_media`` for tests that read files the
world rendered); nothing here is autouse, so other tests in this folder are unaffected.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client, override_settings

#: The roles of the access matrix, in the order its tables print them.
ROLES = (
    "anonymous",
    "learner_a",
    "learner_b",
    "trainer_x",
    "trainer_y",
    "moderator",
    "analyst_a",
    "analyst_b",
    "site_admin",
)


@dataclass
class SecurityWorld:
    """Who is who and which object each URL parameter points at.

    Learner A (the demo learner, Rwanda) owns every object-scoped thing: attempts, a valid
    certificate, a brand plan shared by link, assessment results. Learner B (Ghana) owns
    their own attempt only. Trainer X teaches course X; trainer Y teaches course Y and not
    X. Analyst A is scoped to learner A's country, analyst B to learner B's only.
    """

    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)
    media_root: Path | None = None
    sessions: dict = field(default_factory=dict)
    api_tokens: dict = field(default_factory=dict)

    def sign_in_everyone(self) -> None:
        """One session per role, made once: signing in for each request would dominate."""
        for role, user in self.users.items():
            client = Client()
            client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
            self.sessions[role] = client.cookies[settings.SESSION_COOKIE_NAME].value

    def issue_api_tokens(self) -> None:
        """A reports-API token for each role that may hold one (analysts, site admins)."""
        from lms.reports.api.tokens import create_api_token, may_hold_api_token

        for role, user in self.users.items():
            if may_hold_api_token(user):
                row, self.api_tokens[role] = create_api_token(user, "Access matrix")
                self.objects[f"api_token_{role}"] = row

    def client(self, role: str) -> Client:
        """A fresh test client signed in as ``role`` (anonymous: signed out); a request
        that signs out affects only this client, and its database writes are rolled back
        by the caller."""
        client = Client()
        if role != "anonymous":
            client.cookies[settings.SESSION_COOKIE_NAME] = self.sessions[role]
        return client


def _build_world(media_root: Path, tmp_path_factory) -> SecurityWorld:
    from content.assessments.models import AssessmentResult
    from content.brandplan import services as brandplan_services
    from content.brandplan.models import BrandPlan
    from content.library.models import Resource
    from content.markets.models import MarketChecklist
    from courses.models import (
        Certificate,
        CertificateTemplate,
        CourseAssignment,
        CoursePage,
        LessonPage,
        QuizAttempt,
        QuizPage,
    )
    from lms.accounts import roles
    from lms.accounts.models import AnalystScope, User
    from tests.factories import UserFactory
    from tests.snapshots import load_demo_once

    load_demo_once(media_root, tmp_path_factory)
    by_email = {u.email: u for u in User.objects.all()}
    analyst_b = UserFactory(
        email="analyst-b@example.org", first_name="Abena", last_name="Owusu", profile=False
    )
    roles.assign_role(analyst_b, roles.MINISTRY_ANALYST)
    AnalystScope.objects.create(user=analyst_b, countries=["GH"])
    world = SecurityWorld(
        users={
            "learner_a": by_email["learner@example.org"],
            "learner_b": by_email["learner2@example.org"],
            "trainer_x": by_email["trainer@example.org"],
            "trainer_y": by_email["trainer2@example.org"],
            "moderator": by_email["moderator@example.org"],
            "analyst_a": by_email["analyst@example.org"],
            "analyst_b": analyst_b,
            "site_admin": by_email["admin@example.org"],
        }
    )
    learner_a, learner_b = world.users["learner_a"], world.users["learner_b"]
    trainer_x, trainer_y = world.users["trainer_x"], world.users["trainer_y"]
    course_x = (
        CoursePage.objects.filter(assignments__trainer=trainer_x)
        .exclude(assignments__trainer=trainer_y)
        .order_by("path")
        .first()
    )
    course_y = (
        CoursePage.objects.filter(assignments__trainer=trainer_y)
        .exclude(assignments__trainer=trainer_x)
        .order_by("path")
        .first()
    )
    # Learner A studies course X, so trainer X (not Y) follows their progress.
    from courses import services as course_services

    course_services.enroll(learner_a, course_x)
    lesson_x = LessonPage.objects.descendant_of(course_x).live().filter(is_preview=False).first()
    quiz_x = QuizPage.objects.descendant_of(course_x).live().first()
    attempt_a = QuizAttempt.objects.filter(user=learner_a).order_by("pk").first()
    attempt_b = QuizAttempt.objects.filter(user=learner_b).order_by("pk").first()
    certificate_a = Certificate.objects.filter(user=learner_a, revoked_at__isnull=True).first()
    plan_a = BrandPlan.objects.filter(owner=learner_a).first()
    share_token = brandplan_services.create_share_link(plan_a)
    result_a = AssessmentResult.objects.filter(owner=learner_a).order_by("pk").first()
    world.objects = {
        "course_x": course_x,
        "course_y": course_y,
        "lesson_x": lesson_x,
        "quiz_x": quiz_x,
        "attempt_a": attempt_a,
        "attempt_b": attempt_b,
        "certificate_a": certificate_a,
        "plan_a": plan_a,
        "share_token": share_token,
        "result_a": result_a,
        "resource": Resource.objects.order_by("pk").first(),
        "market": MarketChecklist.objects.filter(live=True).order_by("pk").first(),
        "design": CertificateTemplate.objects.order_by("pk").first(),
        "assignment_x": CourseAssignment.objects.filter(course=course_x).first(),
        "scope_a": AnalystScope.objects.get(user=world.users["analyst_a"]),
    }
    world.objects.update(_admin_objects(world))
    missing = [name for name, value in world.objects.items() if value is None]
    assert not missing, f"The demo no longer provides: {', '.join(missing)}"
    return world


def _admin_objects(world: SecurityWorld) -> dict:
    """What the Wagtail admin's object URLs point at: course X in moderation (a workflow and
    task state), trainer X's editing session on it, a redirect, a document and an image."""
    from django.contrib.auth.models import Group
    from django.utils import timezone
    from wagtail.admin.models import EditingSession
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, ContentType, Page, Site, Task

    course_x = world.objects["course_x"]
    trainer_x = world.users["trainer_x"]
    workflow = course_x.get_workflow()
    revision = course_x.save_revision(user=trainer_x)
    workflow_state = workflow.start(course_x, trainer_x) if workflow else None
    page_type = ContentType.objects.get_for_model(Page)
    return {
        "revision": revision,
        "workflow": workflow,
        "workflow_state": workflow_state,
        "task_state": workflow_state.current_task_state if workflow_state else None,
        "task": Task.objects.order_by("pk").first(),
        "editing_session": EditingSession.objects.create(
            user=trainer_x,
            content_type=page_type,
            object_id=str(course_x.pk),
            last_seen_at=timezone.now(),
        ),
        "redirect": Redirect.objects.create(old_path="/old-course", redirect_page=course_x),
        "document": get_document_model().objects.order_by("pk").first(),
        "image": get_image_model().objects.order_by("pk").first(),
        "collection": Collection.get_first_root_node(),
        "site": Site.objects.get(is_default_site=True),
        "group": Group.objects.get(name="Learner"),
        **_report_objects(world),
    }


def _report_objects(world: SecurityWorld) -> dict:
    """Analyst A's report subscription and one of its deliveries, and a programme."""
    import datetime

    from lms.programmes.models import Programme
    from lms.reports.models import ReportDelivery, ReportSubscription

    subscription = ReportSubscription.objects.create(
        analyst=world.users["analyst_a"], name="Rwanda, monthly", filters={"country": "RW"}
    )
    delivery = ReportDelivery.objects.create(
        subscription=subscription,
        period_start=datetime.date(2026, 10, 1),
        period_end=datetime.date(2026, 10, 31),
        status=ReportDelivery.Status.SENT,
        scope_countries="RW",
    )
    return {
        "subscription_a": subscription,
        "delivery_a": delivery,
        "programme": Programme.objects.order_by("pk").first(),
    }


def _fresh_world(world: SecurityWorld, media_root: Path) -> SecurityWorld:
    """The world's users and objects read again, for one module: what one module changed
    in memory does not reach the next."""
    return SecurityWorld(
        users={role: _read_again(user) for role, user in world.users.items()},
        objects={name: _read_again(value) for name, value in world.objects.items()},
        media_root=media_root,
        sessions=dict(world.sessions),
        api_tokens=dict(world.api_tokens),
    )


def _read_again(value):
    from django.db import models

    if isinstance(value, models.Model):
        return type(value)._default_manager.get(pk=value.pk)
    return value


#: The world's snapshot key (tests/snapshots.py).
WORLD = ("security_world",)


@pytest.fixture(scope="module")
def security_world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The world, built once for the module inside a transaction that is rolled back at
    its end; each test runs in a savepoint inside it, so a test's writes vanish too.

    On PostgreSQL the first module builds it and keeps a snapshot of the whole database
    (tests/snapshots.py: every table's rows and the world's media); the following modules
    restore that snapshot inside their own transaction and read the world's objects again
    by primary key. The demo under it comes from ``load_demo_once`` (its own snapshot, if
    another test of this process loaded the demo first), with the search and reference
    indexes written, and the world is built with them written too, whichever module builds
    it: modules that search find the world as the index holds it.
    """
    from django.db import connection

    from tests import snapshots
    from tests.conftest import search_index_on

    media_root = Path(tempfile.mkdtemp(prefix="gga-security-media-"))
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media_root)),
        transaction.atomic(),
    ):
        snapshot = snapshots.taken(WORLD)
        if snapshot is not None:
            snapshot.restore(connection, media_root)
            world = _fresh_world(snapshot.payload, media_root)
        else:
            with search_index_on(), snapshots.reference_index_written():
                world = _build_world(media_root, tmp_path_factory)
                world.media_root = media_root
                world.sign_in_everyone()
                world.issue_api_tokens()
            if snapshots.take(WORLD, media_root, tmp_path_factory, payload=world):
                world = _fresh_world(world, media_root)
        try:
            yield world
        finally:
            transaction.set_rollback(True)
    shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture
def world_media(security_world, settings):
    """Point media storage back at the world's files (the suite's autouse fixture gives each
    test an empty media folder)."""
    settings.MEDIA_ROOT = str(security_world.media_root)
    return security_world.media_root
