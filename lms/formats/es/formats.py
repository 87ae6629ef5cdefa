"""Spanish dates with the month abbreviated in letters: "1 dic 2026", "1 dic 2026, 18:49".
Numbers keep Django's Spanish separators: "4 200,5" (a no-break space between thousands, as
the RAE recommends)."""

DATE_FORMAT = "j b Y"
DATETIME_FORMAT = "j b Y, H:i"
SHORT_DATE_FORMAT = "j b Y"
SHORT_DATETIME_FORMAT = "j b Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
