"""What one signed-in page costs, in figures a busy machine does not change much.

Requests/s on a shared machine move with everyone else's load; the SQL queries and Redis
commands of a request do not, and this process's CPU time per request moves far less than
wall time. This script asks Django's test client for each page of ``bench/run.py`` as the demo
learner, on the database and cache the environment names (``DATABASE_URL``, ``REDIS_URL``;
run ``manage.py load_demo`` on it first), and prints per page: the queries and Redis commands
of a warm request (the third) and the CPU milliseconds per request over ``--requests``.

    DATABASE_URL=postgres://…/gga_x REDIS_URL=redis://127.0.0.1:6379/N \\
        .venv/bin/python bench/page_costs.py [--requests 30] [--user EMAIL] [page or path …]

Pages are the keys of ``bench/run.py`` (lesson, outline, checklist, dashboard) or any path.
Nothing is written; only the test client is used (no network).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_PAGES = ["lesson", "outline", "checklist", "dashboard"]


class RedisCounter:
    """Counts the commands sent to Redis (one per round trip: the cache sends no pipelines)."""

    def __init__(self):
        import redis.client

        self.count = 0
        original = redis.client.Redis.execute_command
        counter = self

        def counting(client, *args, **options):
            counter.count += 1
            return original(client, *args, **options)

        redis.client.Redis.execute_command = counting


def page_paths() -> dict[str, str]:
    from bench.run import COURSE_SLUG, MARKET_SLUG
    from courses import services
    from courses.models import CoursePage
    from courses.tree import sources

    course = sources(CoursePage.objects.live()).get(slug=COURSE_SLUG)
    return {
        "lesson": services.course_outline(course).lessons[0].url,
        "outline": course.url,
        "checklist": f"/toolkit/markets/{MARKET_SLUG}/",
        "dashboard": "/dashboard/",
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="page keys or paths (default: the four)")
    parser.add_argument("--requests", type=int, default=30, help="requests timed per page")
    parser.add_argument("--user", default="learner@example.org")
    options = parser.parse_args(argv)
    if not 1 <= options.requests <= 1000:
        parser.error("--requests must be 1-1000")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from lms.demo.accounts import DEMO_PASSWORD

    redis_commands = RedisCounter()
    paths = page_paths()
    client = Client(HTTP_HOST="127.0.0.1")
    if not client.login(email=options.user, password=DEMO_PASSWORD):
        sys.stderr.write(f"could not sign {options.user} in; run manage.py load_demo first\n")
        return 1
    sys.stdout.write("| page | SQL queries | Redis commands | CPU ms per request |\n")
    sys.stdout.write("| --- | ---: | ---: | ---: |\n")
    for page in options.pages or DEFAULT_PAGES:
        path = paths.get(page, page)
        for _ in range(2):  # warm the caches a running site has
            client.get(path)
        redis_commands.count = 0
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            sys.stderr.write(f"{path} answered {response.status_code}\n")
            return 1
        # Read now: the next request empties the connection's query log.
        query_count, commands = len(queries), redis_commands.count
        began = time.process_time()
        for _ in range(options.requests):
            client.get(path)
        cpu_ms = (time.process_time() - began) / options.requests * 1000
        sys.stdout.write(f"| {page} | {query_count} | {commands} | {cpu_ms:.1f} |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
