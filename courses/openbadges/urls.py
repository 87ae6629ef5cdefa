"""Included in lms/urls.py outside i18n_patterns: these addresses are signed into credentials
and must not change with the language."""

from django.urls import path

from . import views

app_name = "openbadges"

urlpatterns = [
    path(".well-known/jwks.json", views.jwks_view, name="jwks"),
    path("openbadges/issuer", views.issuer_view, name="issuer"),
    path("openbadges/keys/<str:kid>", views.key_view, name="key"),
    path("openbadges/revocations", views.revocation_list_view, name="revocations"),
]
