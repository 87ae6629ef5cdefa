from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MarketsConfig(AppConfig):
    name = "content.markets"
    label = "markets"
    verbose_name = _("Market-entry checklists")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import ChecklistItem, MarketChecklist
        from .services import bump_checklists_version

        # Cached checklist pages (services.checklist_to_read) follow every change.
        for model in (MarketChecklist, ChecklistItem):
            for signal in (post_save, post_delete):
                signal.connect(
                    bump_checklists_version,
                    sender=model,
                    dispatch_uid=f"checklists-{model.__name__}-{id(signal)}",
                )
