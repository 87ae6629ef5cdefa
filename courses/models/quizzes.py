"""Quizzes: pages authored by trainers, with their questions as inline models, and the
attempts learners make. Grading and the rules of attempts live in ``courses.services``; who
may open a quiz page and what it shows, in ``courses.page_views``."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from content.blocks import RICH_TEXT_FEATURES
from courses.tree import course_path_of

from .pages import CourseTreePage


class ShowAnswers(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_PASSING = "after_passing", _("After passing")
    AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last attempt")


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple select")
    TRUE_FALSE = "true_false", _("True or false")
    NUMERIC = "numeric", _("Numeric answer")
    SHORT_TEXT = "short_text", _("Short text")
    ORDERING = "ordering", _("Ordering")


CHOICE_KINDS = {QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE}


class QuizPage(CourseTreePage):
    """A quiz in a module's outline; a graded quiz counts towards course completion."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)
    graded = models.BooleanField(
        _("graded"), default=True, help_text=_("Practice quizzes do not count for completion.")
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, help_text=_("0 for unlimited attempts.")
    )
    cooldown_minutes = models.PositiveIntegerField(
        _("cooldown between attempts (minutes)"), default=0
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"), default=0, help_text=_("0 for no time limit.")
    )
    draw_count = models.PositiveSmallIntegerField(
        _("questions drawn per attempt"),
        default=0,
        help_text=_("Draw this many random questions per attempt; 0 asks every question."),
    )
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    show_answers = models.CharField(
        _("show the right answers"),
        max_length=20,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_PASSING,
    )
    partial_credit = models.BooleanField(
        _("partial credit for multiple select"),
        default=False,
        help_text=_("Otherwise a multiple-select question scores only when fully right."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("graded"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("cooldown_minutes"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("draw_count"),
                FieldPanel("shuffle_choices"),
                FieldPanel("show_answers"),
                FieldPanel("partial_credit"),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question")),
    ]

    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def course_path(self) -> str:
        """The tree path of the course this quiz belongs to (its grandparent)."""
        return course_path_of(self.path)


class QuizQuestion(Orderable, ClusterableModel):
    """One question of a quiz. What counts as right depends on ``kind``: the correct choices,
    a number within a tolerance, one of the accepted answers, or the choices' own order."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(
        _("type"), max_length=12, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    text = models.TextField(_("question"))
    explanation = models.TextField(
        _("explanation"), blank=True, help_text=_("Shown with the result when answers are shown.")
    )
    numeric_answer = models.DecimalField(
        _("numeric answer"), max_digits=14, decimal_places=4, null=True, blank=True
    )
    tolerance = models.DecimalField(
        _("tolerance"), max_digits=14, decimal_places=4, default=Decimal(0)
    )
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        help_text=_("For short-text questions: one per line; case and spaces are ignored."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("text"),
        FieldPanel("explanation"),
        FieldPanel("numeric_answer"),
        FieldPanel("tolerance"),
        FieldPanel("accepted_answers"),
        InlinePanel(
            "choices",
            heading=_("Choices"),
            label=_("Choice"),
            help_text=_("For ordering questions, list the items in the right order."),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text[:80]

    @property
    def accepted_list(self) -> list[str]:
        return [line.strip() for line in self.accepted_answers.splitlines() if line.strip()]


class QuizChoice(Orderable):
    """A choice of a question; for ordering questions, an item in its right place."""

    question = ParentalKey(QuizQuestion, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self):
        return self.text


class QuizAttempt(models.Model):
    """One learner's attempt at one quiz: what was drawn, in which order, what they answered
    and how it was graded. Open while ``submitted_at`` is empty; at most one open per quiz."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    question_ids = models.JSONField(_("questions drawn"), default=list)
    choice_order = models.JSONField(_("order of choices shown"), default=dict)
    answers = models.JSONField(_("answers"), default=dict)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    expired = models.BooleanField(_("closed after the time limit"), default=False)
    results = models.JSONField(_("per-question results"), default=dict)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            )
        ]
        indexes = [models.Index(fields=["user", "quiz", "started_at"])]

    def __str__(self):
        return f"{self.user} on {self.quiz_id} ({self.started_at:%Y-%m-%d %H:%M})"

    @property
    def is_open(self) -> bool:
        return self.submitted_at is None
