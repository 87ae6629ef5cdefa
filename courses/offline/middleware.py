"""Tell the service worker which pages it may keep for offline reading.

``X-Offline: keep`` marks a lesson or course outline served to a learner actively enrolled
in that course: their own lessons, nothing else, and never a signed-out page.
``X-Offline: online-only`` marks a quiz: the worker never keeps one, and offline it answers
with "this quiz needs a connection" instead of a stale copy.
``X-Offline-Owner`` names (by id) who is signed in, so that the worker forgets every kept
page when someone else, or nobody, is signed in on the device.
"""

from courses.models import CoursePage, LessonPage, QuizPage


class OfflineReadingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "GET" or request.path_info.startswith("/admin/"):
            return response
        # Only a user the page already loaded: reading it here would load the session of
        # every response and add "Vary: Cookie" to pages that are the same for everyone.
        user = getattr(request, "_cached_user", None)
        signed_in = bool(user is not None and user.is_authenticated)
        if signed_in:
            response["X-Offline-Owner"] = str(user.pk)
        context = getattr(response, "context_data", None) or {}
        page = context.get("page")
        if isinstance(page, QuizPage):
            response["X-Offline"] = "online-only"
        elif isinstance(page, LessonPage | CoursePage) and _served(response, signed_in):
            enrollment = context.get("enrollment")
            if enrollment is not None and enrollment.is_active and enrollment.user_id == user.pk:
                response["X-Offline"] = "keep"
        return response


def _served(response, signed_in: bool) -> bool:
    return signed_in and response.status_code == 200
