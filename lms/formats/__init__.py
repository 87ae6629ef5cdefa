"""The site's own date formats, per language (Django's FORMAT_MODULE_PATH).

Django's English formats write "Dec. 1, 2026" and "12/01/2026 6:49 p.m.", which most of
the world reads as 12 January. Every date on the site goes through these names
(``|date:"DATE_FORMAT"``, ``formats.date_format``), so one file sets one unambiguous style.
"""
