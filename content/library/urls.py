from django.urls import path

from . import views

app_name = "library"

urlpatterns = [
    path("", views.resource_list, name="list"),
    path("<int:resource_id>/download/", views.download, name="download"),
]
