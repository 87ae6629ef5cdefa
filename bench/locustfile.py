"""Locust users for ``make bench-load`` (bench/load.py writes the plan and starts Locust).

Two kinds of user, each signed in with a session of their own from the plan:

- ``Learner`` uses the site as learners do, weighted like real use: reading lessons most,
  marking them complete, the course outline, My learning, search, a certificate check, and
  now and then a quiz;
- ``QuizTaker`` takes the course's graded quiz once, as a class does during an exam: opens the
  quiz, starts an attempt, reads the questions and answers every one (20 to 50 s, about what
  a learner takes over the demo quiz's questions), submits, then presses submit a second time
  (a double click on a slow connection), which must not grade again; then reads a lesson now
  and then (every 20 to 60 s), as a class waiting for the others does.

Every request carries ``Connection: close``: in production gunicorn sits behind a proxy
(README, "Running with PostgreSQL, Redis and a worker") that keeps the browsers' connections
and opens one to gunicorn per request, as nginx does by default. Without it Locust reuses a
connection gunicorn's gthread worker may close after its 2 s keep-alive at the moment the
client sends on it, and the run measures that race rather than the site.

Every acknowledged submission (a 302 to its result page) is written to the file named by
``LOAD_ACKS`` with the moment it was acknowledged; bench/load.py checks each against the
database afterwards. Requests only ever go to the --host bench/load.py gives (127.0.0.1); it
names the class to run (``Learner`` or ``QuizTaker``) on Locust's command line.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import threading
import time
from html.parser import HTMLParser

from locust import HttpUser, between, events, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())  # noqa: SIM115, PTH123
_sessions = itertools.cycle(PLAN["sessions"])
_sessions_lock = threading.Lock()
_acks: list[tuple[int, float]] = []

#: How long a quiz taker reads and answers, in seconds (bench/load.py --answer-seconds).
ANSWERING = tuple(float(n) for n in os.environ.get("LOAD_ANSWER_SECONDS", "20,50").split(","))

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ATTEMPT = re.compile(r"/learn/attempts/(\d+)/")


class QuizForm(HTMLParser):
    """The answer fields of an attempt page: one answer for every question."""

    def __init__(self):
        super().__init__()
        self.answers: dict[str, str] = {}
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name", "")
        if tag == "input" and name.startswith("q-"):
            if attrs.get("type") in ("radio", "checkbox"):
                self.answers.setdefault(name, attrs.get("value", ""))
            elif attrs.get("type") == "text":
                self.answers.setdefault(name, "4200" if "decimal" in attrs.values() else "FCA")
        elif tag == "select" and name.startswith("q-"):
            self._select = name
        elif tag == "option" and self._select and attrs.get("value"):
            self.answers.setdefault(self._select, attrs["value"])

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


class SignedIn(HttpUser):
    abstract = True

    def on_start(self):
        with _sessions_lock:
            session = next(_sessions)
        self.client.cookies.set("sessionid", session)
        self.client.headers["Connection"] = "close"  # one connection per request, as a proxy

    def token(self, html: str) -> str:
        match = TOKEN.search(html)
        return match.group(1) if match else ""

    def take_quiz(self, double_submit: bool, answering: tuple[float, float] = (2, 6)) -> None:
        page = self.client.get(PLAN["quiz"], name="quiz page")
        started = self.client.post(
            PLAN["quiz_start"],
            data={"csrfmiddlewaretoken": self.token(page.text)},
            name="quiz start",
        )
        found = ATTEMPT.search(started.url or "")
        if not found:
            return  # refused (attempts used up): the response was recorded as it came
        attempt = found.group(1)
        form = QuizForm()
        form.feed(started.text)
        time.sleep(random.uniform(*answering))  # reading and answering  # noqa: S311
        submit = f"/learn/attempts/{attempt}/submit/"
        data = {**form.answers, "confirm_unanswered": "1"}
        data["csrfmiddlewaretoken"] = self.token(started.text)
        with self.client.post(
            submit, data=data, name="quiz submit", allow_redirects=False, catch_response=True
        ) as response:
            if response.status_code == 302 and "/result/" in response.headers.get("Location", ""):
                _acks.append((int(attempt), time.time()))
                response.success()
            else:
                response.failure(f"submit answered {response.status_code}")
        if double_submit:
            with self.client.post(
                submit,
                data=data,
                name="quiz submit again",
                allow_redirects=False,
                catch_response=True,
            ) as response:
                if response.status_code == 302:
                    response.success()
                else:
                    response.failure(f"second submit answered {response.status_code}")
        self.client.get(f"/learn/attempts/{attempt}/result/", name="quiz result")


class Learner(SignedIn):
    """Weighted like the pages learners open: lessons first."""

    wait_time = between(1, 4)

    @task(10)
    def read_lesson(self):
        self.client.get(random.choice(PLAN["lessons"]), name="lesson")  # noqa: S311

    @task(3)
    def complete_lesson(self):
        lesson = random.choice(PLAN["lessons"])  # noqa: S311
        page = self.client.get(lesson, name="lesson")
        lesson_id = PLAN["lesson_ids"][lesson]
        self.client.post(
            f"/learn/lessons/{lesson_id}/complete/",
            data={"csrfmiddlewaretoken": self.token(page.text)},
            name="lesson complete",
        )

    @task(3)
    def outline(self):
        self.client.get(PLAN["outline"], name="course outline")

    @task(2)
    def my_learning(self):
        self.client.get("/dashboard/", name="My learning")

    @task(1)
    def search(self):
        term = random.choice(("incoterms", "price", "trademark", "customs"))  # noqa: S311
        self.client.get(f"/search/?q={term}", name="search")

    @task(1)
    def verify(self):
        self.client.get(PLAN["verify"], name="certificate verify")

    @task(1)
    def quiz(self):
        self.take_quiz(double_submit=False)


class QuizTaker(SignedIn):
    """One graded quiz each, answered over ``ANSWERING`` seconds (20 to 50), then a lesson
    every 20 to 60 s until the run ends."""

    wait_time = between(20, 60)

    def on_start(self):
        super().on_start()
        self.done = False

    @task
    def exam(self):
        if self.done:
            self.client.get(random.choice(PLAN["lessons"]), name="lesson")  # noqa: S311
            return
        self.done = True
        self.take_quiz(double_submit=True, answering=ANSWERING)


@events.quitting.add_listener
def write_acks(environment, **kwargs):
    path = os.environ.get("LOAD_ACKS")
    if path:
        with open(path, "w") as out:  # noqa: PTH123
            json.dump(_acks, out)
