"""Site history (Wagtail's audit log report) for site admins only.

Wagtail shows a user every log entry whose model they hold any permission on; ministry
analysts hold one on the user model (to read aggregate reports), so they would see role
changes and account deletions of named learners. The platform's rule is simpler: the audit
log is for site admins. These views replace Wagtail's at the same addresses (mounted before
the admin's URLs in ``lms.urls``) and refuse everyone else. Nobody can edit or delete an
entry: Wagtail has no view for that, and these are read-only.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView


class SiteAdminLogEntriesView(LogEntriesView):
    """Wagtail's Site history report, refused to anyone but site admins (superusers)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


urlpatterns = [
    path(
        "admin/reports/site-history/",
        require_admin_access(SiteAdminLogEntriesView.as_view()),
    ),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(SiteAdminLogEntriesView.as_view(results_only=True)),
    ),
]
