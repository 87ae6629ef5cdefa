"""The blocks a trainer builds a self-assessment from: dimensions holding questions holding
scored options, and maturity levels.

StreamField StructBlocks rather than nested inline models: a dimension, its questions, their
options and its recommended courses form one tree that the editor shows, collapses and
reorders in place, each part keeps a stable id that answers refer to, and the whole tree is
versioned with the page's revisions. Each block checks itself with the rules in
``validation.py`` and names the dimension or question in its message.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from . import validation
from .scoring import Dimension, Level, Option, Question

# Recommendations point at courses by name, never by import (content must not import courses).
RECOMMENDABLE_PAGE_TYPES = ["courses.CoursePage", "courses.LessonPage"]


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Answer"), max_length=200)
    score = blocks.IntegerBlock(
        label=_("Points"),
        default=0,
        min_value=0,
        max_value=100,
        help_text=_("Give the most points to the answer of the best-prepared business."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer option")
        label_format = "{label} ({score})"
        form_classname = "assessment-option"


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.CharBlock(
        label=_("Hint"),
        max_length=300,
        required=False,
        help_text=_("Optional: one sentence that explains a term in the question."),
    )
    options = blocks.ListBlock(
        OptionBlock(),
        label=_("Answer options"),
        help_text=_("At least two, from the least to the most prepared."),
    )

    class Meta:
        icon = "help"
        label = _("Question")
        label_format = "{text}"

    def clean(self, value):
        value = super().clean(value)
        problems = validation.question_problems(question_from_block(value))
        if problems:
            raise StructBlockValidationError(non_block_errors=problems)
        return value


class DimensionBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Dimension"), max_length=100)
    description = blocks.TextBlock(
        label=_("What it covers"),
        required=False,
        max_length=400,
        help_text=_("Shown above the dimension's questions."),
    )
    weight = blocks.IntegerBlock(
        label=_("Weight"),
        default=1,
        help_text=_("How much this dimension counts in the overall score (1 or more)."),
    )
    low_threshold = blocks.IntegerBlock(
        label=_("Scores low below"),
        default=50,
        help_text=_(
            "A score out of 100. Below it the learner sees your advice and recommendations."
        ),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))
    advice = blocks.TextBlock(
        label=_("Advice when low"),
        required=False,
        max_length=600,
        help_text=_("What to work on first when this dimension scores low."),
    )
    recommendations = blocks.ListBlock(
        blocks.PageChooserBlock(page_type=RECOMMENDABLE_PAGE_TYPES, label=_("Course or lesson")),
        label=_("Recommend when low"),
        help_text=_("Courses or lessons that help; learners see them when this scores low."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Dimension")
        label_format = "{name}"

    def clean(self, value):
        value = super().clean(value)
        problems = validation.dimension_problems(dimension_from_block("", value))
        # The chooser offers only courses and lessons, but a crafted form could send any page.
        others = [
            page.title
            for page in value.get("recommendations") or []
            if page is not None and page.specific_class._meta.label not in RECOMMENDABLE_PAGE_TYPES
        ]
        if others:
            problems["recommendations"] = [
                _("Dimension “%(dimension)s”: recommend only courses or lessons, not “%(page)s”.")
                % {"dimension": value.get("name") or "", "page": others[0]}
            ]
        if problems:
            raise StructBlockValidationError(
                block_errors={
                    name: ValidationError(messages) for name, messages in problems.items()
                }
            )
        return value


class DimensionsBlock(blocks.StreamBlock):
    dimension = DimensionBlock()

    class Meta:
        min_num = 1


class LevelBlock(blocks.StructBlock):
    threshold = blocks.IntegerBlock(
        label=_("From score"),
        min_value=0,
        max_value=100,
        help_text=_("The lowest overall score (0–100) that reaches this level."),
    )
    label = blocks.CharBlock(label=_("Level"), max_length=80)
    description = blocks.TextBlock(
        label=_("What it means"), max_length=800, help_text=_("Shown with the result.")
    )

    class Meta:
        icon = "pick"
        label = _("Maturity level")
        label_format = "{threshold}: {label}"


class LevelsBlock(blocks.StreamBlock):
    level = LevelBlock()

    class Meta:
        min_num = 1

    def clean(self, value):
        value = super().clean(value)
        problems = validation.level_problems([level_from_block(child.value) for child in value])
        if problems:
            raise StreamBlockValidationError(non_block_errors=problems)
        return value


# --- From block values to the scoring module's plain data ---------------------------------


def _int(value) -> int:
    return int(value) if value is not None else 0


def question_from_block(value, question_id: str = "") -> Question:
    options = value["options"]
    return Question(
        id=question_id,
        text=value.get("text") or "",
        help_text=value.get("help_text") or "",
        options=tuple(
            Option(
                id=child.id,
                label=child.value.get("label") or "",
                score=_int(child.value.get("score")),
            )
            for child in options.bound_blocks
        ),
    )


def dimension_from_block(dimension_id: str, value) -> Dimension:
    questions = value["questions"]
    return Dimension(
        id=dimension_id,
        name=value.get("name") or "",
        description=value.get("description") or "",
        weight=_int(value.get("weight")),
        low_threshold=_int(value.get("low_threshold")),
        advice=value.get("advice") or "",
        questions=tuple(
            question_from_block(child.value, child.id) for child in questions.bound_blocks
        ),
        recommendations=tuple(
            page.pk for page in value.get("recommendations") or [] if page is not None
        ),
    )


def level_from_block(value) -> Level:
    return Level(
        threshold=_int(value.get("threshold")),
        label=value.get("label") or "",
        description=value.get("description") or "",
    )
