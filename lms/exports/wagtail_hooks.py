from django.urls import include, path
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_export_urls():
    """/admin/exports/<token>/: a background export's progress page and its file."""
    return [path("exports/", include((views.urlpatterns, "exports")))]
