"""Top-level URLs. Wagtail serves every page not matched before it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms.accounts.language_views import set_language
from lms.accounts.signin import login_redirect
from lms.reports.public import public_totals

urlpatterns = [
    # Every sign-in goes through allauth (rate limits, e-mail verification, MFA): Wagtail's
    # own password forms answer with a redirect to it. Django's admin is not mounted at all:
    # nothing the platform needs is registered there, and site admins have Wagtail's admin.
    path("admin/login/", login_redirect),
    # Site history (the audit log) for site admins only, in place of Wagtail's own view.
    path("", include("lms.accounts.audit_views")),
    # The language chooser posts here (no prefix: it serves every language).
    path("i18n/setlang/", set_language, name="set_language"),
    # The service worker and the web app manifest: at the root, one for every language.
    path("", include("lms.offline.root_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open Badges issuer profile and JWKS: addresses signed into credentials, no language prefix.
    path("", include("courses.certificates.issuer_urls")),
    # Reports API for ministries' BI tools: token auth, no language prefix (docs/reports.md).
    path("api/reports/v1/", include("lms.reports.api.urls")),
]

# A lost database connection answers 503 "back in a moment", not a 500 (lms.errors).
handler500 = "lms.errors.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Learner-facing URLs take a language prefix once a second language is added
# (the default language keeps plain URLs).
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("", include("lms.accounts.urls")),
    path("", include("courses.urls")),
    path("toolkit/brand-plan/", include("content.brandplan.urls")),
    path("toolkit/markets/", include("content.markets.urls")),
    path("toolkit/resources/", include("content.library.urls")),
    path("toolkit/glossary/", include("content.urls")),
    path("toolkit/assessments/", include("content.assessments.urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("reports/national/", public_totals, name="reports_public_totals"),
    path("programmes/", include("lms.programmes.urls")),
    path("", include("lms.offline.urls")),
    path("_util/login/", login_redirect),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
