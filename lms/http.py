"""HTTP plumbing every request passes: who is asking, input no page can use, and the
security headers.

Who is asking: the client's address behind the deployment's own proxies. Every rate limit
counts clients by ``client_ip``: allauth's (through the account adapter) and
django-ratelimit's (``RATELIMIT_IP_META_KEY``), so behind a load balancer visitors do not
share the proxy's bucket.
"""

from __future__ import annotations

import ipaddress

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.translation import gettext as _


def _address(value: str) -> str | None:
    """``value`` as a normalised IP address, or None if it is not one."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [IPv6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # IPv4:port
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's IP address, read through ``TRUSTED_PROXY_COUNT`` proxies.

    Each proxy appends the address it received the request from to ``X-Forwarded-For``,
    so with N trusted proxies the client is the N-th entry from the right; anything to its
    left was written by the client and may be forged, so it is never read. With no trusted
    proxy (the default), or a header shorter than the proxy chain (a request that did not
    come through it), the peer address ``REMOTE_ADDR`` is the client.
    """
    peer = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if count > 0:
        entries = [e for e in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if e.strip()]
        if len(entries) >= count and (address := _address(entries[-count])):
            return address
    return _address(peer) or peer


# --- Input no page can use ---------------------------------------------------------------------

# Longest query-string value any page reads (search terms, filters, codes, next URLs); longer
# values are refused whole rather than cut short somewhere inside a view.
MAX_QUERY_VALUE_LENGTH = 2000


def _bad_input(request: HttpRequest, field: str, problem: str) -> HttpResponse:
    """The 400 page naming what was wrong. Standalone: it must not read the session or the
    database, which the bad input may be aimed at."""
    context = {"field": field, "problem": problem, "back": "/"}
    return HttpResponseBadRequest(render_to_string("400_input.html", context, request=None))


def _refusal(items, where: str) -> tuple[str, str] | None:
    for key, value in items:
        if "\x00" in key or "\x00" in value:
            return key.replace("\x00", "?"), _("it contains a null character, which is never valid")
        if where == "query" and len(value) > MAX_QUERY_VALUE_LENGTH:
            return key, _("it is longer than %(n)d characters") % {"n": MAX_QUERY_VALUE_LENGTH}
    return None


class RejectMalformedInputMiddleware:
    """Answer 400, naming the parameter, for input no page can use: a null character in the
    path, a query parameter, a cookie or a form value (PostgreSQL refuses to store or even
    compare one, so it would surface as a server error), or an over-long query value.

    Form fields a person types into also validate lengths themselves and show the error
    beside the field; this guard is for what no person types.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            return _bad_input(request, _("the address"), _("it contains a null character"))
        for items, where in (
            (request.GET.lists(), "query"),
            (request.COOKIES.items(), "cookie"),
        ):
            pairs = ((k, v) for k, vs in items for v in (vs if isinstance(vs, list) else [vs]))
            if refusal := _refusal(pairs, where):
                return _bad_input(request, *refusal)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Form data is parsed here, as CSRF protection would parse it next anyway.
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            pairs = ((k, v) for k, vs in request.POST.lists() for v in vs)
            if refusal := _refusal(pairs, "form"):
                return _bad_input(request, *refusal)
        return None


# --- Security headers ------------------------------------------------------------------------


class SecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's Content-Security-Policy, plus a Permissions-Policy, with the Wagtail
    admin's own allowances.

    Every response made for a signed-in user also gets ``Cache-Control: private, no-store``
    unless its view chose otherwise.

    Learner pages run no inline script and load everything from the site itself
    (``CONTENT_SECURITY_POLICY``). The admin (``/admin/``, page previews included) needs
    inline scripts and styles, blob: images and framing its own previews, so the directives in
    ``ADMIN_CONTENT_SECURITY_POLICY`` replace the site's there.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = settings.PERMISSIONS_POLICY
        if "Cache-Control" not in response and _signed_in(request):
            # Personal pages (my learning, profile, attempts, certificate files, brand plans,
            # one's data) must not stay in a shared or back-button cache.
            response["Cache-Control"] = "private, no-store"
        return response


def _signed_in(request) -> bool:
    """Whether the response was made for a signed-in user; answered without loading a
    session the view did not read (such a response cannot be personal)."""
    session = getattr(request, "session", None)
    return bool(session is not None and session.accessed and request.user.is_authenticated)
