"""Helpers for the readable page of a learner's data, whose values are nested JSON-ready
structures of any shape."""

import datetime

from django import template

register = template.Library()


@register.filter
def value_kind(value) -> str:
    """Which way the page shows ``value``: a table of fields, a list, a date, or text."""
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list | tuple):
        return "list"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, datetime.datetime | datetime.date):
        return "date"
    if value is None or value == "":
        return "empty"
    return "text"


@register.filter
def field_label(key) -> str:
    """A key of the download (``completed_at``) as a heading (``Completed at``)."""
    return str(key).replace("_", " ").capitalize()
