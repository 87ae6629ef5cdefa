"""Settings for the processes the fault tests start (gunicorn, Celery worker and beat).

The test settings, with the parts that matter here made real, as in production: Redis as
cache and broker, tasks on a worker, e-mail written to files the test counts. The broker's
visibility timeout is seconds instead of an hour, so a message a killed worker held is
delivered again within the test, and beat sends owed certificates again every 2 s.
"""

import os

from lms.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
CACHES = {
    "default": {
        "BACKEND": "lms.cache.DegradingRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": "gga",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["FAULTS_MAIL_DIR"]
MEDIA_ROOT = os.environ["MEDIA_ROOT"]
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 4}
CELERY_BEAT_SCHEDULE = {
    "requeue-pending-certificates": {
        "task": "courses.tasks.requeue_pending_certificates",
        "schedule": 2.0,
    }
}
CERTIFICATE_REQUEUE_AFTER = 1
