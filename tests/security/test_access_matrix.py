"""The access matrix: every URL pattern the resolver knows × every role → the expected answer.

A URL pattern with no entry here fails ``test_every_url_pattern_has_an_entry``, naming the
pattern and how to add it. Each pattern is requested as nine people (see ``ROLES`` in
conftest.py) in the same world: object-scoped URLs point at learner A's objects, course X
(taught by trainer X, not Y) and country A (analyst A's scope, not B's), so every one of
them carries its cross-user, cross-course or cross-country case.

Outcomes:
    "200", "403", "404", "405", "401", "400"  the status code
    LOGIN   a redirect to the sign-in page (allauth)
    HOME    the Wagtail admin's refusal: a redirect to the admin dashboard with a message
    "302"   any other redirect; "302>/path/" a redirect to exactly that path

How to add a URL: put a ``Url(route, ...)`` in ``ENTRIES`` (or widen a ``Family`` whose
rule fits it), giving the outcome for every role; use ``learners=``, ``trainers=``,
``analysts=``, ``staff=`` (the six staff accounts) and ``everyone=`` for groups and the
role names (``learner_a``, ``trainer_y`` …) for the exceptions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse

from .conftest import ROLES
from .urlmap import Pattern, address, url_patterns

# The module's shared world holds a transaction open: keep every test here with the
# non-transactional database tests, so it is closed before any transactional test runs.
pytestmark = pytest.mark.django_db

LOGIN = "login"
HOME = "home"

GROUPS = {
    "everyone": ROLES,
    "signed_in": ROLES[1:],
    "learners": ("learner_a", "learner_b"),
    "trainers": ("trainer_x", "trainer_y"),
    "analysts": ("analyst_a", "analyst_b"),
    "staff": ROLES[3:],
    "not_staff": ROLES[:3],
    "editors": ("trainer_x", "trainer_y", "moderator", "site_admin"),
}


def roles(**outcomes: str) -> dict[str, str]:
    """Expand group names into roles; later keywords override earlier ones."""
    expected: dict[str, str] = {}
    for key, outcome in outcomes.items():
        for role in GROUPS.get(key, (key,)):
            if role not in ROLES:
                raise ValueError(f"Unknown role or group {role!r}")
            expected[role] = outcome
    return expected


@dataclass
class Url:
    """The expected outcome of one pattern per role (a partial map merges over Families)."""

    route: str
    expected: dict[str, str]
    method: str = "get"
    data: dict = field(default_factory=dict)
    query: str = ""
    kwargs: dict = field(default_factory=dict)
    why: str = ""
    # Content checks for listings and reports whose status alone says too little: the
    # marker (formatted with the world's objects as ``o``) must be in the answer to the
    # roles ``shown_to`` and must not be in the answer to the roles ``hidden_from``.
    marker: str = ""
    shown_to: tuple = ()
    hidden_from: tuple = ()


@dataclass
class Family:
    """A rule for every pattern whose route starts with ``prefix``."""

    prefix: str
    expected: dict[str, str]
    why: str = ""


def url(
    route,
    method="get",
    data=None,
    query="",
    kwargs=None,
    why="",
    marker="",
    shown_to=(),
    hidden_from=(),
    **outcomes,
) -> Url:
    return Url(
        route,
        roles(**outcomes),
        method,
        data or {},
        query,
        kwargs or {},
        why,
        marker,
        tuple(shown_to),
        tuple(hidden_from),
    )


def family(prefix, why="", **outcomes) -> Family:
    return Family(prefix, roles(**outcomes), why)


# --- Rules by family ---------------------------------------------------------------------
# Applied in order, then the explicit entries below; the last word on a role wins.

FAMILIES = [
    family(
        "admin/",
        why="The admin is for staff roles: everyone else is sent to sign in.",
        not_staff=LOGIN,
    ),
    family(
        "admin/users/",
        why="Accounts and roles are the site admin's alone.",
        staff=HOME,
        site_admin="200",
    ),
    family("admin/groups/", staff=HOME, site_admin="200"),
    family("admin/sites/", staff=HOME, site_admin="200"),
    family("admin/collections/", staff=HOME, site_admin="200"),
    family("admin/redirects/", staff=HOME, site_admin="200"),
    family("admin/workflows/", staff=HOME, site_admin="200"),
    family(
        "admin/locales/",
        why="The content languages (Settings → Locales): site admins only.",
        staff=HOME,
        site_admin="200",
    ),
    family(
        "admin/programmes/",
        why="Programmes, their codes and members: site admins only.",
        staff=HOME,
        site_admin="200",
    ),
    family(
        "admin/snippets/accounts/analystscope/",
        why="Analyst scopes decide which countries an analyst sees: site admins only.",
        staff=HOME,
        site_admin="200",
    ),
    family("admin/snippets/choose/accounts/analystscope/", staff=HOME, site_admin="200"),
    family(
        "admin/snippets/courses/courseassignment/",
        why="Who teaches what: moderators and site admins assign trainers.",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    family(
        "admin/snippets/choose/courses/courseassignment/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    family(
        "admin/snippets/courses/certificate/",
        why="Certificates name learners: moderators (who revoke) and site admins only.",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    family(
        "admin/snippets/choose/courses/certificate/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    family(
        "admin/snippets/",
        why="Shared content snippets: the editors (trainers, moderators, admins); analysts "
        "have no authoring rights.",
        staff="200",
        analysts=HOME,
    ),
    family(
        "admin/pages/",
        why="Course X's pages: its trainer, moderators and admins; trainer Y and analysts are "
        "refused (one course rule everywhere, issue 11.7).",
        staff="200",
        analysts=HOME,
        trainer_y=HOME,
    ),
    family("admin/documents/", staff="200", analysts=HOME),
    family("admin/images/", staff="200", analysts=HOME),
    family(
        "admin/reports/subscriptions/",
        why="Scheduled reports: each analyst manages their own.",
        staff=HOME,
        analysts="200",
        site_admin="200",
    ),
    family(
        "admin/snippets/choose/",
        why="Choosers of public content (glossary, checklists, resources, designs).",
        staff="200",
    ),
    family(
        "accounts/2fa/",
        why="Two-factor set-up is for a signed-in person, about themselves.",
        anonymous=LOGIN,
    ),
    family(
        "certificates/mine/",
        why="A learner's certificate files: the holder only; anyone else gets a 404.",
        everyone="404",
        learner_a="200",
    ),
    family(
        "toolkit/brand-plan/<int:plan_id>/",
        why="A brand plan is its owner's alone; others (signed in or not) get a 404.",
        everyone="404",
        learner_a="200",
    ),
]

# --- Explicit entries --------------------------------------------------------------------

PUBLIC = "200"

ENTRIES = [
    # Public pages and files.
    url("^((?:[\\w\\-]+/)*)$", everyone=PUBLIC, why="Wagtail's pages: the home page"),
    url(".well-known/jwks.json", everyone=PUBLIC),
    url("openbadges/issuer", everyone=PUBLIC),
    url("openbadges/revocations", everyone=PUBLIC, why="The revocation list verifiers read"),
    url(
        "openbadges/keys/<str:kid>",
        kwargs={"kid": "not-a-key-thumbprint"},
        everyone="404",
        why="Each public key is public at its thumbprint (tests/openbadges/test_interop.py "
        "follows one); any other thumbprint is 404 for everyone",
    ),
    url("search/", everyone=PUBLIC),
    url("toolkit/markets/", everyone=PUBLIC),
    url("toolkit/markets/<slug:slug>/", everyone=PUBLIC),
    url("toolkit/resources/", everyone=PUBLIC),
    url("toolkit/glossary/", everyone=PUBLIC),
    url("certificates/verify/", everyone=PUBLIC),
    url("certificates/verify/<str:code>/", everyone=PUBLIC),
    url(
        "certificates/mine/<str:code>/credential.json",
        everyone="302",
        why="The former JSON download sends everyone (301) to the .jwt, which only its "
        "holder gets (certificates/mine/ family)",
    ),
    url(
        "i18n/setlang/",
        method="post",
        data={"language": "en", "next": "/toolkit/glossary/"},
        everyone="302>/toolkit/glossary/",
        why="The language chooser: anyone sets the language cookie (and their own language)",
    ),
    url("toolkit/brand-plan/shared/<str:token>/", everyone=PUBLIC),
    url("toolkit/brand-plan/shared/<str:token>/logo.png", everyone=PUBLIC),
    url("toolkit/brand-plan/shared/<str:token>/plan.pdf", everyone=PUBLIC),
    url(
        "toolkit/resources/<int:resource_id>/download/",
        everyone=PUBLIC,
        why="Library files are public; the download is counted",
    ),
    url(
        "documents/^(\\d+)/(.*)$",
        everyone=PUBLIC,
        why="Wagtail documents in the public library collection",
    ),
    url("documents/authenticate_with_password/<int:restriction_id>/", everyone="404"),
    url(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        everyone="404",
        why="No password-protected page in the world: the view answers 404",
    ),
    # Sign-in, sign-up, passwords (allauth); signed-in people are sent on.
    url("accounts/login/", anonymous="200", signed_in="302>/dashboard/"),
    url("accounts/signup/", anonymous="200", signed_in="302>/dashboard/"),
    url("accounts/logout/", anonymous="302>/", signed_in="200"),
    url("accounts/inactive/", everyone=PUBLIC),
    url("accounts/confirm-email/", everyone=PUBLIC),
    url("accounts/^confirm-email/(?P<key>[-:\\w]+)/$", everyone=PUBLIC),
    url("accounts/password/reset/", everyone=PUBLIC),
    url("accounts/password/reset/done/", everyone=PUBLIC),
    url("accounts/password/reset/key/done/", everyone=PUBLIC),
    url(
        "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        everyone=PUBLIC,
        why="An invalid key: the page says so",
    ),
    url("accounts/password/change/", anonymous=LOGIN, signed_in="200"),
    url(
        "accounts/password/set/",
        anonymous=LOGIN,
        signed_in="302>/accounts/password/change/",
    ),
    url("accounts/email/", anonymous=LOGIN, signed_in="200"),
    url("accounts/reauthenticate/", anonymous=LOGIN, signed_in="200"),
    url("accounts/reauthenticate/code/", anonymous=LOGIN, signed_in="200"),
    url("accounts/reauthenticate/code/confirm/", anonymous=LOGIN, signed_in="302"),
    url("accounts/login/code/confirm/", anonymous=LOGIN, signed_in="302>/dashboard/"),
    url("accounts/2fa/", signed_in="200"),
    url("accounts/2fa/authenticate/", signed_in="302>/dashboard/"),
    url("accounts/2fa/reauthenticate/", signed_in="302"),
    url("accounts/2fa/totp/activate/", signed_in="302"),
    url("accounts/2fa/totp/deactivate/", signed_in="404", why="nobody in the world has TOTP"),
    url("accounts/2fa/recovery-codes/", signed_in="404"),
    url("accounts/2fa/recovery-codes/generate/", signed_in="302"),
    url("accounts/2fa/recovery-codes/download/", signed_in="404"),
    # Wagtail's and Django's password forms are not mounted: sign-in is allauth's.
    url("admin/login/", everyone=LOGIN, why="Wagtail's password form redirects to allauth"),
    url("_util/login/", everyone=LOGIN, why="Wagtail's page-privacy form redirects to allauth"),
    url("admin/password_reset/", everyone="404"),
    url("admin/password_reset/done/", everyone="404"),
    url(
        "admin/password_reset/confirm/<uidb64>/<token>/",
        everyone="404",
        kwargs={"uidb64": "MQ", "token": "set-password"},
    ),
    url("admin/password_reset/complete/", everyone="404"),
    # A learner's own pages.
    url("profile/", anonymous=LOGIN, signed_in="200"),
    url("profile/data/", anonymous=LOGIN, signed_in="200", why="About oneself only"),
    url("profile/data/download/", anonymous=LOGIN, signed_in="200"),
    url("profile/delete/", anonymous=LOGIN, signed_in="200"),
    url("profile/deleted/", everyone=PUBLIC, why="The goodbye page, after signing out"),
    url("programmes/join/", anonymous=LOGIN, signed_in="200"),
    url("dashboard/", anonymous=LOGIN, signed_in="200"),
    url("toolkit/brand-plan/", anonymous=LOGIN, signed_in="200"),
    url("toolkit/assessments/results/", anonymous=LOGIN, signed_in="200"),
    url(
        "toolkit/assessments/",
        everyone="302",
        why="The assessments index sends everyone to the toolkit page",
    ),
    url(
        "toolkit/assessments/results/<int:result_id>/",
        everyone="404",
        learner_a="200",
        why="Assessment results: the owner only",
    ),
    url(
        "toolkit/assessments/results/<int:result_id>/delete/",
        method="post",
        everyone="404",
        learner_a="302",
    ),
    url(
        "toolkit/brand-plan/new/",
        method="post",
        anonymous=LOGIN,
        signed_in="200",
        why="An empty form comes back with its errors",
    ),
    url("toolkit/brand-plan/<int:plan_id>/share/", method="post", learner_a="302"),
    url("toolkit/brand-plan/<int:plan_id>/share/revoke/", method="post", learner_a="302"),
    url("toolkit/brand-plan/<int:plan_id>/delete/", method="post", learner_a="302"),
    # Learning: enroll and complete act for the signed-in person; attempts are the owner's.
    url("learn/courses/<int:course_id>/enroll/", method="post", anonymous=LOGIN, signed_in="302"),
    url("learn/courses/<int:course_id>/unenroll/", method="post", anonymous=LOGIN, signed_in="302"),
    url("learn/courses/<int:course_id>/resume/", anonymous=LOGIN, signed_in="302"),
    url(
        "learn/courses/<int:course_id>/offline/",
        anonymous=LOGIN,
        signed_in="403",
        learners="200",
        why="Only a learner enrolled in course X saves it for offline reading",
    ),
    # Offline reading: the service worker, the manifest and the offline pages are the same
    # for everyone and hold nothing personal.
    url("sw.js", everyone="200"),
    url("manifest.webmanifest", everyone="200"),
    url("offline/", everyone="200"),
    url("offline/quiz/", everyone="200"),
    url(
        "learn/lessons/<int:lesson_id>/complete/",
        method="post",
        anonymous=LOGIN,
        signed_in="404",
        learners="302",
        why="Only a learner enrolled in course X (A and B both are) completes its lesson",
    ),
    url(
        "learn/quizzes/<int:quiz_id>/start/",
        method="post",
        anonymous=LOGIN,
        signed_in="302",
        why="Learner A starts an attempt; the others are sent to enroll",
    ),
    url(
        "learn/attempts/<int:attempt_id>/",
        anonymous=LOGIN,
        signed_in="404",
        learner_a="302",
        why="Learner A's closed attempt shows its result; anyone else: 404",
    ),
    url(
        "learn/attempts/<int:attempt_id>/result/",
        anonymous=LOGIN,
        signed_in="404",
        learner_a="200",
    ),
    url(
        "learn/attempts/<int:attempt_id>/submit/",
        method="post",
        anonymous=LOGIN,
        signed_in="404",
        learner_a="302",
        why="Submitting learner A's (closed) attempt as anyone else: 404",
    ),
    # The Wagtail admin: shared pages of every staff role.
    url("admin/", staff="200"),
    url("admin/account/", staff="200"),
    url("admin/dismissibles/", staff="200"),
    url("admin/sprite/", everyone=PUBLIC),
    url("admin/jsi18n/", everyone=PUBLIC),
    url("admin/test404/", staff="200"),
    url(
        "admin/^.*/$",
        not_staff="302>/admin/login/",
        staff="404",
        why="Unknown admin pages: sign in first (admin/login/ forwards to allauth)",
    ),
    url("admin/logout/", staff="405"),
    url("admin/failwhale/", staff="500", why="Wagtail's error-page test: raises on purpose"),
    url("admin/block-preview/", staff="404", why="No block named in the query"),
    url("admin/bulk/<str:app_label>/<str:model_name>/<str:action>/", staff="404"),
    url("admin/embeds/chooser/", staff="200"),
    url("admin/embeds/chooser/upload/", staff="200"),
    url("admin/tag-autocomplete/", staff="200", why="Tag names only"),
    url("admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/", staff="404"),
    url("admin/choose-external-link/", staff="200"),
    url("admin/choose-email-link/", staff="200"),
    url("admin/choose-phone-link/", staff="200"),
    url("admin/choose-anchor-link/", staff="200"),
    url("admin/choose-page/", staff="200", analysts=HOME),
    url("admin/choose-page/search/", staff="200", analysts=HOME),
    url("admin/choose-page/chosen-multiple/", staff="200"),
    url(
        "admin/choose-page/<int:parent_page_id>/",
        staff="200",
        analysts=HOME,
        trainer_y=HOME,
        why="One course rule everywhere (issue 11.7): trainer Y does not browse course X",
    ),
    url("admin/settings/<slug:app_name>/<slug:model_name>/", staff="404"),
    url(
        "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/",
        kwargs={"app_name": "courses", "model_name": "coursepage", "pk": 1},
        staff="404",
        why="No site settings are registered",
    ),
    url(
        "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/",
        kwargs={"app_name": "courses", "model_name": "coursepage", "pk": 1},
        staff="404",
        why="No site settings are registered",
    ),
    url("admin/forms/", staff="200", analysts=HOME),
    url("admin/forms/results/", staff="200", analysts=HOME),
    url("admin/forms/submissions/<int:page_id>/", staff="404", why="Course X is no form"),
    url("admin/forms/submissions/<int:page_id>/results/", staff="404"),
    url("admin/forms/submissions/<int:page_id>/delete/", staff=HOME),
    # The admin API behind the explorer and choosers.
    url("admin/api/main/^pages/", staff="200", analysts="403"),
    url(
        "admin/api/main/^pages/<int:pk>/",
        staff="200",
        analysts="404",
        trainer_y="404",
        why="One course rule everywhere (issue 11.7): trainer Y cannot read course X",
    ),
    url("admin/api/main/^pages/find/", staff="404", why="No html_path given"),
    url("admin/api/main/^pages/<int:pk>/action/<str:action_name>/", staff="405"),
    url("admin/api/main/^documents/", staff="200", analysts="403"),
    url("admin/api/main/^documents/<int:pk>/", staff="200", analysts="404"),
    url("admin/api/main/^documents/find/", staff="404"),
    url("admin/api/main/^images/", staff="200", analysts="403"),
    url("admin/api/main/^images/<int:pk>/", staff="200", analysts="404"),
    url("admin/api/main/^images/find/", staff="404"),
    # Editing sessions: only someone who may edit the page pings or releases one.
    url(
        "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/"
        "<int:session_id>/",
        method="post",
        kwargs={"app_label": "wagtailcore", "model_name": "page"},
        staff="404",
        trainer_x="200",
        moderator="200",
        site_admin="200",
        why="Trainer X's session on course X; trainer Y and analysts may not edit it",
    ),
    url(
        "admin/editing-sessions/release/<int:session_id>/",
        method="post",
        staff="200",
        why="Wagtail answers 200 to all and deletes only the caller's own session",
    ),
    # Wagtail's page reports: editors, each seeing the pages the course rule lets them see.
    url("admin/reports/locked/", staff=HOME, moderator="200", site_admin="200"),
    url("admin/reports/locked/results/", staff=HOME, moderator="200", site_admin="200"),
    url("admin/reports/workflow/", staff="200", analysts=HOME),
    url("admin/reports/workflow/results/", staff="200", analysts=HOME),
    url("admin/reports/workflow_tasks/", staff="200", analysts=HOME),
    url("admin/reports/workflow_tasks/results/", staff="200", analysts=HOME),
    url("admin/reports/aging-pages/", staff="200", analysts=HOME),
    url("admin/reports/aging-pages/results/", staff="200", analysts=HOME),
    url("admin/reports/page-types-usage/", staff="200", analysts=HOME),
    url("admin/reports/page-types-usage/results/", staff="200", analysts=HOME),
    url(
        "admin/reports/site-history/",
        staff=HOME,
        site_admin="200",
        why="The audit log: site admins read it",
    ),
    url("admin/reports/site-history/results/", staff=HOME, site_admin="200"),
    # Content to review: moderators see everything overdue, trainers their own courses'
    # lessons (tests/courses/test_freshness.py checks the rows per role).
    url(
        "admin/reports/content-review/",
        staff=HOME,
        trainers="200",
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/reports/content-review/results/",
        staff=HOME,
        trainers="200",
        moderator="200",
        site_admin="200",
    ),
    # Course translations: like Content to review, each trainer sees their own courses'
    # translations (tests/i18n_content/test_trainers.py checks the rows per role).
    url(
        "admin/reports/course-translations/",
        staff=HOME,
        trainers="200",
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/reports/course-translations/results/",
        staff=HOME,
        trainers="200",
        moderator="200",
        site_admin="200",
    ),
    # Translating is editing: trainer X may translate course X, trainer Y may not.
    url(
        "admin/translation/submit/page/<int:page_id>/",
        staff=HOME,
        trainer_x="200",
        moderator="200",
        site_admin="200",
        why="Wagtail's Translate action, for those who may edit the page",
    ),
    url(
        "admin/translation/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        kwargs={"app_label": "markets", "model_name": "marketchecklist", "pk": "1"},
        staff=HOME,
        trainers="404",
        moderator="404",
        site_admin="404",
        why="No snippet is translatable yet: the address finds nothing",
    ),
    # Locales, on the English one (the first migration's): every language already has one,
    # so even a site admin is sent back from "new".
    url("admin/locales/new/", staff=HOME, why="All six content languages exist already"),
    *(
        url(route, kwargs={"pk": 1}, staff=HOME, site_admin="200")
        for route in (
            "admin/locales/edit/<int:pk>/",
            "admin/locales/delete/<int:pk>/",
            "admin/locales/history/<int:pk>/",
            "admin/locales/history-results/<int:pk>/",
            "admin/locales/usage/<int:pk>/",
        )
    ),
    # Ministry reports: analysts for their countries, site admins for all.
    url(
        "admin/reports/",
        query="country=RW",
        staff="403",
        analysts="200",
        site_admin="200",
        marker='data-table="country"',
        shown_to=("analyst_a", "site_admin"),
        hidden_from=("analyst_b",),
        why="Analyst B asking for country A gets the refusal, not A's figures",
    ),
    url(
        "admin/reports/export/<str:fmt>/",
        query="country=RW",
        staff="403",
        analysts="200",
        analyst_b="302>/admin/reports/",
        site_admin="200",
    ),
    # Background exports (lms.exports: large report and learner-list downloads): a job is
    # only for the user who asked, so an unknown token or another's is a 404 for everyone.
    url(
        "admin/exports/<str:token>/",
        staff="404",
        why="a background export is only for the user who asked for it",
    ),
    url(
        "admin/exports/<str:token>/download/",
        staff="404",
        why="a background export's file is only for the user who asked for it",
    ),
    url("admin/reports/archive/", staff="403", analysts="200", site_admin="200"),
    url(
        "admin/reports/archive/<int:pk>/download/",
        staff="404",
        why="Analyst A's delivery: nobody else's to download (it has no file yet)",
    ),
    url("admin/reports/api-tokens/", staff="403", analysts="200", site_admin="200"),
    url(
        "admin/reports/api-tokens/<int:pk>/revoke/",
        staff="404",
        analyst_a="200",
        why="Analyst A's token: only A sees the revoke page",
    ),
    url(
        "admin/reports/learners/",
        staff="403",
        site_admin="200",
        why="Learner-level exports: site admins only",
    ),
    url(
        "admin/reports/subscriptions/edit/<int:pk>/",
        staff=HOME,
        analysts="404",
        analyst_a="200",
        site_admin="404",
        why="Analyst A's subscription",
    ),
    url(
        "admin/reports/subscriptions/delete/<int:pk>/",
        staff="404",
        analyst_a="200",
    ),
    url(
        "admin/reports/subscriptions/history/<int:pk>/",
        staff="404",
        analyst_a="200",
        site_admin="404",
        why="Analyst A's subscription: its owner only, like edit and delete",
    ),
    url(
        "admin/reports/subscriptions/history-results/<int:pk>/",
        staff="404",
        analyst_a="200",
        site_admin="404",
        why="Analyst A's subscription: its owner only, like edit and delete",
    ),
    url(
        "admin/reports/subscriptions/usage/<int:pk>/",
        staff="404",
        analyst_a="200",
        site_admin="404",
        why="Analyst A's subscription: its owner only, like edit and delete",
    ),
    # The reports API: a token, never a session; analyst B asking for country A: 403.
    *[
        url(
            f"api/reports/v1/{endpoint}",
            query="country=RW",
            everyone="401",
            analysts="200",
            analyst_b="403",
            site_admin="200",
        )
        for endpoint in (
            "summary/",
            "report/",
            "timeseries/",
            "funnel/",
            "breakdowns/<str:dimension>/",
        )
    ],
    url("api/reports/v1/docs/", everyone=PUBLIC, why="How to call the API; no figures"),
    url(
        "admin/analyst-scope/<int:user_id>/",
        staff="302>/admin/users/",
        site_admin="302",
        why="Site admins go on to analyst A's scope, anyone else back to the users list",
    ),
    url("api/reports/v1/schema/", everyone=PUBLIC, why="The OpenAPI document: no figures"),
    url("reports/national/", everyone=PUBLIC, why="The public national totals"),
    # Page actions in the admin (course X, id-scoped; GET of POST-only actions is 405).
    url("admin/pages/", staff="200", analysts=HOME),
    url("admin/pages/search/", staff="200", analysts=HOME),
    url("admin/pages/search/results/", staff="200", analysts=HOME),
    url(
        "admin/pages/create/<slug:app_label>/<slug:model_name>",
        staff="200",
        why="Wagtail's 'choose a parent' list; an analyst is offered no parent to add under",
    ),
    url(
        "admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/",
        staff="200",
        why="Known leak, left open: Wagtail shows the confirmation (titles only) to any staff, "
        "trainer Y included; the move itself checks rights",
    ),
    *[
        url(
            route,
            staff="200",
            analysts=HOME,
            why="Known leak, left open: trainer Y sees course X's heading in the explorer, with "
            "none of its pages listed (explorable_instances filters them)",
        )
        for route in (
            "admin/pages/<int:parent_page_id>/",
            "admin/pages/<int:parent_page_id>/results/",
        )
    ],
    *[
        url(
            route,
            staff="200",
            analysts=HOME,
            why="Known leak, left open: the page-type usage listing shows course titles to any "
            "trainer",
        )
        for route in (
            "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/",
            "admin/pages/usage/<slug:content_type_app_name>/<slug:content_type_model_name>/"
            "results/",
        )
    ],
    *[
        url(
            route,
            staff="200",
            analysts=HOME,
            why="Designs and resources are chosen by their editors; analysts are refused",
        )
        for route in (
            "admin/snippets/choose/library/resource/",
            "admin/snippets/choose/library/resource/results/",
            "admin/snippets/choose/library/resource/chosen/<str:pk>/",
            "admin/snippets/choose/library/resource/chosen-multiple/",
            "admin/snippets/choose/courses/certificatetemplate/",
            "admin/snippets/choose/courses/certificatetemplate/results/",
            "admin/snippets/choose/courses/certificatetemplate/chosen/<str:pk>/",
            "admin/snippets/choose/courses/certificatetemplate/chosen-multiple/",
            "admin/snippets/choose/markets/marketchecklist/create/",
            "admin/snippets/choose/content/glossaryterm/create/",
        )
    ],
    url("admin/pages/<int:page_id>/unpublish/", staff=HOME, moderator="200", site_admin="200"),
    url("admin/pages/<int:page_id>/delete/", staff=HOME, site_admin="200"),
    url("admin/pages/<int:page_to_move_id>/move/", staff=HOME, moderator="200", site_admin="200"),
    url(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        staff=HOME,
        why="A course cannot hold a course: refused to everyone",
    ),
    url(
        "admin/pages/<int:parent_page_id>/add_subpage/",
        staff="302>/admin/pages/add/courses/modulepage/{course_x}/",
        analysts=HOME,
        trainer_y=HOME,
    ),
    url("admin/pages/<int:page_id>/convert_alias/", staff="404", why="Course X is no alias"),
    url("admin/pages/<int:page_id>/lock/", staff="405"),
    url("admin/pages/<int:page_id>/unlock/", staff="405"),
    url("admin/pages/<int:page_to_move_id>/set_position/", staff="405"),
    url("admin/pages/<int:page_id>/revisions/", staff="302>/admin/pages/{course_x}/history/"),
    url(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/pages/workflow/collect_action_data/<int:page_id>/<slug:action_name>/"
        "<int:task_state_id>/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/pages/<int:page_id>/privacy/",
        staff=HOME,
        moderator="200",
        site_admin="200",
        why="Raised AttributeError ('list' object has no attribute 'order_by') until 1 Dec 2026",
    ),
    url("admin/workflows/remove/<int:page_pk>/", staff="405"),
    url("admin/workflows/remove/<int:page_pk>/<int:workflow_pk>/", staff="405"),
    url("admin/workflows/enable/<int:pk>/", staff="405"),
    url("admin/workflows/tasks/enable/<int:pk>/", staff="405"),
    url("admin/workflows/tasks/add/<str:app_label>/<str:model_name>/", staff="404"),
    *[
        url(
            route,
            staff="200",
            why="Wagtail's task chooser checks admin access only: it lists task names",
        )
        for route in (
            "admin/workflows/task_chooser/",
            "admin/workflows/task_chooser/results/",
            "admin/workflows/task_chooser/create/",
            "admin/workflows/task_chooser/<int:task_id>/",
        )
    ],
    url("admin/collections/<int:pk>/", staff=HOME, site_admin="404", why="Root: not editable"),
    url("admin/collections/<int:pk>/delete/", staff="404"),
    # Images and documents: trainers add their own; the demo's belong to moderators.
    *[
        url(route, staff="200", analysts=HOME, trainers=HOME)
        for route in (
            "admin/images/<int:image_id>/",
            "admin/images/<int:image_id>/delete/",
            "admin/images/usage/<int:image_id>/",
            "admin/images/<int:image_id>/preview/<str:filter_spec>/",
            "admin/documents/edit/<int:document_id>/",
            "admin/documents/delete/<int:document_id>/",
            "admin/documents/usage/<int:document_id>/",
        )
    ],
    *[
        url(route, staff="405")
        for route in (
            "admin/images/multiple/<int:image_id>/",
            "admin/images/multiple/<int:image_id>/delete/",
            "admin/images/multiple/create_from_uploaded_image/<int:uploaded_file_id>/",
            "admin/images/multiple/delete_upload/<int:uploaded_file_id>/",
            "admin/documents/multiple/<int:doc_id>/",
            "admin/documents/multiple/<int:doc_id>/delete/",
            "admin/documents/multiple/create_from_uploaded_document/<int:uploaded_file_id>/",
            "admin/documents/multiple/delete_upload/<int:uploaded_file_id>/",
        )
    ],
    url("admin/images/<int:image_id>/generate_url/", staff="404", analysts=HOME),
    url("admin/images/<int:image_id>/generate_url/output/", staff="404", analysts=HOME),
    # Certificate designs and library resources belong to moderators (issue 11.6).
    *[
        url(route, staff="200", analysts=HOME, trainers=HOME)
        for route in (
            "admin/snippets/courses/certificatetemplate/add/",
            "admin/snippets/courses/certificatetemplate/edit/<int:pk>/",
            "admin/snippets/courses/certificatetemplate/delete/<int:pk>/",
            "admin/snippets/library/resource/add/",
            "admin/snippets/library/resource/edit/<int:pk>/",
            "admin/snippets/library/resource/delete/<int:pk>/",
            "admin/snippets/library/resource/usage/<int:pk>/",
            "admin/snippets/choose/library/resource/create/",
            "admin/snippets/choose/courses/certificatetemplate/create/",
            "admin/snippets/courses/certificatetemplate/history/<int:pk>/",
            "admin/snippets/library/resource/history/<int:pk>/",
            "admin/snippets/library/resource/history-results/<int:pk>/",
            "admin/snippets/library/resource/copy/<int:pk>/",
            "admin/snippets/courses/certificatetemplate/history-results/<int:pk>/",
            "admin/snippets/courses/certificatetemplate/usage/<int:pk>/",
            "admin/snippets/courses/certificatetemplate/copy/<int:pk>/",
            "admin/snippets/markets/marketchecklist/delete/<int:pk>/",
            "admin/snippets/markets/marketchecklist/unpublish/<int:pk>/",
            "admin/snippets/content/glossaryterm/edit/<int:pk>/",
            "admin/snippets/content/glossaryterm/delete/<int:pk>/",
            "admin/snippets/content/glossaryterm/usage/<int:pk>/",
        )
    ],
    *[
        url(route, staff=HOME, why="Certificates are issued by the platform, never typed in")
        for route in (
            "admin/snippets/courses/certificate/add/",
            "admin/snippets/courses/certificate/copy/<int:pk>/",
            "admin/snippets/choose/courses/certificate/create/",
            "admin/snippets/courses/certificate/history-results/<int:pk>/",
            "admin/snippets/courses/certificate/history/<int:pk>/",
            "admin/snippets/courses/certificate/usage/<int:pk>/",
            "admin/snippets/courses/certificate/edit/<int:pk>/",
        )
    ],
    url(
        "admin/snippets/courses/certificate/revoke/<int:pk>/",
        staff="403",
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/snippets/markets/marketchecklist/history/<int:pk>/revisions/<int:revision_id>/"
        "unschedule/",
        staff="404",
        why="The revision is course X's, not the checklist's",
    ),
    url(
        "admin/snippets/markets/marketchecklist/history/<int:pk>/revisions/<int:revision_id>/"
        "revert/",
        staff="404",
    ),
    *[
        url(route, staff="200", why="Lists only what the user's collections permit")
        for route in (
            "admin/images/chooser/",
            "admin/images/chooser/results/",
            "admin/images/chooser/chosen-multiple/",
            "admin/documents/chooser/",
            "admin/documents/chooser/results/",
            "admin/documents/chooser/chosen-multiple/",
        )
    ],
    url("admin/workflows/tasks/select_type/", staff=HOME, site_admin="302"),
    url("admin/programmes/import/<uuid:token>/", staff="404", why="No such import"),
    url("admin/programmes/members/<int:pk>/", staff="403", site_admin="200"),
    url("admin/programmes/import/", staff="403", site_admin="200"),
    url(
        "admin/snippets/courses/certificate/delete/<int:pk>/",
        staff=HOME,
        why="Revoke, never delete",
    ),
    url(
        "admin/programmes/import/<uuid:token>/confirm/",
        staff="403",
        site_admin="405",
        why="POST only, for site admins",
    ),
    url("admin/redirects/import/process/", staff=HOME, site_admin="405"),
    url(
        "admin/pages/<int:page_id>/revisions/<int:revision_id>/unschedule/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/pages/workflow/preview/<int:page_id>/<int:task_id>/",
        staff=HOME,
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/pages/workflow/confirm_cancellation/<int:page_id>/",
        staff="200",
        why="Wagtail shows the confirmation to any staff; cancelling checks rights",
    ),
    # Trainers' course reports: the course's own trainers, moderators and admins.
    url("admin/courses/", staff="200", analysts="403"),
    url(
        "admin/courses/<int:course_id>/learners/",
        staff="403",
        trainer_x="200",
        moderator="200",
        site_admin="200",
    ),
    url(
        "admin/courses/quizzes/<int:quiz_id>/analysis/",
        staff="403",
        trainer_x="200",
        moderator="200",
        site_admin="200",
    ),
]


# --- The machinery -----------------------------------------------------------------------


def expectation(pattern: Pattern) -> tuple[dict[str, str], Url | None]:
    """The merged outcome per role for ``pattern`` and its explicit entry, if any."""
    expected: dict[str, str] = {}
    # The most specific family (longest prefix) has the last word, then the entry.
    for rule in sorted(FAMILIES, key=lambda f: len(f.prefix)):
        if pattern.route.startswith(rule.prefix):
            expected.update(rule.expected)
    entry = next((e for e in ENTRIES if e.route == pattern.route), None)
    if entry is not None:
        expected.update(entry.expected)
    return expected, entry


def outcome(response) -> str:
    if response.status_code in (301, 302, 303, 307, 308):
        path = urlsplit(response["Location"]).path
        if path == reverse("account_login"):
            return LOGIN
        if path == reverse("wagtailadmin_home"):
            return HOME
        return f"302>{path}"
    return str(response.status_code)


def matches(observed: str, expected: str) -> bool:
    if expected == "302":
        return observed.startswith("302>")
    if expected == "500":  # the test client re-raises what the handler would turn into 500
        return observed == "500" or observed.startswith("raised")
    return observed == expected


PATTERNS = url_patterns()
_SHARD = os.environ.get("GGA_MATRIX_SHARD")  # "i/n": run every n-th pattern only (local use)
if _SHARD:
    _index, _count = (int(part) for part in _SHARD.split("/"))
    PATTERNS = PATTERNS[_index::_count]


def test_every_url_pattern_has_an_entry():
    """A new URL needs a decision for every role before it ships."""
    problems = []
    for pattern in PATTERNS:
        expected, _ = expectation(pattern)
        missing = [role for role in ROLES if role not in expected]
        if missing:
            problems.append(
                f"{pattern.route!r} (name {pattern.name or 'unnamed'!r}) has no expected "
                f"outcome for {', '.join(missing)}: add url({pattern.route!r}, ...) to "
                "ENTRIES in tests/security/test_access_matrix.py (or a family rule)."
            )
    routes = {p.route for p in PATTERNS}
    stale = [e.route for e in ENTRIES if e.route not in routes]
    problems += [f"{route!r} is in ENTRIES but no longer a URL pattern." for route in stale]
    assert not problems, "\n".join(problems)


def _request(client, entry: Url | None, target: str, headers: dict):
    if entry is not None and entry.query:
        target = f"{target}?{entry.query}"
    if entry is not None and entry.method == "post":
        return client.post(target, entry.data, headers=headers)
    return client.get(target, headers=headers)


def _body(response) -> str:
    content = b"".join(response) if response.streaming else response.content
    return content.decode(errors="replace")


@pytest.mark.django_db
@pytest.mark.parametrize("pattern", PATTERNS, ids=[p.route for p in PATTERNS])
def test_access(pattern, security_world, world_media):
    """Each role gets the expected answer from this URL (each request rolled back)."""
    expected, entry = expectation(pattern)
    if set(expected) != set(ROLES):
        pytest.fail(f"No complete entry for {pattern.route!r}; see the entry test.")
    target = address(pattern, security_world, entry.kwargs if entry else None)
    marker = entry.marker.format(o=security_world.objects) if entry and entry.marker else ""
    course_x = security_world.objects["course_x"].pk
    expected = {role: value.format(course_x=course_x) for role, value in expected.items()}
    wrong = []
    for role in ROLES:
        client = security_world.client(role)
        headers = {}
        # The reports API reads a token, never the session: analysts and admins send theirs.
        if pattern.route.startswith("api/") and role in security_world.api_tokens:
            headers["Authorization"] = f"Bearer {security_world.api_tokens[role]}"
        with transaction.atomic():
            try:
                response = _request(client, entry, target, headers)
                observed = outcome(response)
                if marker and role in entry.shown_to and marker not in _body(response):
                    observed += f" without {marker!r}"
                if marker and role in entry.hidden_from and marker in _body(response):
                    observed += f" showing {marker!r}"
            except Exception as exc:  # noqa: BLE001 - reported in the table below
                observed = f"raised {type(exc).__name__}: {exc}"[:160]
            transaction.set_rollback(True)
        cache.clear()  # session data cached by that request went with its rollback
        if not matches(observed, expected[role]):
            wrong.append(f"  {role:<11} expected {expected[role]:<8} got {observed}")
    method = entry.method.upper() if entry else "GET"
    if wrong and os.environ.get("GGA_MATRIX_LOG"):  # local use: see failures as they happen
        with open(os.environ["GGA_MATRIX_LOG"], "a") as log:
            log.write(f"{method} {target} ({pattern.route}):\n" + "\n".join(wrong) + "\n")
    assert not wrong, f"{method} {target} ({pattern.route}):\n" + "\n".join(wrong)
