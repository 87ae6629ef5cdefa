"""The platform's roles, kept as Django groups (created by migration 0002_roles).

What each role may do is granted there and described in README.md; code asks questions
about roles only through the functions here.
"""

from django.contrib.auth.models import Group

LEARNER = "Learner"
TRAINER = "Trainer"
CONTENT_MODERATOR = "Content moderator"
MINISTRY_ANALYST = "Ministry analyst"
SITE_ADMIN = "Site admin"

ALL_ROLES = (LEARNER, TRAINER, CONTENT_MODERATOR, MINISTRY_ANALYST, SITE_ADMIN)
STAFF_ROLES = (TRAINER, CONTENT_MODERATOR, MINISTRY_ANALYST, SITE_ADMIN)


def assign_role(user, role: str) -> None:
    """Put ``user`` in the group of ``role``; staff roles also open the Wagtail admin."""
    if role not in ALL_ROLES:
        raise ValueError(f"Unknown role {role!r}; expected one of {', '.join(ALL_ROLES)}.")
    user.groups.add(Group.objects.get(name=role))
    # Site admins may do everything, including what later apps add: they are superusers.
    wanted = {"is_staff": role in STAFF_ROLES, "is_superuser": role == SITE_ADMIN}
    changed = [name for name, on in wanted.items() if on and not getattr(user, name)]
    for name in changed:
        setattr(user, name, True)
    if changed:
        user.save(update_fields=changed)
    user.__dict__.pop("_role_names", None)


def role_names(user) -> set[str]:
    """The names of the roles ``user`` holds, cached on the instance for the request."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_role_names"):
        user._role_names = set(user.groups.values_list("name", flat=True))
    return user._role_names


def has_staff_role(user) -> bool:
    """Whether ``user`` works on the platform rather than learns on it.

    Staff roles always carry ``is_staff`` (see assign_role), so learners are answered
    without a query.
    """
    if not (user.is_authenticated and user.is_staff):
        return False
    return user.is_superuser or bool(role_names(user) & set(STAFF_ROLES))
