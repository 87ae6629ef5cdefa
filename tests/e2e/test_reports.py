"""The analyst's journey: sign in, filter the dashboard, read a chart's table, download the
report as XLSX and find the screen's numbers in it."""

import datetime as dt
import io

from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.e2e.test_foundation import sign_in

DEMO_PASSWORD = "GoGlobal-demo-2026"


def ensure_population():
    """load_demo brings synthetic learners; with an older one, add a population of our own."""
    from lms.accounts.models import User
    from tests.reports import population

    if User.objects.filter(groups__name="Learner").count() < 200:
        population.build(learners=300, seed=5)


def test_analyst_filters_reads_a_chart_and_downloads_the_same_numbers(page):
    ensure_population()
    sign_in(page, "analyst@example.org", DEMO_PASSWORD)
    page.goto("/admin/")
    page.get_by_role("link", name="Open the reports dashboard").click()
    expect(page.get_by_role("heading", name="Ministry reports")).to_be_visible()

    today = dt.date.today()
    start = (today.replace(day=1) - dt.timedelta(days=365)).strftime("%Y-%m")
    page.get_by_label("From month").fill(start)
    page.get_by_label("To month").fill(today.strftime("%Y-%m"))
    country = page.get_by_label("Country", exact=True)
    first_country = country.locator("option").nth(1)
    country_name = first_country.inner_text()
    country.select_option(first_country.get_attribute("value"))
    page.get_by_role("button", name="Apply filters").click()

    expect(page.get_by_text(f"Countries: {country_name}", exact=False)).to_be_visible()
    # The monthly chart has its numbers in the table below it.
    chart = page.locator("#report-monthly svg[role=img]")
    expect(chart).to_be_visible()
    table = page.locator("table[data-table=monthly]")
    header = table.locator("thead th").all_inner_texts()
    assert header == ["Month", "Registrations", "Enrollments", "Completions", "Certificates"]
    screen_rows = [
        [cell.strip() for cell in row.locator("th, td").all_inner_texts()]
        for row in table.locator("tbody tr, tfoot tr").all()
    ]
    assert len(screen_rows) == 14  # twelve months, the current one, and the total
    figures = {
        card.get_attribute("data-figure"): card.locator(".gga-figure__value").inner_text()
        for card in page.locator("li.gga-figure").all()
    }

    with page.expect_download() as download_info:
        page.get_by_role("link", name="XLSX").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    book = load_workbook(io.BytesIO(open(download.path(), "rb").read()))

    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Scope"] == "Kenya, Rwanda" and about["Country"] == country_name
    assert about["From month"] == start

    def shown(value, number_format):
        if isinstance(value, float) and number_format == "0.0%":
            return f"{value * 100:.1f}\u00a0%"  # a no-break space, as the page writes it
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    sheet_rows = [
        [shown(cell.value, cell.number_format) for cell in row]
        for row in book["Month by month"].iter_rows(min_row=2)
    ]
    assert sheet_rows[: len(screen_rows)] == screen_rows

    figure_cells = [row[1] for row in book["Figures"].iter_rows(min_row=2)]
    for (key, text), cell in zip(figures.items(), figure_cells, strict=True):
        value = shown(cell.value, cell.number_format)
        assert text in (value, f"{value} days", f"{value} day"), key
