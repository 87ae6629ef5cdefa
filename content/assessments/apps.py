from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssessmentsConfig(AppConfig):
    name = "content.assessments"
    label = "assessments"
    verbose_name = _("Self-assessments")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receiver)
