"""A synthetic population of SME learners: who they are, and what they did, in plain Python.

Nothing here touches the database. ``synthesize(index, …)`` draws learner number ``index``
from a random generator seeded with the seed and the index alone, so a learner is the same
whatever the size of the population and whichever loader writes it: ``load_demo
--learners N`` (``lms.demo.learners``, the ORM) and ``generate_report_data`` (COPY on
PostgreSQL) share it.

The shapes are meant to make the ministry reports look like a real programme's: signups grow
over the 18 months before today, dip in August and December and on weekends, and jump where
a programme launches; Kenya and Rwanda are the largest countries; sectors follow a typical
SME economy (trade, manufacturing and agriculture first, every ISIC section present); the
learning funnel narrows from enrolled to started, half done, completed and certified,
steeper for the less diligent; a few certificates are revoked.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from dataclasses import dataclass, field
from decimal import Decimal

from lms.accounts.choices import EnterpriseSize, ExportStage, OwnerGender, Sector

SYNTHETIC_DOMAIN = "learners.example.org"
DEFAULT_SEED = 2026
MONTHS = 18
DAYS = 548  # 18 months of days, the window signups are spread over

# Country: (weight, regions with weights). Kenya and Rwanda first and largest.
COUNTRIES: dict[str, tuple[float, list[tuple[str, float]]]] = {
    "KE": (
        0.23,
        [
            ("Nairobi", 0.38),
            ("Mombasa", 0.14),
            ("Kisumu", 0.11),
            ("Nakuru", 0.10),
            ("Kiambu", 0.12),
            ("Uasin Gishu", 0.08),
            ("Machakos", 0.07),
        ],
    ),
    "RW": (
        0.18,
        [
            ("Kigali", 0.46),
            ("Eastern Province", 0.16),
            ("Southern Province", 0.14),
            ("Northern Province", 0.11),
            ("Western Province", 0.13),
        ],
    ),
    "UG": (
        0.11,
        [
            ("Central Region", 0.48),
            ("Western Region", 0.20),
            ("Eastern Region", 0.18),
            ("Northern Region", 0.14),
        ],
    ),
    "TZ": (
        0.10,
        [
            ("Dar es Salaam", 0.42),
            ("Arusha", 0.17),
            ("Mwanza", 0.15),
            ("Dodoma", 0.12),
            ("Zanzibar", 0.14),
        ],
    ),
    "GH": (
        0.08,
        [
            ("Greater Accra", 0.42),
            ("Ashanti", 0.28),
            ("Western", 0.11),
            ("Northern", 0.10),
            ("Volta", 0.09),
        ],
    ),
    "NG": (
        0.09,
        [
            ("Lagos", 0.40),
            ("Federal Capital Territory", 0.18),
            ("Kano", 0.16),
            ("Rivers", 0.13),
            ("Oyo", 0.13),
        ],
    ),
    "SN": (0.05, [("Dakar", 0.55), ("Thiès", 0.20), ("Saint-Louis", 0.14), ("Ziguinchor", 0.11)]),
    "VN": (
        0.07,
        [
            ("Ho Chi Minh City", 0.40),
            ("Hà Nội", 0.32),
            ("Đà Nẵng", 0.12),
            ("Hải Phòng", 0.09),
            ("Cần Thơ", 0.07),
        ],
    ),
    "KH": (
        0.04,
        [("Phnom Penh", 0.55), ("Siem Reap", 0.18), ("Battambang", 0.14), ("Kampong Cham", 0.13)],
    ),
    "BD": (
        0.05,
        [
            ("Dhaka", 0.45),
            ("Chattogram", 0.22),
            ("Khulna", 0.12),
            ("Rajshahi", 0.11),
            ("Sylhet", 0.10),
        ],
    ),
}

# ISIC Rev.4 sections as small enterprises spread over them: trade, manufacturing and
# agriculture lead; public administration, households and extraterritorial bodies are rare.
SECTOR_WEIGHTS = {
    "G": 24.0,
    "C": 18.0,
    "A": 14.0,
    "I": 8.0,
    "S": 6.0,
    "M": 5.0,
    "J": 5.0,
    "H": 4.0,
    "F": 3.0,
    "N": 3.0,
    "R": 2.0,
    "P": 2.0,
    "Q": 2.0,
    "K": 1.2,
    "L": 1.0,
    "E": 0.7,
    "B": 0.6,
    "D": 0.4,
    "O": 0.1,
    "T": 0.1,
    "U": 0.1,
}
SIZE_WEIGHTS = {"micro": 68.0, "small": 25.0, "medium": 7.0}
GENDER_WEIGHTS = {"woman": 42.0, "man": 50.0, "other": 1.0, "undisclosed": 7.0}
STAGE_WEIGHTS = {"not_yet": 42.0, "exploring": 30.0, "occasional": 18.0, "regular": 10.0}
CONSENT_SHARE = 0.76

# Every profile value is given to one of the first learners in turn, so that even a small
# population (a test's) shows every row of every breakdown.
PROFILE_VALUES = {
    "sector": list(Sector.values),
    "enterprise_size": list(EnterpriseSize.values),
    "owner_gender": list(OwnerGender.values),
    "export_stage": list(ExportStage.values),
}
COVERAGE = max(len(values) for values in PROFILE_VALUES.values())

# Month of the year -> how many sign up, relative: the end-of-year and August holidays dip.
SEASON = {1: 1.1, 2: 1.15, 3: 1.2, 4: 1.0, 5: 0.95, 6: 0.9, 7: 0.85, 8: 0.7, 9: 1.1, 10: 1.2}
SEASON |= {11: 1.05, 12: 0.6}
LAUNCH_BOOST = 1.8  # signups in a programme's countries once the programme has started

ENROLLMENTS_PER_LEARNER = ([1, 2, 3, 4, 5], [50, 27, 13, 7, 3])
TRACK_WEIGHTS = {"export-skills": 0.45, "brand-going-abroad": 0.33, "trade-law-and-policy": 0.22}
POSITION_WEIGHTS = [1.0, 0.7, 0.5, 0.4]  # the first course of a track draws the most
REVOKED_SHARE = 0.012
MAX_QUIZ_ATTEMPTS = 3
REVOKE_REASONS = [
    "Issued in error: the enrollment belonged to a shared business account.",
    "The learner asked for the certificate to be withdrawn.",
]

FIRST_NAMES = {
    "KE": (["Wanjiru", "Akinyi", "Njeri", "Chebet", "Mumbi"], ["Otieno", "Kamau", "Kiprono"]),
    "RW": (["Uwase", "Mukamana", "Ingabire", "Umutoni"], ["Habimana", "Niyonzima", "Mugisha"]),
    "UG": (["Nakato", "Namusoke", "Achieng", "Atim"], ["Ssempala", "Okello", "Mugabe"]),
    "TZ": (["Neema", "Rehema", "Zawadi", "Halima"], ["Baraka", "Juma", "Emmanuel"]),
    "GH": (["Akosua", "Ama", "Efua", "Abena"], ["Kwame", "Kofi", "Yaw"]),
    "NG": (["Chiamaka", "Ngozi", "Aisha", "Folake"], ["Chinedu", "Emeka", "Tunde"]),
    "SN": (["Awa", "Fatou", "Aminata", "Khady"], ["Moussa", "Ibrahima", "Cheikh"]),
    "VN": (["Thị Hoa", "Thị Lan", "Thu Trang", "Ngọc Anh"], ["Văn Minh", "Đức Anh", "Quang Huy"]),
    "KH": (["Sreymom", "Sophea", "Channary", "Bopha"], ["Dara", "Sokha", "Vannak"]),
    "BD": (["Nusrat", "Farzana", "Sharmin", "Taslima"], ["Rahim", "Karim", "Arif"]),
}
LAST_NAMES = {
    "KE": ["Mwangi", "Odhiambo", "Wambui", "Kariuki", "Njoroge", "Mutua"],
    "RW": ["Uwimana", "Nshimiyimana", "Mukeshimana", "Hakizimana", "Iradukunda"],
    "UG": ["Nabirye", "Mukasa", "Tumusiime", "Byaruhanga", "Namutebi"],
    "TZ": ["Mushi", "Mollel", "Massawe", "Mwakyusa", "Shirima"],
    "GH": ["Mensah", "Owusu", "Boateng", "Asante", "Agyeman"],
    "NG": ["Okafor", "Adeyemi", "Bello", "Eze", "Ibrahim"],
    "SN": ["Diop", "Ndiaye", "Sow", "Fall", "Sarr"],
    "VN": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"],
    "KH": ["Chea", "Sok", "Kim", "Heng", "Chan"],
    "BD": ["Hossain", "Rahman", "Akter", "Islam", "Chowdhury"],
}


# --- What the population is drawn over: the catalogue of courses and programmes -----------


@dataclass(frozen=True)
class CourseInfo:
    """A live course as the generator needs it: its lessons in order and its quiz."""

    pk: int
    track: str
    position: int
    lesson_ids: tuple[int, ...]
    quiz_id: int | None = None
    pass_mark: int = 70
    question_ids: tuple[int, ...] = ()
    needs_quiz: bool = True  # completion needs the graded quiz passed, not only the lessons
    certifies: bool = True  # a certificate is issued on completion


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme learners may join: where, from when, its courses and the codes to use."""

    pk: int
    countries: frozenset[str]
    starts_at: dt.datetime
    course_ids: tuple[int, ...]
    codes: dict[str, int]  # country code (or "*") -> EnrollmentCode pk
    women_led: bool = False


