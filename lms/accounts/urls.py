from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.ProfileView.as_view(), name="profile"),
    path("profile/data/", views.PersonalDataView.as_view(), name="personal_data"),
    path(
        "profile/data/download/",
        views.PersonalDataDownloadView.as_view(),
        name="personal_data_download",
    ),
    path("profile/delete/", views.DeleteAccountView.as_view(), name="delete_account"),
    path("profile/deleted/", views.AccountDeletedView.as_view(), name="deleted"),
]
