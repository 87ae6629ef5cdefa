"""Ministry reports: aggregate figures with disclosure control, exports, schedules and an API."""
