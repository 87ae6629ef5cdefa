"""WSGI entry point (``gunicorn lms.wsgi``): production settings unless told otherwise.

A server started without DJANGO_SETTINGS_MODULE gets production's checks (a real key, the
database, Redis, e-mail and broker named), never the laptop defaults; ``manage.py`` (so
``make run``) chooses the development settings itself.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")
application = get_wsgi_application()
