"""Rate limits count the client, not the proxy in front of the app.

Behind one trusted proxy (a load balancer appending to X-Forwarded-For) every request
arrives from the proxy's address; the limits must still tell two visitors apart, and a
visitor who writes extra X-Forwarded-For entries of their own must not escape theirs.
"""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from lms.http import client_ip

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.1"
CLIENT_A, CLIENT_B = "203.0.113.5", "198.51.100.7"


def from_client(address: str, spoofed: str = "") -> dict:
    """What the app receives when the proxy forwards ``address``'s request (the client
    may have sent an X-Forwarded-For of its own, which the proxy extends)."""
    chain = f"{spoofed}, {address}" if spoofed else address
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": chain}


@pytest.fixture
def one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("count", "meta", "expected"),
    [
        (0, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": CLIENT_A}, PROXY),
        (1, from_client(CLIENT_A), CLIENT_A),
        (1, from_client(CLIENT_A, spoofed="1.2.3.4"), CLIENT_A),
        (
            2,
            {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": f"9.9.9.9, {CLIENT_A}, 10.0.0.2"},
            CLIENT_A,
        ),
        (2, from_client(CLIENT_A), PROXY),  # shorter than the chain: not through the proxies
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "not-an-address"}, PROXY),
        (1, {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": "[2001:db8::1]:443"}, "2001:db8::1"),
    ],
)
def test_client_ip_reads_only_what_trusted_proxies_wrote(settings, count, meta, expected):
    settings.TRUSTED_PROXY_COUNT = count
    assert client_ip(RequestFactory().get("/", **meta)) == expected


def test_sign_in_limits_count_each_client_behind_the_proxy(client, settings, one_proxy):
    settings.ACCOUNT_RATE_LIMITS = {"login": "3/m/ip"}
    form = {"login": "someone@example.org", "password": "wrong-password"}
    url = reverse("account_login")

    for _ in range(3):
        assert client.post(url, form, **from_client(CLIENT_A)).status_code == 200
    assert client.post(url, form, **from_client(CLIENT_A)).status_code == 429
    assert client.post(url, form, **from_client(CLIENT_A, spoofed=CLIENT_B)).status_code == 429
    assert client.post(url, form, **from_client(CLIENT_B)).status_code == 200


def test_certificate_lookups_count_each_client_behind_the_proxy(client, settings, one_proxy):
    settings.RATELIMIT_ENABLE = True
    settings.CERTIFICATE_VERIFY_RATE = "3/m"
    url = reverse("certificates:verify", args=["GGA-0000-0000-0000"])

    for _ in range(3):
        assert client.get(url, **from_client(CLIENT_A)).status_code == 404
    assert client.get(url, **from_client(CLIENT_A)).status_code == 429
    assert client.get(url, **from_client(CLIENT_A, spoofed="1.2.3.4")).status_code == 429
    assert client.get(url, **from_client(CLIENT_B)).status_code == 404
