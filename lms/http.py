"""Who is asking: the client's address behind the deployment's own proxies.

Every rate limit counts clients by this one function: allauth's (through the account
adapter) and django-ratelimit's (``RATELIMIT_IP_META_KEY``), so behind a load balancer
visitors do not share the proxy's bucket.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


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
