"""A bounded burst of enrollments and quiz submissions from many learners at once, with
double clicks: every write the server acknowledged exists exactly once."""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest

pytestmark = pytest.mark.faults

LEARNERS = range(9, 16)
ATTEMPTS = 3


def test_every_acknowledged_write_exists_once(site):
    course, quiz = site.data["quiz_course"], site.data["quiz"]

    def learner_session(n: int) -> dict:
        browser = site.learner(n)
        acknowledged = {"enrolled": 0, "submitted": set()}
        with ThreadPoolExecutor(2) as clicks:  # a double click on "Enroll"
            for response in clicks.map(
                lambda _: site.post(browser, f"/learn/courses/{course}/enroll/"), range(2)
            ):
                assert response.status_code == 302
                acknowledged["enrolled"] += 1
        for _ in range(ATTEMPTS):
            started = site.post(browser, f"/learn/quizzes/{quiz}/start/")
            assert started.status_code == 302, started.text[:500]
            attempt = int(re.search(r"/learn/attempts/(\d+)/", started.headers["Location"])[1])
            with ThreadPoolExecutor(2) as clicks:  # a double click on "Submit"
                submits = list(
                    clicks.map(
                        # Nothing answered, submitted anyway (the "unanswered?" step's button).
                        lambda url: site.post(browser, url, {"confirm_unanswered": "1"}),
                        [f"/learn/attempts/{attempt}/submit/"] * 2,
                    )
                )
            for response in submits:
                assert response.status_code == 302
                assert response.headers["Location"].endswith(f"/learn/attempts/{attempt}/result/")
            acknowledged["submitted"].add(attempt)
        return acknowledged

    with ThreadPoolExecutor(len(LEARNERS)) as pool:
        results = dict(zip(LEARNERS, pool.map(learner_session, LEARNERS), strict=True))

    for n, acknowledged in results.items():
        user = site.data["learners"][n]["id"]
        assert acknowledged["enrolled"] == 2
        assert (
            site.db.scalar(
                "SELECT count(*) FROM courses_enrollment WHERE user_id = %s AND course_id = %s",
                user,
                course,
            )
            == 1
        )
        rows = site.db.rows(
            "SELECT id, submitted_at IS NOT NULL FROM courses_quizattempt"
            " WHERE user_id = %s AND quiz_id = %s",
            user,
            quiz,
        )
        assert sorted(rows) == sorted((pk, True) for pk in acknowledged["submitted"])
        assert len(acknowledged["submitted"]) == ATTEMPTS
