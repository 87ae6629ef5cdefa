"""The exported PDF: A4 portrait, a cover with the brand and logo, every section's content,
read back with pypdf."""

import io
from datetime import date
from decimal import Decimal

from django.urls import reverse
from pypdf import PdfReader

from content.brandplan import pdf, services
from content.brandplan.models import BudgetLine, Milestone, TargetMarket, TrademarkFiling
from lms.demo.brandplan import load_brand_plan


def read(document: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(document))
    # Words, whatever the line breaks: the layout wraps table cells.
    return reader, " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_exported_pdf_holds_the_whole_plan(owner_client, plan):
    plan.tagline = "Bright coffee from the hills"
    plan.incoterm = "CIP"
    plan.named_place = "Hamburg"
    plan.price_unit = "250 g bag"
    plan.ex_works_price = Decimal("8.00")
    plan.main_freight = Decimal("1.20")
    plan.insurance = Decimal("0.05")
    plan.import_duties = Decimal("0.90")
    plan.completed_steps = ["story", "pricing"]
    plan.save()
    TargetMarket.objects.create(plan=plan, country="DE", priority=1)
    TrademarkFiling.objects.create(
        plan=plan, market="DE", route="madrid", office="WIPO via RDB", nice_classes="30"
    )
    BudgetLine.objects.create(
        plan=plan, category="trademarks", description="Madrid filing", amount=Decimal("1500")
    )
    Milestone.objects.create(plan=plan, due=date(2027, 3, 1), title="First pallet to Hamburg")

    response = owner_client.get(reverse("brandplan:pdf", args=[plan.pk]))

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="brand-plan-umucyo-coffee.pdf"'
    reader, text = read(response.content)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4 portrait
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Umucyo Coffee" in cover
    assert "Bright coffee from the hills" in cover
    assert "Target markets: Germany" in cover
    assert "✓ 1. Brand story and values" in text
    assert "9. Budget and timeline (to do)" in text
    assert "Per 250 g bag, under CIP – Carriage and Insurance Paid To, Hamburg" in text
    assert "Your export price per unit (CIP) 9.25" in text  # 8.00 + 1.20 + 0.05
    assert "Import duties and taxes The buyer 0.90" in text
    assert "Madrid System (international application through WIPO)" in text
    assert "WIPO via RDB" in text
    assert "1,500.00" in text
    assert "First pallet to Hamburg" in text
    assert "Umucyo Coffee · Brand plan" in reader.pages[1].extract_text()  # running footer


def test_the_demo_plan_exports_with_its_logo_on_the_cover(learner):
    learner.email = "learner@example.org"
    learner.save()
    plan = load_brand_plan()
    reader, text = read(pdf.render_plan_pdf(plan))
    images = reader.pages[0].images
    assert len(images) == 1
    assert "Umucyo means “light” or “brightness” in Kinyarwanda." in text
    assert "Kinyarwanda Light, brightness" in text


def test_plan_text_cannot_make_the_pdf_fetch_anything(plan):
    plan.brand_name = 'Evil" </style><img src="http://127.0.0.1:9/x.png">'
    plan.story = '<img src="file:///etc/passwd"> <link rel=stylesheet href="http://127.0.0.1:9/">'
    plan.save()
    _, text = read(pdf.render_plan_pdf(services.get_plan(plan.owner, plan.pk)))
    assert '<img src="file:///etc/passwd">' in text  # printed as text, never loaded
    assert 'Evil" </style>' in text
