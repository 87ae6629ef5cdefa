"""Helpers for the sign-in proofs: a current TOTP code for an authenticator's secret."""

import time

from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value


def enrol_totp(user) -> str:
    """Give ``user`` a TOTP authenticator; return its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def totp_code(secret: str) -> str:
    # Zero-padded: one code in ten starts with 0.
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))
