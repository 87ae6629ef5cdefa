from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("mine/<str:code>/certificate.pdf", views.download_pdf, name="pdf"),
    path("mine/<str:code>/certificate.png", views.download_png, name="png"),
    path("mine/<str:code>/credential.jwt", views.download_credential, name="credential"),
    path(
        "mine/<str:code>/credential.json",
        views.old_credential_address,
        name="credential_json",
    ),
]