@dataclass
class Catalogue:
    courses: list[CourseInfo]
    programmes: list[ProgrammeInfo] = field(default_factory=list)

    def __post_init__(self):
        if not self.courses:
            raise ValueError("There are no live courses to enroll synthetic learners in.")
        self.by_pk = {course.pk: course for course in self.courses}
        self.course_weights = [
            TRACK_WEIGHTS.get(course.track, 0.2)
            * POSITION_WEIGHTS[min(course.position, len(POSITION_WEIGHTS) - 1)]
            for course in self.courses
        ]
        self._signup_days: dict[str, list[float]] = {}

    def signup_days(self, country: str, now: dt.datetime) -> list[float]:
        """Cumulative weights of the DAYS days before ``now`` for a signup in ``country``."""
        if country not in self._signup_days:
            launches = [p.starts_at for p in self.programmes if country in p.countries]
            weights = []
            for offset in range(DAYS):
                day = now - dt.timedelta(days=DAYS - offset)
                growth = 0.3 + 0.7 * (offset / (DAYS - 1)) ** 1.3
                weekday = 0.55 if day.weekday() >= 5 else 1.0
                boost = LAUNCH_BOOST if any(day >= start for start in launches) else 1.0
                weights.append(growth * SEASON[day.month] * weekday * boost)
            self._signup_days[country] = list(itertools.accumulate(weights))
        return self._signup_days[country]


