"""Swahili dates with the month abbreviated in letters: "1 Dis 2026", "1 Dis 2026, 18:49"
(the month names are Django's Swahili catalogue's). Numbers group thousands with commas, as
Kenya and Tanzania write them (CLDR): "4,200.5"."""

DATE_FORMAT = "j M Y"
DATETIME_FORMAT = "j M Y, H:i"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
