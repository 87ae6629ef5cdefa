"""Snippet choosers and the admin API list only what a role's permissions grant.

Wagtail's chooser views check admin access only, and its admin API lists every image and
document; these tests hold each staff role to its permission policy there
(lms.accounts.admin_permissions).
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

#: Snippets whose choosers answer to the policy: the chooser URL namespace, the world's object.
SENSITIVE = {
    "certificate": ("wagtailsnippetchoosers_courses_certificate", "certificate_a"),
    "assignment": ("wagtailsnippetchoosers_courses_courseassignment", "assignment_x"),
    "scope": ("wagtailsnippetchoosers_accounts_analystscope", "scope_a"),
    # Not personal, but a role's permissions decide: analysts have none on them.
    "design": ("wagtailsnippetchoosers_courses_certificatetemplate", "design"),
    "resource": ("wagtailsnippetchoosers_library_resource", "resource"),
}
#: Who may choose each (everybody else is refused and sees nothing).
ALLOWED = {
    "certificate": {"moderator", "site_admin"},
    "assignment": {"moderator", "site_admin"},
    "scope": {"site_admin"},
    "design": {"trainer_x", "trainer_y", "moderator", "site_admin"},
    "resource": {"trainer_x", "trainer_y", "moderator", "site_admin"},
}
STAFF = ("trainer_x", "trainer_y", "moderator", "analyst_a", "analyst_b", "site_admin")


def chooser_urls(namespace: str, pk) -> dict[str, str]:
    return {
        "choose": reverse(f"{namespace}:choose"),
        "results": reverse(f"{namespace}:choose_results") + "?q=a",
        "chosen": reverse(f"{namespace}:chosen", args=[pk]),
        "chosen_multiple": reverse(f"{namespace}:chosen_multiple") + f"?id={pk}",
    }


@pytest.mark.parametrize("snippet", sorted(SENSITIVE))
@pytest.mark.parametrize("role", STAFF)
def test_sensitive_snippet_choosers_follow_the_permission_policy(security_world, snippet, role):
    namespace, object_name = SENSITIVE[snippet]
    obj = security_world.objects[object_name]
    client = security_world.client(role)
    for view, url in chooser_urls(namespace, obj.pk).items():
        response = client.get(url)
        if role in ALLOWED[snippet]:
            assert response.status_code == 200, (view, response.status_code)
        else:
            # Wagtail turns PermissionDenied into a redirect to the dashboard with a message.
            assert response.status_code in (302, 403), (view, response.status_code)
            assert str(obj).encode() not in response.content


def test_an_allowed_role_finds_the_certificate_by_its_holder(security_world):
    certificate = security_world.objects["certificate_a"]
    namespace = SENSITIVE["certificate"][0]
    response = security_world.client("moderator").get(
        reverse(f"{namespace}:choose_results"), {"q": certificate.code}
    )
    assert certificate.holder_name in response.content.decode()


def test_a_design_chooser_still_serves_trainers(security_world):
    """Trainers keep choosing certificate designs for their courses (view permission)."""
    design = security_world.objects["design"]
    response = security_world.client("trainer_x").get(
        reverse("wagtailsnippetchoosers_courses_certificatetemplate:choose")
    )
    assert response.status_code == 200
    assert design.name in response.content.decode()


@pytest.fixture
def media(security_world):
    Image, Document = get_image_model(), get_document_model()
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Secret ministry chart", file=get_test_image_file())
    from django.core.files.base import ContentFile

    document = Document.objects.create(
        title="Secret ministry memo", file=ContentFile(b"memo", name="memo.txt")
    )
    return image, document


@pytest.mark.parametrize("role", ["analyst_a", "analyst_b"])
def test_analysts_list_no_images_documents_or_pages_through_the_admin_api(
    security_world, media, role
):
    client = security_world.client(role)
    for endpoint, obj in zip(("images", "documents"), media, strict=True):
        listing = client.get(f"/admin/api/main/{endpoint}/")
        assert listing.status_code == 403, endpoint
        assert obj.title not in listing.content.decode()
        assert client.get(f"/admin/api/main/{endpoint}/{obj.pk}/").status_code == 404
    course = security_world.objects["course_x"]
    assert client.get("/admin/api/main/pages/").status_code == 403
    assert client.get(f"/admin/api/main/pages/{course.pk}/").status_code == 404


@pytest.mark.parametrize("role", ["analyst_a", "analyst_b"])
def test_analysts_choose_no_images_or_documents(security_world, media, role):
    client = security_world.client(role)
    for url, obj in zip(
        (reverse("wagtailimages_chooser:choose"), reverse("wagtaildocs_chooser:choose")),
        media,
        strict=True,
    ):
        assert obj.title not in client.get(url).content.decode()


def test_trainers_list_what_their_collection_permissions_give(security_world, media):
    """Trainers may choose images and documents in the root collection (roles migration)."""
    client = security_world.client("trainer_x")
    for endpoint, obj in zip(("images", "documents"), media, strict=True):
        listing = client.get(f"/admin/api/main/{endpoint}/")
        assert obj.title in listing.content.decode(), endpoint
        assert client.get(f"/admin/api/main/{endpoint}/{obj.pk}/").status_code == 200


@pytest.mark.parametrize("role", ["analyst_a", "analyst_b"])
def test_analysts_choose_no_page(security_world, role):
    """Analysts hold no page permission: the page chooser offers them nothing to browse or find."""
    course = security_world.objects["course_x"]
    client = security_world.client(role)
    browse = client.get(reverse("wagtailadmin_choose_page_child", args=[course.get_parent().pk]))
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": course.title})
    for response in (browse, search):
        # Refused: a redirect to the dashboard (or 403 for the modal's XHR).
        assert response.status_code in (302, 403)
        assert course.title not in response.content.decode()
