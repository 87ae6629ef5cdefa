from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo data (``manage.py load_demo``); sits above every other app and imports from all."""

    name = "lms.demo"
    label = "demo"
    verbose_name = "Demo data"
