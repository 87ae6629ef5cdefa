from django import template

from content.toolkit import toolkit_link

register = template.Library()


@register.simple_tag(takes_context=True)
def toolkit_page_link(context):
    """``{% toolkit_page_link as toolkit %}``: the toolkit's title and url, or None."""
    request = context.get("request")
    return toolkit_link(request) if request is not None else None


@register.simple_tag
def content_version():
    """The site-wide content version and the running release (content.caching), to vary
    cached fragments on: a publish or a deploy retires them."""
    from content.caching import CONTENT_VERSION_KEY, versioned_key

    return versioned_key(CONTENT_VERSION_KEY, "fragments")