# --- One learner -----------------------------------------------------------------------------


@dataclass
class SyntheticAttempt:
    quiz_id: int
    started_at: dt.datetime
    submitted_at: dt.datetime
    question_ids: list[int]
    results: dict[str, dict]
    score: Decimal
    passed: bool


@dataclass
class SyntheticEnrollment:
    course_id: int
    enrolled_at: dt.datetime
    last_activity_at: dt.datetime
    status: str = "active"
    withdrawn_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None
    lessons: list[tuple[int, dt.datetime]] = field(default_factory=list)
    attempts: list[SyntheticAttempt] = field(default_factory=list)
    certificate_issued_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    revoked_reason: str = ""
    score: int | None = None  # the best passing score, printed on the certificate


@dataclass
class SyntheticLearner:
    index: int
    email: str
    first_name: str
    last_name: str
    date_joined: dt.datetime
    profile: dict[str, object]
    membership: tuple[int, int | None, dt.datetime] | None = None  # programme, code, joined
    enrollments: list[SyntheticEnrollment] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def synthetic_email(index: int) -> str:
    return f"sme-{index:07d}@{SYNTHETIC_DOMAIN}"


def synthetic_index(email: str) -> int | None:
    """The index a synthetic e-mail address was made from, or None for any other address."""
    local, _, domain = email.partition("@")
    if domain != SYNTHETIC_DOMAIN or not local.startswith("sme-"):
        return None
    digits = local[len("sme-") :]
    return int(digits) if digits.isdigit() else None


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def draw_profile(index: int, rng: random.Random) -> dict[str, object]:
    """Where learner ``index`` works and what their business is, drawn from ``rng``."""
    country = rng.choices(list(COUNTRIES), weights=[w for w, _ in COUNTRIES.values()])[0]
    regions = COUNTRIES[country][1]
    profile = {
        "country": country,
        "region": rng.choices([r for r, _ in regions], weights=[w for _, w in regions])[0],
        "sector": _pick(rng, SECTOR_WEIGHTS),
        "enterprise_size": _pick(rng, SIZE_WEIGHTS),
        "owner_gender": _pick(rng, GENDER_WEIGHTS),
        "export_stage": _pick(rng, STAGE_WEIGHTS),
        "consent_statistics": rng.random() < CONSENT_SHARE,
    }
    if index < COVERAGE:
        for name, values in PROFILE_VALUES.items():
            profile[name] = values[index % len(values)]
        profile["consent_statistics"] = True
    return profile


