from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "lms.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from . import audit_signals, personal_data, signals  # noqa: F401

        # Every app's personal_data module registers its part of a learner's data.
        personal_data.autodiscover()
