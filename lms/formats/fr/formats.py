"""French dates with the month abbreviated in letters: "1 déc. 2026", "1 déc. 2026, 18:49".
Numbers keep Django's French separators: "4 200,5" (a no-break space between thousands)."""

DATE_FORMAT = "j N Y"
DATETIME_FORMAT = "j N Y, H:i"
SHORT_DATE_FORMAT = "j N Y"
SHORT_DATETIME_FORMAT = "j N Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
