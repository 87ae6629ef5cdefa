"""Admin listings that answer to the permission policy, not merely to admin access.

Wagtail's generic chooser views list and return every object of their model to anyone who
may open the admin; the model's permission policy is asked only before the "create" tab
(wagtail/admin/views/generic/chooser.py). Its admin API lists every image and document the
same way. Both would show an analyst or a trainer what their role never grants, so:

- ``PermissionCheckedSnippetChooserViewSet``: a snippet's chooser that refuses (403) users
  with none of ``choose_actions`` on the model and lists, searches and returns only the
  instances the policy allows them. Use it as ``SnippetViewSet.chooser_viewset_class``.
- ``PermittedImagesAdminAPIViewSet`` / ``PermittedDocumentsAdminAPIViewSet``: the admin
  API's image and document endpoints, narrowed to what Wagtail's collection permissions let
  the user choose, and ``PermittedPagesAdminAPIViewSet``, refused to users with no page
  permission (all registered in ``lms.accounts.wagtail_hooks``).

This is the lowest layer (lms.accounts), so every app above may reuse it.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from rest_framework.authentication import SessionAuthentication
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)

#: What a user needs on a model to pick its instances in a chooser, unless a viewset says.
CHOOSE_ACTIONS = ("choose", "view", "change")


def permission_policy_for(model: type[Model]):
    """The policy Wagtail uses for ``model``: the registered one, else Django's permissions."""
    return policy_registry.get_by_type(model, fallback=False) or ModelPermissionPolicy(model)


def may_choose(user, model: type[Model], actions=CHOOSE_ACTIONS) -> bool:
    """Whether ``user`` may open a chooser of ``model`` at all."""
    return permission_policy_for(model).user_has_any_permission(user, actions)


def choosable(user, model: type[Model], queryset: QuerySet, actions=CHOOSE_ACTIONS) -> QuerySet:
    """``queryset`` narrowed to the instances the policy lets ``user`` choose.

    A model-wide policy allows all instances or none, and then the queryset is returned
    whole or emptied, so a search backend can still search it. A policy that allows some
    instances only filters by primary key: a searchable (``index.Indexed``) model then needs
    ``index.FilterField("id")`` among its search fields for its chooser's search.
    """
    allowed = permission_policy_for(model).instances_user_has_any_permission_for(user, actions)
    if allowed.query.is_empty():
        return queryset.none()
    if not allowed.query.where:
        return queryset
    return queryset.filter(pk__in=allowed.values("pk"))


class PermissionCheckedChooserMixin:
    """Chooser views that ask the permission policy before listing or returning anything."""

    choose_actions = CHOOSE_ACTIONS

    def dispatch(self, request, *args, **kwargs):
        if not may_choose(request.user, self.model_class, self.choose_actions):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def _permitted(self, objects: QuerySet) -> QuerySet:
        return choosable(self.request.user, self.model_class, objects, self.choose_actions)


class _ListingMixin(PermissionCheckedChooserMixin):
    # Narrowed before searching, so a search never reaches rows the user may not choose
    # (and a viewset's own get_object_list, which Wagtail injects, is narrowed too).
    def filter_object_list(self, objects):
        return super().filter_object_list(self._permitted(objects))


class PermittedChooseView(_ListingMixin, ChooseView):
    pass


class PermittedChooseResultsView(_ListingMixin, ChooseResultsView):
    pass


class PermittedChosenView(PermissionCheckedChooserMixin, SnippetChosenView):
    def get_object(self, pk):
        return self._permitted(self.model_class._default_manager.all()).get(pk=pk)


class PermittedChosenMultipleView(PermissionCheckedChooserMixin, SnippetChosenMultipleView):
    def get_objects(self, pks):
        return self._permitted(super().get_objects(pks))


class PermittedCreateView(PermissionCheckedChooserMixin, SnippetCreateView):
    pass


class PermissionCheckedSnippetChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser that lists, searches and returns only what the policy allows.

    Subclass and set ``choose_actions`` when a model needs other actions than
    ``CHOOSE_ACTIONS`` to be chosen.
    """

    choose_actions = CHOOSE_ACTIONS
    choose_view_class = PermittedChooseView
    choose_results_view_class = PermittedChooseResultsView
    chosen_view_class = PermittedChosenView
    chosen_multiple_view_class = PermittedChosenMultipleView
    create_view_class = PermittedCreateView

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(choose_actions=self.choose_actions, **kwargs)


#: Any of these on some page lets a user work with pages in the admin.
PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")


def has_any_page_permission(user) -> bool:
    """Whether ``user`` may do anything with pages (ministry analysts may not)."""
    from wagtail.models import Page

    return policy_registry.get_by_type(Page).user_has_any_permission(user, PAGE_ACTIONS)


class _PermittedMediaMixin:
    """An admin API endpoint listing only what the user may choose (collection permissions):
    a user who may choose none gets 403 for the listing and 404 for any one item.

    Signed in by the admin session, like Wagtail's own pages endpoint: the project's default
    DRF authentication is the reports API's token, which the admin does not send.
    """

    authentication_classes = [SessionAuthentication]

    def listing_view(self, request):
        if not may_choose(request.user, self.model, ("choose",)):
            raise PermissionDenied
        return super().listing_view(request)

    def get_queryset(self):
        return choosable(self.request.user, self.model, super().get_queryset(), ("choose",))


class PermittedImagesAdminAPIViewSet(_PermittedMediaMixin, ImagesAdminAPIViewSet):
    pass


class PermittedDocumentsAdminAPIViewSet(_PermittedMediaMixin, DocumentsAdminAPIViewSet):
    pass


class PermittedPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """Wagtail's pages endpoint (already narrowed to explorable pages by the page policy),
    refusing the listing outright to users with no page permission at all."""

    def listing_view(self, request):
        if not has_any_page_permission(request.user):
            raise PermissionDenied
        return super().listing_view(request)
