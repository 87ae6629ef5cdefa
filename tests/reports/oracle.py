"""Every report figure counted again, independently, in plain Python over the rows.

Nothing here calls lms.reports: the definitions are re-read from docs/reports.md and the
disclosure rules (threshold, rounding to 5, complementary suppression, percentages from
published counts) are re-implemented, so a test comparing the two catches a mistake in
either.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from statistics import median

from .population import Rows

MIN, ROUND = 10, 5


def rounded(value: int) -> int:
    return int(math.floor(value / ROUND + 0.5)) * ROUND


def published(value: int, learners: int | None = None) -> int | None:
    learners = value if learners is None else learners
    return None if learners < MIN else rounded(value)


def percent(numerator: int | None, base: int | None) -> float | None:
    if numerator is None or not base:
        return None
    return round(100 * numerator / base, 1)


def protect(column: list[tuple[int, int]]) -> list[int | None]:
    """(value, learners) cells of an additive column, as published."""
    hidden = [learners < MIN for _v, learners in column]
    if sum(hidden) == 1 and len(column) > 1:
        others = [i for i, h in enumerate(hidden) if not h]
        hidden[min(others, key=lambda i: (column[i][1], i))] = True
    return [None if h else rounded(v) for (v, _l), h in zip(column, hidden, strict=True)]


class Oracle:
    def __init__(self, rows: Rows, countries, *, start=None, end=None, country="",
                 programme=None, track=None, course=None, now):  # fmt: skip
        self.rows, self.now, self.start, self.end = rows, now, start, end
        if country:
            countries = {country} if countries is None or country in countries else set()
        members = {m["user_id"] for m in rows.members if m["programme_id"] == programme}
        self.users = {
            u["pk"]: u
            for u in rows.users
            if (countries is None or u["country"] in countries)
            and (programme is None or u["pk"] in members)
        }
        courses = None
        if course is not None:
            courses = {course}
        if track is not None:
            of_track = {c for c, t in rows.course_track.items() if t == track}
            courses = of_track if courses is None else courses & of_track
        if programme is not None:
            mine = rows.programme_courses.get(programme, set())
            courses = set(mine) if courses is None else courses & mine
        self.courses = courses

    def in_course(self, course_id) -> bool:
        return self.courses is None or course_id in self.courses

    def in_period(self, moment) -> bool:
        return (
            moment is not None
            and (self.start is None or moment >= self.start)
            and (self.end is None or moment < self.end)
        )

    @property
    def enrollments(self):
        return [
            e for e in self.rows.enrollments
            if e["user_id"] in self.users and self.in_course(e["course_id"])
        ]  # fmt: skip

    @property
    def certificates(self):
        return [
            c for c in self.rows.certificates
            if c["user_id"] in self.users and c["revoked_at"] is None
            and c["course_id"] is not None and self.in_course(c["course_id"])
        ]  # fmt: skip

    def raw(self) -> dict:
        """Every headline number, unpublished: {name: (value, learners)}."""
        enr = self.enrollments
        begun = [e for e in enr if self.in_period(e["enrolled_at"])]
        done = [e for e in enr if self.in_period(e["completed_at"])]
        begun_done = [e for e in begun if e["completed_at"] is not None]
        reference = min(self.end, self.now) if self.end else self.now
        active = {
            e["user_id"] for e in enr
            if e["last_activity_at"] and reference - dt.timedelta(days=30)
            <= e["last_activity_at"] < reference
        }  # fmt: skip
        lessons = [
            p for p in self.rows.progress
            if p["user_id"] in self.users and self.in_course(p["course_id"])
            and self.in_period(p["completed_at"])
        ]  # fmt: skip
        certs = [c for c in self.certificates if self.in_period(c["issued_at"])]
        attempts = [
            a for a in self.rows.attempts
            if a["user_id"] in self.users and a["submitted_at"] is not None
            and self.in_course(self.rows.quiz_course.get(a["quiz_id"]))
            and self.in_period(a["submitted_at"])
        ]  # fmt: skip
        passed = [a for a in attempts if a["passed"]]
        registered = [u for u in self.users.values() if self.in_period(u["date_joined"])]
        days = [(e["completed_at"] - e["enrolled_at"]).total_seconds() / 86400 for e in done]

        def n(rows, key="user_id"):
            return len({r[key] for r in rows})

        return {
            "registered": (len(registered), len(registered)),
            "enrolled": (n(begun), n(begun)),
            "active": (len(active), len(active)),
            "enrollments": (len(begun), n(begun)),
            "lessons": (len(lessons), n(lessons)),
            "completions": (len(done), n(done)),
            "begun_completed": (len(begun_done), n(begun_done)),
            "certificates": (len(certs), n(certs)),
            "attempts": (len(attempts), n(attempts)),
            "passed": (len(passed), n(passed)),
            "median_days": (median(days) if days else None, n(done)),
        }

    def figures(self) -> dict:
        """Published headline figures: {key: value or None}."""
        raw = self.raw()
        pub = {k: published(*v) for k, v in raw.items() if k != "median_days"}
        med, med_learners = raw["median_days"]
        return {
            "registered": pub["registered"],
            "enrolled": pub["enrolled"],
            "active": pub["active"],
            "enrollments": pub["enrollments"],
            "lessons": pub["lessons"],
            "completions": pub["completions"],
            "completion_rate": percent(pub["begun_completed"], pub["enrollments"]),
            "certificates": pub["certificates"],
            "quiz_pass_rate": percent(pub["passed"], pub["attempts"]),
            "median_days": None if med is None or med_learners < MIN else round(med),
        }

    # --- per-learner measures, for breakdowns and the funnel -----------------------------

    def learner_sets(self) -> dict[str, set[int]]:
        enr = self.enrollments
        return {
            "registered": {u for u, r in self.users.items() if self.in_period(r["date_joined"])},
            "enrolled": {e["user_id"] for e in enr if self.in_period(e["enrolled_at"])},
            "completed": {e["user_id"] for e in enr if self.in_period(e["completed_at"])},
            "certified": {
                c["user_id"] for c in self.certificates if self.in_period(c["issued_at"])
            },
        }

    def profile_table(self, field: str, keys: list[str], *, consent: bool) -> dict:
        """{row key: [published per measure]} and the totals, for a profile breakdown."""
        sets = self.learner_sets()
        measures = ["registered", "enrolled", "completed", "certified"]
        counts = {k: dict.fromkeys(measures, 0) for k in keys}

        def key_of(user):
            if consent and not user["consent_statistics"]:
                return "_not_shared"
            value = user[field]
            if not value:
                return "_not_stated"
            return f"{user['country'] or '—'}|{value.strip()}" if field == "region" else value

        for pk, user in self.users.items():
            key = key_of(user)
            assert key in counts, f"row {key!r} missing from the report"
            for m in measures:
                counts[key][m] += pk in sets[m]
        columns = {m: protect([(counts[k][m], counts[k][m]) for k in keys]) for m in measures}
        rows = {k: [columns[m][i] for m in measures] for i, k in enumerate(keys)}
        totals = [published(len(sets[m])) for m in measures]
        return {"rows": rows, "total": totals}

    def funnel(self) -> list[int | None]:
        cohort = {u for u, r in self.users.items() if self.in_period(r["date_joined"])}
        enr = self.enrollments
        enrolled = {e["user_id"] for e in enr}
        progress = [
            p for p in self.rows.progress
            if p["user_id"] in self.users and self.in_course(p["course_id"])
        ]  # fmt: skip
        started = {p["user_id"] for p in progress}
        per_course = defaultdict(int)
        for p in progress:
            per_course[(p["user_id"], p["course_id"])] += 1
        half = {
            user for (user, course), done in per_course.items()
            if self.rows.lessons_per_course[course]
            and done >= math.ceil(self.rows.lessons_per_course[course] / 2)
        }  # fmt: skip
        completed = {e["user_id"] for e in enr if e["completed_at"] is not None}
        certified = {c["user_id"] for c in self.certificates}
        stages, current = [], set(cohort)
        for stage in (None, enrolled, started, half, completed, certified):
            if stage is not None:
                current &= stage
            stages.append(published(len(current)))
        return stages

    def monthly(self, months: list[str]) -> dict:
        series = {
            "registrations": [(u["date_joined"], u["pk"]) for u in self.users.values()],
            "enrollments": [(e["enrolled_at"], e["user_id"]) for e in self.enrollments],
            "completions": [(e["completed_at"], e["user_id"]) for e in self.enrollments],
            "certificates": [(c["issued_at"], c["user_id"]) for c in self.certificates],
        }
        columns, totals = {}, {}
        for name, events in series.items():
            events = [(m, u) for m, u in events if self.in_period(m)]
            cells = []
            for month in months:
                mine = [u for m, u in events if m.strftime("%Y-%m") == month]
                cells.append((len(mine), len(set(mine))))
            columns[name] = protect(cells)
            totals[name] = published(len(events), len({u for _m, u in events}))
        rows = {m: [columns[s][i] for s in series] for i, m in enumerate(months)}
        return {"rows": rows, "total": [totals[s] for s in series]}

    def by_course(self) -> dict[str, list[int | None]]:
        result = {}
        courses = {e["course_id"] for e in self.enrollments}
        for course in courses:
            enr = [e for e in self.enrollments if e["course_id"] == course]
            certs = [c for c in self.certificates if c["course_id"] == course]
            result[str(course)] = [
                published(len({e["user_id"] for e in enr if self.in_period(e["enrolled_at"])})),
                published(len({e["user_id"] for e in enr if self.in_period(e["completed_at"])})),
                published(len({c["user_id"] for c in certs if self.in_period(c["issued_at"])})),
            ]
        return result

    def by_track(self) -> dict[str, list[int | None]]:
        result = {}
        for track in {t for t in self.rows.course_track.values() if t}:
            enr = [e for e in self.enrollments if self.rows.course_track[e["course_id"]] == track]
            certs = [
                c for c in self.certificates if self.rows.course_track[c["course_id"]] == track
            ]
            result[str(track)] = [
                published(len({e["user_id"] for e in enr if self.in_period(e["enrolled_at"])})),
                published(len({e["user_id"] for e in enr if self.in_period(e["completed_at"])})),
                published(len({c["user_id"] for c in certs if self.in_period(c["issued_at"])})),
            ]
        return result
