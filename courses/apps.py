from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Registers the certificates.W001/W002 system checks (fonts, Raqm layout).
        from courses.certificates import fonts  # noqa: F401
