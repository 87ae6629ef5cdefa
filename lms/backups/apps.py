from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackupsConfig(AppConfig):
    """``manage.py backup`` and ``manage.py restore`` (``make backup``, ``make restore``)."""

    name = "lms.backups"
    label = "backups"
    verbose_name = _("Backups")
