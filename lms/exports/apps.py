from django.apps import AppConfig


class ExportsConfig(AppConfig):
    """Background file exports (``lms.exports.jobs``); it has no models."""

    name = "lms.exports"
    label = "exports"
