"""``load_demo --reset`` deletes the synthetic learners and keeps real ones.

Apart from tests/demo/test_learners.py, whose module-wide demo courses would sit under the
loaded demo (``loaded_demo`` starts from a database that holds only the migrations' rows).
"""

import io

import pytest
from django.core.management import call_command

from lms.accounts import roles
from lms.accounts.models import User
from lms.demo import learners
from lms.programmes.models import ProgrammeMembership
from tests.factories import UserFactory


@pytest.mark.django_db
def test_load_demo_reset_removes_synthetic_learners_and_keeps_real_ones(loaded_demo):
    # The synthetic population added to the loaded demo by a second run.
    out = io.StringIO()
    call_command("load_demo", "--learners", "40", stdout=out)
    assert "Synthetic learners (@learners.example.org, no sign-in): 40, 40 added" in out.getvalue()
    real = UserFactory(email="kwame@example.org", role=roles.LEARNER)

    call_command("load_demo", "--reset", "--learners", "0", stdout=io.StringIO())
    assert not learners.synthetic_learners().exists()
    assert User.objects.filter(pk=real.pk).exists()
    assert sorted(ProgrammeMembership.objects.values_list("user__email", flat=True)) == []