def _minutes(rng: random.Random, low: float, high: float) -> dt.timedelta:
    return dt.timedelta(minutes=rng.uniform(low, high))


def _days(rng: random.Random, mean: float) -> dt.timedelta:
    return dt.timedelta(days=rng.expovariate(1 / mean))


def _membership(learner, rng, catalogue, now):
    """Whether the learner joined a programme's cohort, with which code and when."""
    woman = learner.profile["owner_gender"] == "woman"
    country = learner.profile["country"]
    # Women-owned businesses are offered the women-led programme first where both run.
    programmes = sorted(catalogue.programmes, key=lambda p: p.women_led != woman)
    for programme in programmes:
        if country not in programme.countries:
            continue
        rate = (0.5 if woman else 0.06) if programme.women_led else 0.55
        if learner.date_joined >= programme.starts_at:
            joined = learner.date_joined + _minutes(rng, 0.5, 3)  # the code at signup
            if rng.random() < 0.2:
                joined = learner.date_joined + _days(rng, 12)  # the code came later
        else:
            rate *= 0.25  # earlier learners who heard of it later
            joined = programme.starts_at + _days(rng, 30)
        if rng.random() < rate and joined <= now:
            code = programme.codes.get(country) or programme.codes.get("*")
            return programme, code, joined
    return None


def _quiz(enrollment, course, rng, diligence, now, start):
    """Attempts at the course's quiz after the last lesson; True once one passes."""
    at = start
    for number in range(MAX_QUIZ_ATTEMPTS):
        at = at + (_days(rng, 0.6) if number == 0 else _days(rng, 2.5))
        submitted = at + _minutes(rng, 4, 25)
        if submitted > now:
            return False
        chance = min(0.97, 0.5 + 0.4 * diligence + 0.1 * number)
        results = {}
        right = 0
        for qid in course.question_ids:
            correct = rng.random() < chance
            right += correct
            results[str(qid)] = {"score": 1.0 if correct else 0.0, "correct": correct}
        total = len(course.question_ids) or 1
        score = (Decimal(100 * right) / total).quantize(Decimal("0.01"))
        passed = score >= course.pass_mark
        enrollment.attempts.append(
            SyntheticAttempt(
                course.quiz_id, at, submitted, list(course.question_ids), results, score, passed
            )
        )
        at = submitted
        if passed:
            enrollment.score = round(score)
            return True
        if rng.random() > 0.75:  # gave up after a failed attempt
            return False
    return False


