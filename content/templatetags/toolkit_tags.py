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
    """The site-wide content version (content.caching), to vary cached fragments on."""
    from content.caching import content_version as current

    return current()
