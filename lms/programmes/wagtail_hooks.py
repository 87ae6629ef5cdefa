"""Wagtail admin for programmes (views in lms.programmes.admin_views): site admins only."""

from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .admin_views import ProgrammeViewSet, SiteAdminOnlyPolicy, is_site_admin
from .models import Programme

register_permission_policy(Programme, SiteAdminOnlyPolicy(Programme))


@hooks.register("register_admin_viewset")
def register_programme_viewset():
    return ProgrammeViewSet()


class SiteAdminMenuItem(MenuItem):
    def is_shown(self, request):
        return is_site_admin(request.user)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return SiteAdminMenuItem(
        _("Import learners"), reverse("programmes_admin:import"), icon_name="upload", order=261
    )


@hooks.register("insert_global_admin_css")
def country_picker_css():
    return format_html('<link rel="stylesheet" href="{}">', static("programmes/admin.css"))
