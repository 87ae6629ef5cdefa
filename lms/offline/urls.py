"""The offline pages, under each language's prefix."""

from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    path("offline/", views.offline_page, name="page"),
    path("offline/quiz/", views.needs_connection, name="needs_connection"),
]
