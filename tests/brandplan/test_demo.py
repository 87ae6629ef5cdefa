"""The demo learner's half-finished brand plan."""

from PIL import Image

from content.brandplan.models import BrandPlan
from lms.demo import accounts
from lms.demo.brandplan import load_brand_plan


def test_the_demo_plan_is_half_finished_and_loads_once(db):
    accounts.load_accounts()
    plan = load_brand_plan()
    assert load_brand_plan() == plan
    assert BrandPlan.objects.count() == 1

    assert plan.owner.email == "learner@example.org"
    assert plan.completed_steps == ["story", "markets", "positioning", "name", "identity"]
    assert [m.country.code for m in plan.markets.all()] == ["KE", "DE"]
    assert plan.competitors.count() == 3
    assert plan.name_checks.filter(native_speaker_checked=True).count() == 3
    assert plan.incoterm == "" and not plan.trademark_filings.exists()
    with plan.logo.open("rb") as handle, Image.open(handle) as logo:
        assert logo.format == "PNG"
        assert logo.size == (512, 512)
        assert logo.mode == "RGBA"
