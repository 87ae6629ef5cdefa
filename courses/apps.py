from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_save
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
        post_save.connect(
            trainer_renamed, sender=settings.AUTH_USER_MODEL, dispatch_uid="trainer-renamed"
        )


#: What a course page shows of its trainers (the outline caches it: courses.services.outline).
TRAINER_FIELDS = frozenset({"first_name", "last_name", "email"})


def trainer_renamed(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    """A trainer's name or address changed: the cached outlines that name them, and the
    anonymous course pages, are retired (the content version is bumped). Saves that touch
    none of those fields (a sign-in's ``last_login``) cost nothing."""
    from content.caching import bump_content_version
    from courses.models import CourseAssignment

    if created or (update_fields is not None and not TRAINER_FIELDS & set(update_fields)):
        return
    if CourseAssignment.objects.filter(trainer_id=instance.pk).exists():
        bump_content_version()
