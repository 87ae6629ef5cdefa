"""django-import-export resources of the learning domain: spreadsheets for trainers.

Export only. The rows come from a queryset the caller has already annotated with each
learner's completed lessons (see ``courses.admin_views.course_learners``), so exporting a
course of any size runs a fixed number of queries.
"""

from django.utils.translation import gettext_lazy as _
from import_export import resources
from import_export.fields import Field
from import_export.widgets import DateTimeWidget

from lms.accounts.spreadsheets import escape_formula

from .models import Enrollment
from .services.outline import progress_percent


class CourseLearnerResource(resources.ModelResource):
    """One row per enrollment of a course: who the learner is and how far they got.

    The columns are those of the trainer's learners table. ``lessons_total`` is the number of
    live lessons in the course's outline; each enrollment of the exported queryset carries
    ``lessons_done`` (an annotation) and its ``user`` (``select_related``).
    """

    name = Field(column_name=_("Name"))
    email = Field(attribute="user__email", column_name=_("E-mail"))
    country = Field(column_name=_("Country"))
    status = Field(column_name=_("Status"))
    enrolled_at = Field(attribute="enrolled_at", column_name=_("Enrolled"), widget=DateTimeWidget())
    lessons_done = Field(column_name=_("Lessons done"))
    lessons_total = Field(column_name=_("Lessons in course"))
    percent = Field(column_name=_("Progress (%)"))
    last_activity_at = Field(
        attribute="last_activity_at", column_name=_("Last activity"), widget=DateTimeWidget()
    )
    completed_at = Field(
        attribute="completed_at", column_name=_("Completed"), widget=DateTimeWidget()
    )

    class Meta:
        model = Enrollment
        fields = (
            "name",
            "email",
            "country",
            "status",
            "enrolled_at",
            "lessons_done",
            "lessons_total",
            "percent",
            "last_activity_at",
            "completed_at",
        )
        export_order = fields

    def __init__(self, lessons_total: int, **kwargs):
        super().__init__(**kwargs)
        self.lessons_total = lessons_total

    def export_field(self, field, instance, **kwargs):
        # Escaped here too, so every caller of this resource writes text, not formulas.
        return escape_formula(super().export_field(field, instance, **kwargs))

    def dehydrate_name(self, enrollment: Enrollment) -> str:
        return enrollment.user.get_full_name()

    def dehydrate_country(self, enrollment: Enrollment) -> str:
        return enrollment.user.country.code or ""

    def dehydrate_status(self, enrollment: Enrollment) -> str:
        return str(enrollment.get_status_display())

    def dehydrate_lessons_done(self, enrollment: Enrollment) -> int:
        return enrollment.lessons_done

    def dehydrate_lessons_total(self, enrollment: Enrollment) -> int:
        return self.lessons_total

    def dehydrate_percent(self, enrollment: Enrollment) -> int:
        return progress_percent(enrollment.lessons_done, self.lessons_total)
