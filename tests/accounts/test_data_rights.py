"""Data rights: a learner downloads everything held about them and deletes their account;
personal data is erased, certificates withdrawn, and the ministry's figures do not move."""

import json

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Count, Q
from django.urls import reverse
from wagtail.models import ModelLogEntry

from content.brandplan import services as brandplan
from content.brandplan.logos import clean_logo
from content.brandplan.models import BrandPlan
from content.markets.models import ChecklistItem, ChecklistTick, MarketChecklist
from courses import services
from courses.models import (
    Certificate,
    CompletionRule,
    Enrollment,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizQuestion,
)
from lms.programmes.models import Programme, ProgrammeMembership
from tests.brandplan.conftest import image_bytes
from tests.courses.builders import correct_answers, make_course, make_quiz
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()
TOTP_SECRET = "JBSWY3DPEHPK3PXPSECRETKEY"
SHORT_ANSWER = "my-own-short-answer"


def learn_everything(user, capture):
    """Give ``user`` a row in every kind of data the platform holds about a learner."""
    course, lessons = make_course(
        (1, 1),
        slug="pricing",
        title="Pricing for export",
        completion_rule=CompletionRule.LESSONS_AND_QUIZZES,
    )
    module = ModulePage.objects.child_of(course).order_by("-path").first()
    quiz = make_quiz(module, graded=True)
    services.enroll(user, course)
    with capture(execute=True):
        for lesson in lessons:
            services.complete_lesson(user, lesson)
        attempt = services.start_attempt(user, quiz)
        services.submit_attempt(user, attempt.pk, correct_answers(attempt))
    certificate = Certificate.objects.get(user=user)
    assert certificate.pdf and certificate.share_image

    plan = brandplan.create_plan(user, "Umucyo Coffee")
    upload = SimpleUploadedFile("logo.png", image_bytes(), content_type="image/png")
    with capture(execute=True):
        brandplan.set_logo(plan, clean_logo(upload))
        plan.save()
    token = brandplan.create_share_link(plan)

    checklist = MarketChecklist.objects.create(name="Kenya", slug="kenya", summary="Kenya.")
    item = ChecklistItem.objects.create(
        checklist=checklist, category="taxes", text="Register for VAT"
    )
    ChecklistTick.objects.create(user=user, item=item)
    programme = Programme.objects.create(
        name="Export readiness 2027",
        sponsor="Ministry of Trade",
        countries=["KE"],
        starts_on="2027-01-01",
        ends_on="2027-12-31",
    )
    ProgrammeMembership.objects.create(programme=programme, user=user)
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": TOTP_SECRET}
    )
    return {"certificate": certificate, "plan": plan, "share_token": token}


@pytest.fixture
def amina(demo_site, django_capture_on_commit_callbacks):
    user = UserFactory(
        role="Learner", first_name="Amina", last_name="Uwase", email="amina@example.org"
    )
    return user, learn_everything(user, django_capture_on_commit_callbacks)


def texts(data: dict) -> dict[str, list]:
    return {section["key"]: section["items"] for section in data["sections"]}


# --- Download ---------------------------------------------------------------------------------


def test_the_json_download_holds_every_kind_of_data_and_no_secret(client, amina):
    user, made = amina
    client.force_login(user)
    response = client.get(reverse("accounts:personal_data_download"))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    raw = response.content.decode()
    sections = texts(json.loads(raw))
    assert sections["profile"][0]["email"] == "amina@example.org"
    assert sections["profile"][0]["first_name"] == "Amina"
    assert sections["email_addresses"] == [
        {"email": "amina@example.org", "verified": True, "primary": True}
    ]
    assert sections["mfa"][0]["type"]
    assert sections["enrollments"][0]["course"] == "Pricing for export"
    assert len(sections["lesson_progress"]) == 2
    [attempt] = sections["quiz_attempts"]
    assert attempt["passed"] is True
    assert {a["question"] for a in attempt["answers"]} >= {
        "Which rule passes risk at the buyer's carrier?"
    }
    assert any(a["answer"] == "FCA" for a in attempt["answers"])  # a choice by its text
    assert sections["certificates"][0]["code"] == made["certificate"].code
    assert sections["programme_memberships"][0]["programme"] == "Export readiness 2027"
    assert sections["brand_plans"][0]["brand_name"] == "Umucyo Coffee"
    assert sections["brand_plans"][0]["logo"].endswith(".png")
    assert sections["brand_plans"][0]["shared"] is True
    assert sections["checklist_ticks"][0]["item"] == "Register for VAT"
    assert sections["resource_downloads"] == []
    # Never a secret: password hash, TOTP key, share-link token or its hash.
    for secret in (user.password, TOTP_SECRET, made["share_token"], made["plan"].share_token_hash):
        assert secret not in raw

    entry = ModelLogEntry.objects.get(action="gga.account.export")
    assert entry.user_id == user.pk and entry.object_id == str(user.pk)
    assert entry.data == {"format": "json"}


