"""Bulk enrolment through the admin: checked first, then all rows or none, then invitations."""

import io
import re
import zipfile

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lms.accounts.models import User
from lms.programmes import imports
from lms.programmes.models import (
    ImportStatus,
    LearnerImport,
    LearnerInvitation,
    ProgrammeMembership,
)
from tests.factories import UserFactory

from .builders import HEADER, csv_file, learner_rows, make_code, xlsx_file, yesterday

pytestmark = pytest.mark.django_db

IMPORT = reverse("programmes_admin:import")


@pytest.fixture
def admin_client(client, site_admin):
    client.force_login(site_admin)
    return client


def upload(client, content: bytes, name="learners.csv", capture=None, **data):
    """POST the file and run the check the upload enqueues; return the job."""
    file = SimpleUploadedFile(name, content)
    with capture(execute=True):
        response = client.post(IMPORT, {"file": file, **data})
    assert response.status_code == 302, response.content.decode()[:2000]
    return LearnerImport.objects.get(token=response.url.rstrip("/").split("/")[-1])


def confirm(client, job, capture):
    with capture(execute=True):
        response = client.post(reverse("programmes_admin:import_confirm", args=[job.token]))
    assert response.status_code == 302
    job.refresh_from_db()
    return job


def status_page(client, job) -> str:
    return client.get(reverse("programmes_admin:import_status", args=[job.token])).content.decode()


def assert_nothing_written(users_before: int):
    assert User.objects.count() == users_before
    assert not ProgrammeMembership.objects.exists()
    assert not LearnerInvitation.objects.exists()


# --- The happy path ---------------------------------------------------------------------------


def test_csv_import_previews_then_commits_and_invites_each_learner_once(
    admin_client, site_admin, code, django_capture_on_commit_callbacks
):
    rows = learner_rows(3)
    job = upload(admin_client, csv_file(rows), capture=django_capture_on_commit_callbacks)

    assert job.status == ImportStatus.READY
    assert job.summary["created"] == 3
    assert not User.objects.filter(email__startswith="learner").exists()  # a dry run
    page = status_page(admin_client, job)
    assert "all 3 rows are ready to import" in page
    assert "Import these learners" in page

    job = confirm(admin_client, job, django_capture_on_commit_callbacks)

    assert job.status == ImportStatus.DONE
    assert job.summary == {
        "created": 3,
        "added_to_programme": 3,
        "already_members": 0,
        "programmes": {"National export readiness programme 2027": 3},
    }
    assert bytes(job.content) == b""  # no copy of the learners kept
    learners = User.objects.filter(email__startswith="learner").order_by("email")
    assert [u.email for u in learners] == [f"learner{i}@example.org" for i in range(3)]
    first = learners[0]
    assert (first.first_name, first.country.code, first.region, first.sector) == (
        "Amina0",
        "KE",
        "Nairobi",
        "C",
    )
    assert (first.enterprise_size, first.owner_gender, first.export_stage) == (
        "micro",
        "woman",
        "exploring",
    )
    assert first.consent_statistics is True
    assert not first.has_usable_password()
    assert list(first.groups.values_list("name", flat=True)) == ["Learner"]
    assert EmailAddress.objects.get(user=first).email == first.email
    assert ProgrammeMembership.objects.filter(code=code).count() == 3
    code.refresh_from_db()
    assert code.used_count == 3
    entry = ModelLogEntry.objects.get(action="gga.learners.import")
    assert entry.user == site_admin
    assert entry.data["created"] == 3 and entry.data["file"] == "learners.csv"
    invitations = [m for m in mail.outbox if m.subject == "You are invited to Go Global Academy"]
    assert sorted(m.to[0] for m in invitations) == [u.email for u in learners]
    assert "National export readiness programme 2027" in invitations[0].body
    assert "Imported on" in status_page(admin_client, job)

    # The task running again (a redelivery) sends nothing more.
    assert imports.send_invitations(job.pk) == 0
    assert len(mail.outbox) == len(invitations)


