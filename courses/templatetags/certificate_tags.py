"""``{% my_certificates %}``: the learner's certificates on "My learning"."""

from django import template

from courses.certificates.linkedin import add_to_profile_url
from courses.services.certificates import certificates_of

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html", takes_context=True)
def my_certificates(context):
    user = context["request"].user
    certificates = list(certificates_of(user))
    for certificate in certificates:
        certificate.linkedin_url = add_to_profile_url(certificate)
    return {"certificates": certificates, "request": context["request"]}
