from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("search/", views.search, name="search"),
    path("learn/courses/<int:course_id>/enroll/", views.enroll, name="enroll"),
    path("learn/courses/<int:course_id>/unenroll/", views.unenroll, name="unenroll"),
    path("learn/courses/<int:course_id>/resume/", views.resume, name="resume"),
    path("learn/lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
]
