"""A programme with one open code, shared by the programme tests."""

import datetime as dt

import pytest

from lms.programmes.models import EnrollmentCode, Programme


@pytest.fixture
def programme(db):
    programme = Programme.objects.create(
        name="National export readiness programme 2027",
        sponsor="Ministry of Trade and Industry",
        countries=["KE", "RW"],
        starts_on=dt.date(2027, 1, 1),
        ends_on=dt.date(2027, 12, 31),
        target_enrollments=500,
    )
    EnrollmentCode.objects.create(programme=programme, code="EXPORT-KE-2027")
    return programme


@pytest.fixture
def code(programme):
    return programme.codes.get(code="EXPORT-KE-2027")
