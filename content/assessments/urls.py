"""Saved self-assessment results; the assessments themselves are Wagtail pages."""

from django.urls import path

from . import views

app_name = "assessments"

urlpatterns = [
    path("", views.take, name="take"),
    path("results/", views.result_list, name="results"),
    path("results/<int:result_id>/", views.result, name="result"),
    path("results/<int:result_id>/delete/", views.delete_result, name="delete_result"),
]