def test_the_invitation_link_sets_a_password_and_verifies_the_address(
    client, admin_client, code, django_capture_on_commit_callbacks
):
    job = upload(
        admin_client, csv_file(learner_rows(1)), capture=django_capture_on_commit_callbacks
    )
    confirm(admin_client, job, django_capture_on_commit_callbacks)
    admin_client.logout()
    link = re.search(r"https?://[^/\s]+(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)[1]

    form_url = client.get(link).url  # allauth moves the key into the session first
    response = client.post(
        form_url, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}
    )
    assert response.status_code == 302

    user = User.objects.get(email="learner0@example.org")
    assert user.check_password("a-new-long-passphrase")
    assert EmailAddress.objects.get(user=user).verified
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": "a-new-long-passphrase"}
    )
    assert client.session["_auth_user_id"] == str(user.pk)


def test_xlsx_import_with_names_and_numbers_as_a_spreadsheet_stores_them(
    admin_client, code, django_capture_on_commit_callbacks
):
    content = xlsx_file(
        [
            [
                "Fatou@Example.org",
                "Fatou",
                "Diop",
                "Kenya",
                "Mombasa",
                "g",
                "Small",
                "woman",
                "regular",
                True,
                "export-ke-2027",
            ]
        ]
    )
    job = upload(admin_client, content, "learners.xlsx", capture=django_capture_on_commit_callbacks)
    assert job.status == ImportStatus.READY, (job.file_error, job.errors)

    confirm(admin_client, job, django_capture_on_commit_callbacks)

    user = User.objects.get(email="fatou@example.org")
    assert (user.country.code, user.sector, user.enterprise_size, user.consent_statistics) == (
        "KE",
        "G",
        "small",
        True,
    )


def test_existing_accounts_are_added_when_the_admin_says_so_and_counted_when_members(
    admin_client, code, django_capture_on_commit_callbacks
):
    member = UserFactory(email="member@example.org", first_name="Zawadi")
    ProgrammeMembership.objects.create(programme=code.programme, user=member, code=code)
    outsider = UserFactory(email="outsider@example.org", first_name="Kito", country="TZ")
    rows = [
        "member@example.org,Other,Name,KE,,,,,,,EXPORT-KE-2027",
        "outsider@example.org,Other,Name,KE,,,,,,,EXPORT-KE-2027",
        *learner_rows(1),
    ]
    job = upload(
        admin_client, csv_file(rows), capture=django_capture_on_commit_callbacks, add_existing="on"
    )

    job = confirm(admin_client, job, django_capture_on_commit_callbacks)

    assert job.summary["created"] == 1
    assert job.summary["added_to_programme"] == 2
    assert job.summary["already_members"] == 1
    outsider.refresh_from_db()
    assert (outsider.first_name, outsider.country.code) == ("Kito", "TZ")  # profile untouched
    assert code.programme.memberships.count() == 3
    invited = {m.to[0] for m in mail.outbox}
    assert invited == {"learner0@example.org"}


def test_confirming_twice_imports_once(admin_client, code, django_capture_on_commit_callbacks):
    job = upload(
        admin_client, csv_file(learner_rows(2)), capture=django_capture_on_commit_callbacks
    )
    confirm(admin_client, job, django_capture_on_commit_callbacks)

    confirm(admin_client, job, django_capture_on_commit_callbacks)

    assert User.objects.filter(email__startswith="learner").count() == 2
    assert ModelLogEntry.objects.filter(action="gga.learners.import").count() == 1


def test_rows_that_became_invalid_after_the_check_are_refused_at_commit(
    admin_client, code, django_capture_on_commit_callbacks
):
    job = upload(
        admin_client, csv_file(learner_rows(2)), capture=django_capture_on_commit_callbacks
    )
    UserFactory(email="learner1@example.org")  # signed up meanwhile
    users = User.objects.count()

    job = confirm(admin_client, job, django_capture_on_commit_callbacks)

    assert job.status == ImportStatus.INVALID
    assert job.errors == [
        {"row": 3, "column": "email", "message": "learner1@example.org already has an account."}
    ]
    assert User.objects.count() == users
    assert not ProgrammeMembership.objects.exists()


