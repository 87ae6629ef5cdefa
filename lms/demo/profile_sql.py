"""What a data profile's learners did, drawn by PostgreSQL in a few set-based statements.

Python draws each learner (``lms.demo.profiles.draw_learner``: who they are, when they
joined, how diligent they are, how many courses they take and when they first enrolled)
and copies them into a temporary table; PostgreSQL draws everything they did from there, with
the same rules and distributions as the Python path that SQLite uses:

1. their courses (a draw-ordered sample of the catalogue) and the dates they enrolled, a few
   days apart; in each, how many lessons they tick from the first in outline order, from
   when and how far apart (only what fits before now), or whether they withdrew;
2. where every lesson is ticked and the course has a graded quiz, up to three attempts, each
   question right with a chance that grows with diligence and with each try, graded against
   the quiz's pass mark, stopping at the first pass or when the learner gives up, and never
   after now;
3. the enrollments, completed only where every lesson is ticked and, where the course asks
   for it, the quiz passed; the lesson progress; the attempts; a certificate for each
   completion in a course that issues them, printed with the learner's name, the course's
   title, hours and the passing score, a few of them revoked.

Every draw is a number in [0, 1) hashed from the seed, the learner's number, the course's
place in the catalogue and what is drawn (``hashint8extended``), not the next value of a
generator: a learner's story does not depend on who else is written in the same run nor on
the plan PostgreSQL picks (parallel workers included), so the same seed gives the same
rows, and a profile topped up holds what one written at once does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from django.db import connection

from courses.certificates.codes import ALPHABET, GROUP_SIZE, GROUPS
from courses.models import Certificate, Enrollment, LessonProgress, QuizAttempt
from lms.accounts.models import User

from .learners import WriteContext
from .population import MAX_QUIZ_ATTEMPTS, REVOKE_REASONS, REVOKED_SHARE

DAY = 86_400
_MASK = 2**53 - 1  # the low 53 bits of a hash: as many as a double holds exactly


def _u(key: str, seed: str = "%(seed)s") -> str:
    """SQL for a number in [0, 1) drawn from ``key`` (an SQL bigint) and the seed."""
    return f"((hashint8extended({key}, {seed}) & {_MASK})::float8 / {_MASK + 1}.0)"


def _draw(what: int, learner: str = "idx", slot: str = "slot") -> str:
    """Draw number ``what`` (< 256) for one learner in one course of the catalogue."""
    return _u(f"(({learner}::bigint * 4096 + {slot}) * 256 + {what})")


def _days(draw: str, mean: float) -> str:
    """Seconds of an exponential wait of ``mean`` days, from a uniform draw."""
    return f"(-ln(1 - {draw}) * {mean * DAY})"


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def prepare(context: WriteContext) -> None:
    """Temporary tables (dropped at commit) of the catalogue and, filled by ``add_learners``,
    the learners to draw for."""
    courses = context.catalogue.courses
    if len(courses) >= 4096:
        raise ValueError("A profile draws over at most 4,095 courses.")
    with connection.cursor() as cursor:
        # Made afresh inside a caller's longer transaction (a test's).
        cursor.execute(
            "DROP TABLE IF EXISTS pg_temp.profile_course, "
            "pg_temp.profile_question, pg_temp.profile_learner, pg_temp.profile_enrollment, "
            "pg_temp.profile_try, pg_temp.profile_done"
        )
        cursor.execute(
            "CREATE TEMPORARY TABLE profile_course (slot integer, course_id integer, "
            "lessons integer, quiz_id integer, pass_mark numeric, questions integer, "
            "question_ids jsonb, needs_quiz boolean, certifies boolean, template_id integer, "
            "title text, url text, hours numeric, lesson_ids integer[]) ON COMMIT DROP"
        )
        cursor.execute(
            "CREATE TEMPORARY TABLE profile_question (course_id integer, position integer, "
            "question_id integer) ON COMMIT DROP"
        )
        cursor.execute(
            "CREATE TEMPORARY TABLE profile_learner (user_id integer, idx integer, "
            "wanted integer, diligence double precision, enrolled_at timestamptz) "
            "ON COMMIT DROP"
        )
        with cursor.cursor.copy("COPY profile_course FROM STDIN") as copy:
            for slot, course in enumerate(courses):
                snapshot = context.snapshots[course.pk]
                copy.write_row(
                    (
                        slot,
                        course.pk,
                        len(course.lesson_ids),
                        course.quiz_id,
                        course.pass_mark,
                        len(course.question_ids),
                        json.dumps(list(course.question_ids)),
                        course.needs_quiz,
                        course.certifies,
                        snapshot.template_id,
                        snapshot.title,
                        snapshot.url,
                        snapshot.hours,
                        list(course.lesson_ids),
                    )
                )
        with cursor.cursor.copy(
            "COPY profile_question (course_id, position, question_id) FROM STDIN"
        ) as copy:
            for course in courses:
                for position, question_id in enumerate(course.question_ids):
                    copy.write_row((course.pk, position, question_id))


def add_learners(learners: list[tuple]) -> None:
    """Learners to draw for: (user id, number, courses wanted, diligence, first enrolled)."""
    with connection.cursor() as cursor:
        with cursor.cursor.copy("COPY profile_learner FROM STDIN") as copy:
            for learner in learners:
                copy.write_row(learner)


# --- The statements ------------------------------------------------------------------------------

# 1. Which courses, when enrolled, how far each got (or withdrew).
ENROLLMENTS = f"""
CREATE TEMPORARY TABLE profile_enrollment ON COMMIT DROP AS
WITH ranked AS (
    SELECT l.user_id, l.idx, l.wanted, l.diligence, l.enrolled_at AS first_enrolled,
           c.slot, c.course_id, c.lessons,
           row_number() OVER (PARTITION BY l.user_id ORDER BY {_draw(0)}, c.slot) AS turn
    FROM profile_learner l CROSS JOIN profile_course c
), dated AS (
    SELECT *, first_enrolled + make_interval(secs => coalesce(sum({_days(_draw(1), 2)})
              OVER (PARTITION BY user_id ORDER BY turn
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) AS enrolled_at
    FROM ranked
), drawn AS (
    SELECT user_id, idx, slot, course_id, lessons, diligence, enrolled_at,
           CASE WHEN lessons > 0 AND {_draw(2)} < 0.55 + 0.4 * diligence THEN
               CASE WHEN {_draw(3)} < 0.3 + 0.6 * diligence THEN lessons
                    ELSE 1 + floor({_draw(4)} * greatest(1, lessons - 1))::integer END
           ELSE 0 END AS aim,
           enrolled_at + make_interval(secs => {_days(_draw(5), 1.0)}) AS first_at,
           greatest(60.0, {_days(_draw(6), 2.2)}) AS gap,
           {_draw(7)} AS quits,
           enrolled_at + make_interval(secs => {_days(_draw(8), 9)}) AS quit_at
    FROM dated
    WHERE turn <= wanted AND enrolled_at <= %(now)s
    OFFSET 0  -- each draw computed once, not once for each use above (measured: 4 s of 6 at L)
), reached AS (
    SELECT *,
           CASE WHEN aim > 0 AND first_at <= %(now)s
                THEN least(aim, floor(extract(epoch FROM %(now)s - first_at) / gap)::integer + 1)
                ELSE 0 END AS reach
    FROM drawn
)
SELECT user_id, idx, slot, course_id, lessons, diligence, enrolled_at, first_at, gap, reach,
       CASE WHEN reach > 0 THEN first_at + make_interval(secs => gap * (reach - 1))
       END AS last_lesson_at,
       CASE WHEN reach = 0 AND quits < 0.18 THEN 'withdrawn' ELSE 'active' END AS status,
       CASE WHEN reach = 0 AND quits < 0.18 THEN least(%(now)s, quit_at) END AS withdrawn_at
FROM reached
"""  # noqa: S608 - built from constants; every value is a parameter


#: Draws for try ``n`` of the quiz: 32 + 3n and the two after (below 256 for 74 tries).
TRY_KEY = "((e.idx::bigint * 4096 + e.slot) * 256 + 32 + n * 3)"


def _question_draw(position: int) -> str:
    """Whether question ``position`` of try ``n`` is answered right: its own stream (the
    seed's odd twin)."""
    return _u(
        f"(((t.idx::bigint * 4096 + t.slot) * 4 + t.n) * 4096 + {position})",
        "%(question_seed)s",
    )


def tries(questions: int) -> str:
    """2. The graded quiz's attempts where every lesson is ticked: every try that could be
    (the first three), which of its (at most ``questions``) questions it got right, as the
    bits of ``answers``, and those made: none after a pass or after giving up, none after now.

    One pass over the enrollments: each try's answers are drawn in its own row, question by
    question, rather than joined to the questions and grouped again (measured at L: 21 s for
    1.3 million tries, now a few). Each level is fenced (``OFFSET 0``) so that a draw used
    twice above is computed once.
    """
    questions = max(questions, 1)  # a catalogue without questions: no try, valid SQL
    right = [f"(t.q{p} AND {p} < t.questions)" for p in range(questions)]
    return f"""
CREATE TEMPORARY TABLE profile_try ON COMMIT DROP AS
WITH drawn AS (
    SELECT e.user_id, e.course_id, e.idx, e.slot, n, e.last_lesson_at,
           c.quiz_id, c.pass_mark, c.questions,
           least(0.97, 0.5 + 0.4 * e.diligence + 0.1 * n) AS chance,
           (4 + 21 * {_u(TRY_KEY + " + 0")}) * 60 AS took,
           {_u(TRY_KEY + " + 1")} AS gives_up,
           -ln(1 - {_u(TRY_KEY + " + 2")})
               * CASE WHEN n = 0 THEN {0.6 * DAY} ELSE {2.5 * DAY} END AS wait
    FROM profile_enrollment e
    JOIN profile_course c USING (course_id)
    CROSS JOIN generate_series(0, %(tries)s - 1) AS n
    WHERE e.reach = c.lessons AND e.reach > 0 AND c.quiz_id IS NOT NULL AND c.questions > 0
    OFFSET 0
), answered AS (
    SELECT t.*, {", ".join(f"{_question_draw(p)} < t.chance AS q{p}" for p in range(questions))}
    FROM drawn t
    OFFSET 0
), graded AS (
    SELECT t.*,
           {" + ".join(f"CASE WHEN {r} THEN {1 << p} ELSE 0 END" for p, r in enumerate(right))}
               AS answers,
           {" + ".join(f"{r}::integer" for r in right)} AS right_answers
    FROM answered t
), judged AS (
    SELECT *, round(100 * right_answers::numeric / questions, 2) AS score,
           round(100 * right_answers::numeric / questions, 2) >= pass_mark AS passed
    FROM graded
    OFFSET 0
), kept AS (
    SELECT *,
           last_lesson_at + make_interval(secs => sum(wait + took) OVER tries) AS submitted_at,
           coalesce(bool_or(passed OR gives_up > 0.75) OVER (tries
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), false) AS stopped
    FROM judged
    WINDOW tries AS (PARTITION BY user_id, course_id ORDER BY n)
)
SELECT user_id, course_id, n, quiz_id, answers,
       submitted_at - make_interval(secs => took) AS started_at, submitted_at, score, passed
FROM kept
WHERE NOT stopped AND submitted_at <= %(now)s
"""  # noqa: S608 - built from constants; every value is a parameter


#: The attempts' per-question results, built once for each pattern of right answers that
#: occurs in a course (at most 256 for eight questions), not once per attempt; ``answers``
#: holds question ``position``'s answer in its bit ``position``.
RESULTS = """
SELECT a.course_id, a.answers, jsonb_object_agg(p.question_id::text, jsonb_build_object(
           'score', CASE WHEN (a.answers >> p.position) & 1 = 1 THEN 1.0 ELSE 0.0 END,
           'correct', (a.answers >> p.position) & 1 = 1)) AS results
FROM (SELECT DISTINCT course_id, answers FROM profile_try) a
JOIN profile_question p ON p.course_id = a.course_id
GROUP BY a.course_id, a.answers
"""

# 3. The enrollments as written: completed where every lesson is ticked and, where the course
#    asks for it, the quiz passed; last active at the last lesson, attempt or withdrawal.
DONE = """
CREATE TEMPORARY TABLE profile_done ON COMMIT DROP AS
SELECT e.user_id, e.course_id, e.idx, e.slot, e.status, e.enrolled_at, e.withdrawn_at,
       CASE WHEN e.reach > 0 AND e.reach = c.lessons
                 AND (coalesce(t.passed, false) OR NOT (c.needs_quiz AND c.quiz_id IS NOT NULL))
            THEN coalesce(t.last_at, e.last_lesson_at) END AS completed_at,
       coalesce(t.last_at, e.last_lesson_at, e.withdrawn_at) AS last_activity_at,
       t.passing_score
FROM profile_enrollment e
JOIN profile_course c USING (course_id)
LEFT JOIN (
    SELECT user_id, course_id, max(submitted_at) AS last_at, bool_or(passed) AS passed,
           max(score) FILTER (WHERE passed) AS passing_score
    FROM profile_try GROUP BY user_id, course_id
) t USING (user_id, course_id)
"""


def _certificate_code(digest: str) -> str:
    """SQL for a verification code in the real codes' form (Crockford's Base32, grouped),
    from the bytes of ``digest`` (an SQL bytea of at least 16 bytes)."""
    chars = [f"substr('{ALPHABET}', 1 + (get_byte({digest}, {i}) & 31), 1)" for i in range(16)]
    groups = [
        " || ".join(chars[start : start + GROUP_SIZE])
        for start in range(0, GROUPS * GROUP_SIZE, GROUP_SIZE)
    ]
    return " || '-' || ".join(f"({group})" for group in groups)


def _insert(model, computed: dict[str, str], source: str) -> tuple[str, dict]:
    """``INSERT INTO`` the model's table every concrete field: ``computed`` ones from SQL
    expressions over ``source``, the others as the model's defaults (as parameters)."""
    columns, values, params = [], [], {}
    for model_field in model._meta.concrete_fields:
        if model_field.primary_key:
            continue
        columns.append(_q(model_field.column))
        if model_field.attname in computed:
            values.append(computed[model_field.attname])
        else:
            name = f"default_{model_field.attname}"
            params[name] = model_field.get_db_prep_save(model_field.get_default(), connection)
            values.append(f"%({name})s")
    sql = (
        f"INSERT INTO {_q(model._meta.db_table)} ({', '.join(columns)}) "  # noqa: S608
        f"SELECT {', '.join(values)} {source}"
    )
    return sql, params


def _statements(context: WriteContext) -> list[tuple[type, str, dict]]:
    enrollment = _insert(
        Enrollment,
        {
            "user_id": "user_id",
            "course_id": "course_id",
            "status": "status",
            "enrolled_at": "enrolled_at",
            "withdrawn_at": "withdrawn_at",
            "completed_at": "completed_at",
            "last_activity_at": "last_activity_at",
        },
        "FROM profile_done ORDER BY user_id, course_id",
    )
    progress = _insert(
        LessonProgress,
        {
            "user_id": "e.user_id",
            "lesson_id": "e.lesson_ids[p + 1]",
            "course_id": "e.course_id",
            "completed_at": "e.first_at + make_interval(secs => e.gap * p)",
        },
        # Each enrollment's lessons from the first, in the order of the sorted enrollments
        # (the nested loop keeps it): sorting the 3.4 million rows themselves, as joining
        # the lessons needed at L, cost more than writing them.
        "FROM (SELECT e.user_id, e.course_id, e.first_at, e.gap, e.reach, c.lesson_ids "  # noqa: S608
        "FROM profile_enrollment e JOIN profile_course c USING (course_id) "
        "WHERE e.reach > 0 ORDER BY e.user_id, e.course_id OFFSET 0) e "
        "CROSS JOIN LATERAL generate_series(0, e.reach - 1) AS p",
    )
    attempt = _insert(
        QuizAttempt,
        {
            "user_id": "t.user_id",
            "quiz_id": "t.quiz_id",
            "started_at": "t.started_at",
            "submitted_at": "t.submitted_at",
            "question_ids": "c.question_ids",
            "score": "t.score",
            "passed": "t.passed",
            "results": "r.results",
        },
        # Sorted before the results are joined (a few hundred bytes each): sorting the joined
        # rows spilled 300 MB to disk at L. The join keeps the sorted side's order.
        "FROM (SELECT * FROM profile_try ORDER BY user_id, quiz_id, n OFFSET 0) t "  # noqa: S608
        f"JOIN profile_course c USING (course_id) JOIN ({RESULTS}) r USING (course_id, answers)",
    )
    issued = "d.completed_at + make_interval(secs => 1 + 39 * " + _draw(20, "d.idx", "d.slot") + ")"
    revoked = (
        f"CASE WHEN {_draw(21, 'd.idx', 'd.slot')} < {REVOKED_SHARE} AND {issued} "
        f"+ make_interval(secs => {_days(_draw(22, 'd.idx', 'd.slot'), 25)}) <= %(now)s "
        f"THEN {issued} + make_interval(secs => {_days(_draw(22, 'd.idx', 'd.slot'), 25)}) END"
    )
    score = (
        "CASE WHEN d.passing_score - floor(d.passing_score) = 0.5 "  # halves to even, as round()
        "THEN floor(d.passing_score) + mod(floor(d.passing_score), 2) "
        "ELSE round(d.passing_score) END"
    )
    certificate = _insert(
        Certificate,
        {
            "uuid": "overlay(overlay(h.uuid PLACING '4' FROM 13) PLACING "
            "substr('89ab', 1 + (get_byte(decode(h.uuid, 'hex'), 8) & 3), 1) FROM 17)::uuid",
            "code": _certificate_code("h.code"),
            "user_id": "d.user_id",
            "course_id": "d.course_id",
            "template_id": "c.template_id",
            "holder_name": "u.first_name || ' ' || u.last_name",
            "course_title": "c.title",
            "course_url": "c.url",
            "hours": "c.hours",
            "score": score,
            "completed_at": "d.completed_at",
            "issuer_name": "%(issuer_name)s",
            "issuer_url": "%(issuer_url)s",
            "issued_at": issued,
            # Files stay "being prepared" and no e-mail goes out, as for the demo's learners.
            "render_status": "%(pending)s",
            "emailed_at": issued,
            "revoked_at": "r.revoked_at",
            "revoked_reason": "CASE WHEN r.revoked_at IS NOT NULL THEN (%(reasons)s::text[])"
            f"[1 + floor({_draw(23, 'd.idx', 'd.slot')} "
            "* cardinality(%(reasons)s::text[]))::integer] ELSE '' END",
            "revoked_by_id": "CASE WHEN r.revoked_at IS NOT NULL THEN %(revoker)s::integer END",
        },
        f"FROM profile_done d JOIN profile_course c USING (course_id) "
        f"JOIN {_q(User._meta.db_table)} u ON u.id = d.user_id "
        "CROSS JOIN LATERAL (SELECT "
        "decode(md5(%(seed)s || ':' || d.idx || ':' || d.slot || ':code'), 'hex') AS code, "
        "md5(%(seed)s || ':' || d.idx || ':' || d.slot || ':uuid') AS uuid OFFSET 0) h "
        f"CROSS JOIN LATERAL (SELECT {revoked} AS revoked_at OFFSET 0) r "
        "WHERE d.completed_at IS NOT NULL AND c.certifies ORDER BY d.user_id, d.course_id",
    )
    extra = {
        "issuer_name": context.issuer_name,
        "issuer_url": context.issuer_url,
        "pending": Certificate.RenderStatus.PENDING,
        "reasons": list(REVOKE_REASONS),
        "revoker": context.revoker_id,
    }
    return [
        (Enrollment, enrollment[0], enrollment[1]),
        (LessonProgress, progress[0], progress[1]),
        (QuizAttempt, attempt[0], attempt[1]),
        (Certificate, certificate[0], certificate[1] | extra),
    ]


def draw_activity(
    context: WriteContext, now: dt.datetime, seed: int, say=lambda message: None
) -> Counter:
    """Everything the learners in ``profile_learner`` did, written; the rows per table."""
    params = {
        "seed": seed * 2,
        "question_seed": seed * 2 + 1,
        "now": now,
        "tries": MAX_QUIZ_ATTEMPTS,
    }
    rows: Counter = Counter()
    questions = max((len(course.question_ids) for course in context.catalogue.courses), default=0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE profile_course, profile_question, profile_learner")
        for label, statement in (
            ("courses and lessons drawn", ENROLLMENTS),
            ("quiz attempts drawn and graded", tries(questions)),
            ("completions decided", DONE),
        ):
            cursor.execute(statement, params)
            # Sized for the planner, which otherwise guesses at temporary tables.
            cursor.execute(f"ANALYZE {statement.split()[3]}")
            say(label)
        for model, statement, own in _statements(context):
            cursor.execute(statement, params | own)
            rows[model._meta.label] += cursor.rowcount
            say(f"{model._meta.label} {cursor.rowcount}")
        cursor.execute("DROP TABLE profile_enrollment, profile_try, profile_done")
        cursor.execute("TRUNCATE profile_learner")
    return rows
