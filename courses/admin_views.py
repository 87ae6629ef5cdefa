"""Wagtail admin views for trainers: the courses they teach, who is enrolled, how far they got.

Superusers and content moderators see every course; a trainer sees the courses assigned to
them (``courses.permissions.is_assigned``). Every view runs a fixed number of queries,
whatever the number of learners or lessons.
"""

from __future__ import annotations

import re

import tablib
from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button, HeaderButton

from lms.accounts.spreadsheets import escape_dataset
from lms.exports import jobs as export_jobs

from . import learner_exports
from .learner_exports import csv_response, xlsx_response
from .models import CoursePage, QuizPage
from .services.enrollment import course_of
from .services.outline import progress_percent
from .services.quiz_analysis import quiz_item_analysis
from .services.trainer_reports import (
    DEFAULT_LEARNER_ORDERING,
    LEARNER_FILTERS,
    LEARNER_ORDERINGS,
    completion_funnel,
    course_learners,
    learner_counts,
    learner_page,
    may_view_learners,
    sees_every_course,
    uses_trainer_views,
    visible_courses,
)

# --- Views ---------------------------------------------------------------------------------


def forbidden(request, message) -> TemplateResponse:
    """A 403 in the admin's own layout, with the reason shown as an error message.

    Raising PermissionDenied inside a Wagtail admin view would be turned into a redirect to
    the dashboard; a trainer following a stale link should see plainly that it is refused.
    """
    messages.error(request, message)
    title = _("Permission denied")
    context = {"page_title": title, "header_title": title, "header_icon": "warning"}
    return TemplateResponse(request, "wagtailadmin/generic/base.html", context, status=403)


class CourseReportMixin:
    """What the trainer reports on one course or quiz share: access for those who follow the
    course's learners, breadcrumbs, and ``?format=csv`` / ``?format=xlsx`` downloads."""

    http_method_names = ["get", "head", "options"]
    export_content_types = {
        "csv": "text/csv; charset=utf-8",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
    url_name: str
    refusal: str

    def get_report_object(self, **kwargs):
        """The page the report is about; sets ``self.course`` too."""
        raise NotImplementedError

    def get_dataset(self, export_format: str):
        raise NotImplementedError

    def get_export_filename(self, export_format: str) -> str:
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        self.report_object = self.get_report_object(**kwargs)
        if not may_view_learners(request.user, self.course):
            return forbidden(request, self.refusal)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if export_format:
            return self.export(export_format)
        return super().get(request, *args, **kwargs)

    def export(self, export_format: str) -> HttpResponse:
        if export_format not in self.export_content_types:
            raise Http404(_("Unknown export format."))
        dataset = self.get_dataset(export_format)
        # The XLSX sheet is named after the report, not tablib's "Tablib Dataset". Excel
        # allows 31 characters and none of []:*?/\ in a sheet name.
        dataset.title = re.sub(r"[\[\]:*?/\\]", " ", str(self.get_page_title()))[:31]
        # Learners' names and answers must open as text, never as formulas.
        response = HttpResponse(
            escape_dataset(dataset).export(export_format),
            content_type=self.export_content_types[export_format],
        )
        filename = self.get_export_filename(export_format)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_page_subtitle(self):
        return self.report_object.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_admin:my_courses"), "label": _("My courses")},
            {"url": "", "label": self.get_header_title()},
        ]

    def export_url(self, export_format: str) -> str:
        url = reverse(self.url_name, args=[self.report_object.pk])
        return f"{url}?format={export_format}"

    # Read by Wagtail's "wagtailadmin/shared/export_buttons.html".
    @property
    def csv_export_url(self) -> str:
        return self.export_url("csv")

    @property
    def xlsx_export_url(self) -> str:
        return self.export_url("xlsx")


class CourseReportView(CourseReportMixin, WagtailAdminTemplateMixin, TemplateView):
    """A trainer report on one page, exported through a ``tablib.Dataset``."""


def _learner_status_is_active(enrollment) -> bool:
    return enrollment.is_active


def _lessons_done(enrollment) -> str:
    return _("%(done)s / %(total)s (%(percent)s%%)") % {
        "done": enrollment.lessons_done,
        "total": enrollment.lessons_total,
        "percent": enrollment.percent,
    }


