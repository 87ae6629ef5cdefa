"""Learner-facing views of the learning domain that are not Wagtail pages."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from lms.accounts import roles

from .models import TrackPage


@login_required
def dashboard(request):
    """ "My learning": where a signed-in person starts."""
    tracks = TrackPage.objects.live().public().order_by("path")
    return render(
        request,
        "courses/dashboard.html",
        {
            "tracks": tracks,
            "is_staff_role": roles.has_staff_role(request.user),
            "role_names": sorted(roles.role_names(request.user)),
        },
    )
