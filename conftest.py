"""Plugins every test run loads (the suite's own fixtures are in tests/conftest.py)."""

# Saves write the reference and search indexes only where tests read them (tests/indexing.py).
pytest_plugins = ["tests.indexing"]
