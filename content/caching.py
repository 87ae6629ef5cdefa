"""A short-lived cache of the pages anonymous visitors read most (home, tracks, courses).

Routing and the privacy check still run on every request; what is cached is the rendered
page, under a key that includes a site-wide content version. Publishing, unpublishing,
moving or deleting any page bumps the version, so a visitor never sees a course outline
older than the last publish; so does editing a row a page shows (``CACHED_ROW_MODELS``).
Lesson bodies, cached per published version in the template, vary on the version too.
Every key also names the running release (``content.release``), so a deploy never serves
HTML that the previous release rendered: what it cached is simply never read again.
Signed-in users, previews, query strings and requests that carry a session or flash
messages always get a fresh render.

``versioned_key``, ``cache_version`` and ``bump_cache_version`` are the one way this project
invalidates a family of cache entries at once; the site lookup (content.middleware) and the
toolkit link (content.toolkit) use them with their own version keys.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from .release import current_release

CONTENT_VERSION_KEY = "gga:content-version"
ANONYMOUS_PAGE_SECONDS = 300


#: The versions read so far in the current request (see ``versions_read_once``), else None.
_versions_read: ContextVar[dict[str, int] | None] = ContextVar("gga_cache_versions", default=None)
#: Values read ahead in the current request (``read_ahead``): cache key -> value or _ABSENT.
_read_ahead: ContextVar[dict[str, object] | None] = ContextVar("gga_read_ahead", default=None)
_ABSENT = object()


@contextmanager
def versions_read_once() -> Iterator[None]:
    """Within the block (a request: content.middleware), each version is read from the cache
    once, not once per cached thing: a page that reads five cached parts asks Redis for the
    content version once. A bump in the same process is seen at once; one in another process
    from the next request on, as if it had come a moment later. Keys named to ``read_ahead``
    in the block are fetched together, in one round trip."""
    token = _versions_read.set({})
    ahead = _read_ahead.set({})
    try:
        yield
    finally:
        _read_ahead.reset(ahead)
        _versions_read.reset(token)


def read_ahead(keys) -> None:
    """Fetch ``keys`` from the cache in one round trip (Redis MGET) for the ``cached_get``
    calls that follow in this request. Outside ``versions_read_once`` it does nothing."""
    memo = _read_ahead.get()
    if memo is None:
        return
    missing = [key for key in keys if key not in memo]
    if not missing:
        return
    found = cache.get_many(missing)
    for key in missing:
        memo[key] = found.get(key, _ABSENT)


def cached_get(key: str):
    """``cache.get(key)``, answered from what ``read_ahead`` fetched when it named the key.

    A value read ahead is handed out once, as ``cache.get`` would hand out a fresh copy each
    time (callers mark cached outlines with one learner's progress); reading it again asks
    the cache again.
    """
    memo = _read_ahead.get()
    if memo is not None and key in memo:
        value = memo.pop(key)
        return None if value is _ABSENT else value
    return cache.get(key)


def cache_version(version_key: str) -> int:
    """The current version stored under ``version_key``, 1 until it is first bumped.

    A cache key that ends with it names only what was cached since the last bump; what was
    cached before is never read again and expires on its own. ``add`` then ``get`` lets
    concurrent first readers agree on one number.
    """
    read = _versions_read.get()
    if read is not None and version_key in read:
        return read[version_key]
    version = cached_get(version_key)
    if version is None:
        cache.add(version_key, 1, timeout=None)
        version = cache.get(version_key, 1)
    if read is not None:
        read[version_key] = version
    return version


def bump_cache_version(version_key: str) -> None:
    """Move ``version_key`` on by one, so every key built from its old value is left behind.

    Inside a transaction it moves again once the transaction commits: until then another
    process still reads the old rows, and may have cached them under the new version.
    """
    _bump(version_key)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _bump(version_key))


def _bump(version_key: str) -> None:
    read = _versions_read.get()
    if read is not None:
        read.pop(version_key, None)
    ahead = _read_ahead.get()
    if ahead is not None:
        ahead.pop(version_key, None)
    try:
        cache.incr(version_key)
    except ValueError:  # not in the cache yet (or evicted): start after the first version
        cache.set(version_key, 2, timeout=None)


def versioned_key(version_key: str, *parts: object) -> str:
    """``parts`` joined with colons, then the running release and the current version of
    ``version_key``: the cache key of something that a bump of ``version_key``, or a deploy
    (``content.release``), invalidates."""
    return ":".join(str(part) for part in (*parts, current_release(), cache_version(version_key)))


def content_version() -> int:
    return cache_version(CONTENT_VERSION_KEY)


def bump_content_version(**kwargs) -> None:
    """Signal receiver: any change to the page tree invalidates every cached page."""
    bump_cache_version(CONTENT_VERSION_KEY)


#: Rows that cached pages show besides the page tree: a glossary term's definition in lesson
#: bodies, a course's trainers on its page; and page privacy, which decides what the cached
#: lists of public courses, lessons and tracks hold. Named by label: content does not import
#: courses.
CACHED_ROW_MODELS = (
    "content.GlossaryTerm",
    "courses.CourseAssignment",
    "wagtailcore.PageViewRestriction",
)


def connect_cache_invalidation() -> None:
    """Bump the content version whenever a row of ``CACHED_ROW_MODELS`` is saved or deleted."""
    from django.db.models.signals import post_delete, post_save

    for label in CACHED_ROW_MODELS:
        for name, signal in (("save", post_save), ("delete", post_delete)):
            signal.connect(
                bump_content_version, sender=label, dispatch_uid=f"bump-content-{label}-{name}"
            )


def is_cacheable(request) -> bool:
    return (
        request.method == "GET"
        and not request.GET
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
        and not ({settings.SESSION_COOKIE_NAME, "messages"} & set(request.COOKIES))
    )


class AnonymousPageCacheMixin:
    """Serve a page to anonymous visitors from the cache when its content is unchanged."""

    def serve(self, request, *args, **kwargs):
        if not is_cacheable(request):
            return super().serve(request, *args, **kwargs)
        key = versioned_key(CONTENT_VERSION_KEY, "gga:page", self.pk, get_language())
        body = cached_get(key)
        if body is not None:
            response = HttpResponse(body, content_type="text/html; charset=utf-8")
            response["X-Page-Cache"] = "hit"
            return for_shared_caches(response)
        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200 and not response.cookies:
            if hasattr(response, "render"):
                response.render()
            cache.set(key, response.content, ANONYMOUS_PAGE_SECONDS)
            response["X-Page-Cache"] = "miss"
            for_shared_caches(response)
        return response


def for_shared_caches(response: HttpResponse) -> HttpResponse:
    """With a CDN configured (``WAGTAILFRONTENDCACHE``), let it keep an anonymous page for
    ``CDN_PAGE_SECONDS``; browsers still ask each time (``max-age=0``), so a purge on publish
    reaches every visitor at once. Without a CDN the headers stay as they are."""
    if settings.CDN_PAGE_SECONDS and not response.cookies:
        patch_cache_control(response, public=True, max_age=0, s_maxage=settings.CDN_PAGE_SECONDS)
    return response
