"""Build the site the fault tests use, in the private database, and print what they need.

Run as ``python -m tests.faults.seed`` with the fault tests' environment: the demo home page
and tracks, one course of two lessons with a graded quiz, and learners each with a signed-in
session. Prints JSON: the ids and URLs, and each learner's session cookie.
"""

import json
import os
import sys

import django


def main(learners: int) -> dict:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore

    from courses.models import CompletionRule, ModulePage
    from lms.demo import site
    from tests.courses.builders import make_course, make_quiz
    from tests.factories import UserFactory

    home = site.load_home_page()
    site.load_tracks(home)
    course, lessons = make_course((1, 1), slug="faults", title="Fault course")
    quiz_course, _ = make_course(
        (1,),
        slug="faults-quiz",
        title="Quiz course",
        completion_rule=CompletionRule.LESSONS_AND_QUIZZES,
    )
    module = ModulePage.objects.child_of(quiz_course).first()
    quiz = make_quiz(module, max_attempts=0, graded=True)
    people = []
    for n in range(learners):
        user = UserFactory(role="Learner", email=f"learner{n}@faults.example.org")
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        people.append({"id": user.pk, "email": user.email, "session": session.session_key})
    return {
        "course": {"id": course.pk, "url": course.get_url()},
        "lessons": [lesson.pk for lesson in lessons],
        "quiz_course": quiz_course.pk,
        "quiz": quiz.pk,
        "learners": people,
    }


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.faults.settings")
    django.setup()
    json.dump(main(int(sys.argv[1]) if len(sys.argv) > 1 else 12), sys.stdout)
