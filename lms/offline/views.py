"""The service worker, the web app manifest and the offline pages.

The service worker is rendered from a template so that it names the fingerprinted static
files it keeps (the app shell) and changes, and so updates itself, whenever one of them
does. It is served from ``/sw.js`` so that its scope is the whole site, every language
prefix included.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

# Bump when sw.js changes in a way the shell list does not show.
SERVICE_WORKER_REVISION = 1

# Static files every page needs, kept by the service worker when it installs.
SHELL_STATIC = [
    "css/site.css",
    "js/offline.js",
    "img/favicon.svg",
    "img/icons/icon-192.png",
]

THEME_COLOUR = "#0b5566"  # --primary in static/css/site.css


def shell_urls() -> list[str]:
    """The addresses of the app shell: fingerprinted static files and the offline pages."""
    return [static(name) for name in SHELL_STATIC]


@require_GET
def service_worker(request):
    """``/sw.js``: never cached by the browser's HTTP cache, so an update is seen at once."""
    shell = shell_urls()
    version = hashlib.sha256(
        "\n".join([str(SERVICE_WORKER_REVISION), *shell]).encode()
    ).hexdigest()[:12]
    body = render_to_string(
        "offline/sw.js",
        {
            "version": version,
            "shell": shell,
            "static_url": settings.STATIC_URL,
            "media_url": settings.MEDIA_URL,
            "admin_prefixes": list(settings.ADMIN_PATH_PREFIXES),
        },
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def manifest(request):
    """The web app manifest, in the visitor's language."""
    data = {
        "name": _("Go Global Academy"),
        "short_name": _("Go Global"),
        "description": _("Learn to sell across borders, even with a slow or lost connection."),
        "lang": request.LANGUAGE_CODE,
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": [
            {"src": static("img/icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("img/icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("img/icons/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    response = JsonResponse(data, content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def offline_page(request):
    """Shown by the service worker for a page that is not kept for offline reading. The list
    of what is kept is filled in by offline.js from the browser's own cache."""
    return _public(render(request, "offline/offline.html"))


@require_GET
def needs_connection(request):
    """Shown by the service worker for a quiz while offline, instead of a stale copy."""
    return _public(render(request, "offline/needs_connection.html"))


def _public(response: HttpResponse) -> HttpResponse:
    # The same for everyone, and stored by the service worker, not the HTTP cache.
    response["Cache-Control"] = "no-cache"
    return response


def offline_urls() -> dict[str, str]:
    """The offline pages' addresses in the active language (for offline.js)."""
    return {
        "offline": reverse("offline:page"),
        "needs_connection": reverse("offline:needs_connection"),
    }
