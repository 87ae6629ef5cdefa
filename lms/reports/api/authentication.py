"""How the API knows who is calling: ``Authorization: Bearer <token>``, nothing else.

No session authentication, so a signed-in browser cannot be made to call the API from
another site (no CSRF surface), and no token travels in a query string (it would be logged).
"""

from django.utils.translation import gettext_lazy as _
from rest_framework import authentication, exceptions

from .tokens import user_for_token


class ReportTokenAuthentication(authentication.BaseAuthentication):
    keywords = ("bearer", "token")

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].decode(errors="replace").lower() not in self.keywords:
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the header as 'Authorization: Bearer <token>'.")
            )
        try:
            secret = header[1].decode()
        except UnicodeDecodeError as error:
            raise exceptions.AuthenticationFailed(_("The token is not valid.")) from error
        found = user_for_token(secret)
        if found is None:
            raise exceptions.AuthenticationFailed(_("The token is not valid or was revoked."))
        return found

    def authenticate_header(self, request):
        # Makes unauthenticated calls answer 401 with a WWW-Authenticate header, not 403.
        return 'Bearer realm="reports"'
