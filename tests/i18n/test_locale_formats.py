"""Dates, numbers and money read as each language writes them, and never ambiguously: a
month in letters, not 12/01/2026."""

import datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from courses.services.numeric_answers import read_number
from lms.reports.disclosure import count_cell, grouped, percent_display

MOMENT = datetime.datetime(2026, 12, 1, 18, 49)


@pytest.mark.parametrize(
    ("language", "date", "moment"),
    [
        ("en", "1 Dec 2026", "1 Dec 2026, 18:49"),
        ("fr", "1 déc. 2026", "1 déc. 2026, 18:49"),
        ("es", "1 dic 2026", "1 dic 2026, 18:49"),
        ("ar", "1 ديسمبر 2026", "1 ديسمبر 2026، 18:49"),
        ("zh-hans", "2026年12月1日", "2026年12月1日 18:49"),
        ("sw", "1 Dis 2026", "1 Dis 2026, 18:49"),
    ],
)
def test_dates_name_the_month_in_each_language(language, date, moment):
    with translation.override(language):
        assert formats.date_format(MOMENT) == date
        assert formats.date_format(MOMENT, "SHORT_DATE_FORMAT") == date
        assert formats.date_format(MOMENT, "DATETIME_FORMAT") == moment
        assert Template("{{ when|date }}").render(Context({"when": MOMENT})) == date


@pytest.mark.parametrize(
    ("language", "count", "share", "money"),
    [
        ("en", "12,345", "42.5\u00a0%", "4,200.50"),
        ("fr", "12\u00a0345", "42,5\u00a0%", "4\u00a0200,50"),
        ("es", "12\u00a0345", "42,5\u00a0%", "4\u00a0200,50"),
        ("ar", "12,345", "42.5\u00a0%", "4,200.50"),
        ("zh-hans", "12,345", "42.5\u00a0%", "4,200.50"),
        ("sw", "12,345", "42.5\u00a0%", "4,200.50"),
    ],
)
def test_report_figures_and_prices_use_the_language_separators(language, count, share, money):
    with translation.override(language):
        assert grouped(12345) == count
        assert count_cell(12345).display == count
        assert percent_display(42.5) == share
        # The brand plan's price table prints amounts with floatformat:"2g".
        price = Template('{{ amount|floatformat:"2g" }}').render(
            Context({"amount": Decimal("4200.5")})
        )
        assert price == money


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "4,200.5"),
        ("fr", "4 200,5"),
        ("fr", "4\u00a0200,5"),
        ("es", "4200,5"),
        ("ar", "4,200.5"),
        ("ar", "٤٬٢٠٠٫٥"),
        ("zh-hans", "4,200.5"),
        ("sw", "4,200.5"),
    ],
)
def test_quiz_answers_are_read_with_the_language_separators(language, typed):
    with translation.override(language):
        assert read_number(typed) == Decimal("4200.5")


@pytest.mark.parametrize("hours", [1, 2, 3, 11, 100])
def test_certificate_hours_take_the_plural_form_of_their_own_number(hours):
    from django.utils.translation import ngettext

    from courses.certificates.wording import hours_of_study

    with translation.override("ar"):
        expected = ngettext("%(hours)s hour of study", "%(hours)s hours of study", hours)
        assert hours_of_study(hours) == expected % {"hours": str(hours)}
