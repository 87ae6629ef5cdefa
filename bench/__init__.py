"""``make bench``: serve the real settings with gunicorn on PostgreSQL and measure pages.

Not part of the installed project: ``bench.settings`` and the ``bench.baseline`` app exist only
for the benchmark run (see docs/performance.md).
"""
