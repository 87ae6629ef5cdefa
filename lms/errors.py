"""The server-error page, which says "try again shortly" (503) when the database is down.

Django calls ``handler500`` while the exception is being handled, so it can tell a lost
database connection (PostgreSQL restarting, a fail-over) from a bug. The 503 page is
rendered without context processors, the site's base template or anything else that
could need the database; the request is logged by Django as usual.
"""

import sys

from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import server_error as django_server_error

RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """A 503 with Retry-After while the database is unreachable, else Django's 500 page."""
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponse(
            render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}), status=503
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return django_server_error(request, template_name)
