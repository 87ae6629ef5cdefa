from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BrandPlanConfig(AppConfig):
    name = "content.brandplan"
    label = "brandplan"
    verbose_name = _("Brand plans")

    def ready(self):
        from . import signals  # noqa: F401 - connects the logo clean-up
