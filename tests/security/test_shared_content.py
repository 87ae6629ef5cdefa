"""Certificate designs and library resources belong to content moderators.

A design is printed on other trainers' certificates and a resource is shared by every
course, so a trainer may view and choose them but not add, change or delete them
(migrations courses 0010 and library 0003).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from content.library.models import Resource
from courses.models import CertificateTemplate

pytestmark = pytest.mark.django_db

SHARED = {
    "design": ("wagtailsnippets_courses_certificatetemplate", CertificateTemplate),
    "resource": ("wagtailsnippets_library_resource", Resource),
}


def _urls(namespace, pk):
    return {
        "add": reverse(f"{namespace}:add"),
        "edit": reverse(f"{namespace}:edit", args=[pk]),
        "delete": reverse(f"{namespace}:delete", args=[pk]),
    }


@pytest.mark.parametrize("shared", sorted(SHARED))
@pytest.mark.parametrize("role", ["trainer_x", "trainer_y"])
def test_trainers_change_no_shared_design_or_resource(security_world, shared, role):
    namespace, model = SHARED[shared]
    obj = security_world.objects[shared]
    count, name = model.objects.count(), str(obj)
    client = security_world.client(role)
    for action, url in _urls(namespace, obj.pk).items():
        # Wagtail answers a refused admin view with a redirect to the dashboard.
        assert client.get(url).status_code in (302, 403), action
        response = client.post(url, {"name": "Changed by a trainer", "title": "Changed"})
        assert response.status_code in (302, 403), action
    assert model.objects.count() == count
    obj.refresh_from_db()
    assert str(obj) == name
    # Viewing stays open: trainers pick a design for their course and read the library.
    assert client.get(reverse(f"{namespace}:list")).status_code == 200


@pytest.mark.parametrize("shared", sorted(SHARED))
def test_moderators_keep_changing_shared_designs_and_resources(security_world, shared):
    namespace, _ = SHARED[shared]
    obj = security_world.objects[shared]
    client = security_world.client("moderator")
    for action, url in _urls(namespace, obj.pk).items():
        assert client.get(url).status_code == 200, action
