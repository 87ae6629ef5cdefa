"""The learner's certificate downloads and the public verification pages.

Downloads are fetched through the owner (another learner or a visitor gets a 404). The
public pages show only what a certificate states (holder name as printed, course, date,
issuer, status); every wrong or malformed code gets the same 404 page, and lookups are
rate-limited per IP address so codes cannot be enumerated. The Open Badges revocation list,
read from the same records, is public too (courses.certificates.issuer_urls).
"""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.decorators import ratelimit

from courses.openbadges import revocation
from courses.openbadges.views import public_json, public_response
from courses.services import certificates as service

from .credential import revoked_credential_ids
from .forms import CodeForm, CredentialForm

# OB 3.0 §"Document Formats", Web Resource: a VC-JWT is served as the compact JWS, text/plain.
CREDENTIAL_CONTENT_TYPE = "text/plain; charset=utf-8"
# A revocation must reach verifiers soon: caches may keep the list for one minute at most.
REVOCATION_CACHE_SECONDS = 60


def verify_rate(group, request) -> str:
    """Lookups per IP address (CERTIFICATE_VERIFY_RATE), read per request so tests and
    deployments can change it."""
    return getattr(settings, "CERTIFICATE_VERIFY_RATE", "30/m")


def _limited(request) -> HttpResponse | None:
    if getattr(request, "limited", False):
        response = render(request, "certificates/rate_limited.html", status=429)
        response["Retry-After"] = "60"
        return response
    return None


def not_found(request) -> HttpResponse:
    """The one answer for every wrong code: it reveals nothing about the code."""
    # The language links lead to the verification form, so the page echoes no code.
    context = {"form": CodeForm(), "language_path": reverse("certificates:verify_form")}
    return render(request, "certificates/not_found.html", context, status=404)


@never_cache
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=verify_rate, group="certificates:verify", block=False)
def verify_form(request):
    """The verification page: look a code up (GET), or check a credential (POST)."""
    if limited := _limited(request):
        return limited
    code_form, report = CodeForm(), None
    credential_form = CredentialForm()
    if request.method == "POST":
        credential_form = CredentialForm(request.POST, request.FILES)
        if credential_form.is_valid():
            report = service.credential_report(credential_form.cleaned_data["text"])
    elif "code" in request.GET:
        code_form = CodeForm(request.GET)
        if code_form.is_valid():
            certificate = service.find_by_code(code_form.cleaned_data["code"])
            if certificate is None:
                return not_found(request)
            return redirect(certificate.verify_path)
    return render(
        request,
        "certificates/verify_form.html",
        {"form": code_form, "credential_form": credential_form, "report": report},
        status=400 if request.method == "POST" and report is None else 200,
    )


@never_cache
@require_http_methods(["GET"])
@ratelimit(key="ip", rate=verify_rate, group="certificates:verify", block=False)
def verify(request, code: str):
    """A certificate's public page, also reached from the QR code."""
    if limited := _limited(request):
        return limited
    certificate = service.find_by_code(code)
    if certificate is None:
        return not_found(request)
    if certificate.code != code:
        return redirect(certificate.verify_path)  # typed loosely: show the canonical address
    return render(request, "certificates/verify.html", {"certificate": certificate})


# --- The learner's own files -------------------------------------------------------------------


def _own(request, code: str):
    certificate = service.get_own_certificate(request.user, code)
    if certificate is None:
        raise Http404
    return certificate


def _file(field, filename: str, content_type: str) -> FileResponse:
    if not field:
        raise Http404
    return FileResponse(
        field.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )


@require_http_methods(["GET"])
def download_pdf(request, code: str):
    certificate = _own(request, code)
    return _file(certificate.pdf, f"certificate-{certificate.code}.pdf", "application/pdf")


@require_http_methods(["GET"])
def download_png(request, code: str):
    certificate = _own(request, code)
    return _file(certificate.share_image, f"certificate-{certificate.code}.png", "image/png")


@require_http_methods(["GET"])
def download_credential(request, code: str):
    """The credential as Open Badges 3.0's file format for a VC-JWT: the compact token, .jwt."""
    certificate = _own(request, code)
    if not certificate.credential:
        raise Http404
    response = HttpResponse(certificate.credential, content_type=CREDENTIAL_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="credential-{certificate.code}.jwt"'
    return response


@require_http_methods(["GET"])
def old_credential_address(request, code: str):
    """Links to the former JSON download lead to the .jwt file."""
    return redirect("certificates:credential", code=code, permanent=True)


@require_safe
@cache_control(public=True, max_age=REVOCATION_CACHE_SECONDS)
def revocation_list_view(request):
    """The 1EdTech Revocation List: every revoked credential's id, read from the records.

    ``?format=jwt`` returns the same list signed with the platform key (a compact JWS).
    """
    revoked = revoked_credential_ids()
    if request.GET.get("format") == "jwt":
        token = revocation.signed_revocation_list(revoked)
        return public_response(HttpResponse(token, content_type="application/jwt"))
    return public_json(revocation.revocation_list(revoked))