def _enrollment(course, enrolled_at, rng, diligence, now) -> SyntheticEnrollment:
    enrollment = SyntheticEnrollment(course.pk, enrolled_at, last_activity_at=enrolled_at)
    lessons = course.lesson_ids
    if lessons and rng.random() < 0.5 + 0.42 * diligence:
        wanted = (
            len(lessons)
            if rng.random() < 0.25 + 0.6 * diligence
            else rng.randint(1, max(1, len(lessons) - 1))
        )
        at = enrolled_at + _days(rng, 1.0)
        for lesson_id in lessons[:wanted]:
            if at > now:
                break
            enrollment.lessons.append((lesson_id, at))
            at = at + _days(rng, 2.2)
    if enrollment.lessons:
        last = enrollment.lessons[-1][1]
        done_all = len(enrollment.lessons) == len(lessons)
        passed = False
        if done_all and course.quiz_id and course.question_ids:
            passed = _quiz(enrollment, course, rng, diligence, now, last)
        if enrollment.attempts:
            last = enrollment.attempts[-1].submitted_at
        completed = done_all and (passed or not (course.needs_quiz and course.quiz_id))
        if completed:
            enrollment.completed_at = last
        if completed and course.certifies:
            enrollment.certificate_issued_at = last + dt.timedelta(seconds=rng.uniform(1, 40))
            if rng.random() < REVOKED_SHARE:
                revoked = enrollment.certificate_issued_at + _days(rng, 25)
                if revoked <= now:
                    enrollment.revoked_at = revoked
                    enrollment.revoked_reason = rng.choice(REVOKE_REASONS)
        enrollment.last_activity_at = last
        if not completed and rng.random() < 0.35:  # came back to read without finishing
            enrollment.last_activity_at = min(now, last + _days(rng, 20))
    elif rng.random() < 0.18:
        enrollment.status = "withdrawn"
        enrollment.withdrawn_at = min(now, enrolled_at + _days(rng, 9))
        enrollment.last_activity_at = enrollment.withdrawn_at
    return enrollment


def synthesize(
    index: int, catalogue: Catalogue, now: dt.datetime, seed: int = DEFAULT_SEED
) -> SyntheticLearner:
    """Learner number ``index``: the same person for the same seed, index and ``now``."""
    # Demo data, not secrets: a seeded generator is the point.
    rng = random.Random(seed * 10_000_019 + index)  # noqa: S311
    profile = draw_profile(index, rng)
    country = profile["country"]
    days = catalogue.signup_days(country, now)
    day = bisect.bisect_left(days, rng.random() * days[-1])
    date_joined = now - dt.timedelta(days=DAYS - day) + _minutes(rng, 0, 24 * 60)
    date_joined = min(date_joined, now - dt.timedelta(minutes=5))
    women, men = FIRST_NAMES[country]
    names = {"woman": women, "man": men}.get(profile["owner_gender"], women + men)
    first = rng.choice(names)
    learner = SyntheticLearner(
        index,
        synthetic_email(index),
        first,
        rng.choice(LAST_NAMES[country]),
        date_joined,
        profile,
    )
    learner.membership = _membership(learner, rng, catalogue, now)

    diligence = rng.betavariate(2.2, 2.0)
    count = rng.choices(*ENROLLMENTS_PER_LEARNER)[0]
    weights = list(catalogue.course_weights)
    if learner.membership is not None:
        programme = learner.membership[0]
        for position, course in enumerate(catalogue.courses):
            if course.pk in programme.course_ids:
                weights[position] *= 6  # members take their programme's courses
        learner.membership = (programme.pk, learner.membership[1], learner.membership[2])
    courses = []
    pool = list(catalogue.courses)
    for _ in range(min(count, len(pool))):
        position = rng.choices(range(len(pool)), weights=weights)[0]
        courses.append(pool.pop(position))
        weights.pop(position)
    enrolled_at = date_joined + _minutes(rng, 2, 180)
    for number, course in enumerate(courses):
        if number:
            enrolled_at = enrolled_at + _days(rng, 20)
        if enrolled_at > now:
            break
        learner.enrollments.append(_enrollment(course, enrolled_at, rng, diligence, now))
    return learner
