"""Admin hooks for scheduled reports, the archive, API tokens and the learner-level export.

Imported at the end of ``lms.reports.wagtail_hooks`` (Wagtail loads only modules of that
name); kept apart so each part of the reports app registers what it owns.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .admin_distribution import (
    ArchiveView,
    OwnSubscriptionsPolicy,
    RevokeTokenView,
    SubscriptionViewSet,
    TokenListView,
    download_delivery,
)
from .admin_learners import LearnerExportView
from .api.tokens import may_hold_api_token
from .learner_export import may_export_learners
from .models import ReportSubscription
from .schedules import may_subscribe

register_permission_policy(ReportSubscription, OwnSubscriptionsPolicy(ReportSubscription))


@hooks.register("register_admin_viewset")
def register_subscription_viewset():
    return SubscriptionViewSet()


@hooks.register("register_admin_urls")
def register_distribution_urls():
    return [
        path("reports/archive/", ArchiveView.as_view(), name="report_archive"),
        path(
            "reports/archive/<int:pk>/download/",
            download_delivery,
            name="report_delivery_download",
        ),
        path("reports/api-tokens/", TokenListView.as_view(), name="report_api_tokens"),
        path(
            "reports/api-tokens/<int:pk>/revoke/",
            RevokeTokenView.as_view(),
            name="report_api_token_revoke",
        ),
        path("reports/learners/", LearnerExportView.as_view(), name="reports_learner_export"),
    ]


class ShownIf(MenuItem):
    """A menu item shown to the users ``test`` allows."""

    def __init__(self, *args, test, **kwargs):
        super().__init__(*args, **kwargs)
        self.test = test

    def is_shown(self, request):
        return self.test(request.user)


@hooks.register("register_reports_menu_item")
def archive_menu_item():
    return ShownIf(
        _("Report archive"),
        reverse("report_archive"),
        icon_name="folder-open-inverse",
        order=820,
        test=may_subscribe,
    )


@hooks.register("register_reports_menu_item")
def api_tokens_menu_item():
    return ShownIf(
        _("Reports API tokens"),
        reverse("report_api_tokens"),
        icon_name="key",
        order=830,
        test=may_hold_api_token,
    )


@hooks.register("register_reports_menu_item")
def learner_export_menu_item():
    return ShownIf(
        _("Learner-level export"),
        reverse("reports_learner_export"),
        icon_name="download",
        order=840,
        test=may_export_learners,
    )
