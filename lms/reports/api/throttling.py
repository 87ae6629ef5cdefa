"""Rate limit per token holder, read from settings at each call so it can be tuned live."""

from django.conf import settings
from rest_framework.throttling import UserRateThrottle


class ReportAPIThrottle(UserRateThrottle):
    scope = "reports_api"

    def get_rate(self):
        return getattr(settings, "REPORTS_API_RATE", "120/minute")