def test_the_readable_page_shows_the_same_data(client, amina):
    user, made = amina
    client.force_login(user)
    response = client.get(reverse("accounts:personal_data"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    for text in (
        "amina@example.org",
        "Pricing for export",
        made["certificate"].code,
        "Umucyo Coffee",
        "Register for VAT",
        "Export readiness 2027",
        "FCA",
    ):
        assert text in page
    assert reverse("accounts:personal_data_download") in page
    assert ModelLogEntry.objects.filter(action="gga.account.export", user=user).count() == 1


def test_the_profile_page_links_to_both(client, learner):
    client.force_login(learner)
    page = client.get(reverse("accounts:profile")).content.decode()
    assert reverse("accounts:personal_data") in page
    assert reverse("accounts:delete_account") in page


@pytest.mark.parametrize(
    "name", ["accounts:personal_data", "accounts:personal_data_download", "accounts:delete_account"]
)
def test_visitors_are_sent_to_sign_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


# --- Deletion ----------------------------------------------------------------------------------


def test_deletion_asks_for_the_password_and_a_tick(client, amina):
    user, _made = amina
    client.force_login(user)
    url = reverse("accounts:delete_account")
    assert "no-store" in client.get(url)["Cache-Control"]

    wrong = client.post(url, {"password": "not-my-password", "confirm": "on"})
    assert wrong.status_code == 200
    assert "The password is not correct." in wrong.content.decode()
    unticked = client.post(url, {"password": PASSWORD})
    assert unticked.status_code == 200
    assert "Tick the box to confirm" in unticked.content.decode()

    user.refresh_from_db()
    assert user.is_active and user.email == "amina@example.org"
    assert BrandPlan.objects.filter(owner=user).exists()
    assert not ModelLogEntry.objects.filter(action="gga.account.delete").exists()


def test_deletion_erases_personal_data_and_keeps_anonymous_activity(
    client, amina, django_capture_on_commit_callbacks
):
    user, made = amina
    certificate, plan = made["certificate"], made["plan"]
    files = [plan.logo.name, certificate.pdf.name, certificate.share_image.name]
    assert all(default_storage.exists(name) for name in files)
    other_session = client.__class__()
    other_session.force_login(user)
    client.force_login(user)
    client.get(reverse("accounts:personal_data"))  # an earlier entry labelled with the address

    assert "Amina" in ModelLogEntry.objects.get(action="gga.account.export").label
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"}
        )

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:deleted")
    user.refresh_from_db()
    assert user.email.startswith("deleted-") and user.email.endswith("@deleted.invalid")
    assert (user.first_name, user.last_name, user.region) == ("", "", "")
    assert not user.is_active and not user.has_usable_password()
    # Signed out here and in every other session; the old password opens nothing.
    assert "_auth_user_id" not in client.session
    assert other_session.get(reverse("accounts:profile")).status_code == 302
    signin = client.post(
        reverse("account_login"), {"login": "amina@example.org", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session and signin.status_code == 200

    assert not EmailAddress.objects.filter(user=user).exists()
    assert not Authenticator.objects.filter(user=user).exists()
    assert not BrandPlan.objects.filter(owner=user).exists()
    assert client.get(f"/toolkit/brand-plan/shared/{made['share_token']}/").status_code == 404
    assert not any(default_storage.exists(name) for name in files)

    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Withdrawn at the holder's request"
    assert certificate.holder_name == "Name withdrawn"
    assert not certificate.pdf and not certificate.credential
    verify = client.get(certificate.verify_path).content.decode()
    assert "Revoked" in verify and "Withdrawn at the holder&#x27;s request" in verify
    assert "Amina" not in verify

    # Activity stays, tied to the anonymous row.
    assert Enrollment.objects.filter(user=user).count() == 1
    assert LessonProgress.objects.filter(user=user).count() == 2
    assert QuizAttempt.objects.filter(user=user).count() == 1
    assert ChecklistTick.objects.filter(user=user).count() == 1
    assert ProgrammeMembership.objects.filter(user=user).count() == 1

    deleted = ModelLogEntry.objects.get(action="gga.account.delete")
    assert deleted.user_id == user.pk and deleted.object_id == str(user.pk)
    assert "brand_plans" in deleted.data["erased"] and "certificates" in deleted.data["erased"]
    revoked = ModelLogEntry.objects.get(action="gga.certificate.revoke")
    assert revoked.object_id == str(certificate.pk)
    # No audit entry still carries her name or address.
    for entry in ModelLogEntry.objects.all():
        assert "amina" not in entry.label.lower() and "uwase" not in entry.label.lower()


def test_profile_fields_are_kept_only_with_consent(client, demo_site):
    consenting = UserFactory(role="Learner", consent_statistics=True)
    declining = UserFactory(role="Learner", consent_statistics=False)
    for user in (consenting, declining):
        client.force_login(user)
        client.post(reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"})
        user.refresh_from_db()
        assert not user.is_active
        assert user.country == "KE" and user.region == ""
    assert (consenting.sector, consenting.owner_gender) == ("C", "woman")
    assert (declining.sector, declining.enterprise_size, declining.owner_gender) == ("", "", "")
    assert declining.export_stage == ""


def test_staff_accounts_are_closed_by_a_site_admin(client, trainer):
    client.force_login(trainer)
    url = reverse("accounts:delete_account")
    assert "closed by a site admin" in client.get(url).content.decode()
    client.post(url, {"password": PASSWORD, "confirm": "on"})
    trainer.refresh_from_db()
    assert trainer.is_active


def ministry_figures() -> dict:
    """The headline figures the ministry reports count: every learner, by country."""
    enrollments = Enrollment.objects.values("user__country").annotate(
        enrolled=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        learners=Count("user", distinct=True),
    )
    certificates = Certificate.objects.values("user__country").annotate(n=Count("pk"))
    consented = (
        User.objects.filter(consent_statistics=True, enrollments__isnull=False)
        .values("sector", "owner_gender", "enterprise_size")
        .annotate(n=Count("pk", distinct=True))
    )
    return {
        "enrollments": sorted(map(tuple, (r.values() for r in enrollments))),
        "certificates": sorted(map(tuple, (r.values() for r in certificates))),
        "consented_breakdown": sorted(map(tuple, (r.values() for r in consented))),
    }


def test_ministry_figures_are_the_same_before_and_after_a_deletion(
    client, amina, django_capture_on_commit_callbacks
):
    user, _made = amina
    before = ministry_figures()
    assert before["enrollments"] and before["certificates"]
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert not User.objects.get(pk=user.pk).is_active
    assert ministry_figures() == before


def test_the_ministry_report_is_the_same_before_and_after_a_deletion(
    client, amina, settings, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    from lms.reports.filters import ReportFilters
    from lms.reports.scope import ReportScope
    from lms.reports.services import build_report

    # Every cell shown exactly, so that a change of one learner would show.
    settings.REPORT_MIN_CELL, settings.REPORT_ROUND_TO = 1, 1
    user, _made = amina
    now = timezone.now()
    scopes = [ReportScope(countries=None), ReportScope(countries=frozenset({"KE"}))]

    def reports():
        built = [build_report(scope, ReportFilters(), now=now) for scope in scopes]
        return [(report.figures, report.tables) for report in built]

    before = reports()
    assert before[1][0][0].cell.value >= 1  # the headline counts her
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"})
    assert not User.objects.get(pk=user.pk).is_active
    after = reports()
    for (figures, tables), (figures_after, tables_after) in zip(before, after, strict=True):
        assert figures == figures_after  # every headline figure
        # Every breakdown too, except by region: the region is erased (with the sector,
        # size and the rest it could single out a business), so she moves to "Not stated".
        assert tables.keys() == tables_after.keys()
        for name, table in tables.items():
            if name != "region":
                assert table == tables_after[name], name


def test_deletion_erases_typed_answers_and_keeps_their_results(
    client, amina, django_capture_on_commit_callbacks
):
    user, _made = amina
    attempt = QuizAttempt.objects.get(user=user)
    short_text = set(QuizQuestion.objects.filter(kind="short_text").values_list("pk", flat=True))
    typed = [qid for qid, value in attempt.answers.items() if int(qid) in short_text and value]
    others = {qid: value for qid, value in attempt.answers.items() if qid not in typed}
    assert typed, "the sample quiz has a short-text question"
    results_before = attempt.results
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"})

    attempt.refresh_from_db()
    assert all(attempt.answers[qid] == "" for qid in typed)
    assert {qid: attempt.answers[qid] for qid in others} == others  # choices and numbers stay
    assert attempt.results == results_before and attempt.passed is True


def test_deletion_stops_checking_passwords_after_five_wrong_ones(client, learner, settings):
    settings.RATELIMIT_ENABLE = True
    client.force_login(learner)
    url = reverse("accounts:delete_account")
    for _attempt in range(5):
        wrong = client.post(url, {"password": "not-my-password", "confirm": "on"})
        assert wrong.status_code == 200
    right = client.post(url, {"password": PASSWORD, "confirm": "on"})

    assert right.status_code == 429
    assert "Too many attempts" in right.content.decode()
    learner.refresh_from_db()
    assert learner.is_active and learner.has_usable_password()
