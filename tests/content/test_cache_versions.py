"""One helper versions every cache family: a bump retires its keys and no other family's."""

from content.caching import bump_cache_version, cache_version, versioned_key
from content.release import current_release


def test_a_bump_retires_the_keys_of_its_own_family_only():
    first = versioned_key("test:a-version", "test:a", 7, "en")
    other = versioned_key("test:b-version", "test:b", 7)
    # The running release sits before the version: a deploy retires every family too.
    assert first == f"test:a:7:en:{current_release()}:{cache_version('test:a-version')}"

    bump_cache_version("test:a-version")

    assert versioned_key("test:a-version", "test:a", 7, "en") != first
    assert versioned_key("test:b-version", "test:b", 7) == other


def test_a_version_nobody_has_read_moves_past_the_first_on_its_first_bump():
    bump_cache_version("test:fresh-version")
    assert cache_version("test:fresh-version") == 2
