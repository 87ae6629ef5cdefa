from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        # Registers the certificates.W001/W002 system checks (fonts, Raqm layout).
        # The course pages' HTTP side sits above the services; the models cannot import it.
        from courses import page_views
        from courses.certificates import fonts  # noqa: F401

        page_views.connect()
