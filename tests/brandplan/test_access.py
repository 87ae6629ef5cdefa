"""Only a plan's owner sees or changes it; a read-only link works until it is revoked."""

import pytest
from django.test import Client
from django.urls import reverse

from content.brandplan import services
from content.brandplan.models import BrandPlan

from .conftest import image_bytes


def owner_urls(plan):
    return [
        ("get", reverse("brandplan:detail", args=[plan.pk])),
        ("get", reverse("brandplan:step", args=[plan.pk, "story"])),
        ("post", reverse("brandplan:step", args=[plan.pk, "story"])),
        ("get", reverse("brandplan:pdf", args=[plan.pk])),
        ("get", reverse("brandplan:logo", args=[plan.pk])),
        ("post", reverse("brandplan:share", args=[plan.pk])),
        ("post", reverse("brandplan:unshare", args=[plan.pk])),
        ("get", reverse("brandplan:delete", args=[plan.pk])),
        ("post", reverse("brandplan:delete", args=[plan.pk])),
    ]


@pytest.fixture
def plan_with_logo(plan):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from content.brandplan import logos

    services.set_logo(plan, logos.clean_logo(SimpleUploadedFile("l.png", image_bytes())))
    plan.save()
    return plan


@pytest.mark.parametrize("who", ["other learner", "anonymous"])
def test_nobody_but_the_owner_reaches_a_plan(client, plan_with_logo, other_learner, who):
    plan = plan_with_logo
    if who == "other learner":
        client.force_login(other_learner)
    for method, url in owner_urls(plan):
        response = getattr(client, method)(url, {"brand_name": "Stolen", "story": "x"})
        assert response.status_code == 404, (method, url)
    plan.refresh_from_db()
    assert plan.brand_name == "Umucyo Coffee"
    assert not plan.is_shared
    assert BrandPlan.objects.filter(pk=plan.pk).exists()


def test_the_owner_reaches_every_page(owner_client, plan_with_logo):
    plan = plan_with_logo
    for method, url in owner_urls(plan)[:5]:
        assert getattr(owner_client, method)(url).status_code in (200, 400), url


def test_the_list_shows_only_the_learners_own_plans(owner_client, plan, other_learner):
    services.create_plan(other_learner, "Someone else's brand")
    page = owner_client.get(reverse("brandplan:list")).content.decode()
    assert "Umucyo Coffee" in page
    assert "Someone else" not in page


def test_the_list_asks_anonymous_visitors_to_sign_in(client, db):
    response = client.get(reverse("brandplan:list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_read_only_link_opens_the_plan_until_revoked(owner_client, plan_with_logo):
    plan = plan_with_logo
    visitor = Client()
    response = owner_client.post(reverse("brandplan:share", args=[plan.pk]))
    page = owner_client.get(response.url).content.decode()
    assert "Copy it now" in page
    plan.refresh_from_db()
    token = page.split('id="share-url" type="text" readonly value="http://testserver')[1]
    shared_url = token.split('"')[0]
    assert plan.share_token_hash not in shared_url  # only the hash is stored
    # Shown once: reloading the page no longer prints it.
    assert (
        shared_url
        not in owner_client.get(reverse("brandplan:detail", args=[plan.pk])).content.decode()
    )

    response = visitor.get(shared_url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    shared_page = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in shared_page
    assert "Umucyo Coffee" in shared_page
    assert "<form" not in shared_page.split('<main id="main"')[1]  # no edit controls
    assert "/story/" not in shared_page
    assert visitor.get(shared_url + "logo.png").status_code == 200
    assert visitor.get(shared_url + "plan.pdf").content.startswith(b"%PDF")

    owner_client.post(reverse("brandplan:unshare", args=[plan.pk]))
    assert visitor.get(shared_url).status_code == 404
    assert visitor.get(shared_url + "logo.png").status_code == 404
    assert visitor.get(shared_url + "plan.pdf").status_code == 404


def test_a_new_link_replaces_the_old_one(plan):
    first = services.create_share_link(plan)
    second = services.create_share_link(plan)
    assert services.shared_plan(second) == plan
    with pytest.raises(BrandPlan.DoesNotExist):
        services.shared_plan(first)
    with pytest.raises(BrandPlan.DoesNotExist):
        services.shared_plan("")


def test_deleting_a_plan_removes_it_and_its_logo(
    owner_client, plan_with_logo, django_capture_on_commit_callbacks
):
    plan = plan_with_logo
    storage, name = plan.logo.storage, plan.logo.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(reverse("brandplan:delete", args=[plan.pk]))
    assert response.url == reverse("brandplan:list")
    assert not BrandPlan.objects.filter(pk=plan.pk).exists()
    assert not storage.exists(name)


def test_deleting_the_account_removes_the_logo_file(
    learner, plan_with_logo, django_capture_on_commit_callbacks
):
    storage, name = plan_with_logo.logo.storage, plan_with_logo.logo.name
    with django_capture_on_commit_callbacks(execute=True):
        learner.delete()
    assert not BrandPlan.objects.exists()
    assert not storage.exists(name)
