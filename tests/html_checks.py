"""What the tests read in rendered HTML, shared by the areas that check the same thing."""

import re

# The one script every page carries: offline reading and queued completions (static/js/
# offline.js), deferred, loaded from the site itself; the page reads and works without it.
_ENHANCEMENT = re.compile(
    r'<script src="/static/js/offline(?:\.[0-9a-f]+)?\.js" defer[^>]*>\s*</script>'
)


def without_enhancement_script(html: str) -> str:
    """``html`` without the site's offline-reading script, so a test can check that nothing
    else on the page needs JavaScript."""
    return _ENHANCEMENT.sub("", html)
