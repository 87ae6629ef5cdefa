"""Arabic dates with the month's Arabic name: "1 ديسمبر 2026", "1 ديسمبر 2026، 18:49".

Numbers follow CLDR's Arabic with Western digits, the digits the rest of the page uses:
"4,200.5". Django's own Arabic formats write "4.200,5", which a reader who also reads
English prices would take for 4.2; with these a figure reads the same in both languages.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATE_FORMAT = "j F Y"
SHORT_DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
