"""URLs of the brand plan builder, mounted at /toolkit/brand-plan/."""

from django.urls import path

from . import views

app_name = "brandplan"

urlpatterns = [
    path("", views.plan_list, name="list"),
    path("new/", views.plan_create, name="create"),
    path("shared/<str:token>/", views.shared_plan, name="shared"),
    path("shared/<str:token>/logo.png", views.shared_logo, name="shared_logo"),
    path("shared/<str:token>/plan.pdf", views.shared_pdf, name="shared_pdf"),
    path("<int:plan_id>/", views.plan_detail, name="detail"),
    path("<int:plan_id>/plan.pdf", views.plan_pdf, name="pdf"),
    path("<int:plan_id>/logo.png", views.plan_logo, name="logo"),
    path("<int:plan_id>/share/", views.plan_share, name="share"),
    path("<int:plan_id>/share/revoke/", views.plan_unshare, name="unshare"),
    path("<int:plan_id>/delete/", views.plan_delete, name="delete"),
    path("<int:plan_id>/<slug:step_slug>/", views.plan_step, name="step"),
]
