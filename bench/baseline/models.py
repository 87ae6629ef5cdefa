from wagtail.models import Page


class BarePage(Page):
    """A plain Wagtail page: no fields of its own; rendered by baseline/bare_page.html."""
