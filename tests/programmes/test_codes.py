"""The code rules of lms.programmes.services: one place, refusing clearly, changing nothing."""

import threading

import pytest
from django.db import connection

from lms.programmes import services
from lms.programmes.models import EnrollmentCode, ProgrammeMembership
from tests.factories import UserFactory

from .builders import make_code, yesterday

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed", ["EXPORT-KE-2027", " export-ke-2027 ", "export ke 2027", "Export_KE_2027"]
)
def test_typed_codes_are_normalised(typed):
    assert services.normalise_code(typed) == "EXPORT-KE-2027"


def test_joining_with_a_code_makes_a_member_and_counts_the_use(learner, code):
    result = services.join_with_code(learner, "export-ke-2027")

    assert result.created
    assert result.membership.programme == code.programme
    assert result.membership.code == code
    code.refresh_from_db()
    assert code.used_count == 1


def test_joining_twice_keeps_one_membership_and_one_use(learner, code):
    first = services.join_with_code(learner, code.code)
    second = services.join_with_code(learner, code.code)

    assert not second.created
    assert second.membership == first.membership
    assert ProgrammeMembership.objects.filter(user=learner).count() == 1
    code.refresh_from_db()
    assert code.used_count == 1


def _refused(learner, typed) -> str:
    with pytest.raises(services.CodeError) as caught:
        services.join_with_code(learner, typed)
    assert list(caught.value.message_dict) == ["programme_code"]
    assert not ProgrammeMembership.objects.exists()
    return caught.value.text


def test_a_wrong_code_is_refused_by_name(learner, code):
    assert _refused(learner, "EXPORT-XX-2027") == (
        "There is no programme with the code EXPORT-XX-2027. Check it against your letter."
    )


def test_an_inactive_code_is_refused(learner, programme):
    make_code(programme, "OLD-CODE", is_active=False)

    assert _refused(learner, "old-code") == "The code OLD-CODE is no longer active."


def test_an_expired_code_is_refused(learner, programme):
    make_code(programme, "PILOT-2026", expires_at=yesterday())

    assert _refused(learner, "PILOT-2026") == "The code PILOT-2026 has expired."


def test_a_used_up_code_is_refused_and_not_counted_again(learner, programme):
    code = make_code(programme, "TEN-ONLY", max_uses=1)
    services.join_with_code(UserFactory(), "TEN-ONLY")

    assert _refused_after_first(learner) == (
        "The code TEN-ONLY has been used as many times as allowed."
    )
    code.refresh_from_db()
    assert code.used_count == 1


def _refused_after_first(learner) -> str:
    with pytest.raises(services.CodeError) as caught:
        services.join_with_code(learner, "TEN-ONLY")
    assert not ProgrammeMembership.objects.filter(user=learner).exists()
    return caught.value.text


def test_an_empty_code_is_asked_for(learner, code):
    assert _refused(learner, "  ") == "Enter a programme code."


def test_the_limit_holds_when_the_code_was_read_before_another_learner_took_the_last_use(
    learner, programme, monkeypatch
):
    """The check a learner passed is not what takes the use: the conditional UPDATE is."""
    code = make_code(programme, "LAST-ONE", max_uses=1)
    stale = EnrollmentCode.objects.select_related("programme").get(pk=code.pk)
    services.join_with_code(UserFactory(), "LAST-ONE")  # takes the last use meanwhile
    monkeypatch.setattr(services, "find_usable_code", lambda typed: stale)

    with pytest.raises(services.CodeError):
        services.join_with_code(learner, "LAST-ONE")

    assert ProgrammeMembership.objects.filter(programme=programme).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_learners_racing_for_the_last_use_cannot_both_get_it(programme):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (set DATABASE_URL)")
    make_code(programme, "LAST-SEAT", max_uses=1)
    racers = [UserFactory(), UserFactory(), UserFactory(), UserFactory()]
    barrier = threading.Barrier(len(racers))
    outcomes = []

    def race(user):
        barrier.wait()
        try:
            outcomes.append(services.join_with_code(user, "LAST-SEAT").created)
        except services.CodeError:
            outcomes.append(False)
        finally:
            connection.close()

    threads = [threading.Thread(target=race, args=(user,)) for user in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == [False, False, False, True]
    assert ProgrammeMembership.objects.count() == 1
    assert EnrollmentCode.objects.get(code="LAST-SEAT").used_count == 1


def test_programme_courses_are_its_own_plus_the_live_courses_of_its_tracks(demo_site, programme):
    from courses.models import TrackPage
    from tests.courses.builders import make_course

    in_track, _ = make_course((1,), slug="pricing")
    draft, _ = make_course((1,), slug="draft-course")
    draft.unpublish()
    single, _ = make_course((1,), track_slug="brand-going-abroad", slug="trademarks")
    make_course((1,), track_slug="trade-law-and-policy", slug="not-covered")
    programme.tracks.set([TrackPage.objects.get(slug="export-skills")])
    programme.courses.set([single])
    programme.save()

    assert services.programme_course_ids(programme) == {in_track.pk, single.pk}


def test_ensure_programme_is_idempotent_and_keeps_codes_to_their_programme(programme):
    import datetime as dt

    spec = {
        "sponsor": "East African Community Secretariat",
        "countries": ["UG", "KE"],
        "starts_on": dt.date(2026, 9, 1),
        "ends_on": dt.date(2027, 11, 30),
        "targets": {"enrollments": 450, "women_owned_share": 80},
        "codes": [{"code": "brand women 26", "max_uses": 100}],
    }
    first = services.ensure_programme("Women-led brands", **spec)
    again = services.ensure_programme("Women-led brands", **spec)

    assert first.pk == again.pk
    assert [c.code for c in again.codes.all()] == ["BRAND-WOMEN-26"]
    assert (again.target_enrollments, again.target_women_owned_share) == (450, 80)
    assert [c.code for c in again.countries] == ["KE", "UG"]
    with pytest.raises(services.CodeError):
        services.ensure_programme(
            "Women-led brands", **{**spec, "codes": [{"code": "EXPORT-KE-2027"}]}
        )


def test_add_members_adds_many_at_once_and_skips_members(programme, code, learner):
    others = [UserFactory() for _ in range(3)]
    services.join_with_code(learner, code.code)

    added = services.add_members(programme, [learner.pk, *(u.pk for u in others)], code=code)

    assert added == 3
    assert programme.memberships.count() == 4
    code.refresh_from_db()
    assert code.used_count == 4
