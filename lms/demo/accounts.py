"""Demo accounts, one or more for every role, all with verified e-mail addresses."""

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import transaction

from lms.accounts import roles
from lms.accounts.models import AnalystScope, User

DEMO_PASSWORD = "GoGlobal-demo-2026"  # noqa: S105 - printed for the demo on purpose

DEMO_USERS = [
    {
        "email": "learner@example.org",
        "role": roles.LEARNER,
        "first_name": "Amina",
        "last_name": "Uwase",
        "country": "RW",
        "region": "Kigali",
        "sector": "C",
        "enterprise_size": "micro",
        "owner_gender": "woman",
        "export_stage": "exploring",
        "consent_statistics": True,
    },
    {
        "email": "learner2@example.org",
        "role": roles.LEARNER,
        "first_name": "Kwame",
        "last_name": "Mensah",
        "country": "GH",
        "region": "Ashanti",
        "sector": "A",
        "enterprise_size": "small",
        "owner_gender": "man",
        "export_stage": "occasional",
        "consent_statistics": True,
    },
    {
        # Given name 秀英, family name 王: her certificates print "王秀英", the order she
        # confirmed on her profile, not given + family name.
        "email": "learner3@example.org",
        "role": roles.LEARNER,
        "first_name": "秀英",
        "last_name": "王",
        "printed_name": "王秀英",
        "country": "CN",
        "region": "Zhejiang",
        "sector": "C",
        "enterprise_size": "small",
        "owner_gender": "woman",
        "export_stage": "occasional",
        "consent_statistics": False,
    },
    {
        # Reads the site in French: pages, e-mails and certificates (issue #14).
        "email": "learner-fr@example.org",
        "role": roles.LEARNER,
        "first_name": "Awa",
        "last_name": "Diop",
        "language": "fr",
        "country": "SN",
        "region": "Dakar",
        "sector": "C",
        "enterprise_size": "micro",
        "owner_gender": "woman",
        "export_stage": "exploring",
        "consent_statistics": True,
    },
    {
        # Reads the site in Arabic, right to left; his name is written in Arabic script.
        "email": "learner-ar@example.org",
        "role": roles.LEARNER,
        "first_name": "يوسف",
        "last_name": "العمراني",
        "language": "ar",
        "country": "MA",
        "region": "Fès-Meknès",
        "sector": "A",
        "enterprise_size": "small",
        "owner_gender": "man",
        "export_stage": "occasional",
        "consent_statistics": True,
    },
    {
        "email": "trainer@example.org",
        "role": roles.TRAINER,
        "first_name": "Lucía",
        "last_name": "Fernández",
    },
    {
        "email": "trainer2@example.org",
        "role": roles.TRAINER,
        "first_name": "Dang",
        "last_name": "Van Minh",
    },
    {
        "email": "moderator@example.org",
        "role": roles.CONTENT_MODERATOR,
        "first_name": "Sara",
        "last_name": "Haddad",
    },
    {
        "email": "analyst@example.org",
        "role": roles.MINISTRY_ANALYST,
        "first_name": "Joseph",
        "last_name": "Mwangi",
        "analyst_countries": ["KE", "RW"],
    },
    {
        "email": "analyst2@example.org",
        "role": roles.MINISTRY_ANALYST,
        "first_name": "Grace",
        "last_name": "Nakato",
        "analyst_countries": ["UG"],
    },
    {
        "email": "admin@example.org",
        "role": roles.SITE_ADMIN,
        "first_name": "Site",
        "last_name": "Administrator",
    },
]


@transaction.atomic
def load_accounts() -> list[dict]:
    """Create the demo accounts that are missing; return them for printing.

    Every demo account has the same published password, so it is hashed once and the hash
    shared (with the production hasher, PBKDF2 at Django's iterations, each hash costs most
    of a second here: eleven took 8 s of a first ``load_demo`` of about 45). Sharing a salt
    between accounts whose password is public gives nothing away.
    """
    password_hash = None
    for spec in DEMO_USERS:
        spec = dict(spec)
        role = spec.pop("role")
        countries = spec.pop("analyst_countries", None)
        email = spec.pop("email")
        user, created = User.objects.get_or_create(email=email, defaults=spec)
        if created:
            password_hash = password_hash or make_password(DEMO_PASSWORD)
            user.password = password_hash
            user.save(update_fields=["password"])
        roles.assign_role(user, role)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        if countries:
            AnalystScope.objects.update_or_create(user=user, defaults={"countries": countries})
    return [{"email": spec["email"], "role": spec["role"]} for spec in DEMO_USERS]


def delete_accounts() -> None:
    User.objects.filter(email__in=[spec["email"] for spec in DEMO_USERS]).delete()
