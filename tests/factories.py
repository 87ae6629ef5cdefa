"""factory_boy factories for the suite; page trees are built with the demo loaders."""

import factory
from allauth.account.models import EmailAddress

from lms.accounts import roles
from lms.accounts.models import User

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    """A user with a verified e-mail address; ``role=`` puts them in a role's group,
    ``profile=False`` leaves the SME profile empty."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    class Params:
        profile = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    country = factory.Maybe("profile", "KE", "")
    region = factory.Maybe("profile", "Nairobi", "")
    sector = factory.Maybe("profile", "C", "")
    enterprise_size = factory.Maybe("profile", "micro", "")
    owner_gender = factory.Maybe("profile", "woman", "")
    export_stage = factory.Maybe("profile", "exploring", "")
    consent_statistics = factory.Maybe("profile", True, False)

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save()

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(
                user=obj,
                email=obj.email,
                primary=True,
                verified=True if extracted is None else extracted,
            )

    @factory.post_generation
    def role(obj, create, extracted, **kwargs):
        if create and extracted:
            roles.assign_role(obj, extracted)
