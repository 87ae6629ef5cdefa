"""The Celery application.

Tasks live in each app's ``tasks.py`` and are found by ``autodiscover_tasks``. Settings come
from Django settings under the ``CELERY_`` namespace; with no broker configured they run
eagerly in-process (see ``lms.settings.base``).
"""

import os

from celery import Celery

# Production unless told otherwise, like lms.wsgi (this module is imported with the ``lms``
# package, so its default would be every server's); ``make worker`` chooses dev settings.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

app = Celery("lms")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
