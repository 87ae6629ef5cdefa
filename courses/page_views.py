"""What the course pages do when served: the HTTP side of the Wagtail pages whose fields and
tree live in ``courses.models``.

Each page type's ``page_view`` asks the services (which decide and return decisions and
data) and turns their answers into responses and messages. ``connect()`` attaches them when
the app is ready (``CoursesConfig.ready``), so the models never import a service and the
import-linter layers hold: page views → services → models.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect

from . import services
from .models import CoursePage, LessonPage, QuizPage
from .models.pages import PageView
from .services.translations import reader_url


def refusal_response(request, refusal: services.Refusal) -> HttpResponse:
    """Send a refused learner where the refusal says, telling them why."""
    messages.info(request, refusal.reason)
    return redirect(reader_url(refusal.destination, request) + refusal.anchor)


class CoursePageView(PageView):
    """A course page: its outline with the learner's progress, trainers and certificate."""

    def get_context(self, page, request, **kwargs) -> dict:
        return services.course_page_context(request.user, page)


class LessonPageView(PageView):
    """A lesson: only for those the access rule admits; what the check read is handed to
    the context rather than read again."""

    def serve(self, page, request, render) -> HttpResponse:
        access = services.lesson_access(request.user, page)
        if access.refusal is not None:
            return refusal_response(request, access.refusal)
        return render(access=access)

    def get_context(self, page, request, access: services.LessonAccess | None = None, **kwargs):
        return services.lesson_page_context(request.user, page, access)


class QuizPageView(PageView):
    """A quiz's page: only for enrolled learners (and staff), with their attempts; what the
    check read is handed to the context rather than read again."""

    def serve(self, page, request, render) -> HttpResponse:
        access = services.quiz_access(request.user, page)
        if access.refusal is not None:
            return refusal_response(request, access.refusal)
        return render(access=access)

    def get_context(self, page, request, access: services.QuizAccess | None = None, **kwargs):
        return services.quiz_page_context(request.user, page, access)


def connect() -> None:
    """Give each page type its view; called once, when the app is ready."""
    CoursePage.page_view = CoursePageView()
    LessonPage.page_view = LessonPageView()
    QuizPage.page_view = QuizPageView()
