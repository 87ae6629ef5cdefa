"""A bare Wagtail page with a minimal template: the benchmark's baseline.

Installed only by ``bench.settings``, so the project's own migrations never see it.
"""
