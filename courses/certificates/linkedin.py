"""LinkedIn's "Add to profile" link for a certificate, its fields filled in.

LinkedIn's Add to Profile for Certifications takes the fields in the query string and opens
the learner's own profile form; nothing is sent to LinkedIn until the learner saves it there.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings

from courses.models import Certificate

ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def add_to_profile_url(certificate: Certificate) -> str:
    fields = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "issueYear": certificate.completed_at.year,
        "issueMonth": certificate.completed_at.month,
        "certUrl": certificate.verify_url,
        "certId": certificate.code,
    }
    organization_id = getattr(settings, "CERTIFICATE_LINKEDIN_ORGANIZATION_ID", "")
    if organization_id:
        fields["organizationId"] = organization_id
    else:
        fields["organizationName"] = certificate.issuer_name
    return f"{ADD_TO_PROFILE}?{urlencode(fields)}"
