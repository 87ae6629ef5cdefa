"""The resource library's part of a learner's data (see ``lms.accounts.personal_data``).

Downloads are counted per resource and date only (``ResourceDownload`` has no user), so the
section is always empty; it is listed so the download says so rather than leaving it out.
"""

from django.utils.translation import gettext_lazy as _

from lms.accounts.personal_data import register


def export_resource_downloads(user) -> list[dict]:
    return []


register(
    "resource_downloads",
    _("Resource downloads"),
    export=export_resource_downloads,
    order=33,
    kept=_("The library counts downloads without recording who downloaded them."),
)
