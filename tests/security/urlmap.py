"""Every URL pattern the resolver knows, and a concrete address for each in the security world.

``url_patterns()`` walks ``get_resolver()`` recursively (the Wagtail admin with its choosers
and API, Django's admin, allauth, the i18n-prefixed learner URLs, Wagtail's page serving),
naming each pattern by its full route, e.g. ``admin/pages/<int:page_id>/edit/``.
``address(route, world)`` fills the pattern's parameters with the world's objects: learner
A's attempt, plan and certificate, course X, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver, reverse


@dataclass(frozen=True)
class Pattern:
    route: str  # the full route, as printed in the matrix
    name: str  # the namespaced URL name, or "" for unnamed patterns
    converters: tuple[str, ...]  # the names of its parameters


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = entry.name or ""
            if name and namespace:
                name = f"{namespace}:{name}"
            route = prefix + str(entry.pattern)
            params = tuple(re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", route))
            yield Pattern(route, name, tuple(a or b for a, b in params))


def url_patterns() -> list[Pattern]:
    """Every pattern, in resolution order; a route mounted twice is listed once."""
    seen: dict[str, Pattern] = {}
    for pattern in _walk(get_resolver().url_patterns):
        seen.setdefault(pattern.route, pattern)
    return list(seen.values())


# Addresses that a pattern's name and parameters cannot produce (unnamed or positional
# patterns), by route.
LITERAL = {
    "admin/test404/": "/admin/test404/",
    "admin/^.*/$": "/admin/no-such-admin-page/",
    "django-admin/(?P<url>.*)$": "/django-admin/no-such-page/",
    "documents/^(\\d+)/(.*)$": "/documents/{document.pk}/{document_filename}",
    "^((?:[\\w\\-]+/)*)$": "/",
}

SNIPPET_OBJECTS = {
    "accounts_analystscope": "scope_a",
    "courses_courseassignment": "assignment_x",
    "courses_certificate": "certificate_a",
    "courses_certificatetemplate": "design",
    "library_resource": "resource",
    "markets_marketchecklist": "market",
}

PK_BY_NAMESPACE = {
    "certificates_admin": "certificate_a",
    "wagtailusers_users": "user:learner_a",
    "wagtailusers_groups": "group",
    "wagtailsites": "site",
    "wagtailadmin_collections": "collection",
    "wagtailadmin_pages": "course_x",
    "wagtailadmin_api:pages": "course_x",
    "wagtailadmin_api:documents": "document",
    "wagtailadmin_api:images": "image",
    "wagtailimages_chooser": "image",
    "wagtaildocs_chooser": "document",
    "programmes_admin": "programme",
    "report_subscriptions": "subscription_a",
}

PK_BY_NAME = {
    "report_delivery_download": "delivery_a",
    "report_api_token_revoke": "api_token_analyst_a",
}


def _object(world, key: str):
    if key.startswith("user:"):
        return world.users[key.removeprefix("user:")]
    return world.objects[key]


def _pk(pattern: Pattern, world):
    if pattern.name in PK_BY_NAME:
        return _object(world, PK_BY_NAME[pattern.name]).pk
    namespace, _, view = pattern.name.rpartition(":")
    if namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
        model = namespace.split("_", 1)[1]
        if model in SNIPPET_OBJECTS:
            return _object(world, SNIPPET_OBJECTS[model]).pk
        from django.apps import apps

        app_label, model_name = model.split("_", 1)
        return apps.get_model(app_label, model_name).objects.order_by("pk").first().pk
    if namespace == "wagtailadmin_workflows":
        return world.objects["task" if "task" in view else "workflow"].pk
    return _object(world, PK_BY_NAMESPACE[namespace]).pk


def _django_admin_object_id(pattern: Pattern, world):
    from django.contrib import admin

    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}_"
        if pattern.name.startswith(prefix):
            obj = model.objects.order_by("pk").first()
            return obj.pk if obj else 1
    return 1


def _params(world) -> dict:
    """Parameter values that mean the same wherever they appear."""
    o = world.objects
    return {
        "course_id": o["course_x"].pk,
        "lesson_id": o["lesson_x"].pk,
        "quiz_id": o["quiz_x"].pk,
        "attempt_id": o["attempt_a"].pk,
        "plan_id": o["plan_a"].pk,
        "token": o["share_token"],
        "slug": o["market"].slug,
        "resource_id": o["resource"].pk,
        "result_id": o["result_a"].pk,
        "code": o["certificate_a"].code,
        "page_id": o["course_x"].pk,
        "parent_page_id": o["course_x"].pk,
        "page_to_move_id": o["course_x"].pk,
        "page_pk": o["course_x"].pk,
        "destination_id": o["course_y"].get_parent().pk,
        "revision_id": o["revision"].pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "workflow_state_id": o["workflow_state"].pk,
        "task_state_id": o["task_state"].pk,
        "task_id": o["task"].pk,
        "workflow_pk": o["workflow"].pk,
        "action_name": "approve",
        "session_id": o["editing_session"].pk,
        "redirect_id": o["redirect"].pk,
        "document_id": o["document"].pk,
        "doc_id": o["document"].pk,
        "image_id": o["image"].pk,
        "collection_id": o["collection"].pk,
        "filter_spec": "original",
        "uploaded_file_id": 1,
        "restriction_id": 1,
        "page_view_restriction_id": 1,
        "content_type_app_name": "courses",
        "content_type_model_name": "coursepage",
        "app_label": "courses",
        "model_name": "coursepage",
        "app_name": "courses",
        "object_id": str(o["course_x"].pk),
        "key": "not-a-key",
        "uidb36": "1",
        "content_type_id": "1",
        "fmt": "csv",
        "dimension": "sector",
        "user_id": world.users["analyst_a"].pk,
    }


def address(pattern: Pattern, world, overrides: dict | None = None) -> str:
    """A concrete URL for ``pattern`` in ``world``."""
    if not pattern.name and not pattern.converters and not set(pattern.route) & set("^$()\\"):
        return "/" + pattern.route  # an unnamed plain route (an override mounted first)
    if pattern.route in LITERAL:
        document = world.objects["document"]
        return LITERAL[pattern.route].format(document=document, document_filename=document.filename)
    values = _params(world)
    kwargs = {}
    for param in pattern.converters:
        if overrides and param in overrides:
            kwargs[param] = overrides[param]
        elif param == "pk":
            kwargs[param] = _pk(pattern, world)
        elif param == "object_id" and pattern.name.startswith("admin:"):
            kwargs[param] = _django_admin_object_id(pattern, world)
        elif param == "action":  # bulk actions
            kwargs.update(app_label="wagtailcore", model_name="page", action="delete")
        elif param == "step_slug":
            from content.brandplan.steps import STEP_SLUGS

            kwargs[param] = STEP_SLUGS[0]
        elif param == "app_label" and pattern.name == "admin:app_list":
            kwargs[param] = "auth"
        elif param == "token" and "<uuid:token>" in pattern.route:
            kwargs[param] = "00000000-0000-4000-8000-000000000000"  # no such import
        elif param == "key" and pattern.name == "account_reset_password_from_key":
            kwargs[param] = "set-password"
        else:
            kwargs[param] = values[param]
    kwargs.update(overrides or {})
    return reverse(pattern.name, kwargs=kwargs)
