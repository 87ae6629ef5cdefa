"""The OpenBadgeCredential document holds what Open Badges 3.0 (VC Data Model 2.0) requires."""

import copy
import dataclasses
import json
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from courses.openbadges import build_credential
from courses.openbadges.credential import spec_problems

from .conftest import SITE


def test_contexts_types_and_ids_follow_the_spec(data):
    credential = build_credential(data)

    # B.1.2: ordered @context, VC 2.0 first and the OB 3.0 context second.
    assert credential["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert credential["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert credential["id"] == f"{SITE}/certificates/verify/7Q2M-K9XW/"
    assert credential["name"] == "Incoterms 2020 for small exporters"
    assert credential["issuer"] == {
        "id": f"{SITE}/openbadges/issuer",
        "type": ["Profile"],
        "name": "Go Global Academy",
        "url": f"{SITE}/",
    }


def test_valid_from_is_a_utc_date_time_in_whole_seconds(data):
    credential = build_credential(data)

    assert credential["validFrom"] == "2026-11-20T09:30:15Z"
    assert credential["awardedDate"] == "2026-11-20T09:30:15Z"
    assert "validUntil" not in credential


def test_a_valid_until_is_written_when_the_certificate_expires(data):
    ends = datetime(2029, 11, 20, 9, 30, tzinfo=UTC)
    credential = build_credential(dataclasses.replace(data, valid_until=ends))

    assert credential["validUntil"] == "2029-11-20T09:30:00Z"


def test_subject_is_an_achievement_subject_with_an_achievement_and_its_criteria(data):
    subject = build_credential(data)["credentialSubject"]

    assert subject["id"] == "urn:uuid:0b7c61a2-3f5e-4c1d-9a8b-2e6f4d3c2b1a"
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == "Ama Mensah"
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityHash": "Ama Mensah",
            "identityType": "name",
            "hashed": False,
        }
    ]
    achievement = subject["achievement"]
    assert achievement["id"] == f"{SITE}/tracks/export-skills/incoterms-2020/"
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "CertificateOfCompletion"
    assert achievement["name"] == "Incoterms 2020 for small exporters"
    assert achievement["description"] == "Choose the Incoterms rule that fits each shipment."
    assert achievement["criteria"] == {
        "narrative": "Complete every lesson and pass the final quiz with at least 70%."
    }


def test_score_is_a_percent_result_linked_to_its_result_description(data):
    subject = build_credential(data)["credentialSubject"]

    [description] = subject["achievement"]["resultDescription"]
    assert description["resultType"] == "Percent"
    assert (description["valueMin"], description["valueMax"]) == ("0", "100")
    assert subject["result"] == [
        {"type": ["Result"], "resultDescription": description["id"], "value": "85"}
    ]


def test_hours_are_told_in_the_description_and_absent_ones_are_left_out(data):
    assert build_credential(data)["description"] == (
        "Certificate of completion of the course “Incoterms 2020 for small exporters” "
        "(6.5 hours of study)."
    )
    bare = build_credential(dataclasses.replace(data, hours=None, score=None))
    assert "hours" not in bare["description"]
    assert "result" not in bare["credentialSubject"]
    assert "resultDescription" not in bare["credentialSubject"]["achievement"]


def test_the_document_is_plain_json_without_the_learners_email(data, learner):
    text = json.dumps(build_credential(data))

    assert "@" not in text.replace("@context", "")
    assert learner.email not in text


def test_the_built_credential_has_no_spec_problems(data):
    assert spec_problems(build_credential(data)) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["@context"], ["https://www.w3.org/ns/credentials/v2"]),
        (
            ["@context"],
            [
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://www.w3.org/ns/credentials/v2",
            ],
        ),
        (["type"], ["VerifiableCredential"]),
        (["id"], None),
        (["issuer", "type"], ["Organization"]),
        (["issuer", "id"], "not a uri"),
        (["validFrom"], None),
        (["validFrom"], "2026-11-20 09:30:15"),
        (["validUntil"], "tomorrow"),
        (["credentialSubject"], None),
        (["credentialSubject", "type"], ["Person"]),
        (["credentialSubject", "achievement"], None),
        (["credentialSubject", "achievement", "type"], ["Badge"]),
        (["credentialSubject", "achievement", "name"], ""),
        (["credentialSubject", "achievement", "description"], None),
        (["credentialSubject", "achievement", "criteria"], None),
    ],
)
def test_spec_problems_catch_each_missing_or_wrong_required_property(data, path, value):
    credential = copy.deepcopy(build_credential(data))
    target = credential
    for key in path[:-1]:
        target = target[key]
    if value is None:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value

    assert spec_problems(credential)


def test_subject_without_id_or_identifier_is_a_problem(data):
    credential = build_credential(data)
    del credential["credentialSubject"]["id"]
    assert spec_problems(credential) == []  # the name identifier still identifies the subject
    del credential["credentialSubject"]["identifier"]
    assert spec_problems(credential) == ["credentialSubject needs an id or an identifier"]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("subject_id", "ama@example.org", "subject_id must be a urn:uuid: identifier"),
        ("subject_id", "urn:uuid:not-a-uuid", "does not hold a valid UUID"),
        ("credential_id", "/certificates/verify/7Q2M-K9XW/", "credential_id must be an absolute"),
        ("issuer_url", "academy.example.org", "issuer_url must be an absolute"),
        ("valid_from", datetime(2026, 11, 20, 9, 30), "valid_from must be timezone-aware"),
        ("holder_name", "  ", "holder_name must not be empty"),
        ("score", 140, "score must be a percentage"),
    ],
)
def test_data_that_cannot_make_a_valid_credential_is_refused_by_name(data, field, value, message):
    with pytest.raises(ValueError, match=message):
        build_credential(dataclasses.replace(data, **{field: value}))


def test_valid_from_in_another_time_zone_is_written_in_utc(data):
    manila_evening = datetime(2026, 11, 20, 23, 15, tzinfo=ZoneInfo("Asia/Manila"))
    credential = build_credential(dataclasses.replace(data, valid_from=manila_evening))

    assert credential["validFrom"] == "2026-11-20T15:15:00Z"