class CourseLearnersView(CourseReportMixin, BaseListingView):
    """Who is enrolled in a course and how far each learner got, with a per-lesson
    completion funnel; ``?format=csv`` or ``?format=xlsx`` downloads the learner list."""

    template_name = "courses/admin/course_learners.html"
    header_icon = "group"
    url_name = "courses_admin:course_learners"
    refusal = _("You may see the learners of the courses assigned to you only.")
    paginate_by = 50
    default_ordering = DEFAULT_LEARNER_ORDERING
    verbose_name = _("learner")
    verbose_name_plural = _("learners")
    columns = [
        Column("name", label=_("Name"), accessor="name", sort_key="name"),
        Column("email", label=_("E-mail"), accessor="user.email", sort_key="email"),
        Column("country", label=_("Country"), accessor="user.country.name"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=_learner_status_is_active,
        ),
        DateColumn(
            "enrolled_at", label=pgettext_lazy("date column", "Enrolled"), sort_key="enrolled_at"
        ),
        Column("lessons_done", label=_("Lessons done"), accessor=_lessons_done),
        DateColumn("last_activity_at", label=_("Last activity"), sort_key="last_activity_at"),
        DateColumn(
            "completed_at", label=pgettext_lazy("date column", "Completed"), sort_key="completed_at"
        ),
    ]

    def get_report_object(self, **kwargs):
        self.course = get_object_or_404(
            CoursePage.objects.defer_streamfields(), pk=kwargs["course_id"]
        )
        return self.course

    def get_valid_orderings(self):
        return list(LEARNER_ORDERINGS)

    def order_queryset(self, queryset):
        return queryset  # ordered by the service, with the orderings it allows

    @cached_property
    def status_filter(self) -> str:
        status = self.request.GET.get("status", "")
        return status if status in LEARNER_FILTERS else ""

    @cached_property
    def search_text(self) -> str:
        return self.request.GET.get("q", "").strip()[:100]

    @cached_property
    def report(self):
        return course_learners(
            self.course, status=self.status_filter, search=self.search_text, ordering=self.ordering
        )

    def get_queryset(self):
        return self.report.ids

    def paginate_queryset(self, queryset, page_size):
        paginator, page, ids, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = learner_page(self.report, list(ids))
        return paginator, page, page.object_list, is_paginated

    def get_index_url(self):
        return reverse(self.url_name, args=[self.course.pk])

    @cached_property
    def no_results_message(self):
        if self.status_filter or self.search_text:
            return _("No learner matches these conditions.")
        return _("No learner has enrolled in this course yet.")

    def export(self, export_format: str) -> HttpResponse:
        if export_format not in self.export_content_types:
            raise Http404(_("Unknown export format."))
        filename = self.get_export_filename(export_format)
        if export_format == "csv":
            return csv_response(self.report, filename)
        if self.report.ids.count() >= learner_exports.background_rows():
            params = learner_exports.job_params(
                self.report,
                status=self.status_filter,
                search=self.search_text,
                ordering=self.ordering,
            )
            token = export_jobs.start(self.request.user, learner_exports.__name__, params, "xlsx")
            return redirect("exports:job", token=token)
        return xlsx_response(self.report, filename, title=str(_("Learners")))

    def get_export_filename(self, export_format: str) -> str:
        return learner_exports.filename_for(self.course, export_format)

    def export_url(self, export_format: str) -> str:
        # The download holds the learners the page lists: the same status and search.
        query = {"format": export_format}
        if self.status_filter:
            query["status"] = self.status_filter
        if self.search_text:
            query["q"] = self.search_text
        return f"{reverse(self.url_name, args=[self.course.pk])}?{urlencode(query)}"

    def get_page_title(self):
        return _("Learners")

    def get_header_title(self):
        return _("Learners of “%(title)s”") % {"title": self.course.title}

    def get_header_buttons(self):
        edit = HeaderButton(
            _("Edit course"),
            url=reverse("wagtailadmin_pages:edit", args=[self.course.pk]),
            icon_name="edit",
        )
        return [edit, *super().get_header_buttons()]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enrollments = context["object_list"]
        lessons_total = self.report.lessons_total
        for enrollment in enrollments:
            enrollment.lessons_total = lessons_total
            enrollment.name = enrollment.user.get_full_name() or "—"
            enrollment.percent = progress_percent(enrollment.lessons_done, lessons_total)
        counts = learner_counts(self.course)
        context.update(
            course=self.course,
            enrollments=enrollments,
            counts=counts,
            lessons_total=lessons_total,
            funnel=completion_funnel(self.report, counts.enrolled),
            status_choices=[(key, label) for key, (label, _q) in LEARNER_FILTERS.items()],
            status_filter=self.status_filter,
            search_text=self.search_text,
            is_filtering=bool(self.status_filter or self.search_text),
        )
        return context


