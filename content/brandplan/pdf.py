"""The brand plan as an A4 PDF, rendered by WeasyPrint from a Django template.

WeasyPrint fetches nothing from the network: its URL fetcher allows only ``data:`` URLs
(the logo is inlined as one), so a plan's text can never make the server request a URL.

Rendering takes a second or more, and the read-only link makes it public, so a plan's PDF
is rendered once per change and then served from the cache (``plan_pdf``): the key holds
the plan's last-saved time, its logo file and the language, so any saved step, a new logo
or another language renders afresh, and nothing needs deleting.
"""

from __future__ import annotations

import base64

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from . import services
from .models import BrandPlan


def logo_data_uri(plan: BrandPlan) -> str | None:
    """The plan's (already re-encoded PNG) logo as a data: URL, or None."""
    if not plan.logo:
        return None
    with plan.logo.open("rb") as handle:
        return "data:image/png;base64," + base64.b64encode(handle.read()).decode("ascii")


def css_string(text: str) -> str:
    """``text`` as the inside of a CSS string: every character but letters, digits and
    spaces is hex-escaped, so no quote or ``</style>`` in a brand name can end it."""
    return "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text)


def render_plan_html(plan: BrandPlan) -> str:
    plan = services.load_rows(plan)
    return render_to_string(
        "brandplan/pdf/plan.html",
        {
            "plan": plan,
            "running_title": css_string(plan.brand_name),
            "progress": services.progress(plan),
            "logo": logo_data_uri(plan),
            "budget_total": services.budget_total(plan),
            "generated": timezone.now(),
        },
    )


def render_plan_pdf(plan: BrandPlan) -> bytes:
    """The PDF bytes of ``plan``: a cover, a section per step, the price, trademark and
    budget tables and the timeline."""
    # Imported here: loading WeasyPrint takes seconds that every process loading the URLs
    # (each web start) would pay without ever making a plan's PDF.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return HTML(string=render_plan_html(plan), url_fetcher=fetcher).write_pdf()


#: How long a rendered PDF is kept; a change to the plan gives it a new key at once.
PDF_CACHE_SECONDS = 24 * 60 * 60


def pdf_cache_key(plan: BrandPlan) -> str:
    logo = plan.logo.name.rsplit("/", 1)[-1] if plan.logo else "-"
    saved = plan.updated_at.isoformat() if plan.updated_at else "-"
    return f"gga:brandplan-pdf:{plan.pk}:{saved}:{logo}:{get_language()}"


def plan_pdf(plan: BrandPlan) -> bytes:
    """The PDF of ``plan`` as last saved: rendered on the first request after each change,
    then read from the cache."""
    key = pdf_cache_key(plan)
    document = cache.get(key)
    if document is None:
        document = render_plan_pdf(plan)
        cache.set(key, document, PDF_CACHE_SECONDS)
    return document
