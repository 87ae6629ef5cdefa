"""Verification codes: random, unguessable, and easy to read aloud or type from paper.

Sixteen characters of Crockford's Base32 alphabet (digits and capitals without I, L, O and
U) carry 80 random bits, printed in four groups of four: ``7KQ2-M9XD-4FHT-C1WB``. Reading
a code back forgives what people do to codes: lower case, spaces or missing dashes, and the
letters that look like digits (O for 0, I and L for 1).
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's Base32: 5 bits a character
GROUPS, GROUP_SIZE = 4, 4
LENGTH = GROUPS * GROUP_SIZE  # 16 characters x 5 bits = 80 bits
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-_.]+")
# Longest input worth looking at: the code plus generous separators. Longer is refused
# before any work, so the lookup costs the same for every wrong code.
MAX_INPUT = 64


def generate_code() -> str:
    """A new random code, grouped: ``XXXX-XXXX-XXXX-XXXX``."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_SIZE] for i in range(0, LENGTH, GROUP_SIZE))


def normalise_code(text: str) -> str | None:
    """The canonical grouped form of what someone typed, or None if it cannot be a code."""
    if not isinstance(text, str) or len(text) > MAX_INPUT:
        return None
    raw = _SEPARATORS.sub("", text).upper().translate(_CONFUSABLE)
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return format_code(raw)
