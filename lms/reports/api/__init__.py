"""The read-only reports API for ministries' BI tools (Django REST framework, OpenAPI by
drf-spectacular), opened by a revocable token per analyst. See docs/reports.md, "API"."""