class MyCoursesView(WagtailAdminTemplateMixin, TemplateView):
    """The courses a trainer teaches (every course, for moderators), with how many learners
    enrolled and completed, and links to their learners and to the page editor."""

    template_name = "courses/admin/my_courses.html"
    header_icon = "group"
    page_title = _("My courses")
    http_method_names = ["get", "head", "options"]

    def dispatch(self, request, *args, **kwargs):
        if not uses_trainer_views(request.user):
            return forbidden(request, _("“My courses” is for trainers and moderators."))
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["courses"] = (
            visible_courses(self.request.user)
            .defer_streamfields()
            .annotate(
                enrolled_count=Count("enrollments", distinct=True),
                completed_count=Count(
                    "enrollments",
                    filter=Q(enrollments__completed_at__isnull=False),
                    distinct=True,
                ),
            )
            # What the page status tag reads, fetched for all courses at once.
            .annotate_approved_schedule()
            .prefetch_workflow_states()
            .order_by("path")
        )
        context["sees_every_course"] = sees_every_course(self.request.user)
        return context


class QuizAnalysisView(CourseReportView):
    """Item analysis of one quiz for its course's trainers: per question the attempts, the
    share answered right, the most chosen wrong answer and the discrimination index, and the
    distribution of scores; ``?format=csv`` or ``?format=xlsx`` downloads the questions."""

    template_name = "courses/admin/quiz_analysis.html"
    header_icon = "table"
    url_name = "courses_admin:quiz_analysis"
    refusal = _("You may see the quizzes of the courses assigned to you only.")

    def get_report_object(self, **kwargs):
        self.quiz = get_object_or_404(QuizPage, pk=kwargs["quiz_id"])
        self.course = course_of(self.quiz)
        return self.quiz

    def get_dataset(self, export_format: str):
        analysis = quiz_item_analysis(self.quiz)
        dataset = tablib.Dataset(
            headers=[
                str(_("Question")),
                str(_("Type")),
                str(_("Attempts")),
                str(_("Correct (%)")),
                str(_("Most chosen wrong answer")),
                str(_("Times chosen")),
                str(_("Discrimination index")),
            ]
        )
        for item in analysis.questions:
            dataset.append(
                [
                    item.question.text,
                    item.question.get_kind_display(),
                    item.attempts,
                    item.percent_correct if item.percent_correct is not None else "",
                    item.most_chosen_wrong,
                    item.most_chosen_wrong_count or "",
                    item.discrimination if item.discrimination is not None else "",
                ]
            )
        return dataset

    def get_export_filename(self, export_format: str) -> str:
        return f"quiz-{self.quiz.slug}-item-analysis.{export_format}"

    def get_page_title(self):
        return _("Item analysis")

    def get_header_title(self):
        return _("Item analysis of “%(title)s”") % {"title": self.quiz.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(quiz=self.quiz, course=self.course, analysis=quiz_item_analysis(self.quiz))
        return context


course_learners_view = CourseLearnersView.as_view()
quiz_analysis_view = QuizAnalysisView.as_view()
my_courses_view = MyCoursesView.as_view()


# --- Admin furniture: URLs, menu item, page header button ----------------------------------

urlpatterns = [
    path("", my_courses_view, name="my_courses"),
    path("<int:course_id>/learners/", course_learners_view, name="course_learners"),
    path("quizzes/<int:quiz_id>/analysis/", quiz_analysis_view, name="quiz_analysis"),
]


class MyCoursesMenuItem(MenuItem):
    """The "My courses" item of the admin menu, for trainers, moderators and superusers."""

    def is_shown(self, request):
        return uses_trainer_views(request.user)


def learners_header_buttons(page, user, view_name=None):
    """A "Learners" entry in the header menu of a course's edit view, and an "Item
    analysis" entry in a quiz's, for those allowed."""
    if view_name != "edit":
        return
    if issubclass(page.specific_class or object, QuizPage):
        if may_view_learners(user, course_of(page)):
            yield Button(
                _("Item analysis"),
                reverse("courses_admin:quiz_analysis", args=[page.pk]),
                icon_name="table",
                priority=66,
            )
        return
    if not issubclass(page.specific_class or object, CoursePage):
        return
    if may_view_learners(user, page):
        yield Button(
            _("Learners"),
            reverse("courses_admin:course_learners", args=[page.pk]),
            icon_name="group",
            priority=66,
        )
