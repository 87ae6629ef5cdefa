"""Learner actions and pages that are not Wagtail pages: enroll, complete, resume, dashboard,
search. Each view looks the page up as a learner may see it and calls one service."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from content.caching import read_ahead
from lms.accounts import roles

from . import services
from .models import (
    CoursePage,
    Enrollment,
    LessonPage,
    QuestionKind,
    QuizAttempt,
    QuizPage,
)
from .services.outline import outline_key
from .services.translations import localized, reader_url
from .tree import course_path_of, restrictions_key, restrictions_on


def _live_course(course_id: int) -> CoursePage:
    return get_object_or_404(CoursePage.objects.live().public(), pk=course_id)


@require_POST
@login_required
def enroll(request, course_id: int):
    course = _live_course(course_id)
    services.enroll(request.user, course)
    messages.success(request, _("You are enrolled in “%(title)s”.") % {"title": course.title})
    target = localized(services.resume_target(request.user, course))
    return redirect(reader_url(target or localized(course), request))


@require_POST
@login_required
def unenroll(request, course_id: int):
    course = _live_course(course_id)
    services.unenroll(request.user, course)
    messages.info(
        request,
        _("You have left “%(title)s”. Your progress is kept if you enroll again.")
        % {"title": course.title},
    )
    return redirect(reader_url(localized(course), request))


@require_POST
@login_required
def complete_lesson(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live().public(), pk=lesson_id)
    try:
        progress = services.complete_lesson(request.user, lesson)
    except services.NotEnrolled as exc:
        raise Http404(str(exc)) from exc
    except services.LessonLocked as exc:
        messages.error(request, str(exc))
        return redirect(reader_url(localized(lesson), request))
    course = localized(services.course_of(lesson))
    if progress.is_complete:
        enrollment = services.get_enrollment(request.user, course)
        if enrollment.completed_at is None:  # the course's graded quizzes are still to pass
            messages.info(
                request,
                _("Every lesson is done: pass the graded quizzes to complete “%(title)s”.")
                % {"title": course.title},
            )
        else:
            messages.success(
                request,
                _("Course complete: well done on finishing “%(title)s”!") % {"title": course.title},
            )
        return redirect(reader_url(course, request))
    messages.success(request, _("Lesson marked as complete."))
    upcoming = localized(progress.next_lesson)
    return redirect(reader_url(upcoming or course, request))


@login_required
def resume(request, course_id: int):
    course = _live_course(course_id)
    enrollment = services.get_enrollment(request.user, course)
    target = localized(services.resume_target(request.user, course))
    if enrollment is None or not enrollment.is_active or target is None:
        return redirect(reader_url(localized(course), request))
    return redirect(reader_url(target, request))


@login_required
def dashboard(request):
    """ "My learning": where a signed-in person starts."""
    context = services.dashboard(request.user)
    is_staff_role = roles.has_staff_role(request.user)  # no query for a learner
    context.update(
        is_staff_role=is_staff_role,
        # Only staff have their roles named on the page; a learner's reads no group.
        role_names=sorted(roles.role_names(request.user)) if is_staff_role else [],
    )
    return render(request, "courses/dashboard.html", context)


def search(request):
    """Search tracks, courses and the lessons the visitor may open."""
    query = request.GET.get("q", "").strip()[:200]
    results = []
    if query:
        results = services.search(request.user, query)
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": page, "enrollment_status": Enrollment.Status},
    )


# --- Quizzes -------------------------------------------------------------------------------


def _live_public_quiz(quiz_id: int) -> QuizPage:
    """The live quiz, unless it or a page above it has a view restriction (a 404 then, as
    ``public()`` would give); the restrictions come from the course's cached list, read
    ahead with its outline, which starting an attempt reads next."""
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    read_ahead([restrictions_key(quiz), outline_key(course_path_of(quiz.path))])
    if restrictions_on(quiz):
        raise Http404
    return quiz


@require_POST
@login_required
def start_attempt(request, quiz_id: int):
    quiz = _live_public_quiz(quiz_id)
    try:
        attempt = services.start_attempt(request.user, quiz)
    except services.NotEnrolled as exc:
        messages.info(request, str(exc))
        return redirect(reader_url(localized(services.course_of(quiz)), request) + "#enroll")
    except services.QuizRefused as exc:
        messages.error(request, str(exc))
        return redirect(reader_url(localized(quiz), request))
    return redirect("courses:attempt", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id: int) -> QuizAttempt:
    try:
        return services.get_attempt(request.user, attempt_id)
    except QuizAttempt.DoesNotExist as exc:
        raise Http404(_("No such attempt.")) from exc


# The button of the "submit with unanswered questions?" step; not an answer.
CONFIRM_UNANSWERED = "confirm_unanswered"


def _render_attempt(request, attempt: QuizAttempt, submission=None, status=200):
    """The questions of an open attempt, with the answers already given when the learner is
    asked to confirm an incomplete submission."""
    quiz = localized(attempt.quiz)
    questions = submission.questions if submission else services.attempt_questions(attempt)
    if submission:
        raw = {key: request.POST.getlist(key) for key in request.POST}
        for question in questions:
            answer = submission.answers.get(question.pk)
            question.answer_text = answer if isinstance(answer, str) else ""
            chosen = answer if isinstance(answer, list) else [answer]
            for choice in question.shown_choices:
                choice.chosen = choice.pk in chosen
                position = raw.get(f"q-{question.pk}-{choice.pk}", [""])[-1]
                choice.position = int(position) if position.isdigit() else None
    return render(
        request,
        "courses/quiz_attempt.html",
        {
            "attempt": attempt,
            "quiz": quiz,
            "course": localized(services.quiz_course(attempt.quiz)),
            "questions": questions,
            "deadline": services.deadline(attempt, quiz),
            "kinds": QuestionKind,
            "unanswered": submission.unanswered if submission else [],
            "confirm_field": CONFIRM_UNANSWERED,
        },
        status=status,
    )


@login_required
def attempt(request, attempt_id: int):
    """The questions of an open attempt; never says which answer is right."""
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_open:
        return redirect("courses:attempt_result", attempt_id=attempt.pk)
    return _render_attempt(request, attempt)


@require_POST
@login_required
def submit_attempt(request, attempt_id: int):
    """Grade the attempt; first ask, without spending it, when questions are unanswered."""
    answers = {
        key: request.POST.getlist(key)
        for key in request.POST
        if key not in ("csrfmiddlewaretoken", CONFIRM_UNANSWERED)
    }
    try:
        if request.POST.get(CONFIRM_UNANSWERED) != "1":
            submission = services.review_submission(request.user, attempt_id, answers)
            if submission.needs_confirmation:
                return _render_attempt(request, submission.attempt, submission)
        services.submit_attempt(request.user, attempt_id, answers)
    except QuizAttempt.DoesNotExist as exc:
        raise Http404(_("No such attempt.")) from exc
    except services.InvalidAnswers as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    except services.QuizRefused as exc:
        messages.error(request, str(exc))
    return redirect("courses:attempt_result", attempt_id=attempt_id)


@login_required
def attempt_result(request, attempt_id: int):
    """Score, pass or fail, feedback, and the right answers as the quiz allows."""
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        return redirect("courses:attempt", attempt_id=attempt.pk)
    review = services.attempt_review(request.user, attempt)
    return render(
        request,
        "courses/quiz_result.html",
        {
            "attempt": review.attempt,
            "quiz": review.quiz,
            "course": review.course,
            "course_completed": review.course_completed,
            "questions": review.questions,
            "status": review.status,
            "show_answers": review.show_answers,
            "kinds": QuestionKind,
        },
    )
