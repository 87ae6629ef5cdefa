"""Fixtures for the brand plan builder: a learner's plan and a second learner."""

import io

import pytest
from PIL import Image

from content.brandplan import services
from tests.factories import UserFactory


@pytest.fixture
def other_learner(db):
    return UserFactory(role="Learner")


@pytest.fixture
def plan(learner):
    return services.create_plan(learner, "Umucyo Coffee")


@pytest.fixture
def owner_client(client, learner):
    client.force_login(learner)
    return client


def image_bytes(fmt="PNG", size=(256, 256), colour=(107, 62, 38), **save_kwargs) -> bytes:
    out = io.BytesIO()
    mode = "RGB" if fmt == "JPEG" else "RGBA"
    Image.new(mode, size, colour).save(out, format=fmt, **save_kwargs)
    return out.getvalue()
