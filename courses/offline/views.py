"""The size of a course saved for offline reading, and the addresses to fetch, as JSON."""

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from courses.models import CoursePage
from courses.services.errors import NotEnrolled
from courses.services.offline import offline_bundle


@require_GET
@login_required
def course_offline(request, course_id: int):
    """What "Save this course for offline" will fetch and how many bytes it weighs."""
    course = get_object_or_404(CoursePage.objects.live().public(), pk=course_id)
    try:
        bundle = offline_bundle(request, course)
    except NotEnrolled as exc:
        return JsonResponse({"error": str(exc)}, status=403)
    n = len(bundle.lessons)
    size = filesizeformat(bundle.total_bytes)
    return JsonResponse(
        {
            "total_bytes": bundle.total_bytes,
            "summary": ngettext(
                "%(size)s to download and keep on this device: %(n)d lesson and its images.",
                "%(size)s to download and keep on this device: %(n)d lessons and their images.",
                n,
            )
            % {"size": size, "n": n},
            "saved_message": ngettext(
                "Saved: %(n)d lesson of this course now reads offline on this device.",
                "Saved: all %(n)d lessons of this course now read offline on this device.",
                n,
            )
            % {"n": n},
            "lessons": [
                {"url": item.url, "title": item.title, "bytes": item.bytes}
                for item in bundle.lessons
            ],
            "images": [{"url": item.url, "bytes": item.bytes} for item in bundle.images],
            "online_only": bundle.online_only,
        }
    )