def test_a_running_step_shows_a_progress_bar_that_refreshes_without_javascript(admin_client, code):
    job = LearnerImport.objects.create(
        file_name="big.csv", content=b"", status=ImportStatus.IMPORTING, row_count=8000
    )
    from django.core.cache import cache

    from lms.programmes.resources import progress_key

    cache.set(progress_key(job.token), 2000)

    page = status_page(admin_client, job)

    assert '<meta http-equiv="refresh" content="2">' in page
    assert '<progress id="import-progress" max="100" value="25"' in page
    assert "2000 of 8000 rows." in page


def test_a_checked_file_nobody_confirms_within_a_day_is_deleted(
    admin_client, code, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.utils import timezone

    stale = upload(
        admin_client, csv_file(learner_rows(1)), capture=django_capture_on_commit_callbacks
    )
    LearnerImport.objects.filter(pk=stale.pk).update(
        created_at=timezone.now() - dt.timedelta(hours=25)
    )

    upload(
        admin_client, csv_file(learner_rows(1, start=5)), capture=django_capture_on_commit_callbacks
    )

    stale.refresh_from_db()
    assert stale.status == ImportStatus.INVALID and bytes(stale.content) == b""
    assert "Not confirmed within a day" in status_page(admin_client, stale)
    assert not imports.confirm_import(stale)


def test_a_crash_during_the_commit_marks_the_import_failed(admin_client, code, monkeypatch):
    from lms.programmes import tasks

    job = LearnerImport.objects.create(
        file_name="x.csv", content=csv_file(learner_rows(1)), status=ImportStatus.IMPORTING
    )

    def crash(job_id):
        raise RuntimeError("database went away")

    monkeypatch.setattr(imports, "run_import", crash)

    with pytest.raises(RuntimeError):  # re-raised, so Celery logs it
        tasks.run_learner_import.apply(args=[job.pk])

    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert "The import stopped on an unexpected error" in status_page(admin_client, job)
    assert not User.objects.filter(email__startswith="learner").exists()


# --- Bad files: a clear message, nothing written ----------------------------------------------


def check_refused(client, capture, content, name="learners.csv", **data) -> LearnerImport:
    users = User.objects.count()
    job = upload(client, content, name, capture=capture, **data)
    assert job.status == ImportStatus.INVALID
    assert bytes(job.content) == b""  # the refused file is not kept
    assert_nothing_written(users)
    # A refused file cannot be confirmed.
    with capture(execute=True):
        client.post(reverse("programmes_admin:import_confirm", args=[job.token]))
    assert_nothing_written(users)
    page = status_page(client, job)
    assert "Nothing was imported." in page
    return job


def row_errors(job) -> list[tuple[int, str, str]]:
    return [(e["row"], e["column"], e["message"]) for e in job.errors]


def test_missing_and_unknown_columns_are_named(
    admin_client, code, django_capture_on_commit_callbacks
):
    header = HEADER.replace("country,", "").replace("consent", "agreed")
    job = check_refused(
        admin_client, django_capture_on_commit_callbacks, csv_file(["a@example.org"], header=header)
    )

    assert "missing columns: country, consent" in job.file_error
    assert "unknown columns: agreed" in job.file_error


def test_a_csv_that_is_not_utf8_is_refused(admin_client, code, django_capture_on_commit_callbacks):
    content = (
        csv_file(["zoé@example.org,Zoé,Müller,KE,,,,,,,EXPORT-KE-2027"]).decode().encode("cp1252")
    )
    job = check_refused(admin_client, django_capture_on_commit_callbacks, content)

    assert job.file_error.startswith("The file is not UTF-8 text (byte")
    assert "CSV UTF-8" in job.file_error


def test_duplicate_emails_in_the_file_and_existing_accounts_name_their_rows(
    admin_client, code, django_capture_on_commit_callbacks
):
    UserFactory(email="taken@example.org")
    rows = [
        *learner_rows(2),
        "LEARNER0@example.org,Again,X,KE,,,,,,,EXPORT-KE-2027",
        "taken@example.org,Taken,X,KE,,,,,,,EXPORT-KE-2027",
    ]
    job = check_refused(admin_client, django_capture_on_commit_callbacks, csv_file(rows))

    assert row_errors(job) == [
        (4, "email", "learner0@example.org is also on row 2."),
        (5, "email", "taken@example.org already has an account."),
    ]
    assert "2 errors were found" in status_page(admin_client, job)


def test_unknown_values_name_row_and_column(
    admin_client, programme, code, django_capture_on_commit_callbacks
):
    make_code(programme, "PILOT-2026", expires_at=yesterday())
    make_code(programme, "OFF-2027", is_active=False)
    rows = [
        "a@example.org,A,X,Narnia,,Z,huge,woman,exploring,maybe,EXPORT-KE-2027",
        "b@example.org,B,X,KE,,C,micro,woman,exploring,yes,NOPE-1",
        "c@example.org,C,X,KE,,C,micro,woman,exploring,yes,pilot-2026",
        "d@example.org,D,X,KE,,C,micro,woman,exploring,yes,OFF-2027",
        "not-an-email,,X,KE,,C,micro,woman,someday,yes,",
    ]
    job = check_refused(admin_client, django_capture_on_commit_callbacks, csv_file(rows))

    assert sorted(row_errors(job)) == sorted(
        [
            (2, "country", "Unknown country Narnia; use its two-letter ISO code, e.g. KE."),
            (
                2,
                "sector",
                "Unknown ISIC section Z; use one of "
                "A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U.",
            ),
            (2, "size", "Unknown size huge; use one of micro, small, medium."),
            (2, "consent", "Write yes or no (empty means no), not maybe."),
            (3, "programme_code", "Unknown programme code NOPE-1."),
            (4, "programme_code", "The code PILOT-2026 has expired."),
            (5, "programme_code", "The code OFF-2027 is no longer active."),
            (6, "email", "not-an-email is not an e-mail address."),
            (6, "first_name", "This column must not be empty."),
            (
                6,
                "export_stage",
                "Unknown export stage someday; use one of not_yet, exploring, occasional, regular.",
            ),
            (6, "programme_code", "This column must not be empty."),
        ]
    )
    page = status_page(admin_client, job)
    assert "<td>2</td><td>country</td>" in page


def test_a_code_without_enough_uses_left_names_the_rows_beyond_its_limit(
    admin_client, programme, django_capture_on_commit_callbacks
):
    make_code(programme, "SMALL-2027", max_uses=2)
    job = check_refused(
        admin_client,
        django_capture_on_commit_callbacks,
        csv_file(learner_rows(3, code="SMALL-2027")),
    )

    assert row_errors(job) == [
        (4, "programme_code", "The code SMALL-2027 has no uses left (limit 2).")
    ]


def test_a_file_over_the_size_cap_is_refused_before_reading(
    admin_client, code, settings, django_capture_on_commit_callbacks
):
    settings.PROGRAMMES_IMPORT_MAX_BYTES = 1024
    users = User.objects.count()

    response = admin_client.post(
        IMPORT, {"file": SimpleUploadedFile("big.csv", csv_file(learner_rows(40)))}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [
        "The file is 3.6\xa0KB; files up to 1.0\xa0KB are accepted. Split it in parts."
    ]
    assert not LearnerImport.objects.exists()
    assert_nothing_written(users)
    with pytest.raises(imports.ImportFileError, match="files up to 1.0"):
        imports.read_learner_file("big.csv", csv_file(learner_rows(40)))


def test_another_kind_of_file_is_refused(admin_client, code):
    response = admin_client.post(IMPORT, {"file": SimpleUploadedFile("learners.xls", b"\xd0\xcf")})

    assert response.context["form"].errors["file"] == [
        "Upload a .csv or .xlsx file; learners.xls is neither."
    ]


def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_reads_it(
    admin_client, code, django_capture_on_commit_callbacks, monkeypatch
):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b"a" * 200_000_000)
    import openpyxl

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not open a zip bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    job = check_refused(
        admin_client, django_capture_on_commit_callbacks, out.getvalue(), "bomb.xlsx"
    )

    assert 'refused as unsafe (a "zip bomb")' in job.file_error
    assert len(out.getvalue()) < 1_000_000


def test_a_file_named_xlsx_that_is_not_a_workbook_is_refused(
    admin_client, code, django_capture_on_commit_callbacks
):
    job = check_refused(
        admin_client, django_capture_on_commit_callbacks, csv_file(learner_rows(1)), "x.xlsx"
    )

    assert job.file_error == "The file cannot be read as an XLSX workbook."


def test_formulas_are_refused_naming_their_cells(
    admin_client, code, django_capture_on_commit_callbacks
):
    content = xlsx_file(
        [
            [
                "a@example.org",
                "A",
                "X",
                "KE",
                "",
                "C",
                "micro",
                "woman",
                "exploring",
                "yes",
                "EXPORT-KE-2027",
            ],
            [
                "b@example.org",
                '=HYPERLINK("http://evil.example","B")',
                "X",
                "KE",
                "",
                "C",
                "micro",
                "woman",
                "exploring",
                "=1+1",
                "EXPORT-KE-2027",
            ],
        ]
    )
    job = check_refused(admin_client, django_capture_on_commit_callbacks, content, "f.xlsx")

    assert job.file_error.startswith("Cells hold formulas, which are not imported: B3, J3.")

    csv_job = check_refused(
        admin_client,
        django_capture_on_commit_callbacks,
        csv_file(["c@example.org,=cmd|' /C calc'!A0,X,KE,,,,,,,EXPORT-KE-2027"]),
    )
    assert csv_job.file_error.startswith("Cells hold formulas, which are not imported: B2.")


def test_an_empty_file_or_one_without_learners_is_refused(
    admin_client, code, django_capture_on_commit_callbacks
):
    response = admin_client.post(IMPORT, {"file": SimpleUploadedFile("empty.csv", b"")})
    header_only = check_refused(admin_client, django_capture_on_commit_callbacks, csv_file([]))

    assert response.context["form"].errors["file"] == ["The submitted file is empty."]
    assert header_only.file_error == "The file names the columns but holds no learners."
    with pytest.raises(imports.ImportFileError, match="The file is empty"):
        imports.read_learner_file("blank.csv", b"\n\n")


# --- No query per row ---------------------------------------------------------------------------


def _run_import(n: int, start: int) -> list[str]:
    """Check then commit a file of ``n`` learners; return the SQL of both steps."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    job = LearnerImport.objects.create(
        file_name="many.csv", content=csv_file(learner_rows(n, start=start))
    )
    with CaptureQueriesContext(connection) as queries:
        imports.check_import(job.pk)
        job.refresh_from_db()
        assert job.status == ImportStatus.READY, job.errors[:3]
        LearnerImport.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING)
        imports.run_import(job.pk)
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE, (job.file_error, job.errors[:3])
    assert job.summary["created"] == n
    return [q["sql"] for q in queries.captured_queries]


def test_query_count_does_not_grow_with_the_rows(code):
    from django.db import connection

    small = _run_import(50, start=0)
    large = _run_import(500, start=1000)

    assert User.objects.filter(email__startswith="learner").count() == 550
    assert ProgrammeMembership.objects.filter(code=code).count() == 550

    def inserts(sql):
        return [q for q in sql if q.lstrip().upper().startswith("INSERT")]

    if connection.vendor == "postgresql":
        assert len(small) == len(large)
    else:
        # SQLite caps a statement at 999 parameters, so Django splits a bulk insert of users
        # into batches of a few dozen rows; every other query is the same.
        assert len(small) - len(inserts(small)) == len(large) - len(inserts(large))
        assert len(inserts(large)) < 500 / 10  # far from one per row
