from django.urls import path

from . import views

app_name = "programmes"

urlpatterns = [
    path("join/", views.JoinProgrammeView.as_view(), name="join"),
]
