"""The issuer's public addresses, signed into credentials: included in lms/urls.py outside
i18n_patterns, so they never change with the language.

The namespace stays ``openbadges`` (courses.openbadges.issuer reverses these names); the
revocation list's view is here in certificates because it reads the certificate records.
"""

from django.urls import path

from courses.openbadges import views as openbadges

from . import views

app_name = "openbadges"

urlpatterns = [
    path(".well-known/jwks.json", openbadges.jwks_view, name="jwks"),
    path("openbadges/issuer", openbadges.issuer_view, name="issuer"),
    path("openbadges/keys/<str:kid>", openbadges.key_view, name="key"),
    path("openbadges/revocations", views.revocation_list_view, name="revocations"),
]
