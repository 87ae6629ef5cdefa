from django.urls import path

from . import views
from .offline.views import course_offline

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("search/", views.search, name="search"),
    path("learn/courses/<int:course_id>/enroll/", views.enroll, name="enroll"),
    path("learn/courses/<int:course_id>/unenroll/", views.unenroll, name="unenroll"),
    path("learn/courses/<int:course_id>/resume/", views.resume, name="resume"),
    path("learn/courses/<int:course_id>/offline/", course_offline, name="course_offline"),
    path("learn/lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path("learn/quizzes/<int:quiz_id>/start/", views.start_attempt, name="start_attempt"),
    path("learn/attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("learn/attempts/<int:attempt_id>/submit/", views.submit_attempt, name="submit_attempt"),
    path("learn/attempts/<int:attempt_id>/result/", views.attempt_result, name="attempt_result"),
]
