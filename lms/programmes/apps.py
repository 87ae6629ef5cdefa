from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "lms.programmes"
    label = "programmes"
    verbose_name = _("Programmes")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
