"""Downloads from the dashboard: the screen's numbers, at once or built by Celery."""

import io
import re

from django.core.cache import cache
from openpyxl import load_workbook

from lms.exports import jobs

from .population import analyst_for

URL = "/admin/reports/"
QUERY = {"month_from": "2026-02", "month_to": "2026-11"}


def screen_figures(html: str) -> dict[str, str]:
    return dict(
        re.findall(r'data-figure="(\w+)">.*?gga-figure__value[^"]*">([^<]+)</p>', html, re.S)
    )


def test_xlsx_download_equals_the_screen(population, db, client):
    analyst = analyst_for(["KE", "UG"], "xl@example.org")
    client.force_login(analyst)
    html = client.get(URL, QUERY).content.decode()
    link = re.search(r'href="(/admin/reports/export/xlsx/\?[^"]+)"', html)[1].replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="gga-report-ke-ug-')
    book = load_workbook(io.BytesIO(response.content))
    shown = screen_figures(html)
    assert len(shown) >= 10
    sheet = list(book["Figures"].iter_rows(min_row=2))
    for (key, text), row in zip(shown.items(), sheet, strict=False):
        value, fmt = row[1].value, row[1].number_format
        if fmt == "0.0%":
            assert text == f"{value * 100:.1f}\u00a0%", key  # a no-break space before %
        elif isinstance(value, int):
            assert text in (f"{value:,}", f"{value} days", f"{value} day"), key
        else:
            assert text == value, key
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True)}
    assert about["From month"] == "2026-02" and about["To month"] == "2026-11"
    when = re.search(r"Figures as of (.+?) UTC", html)[1]
    assert about["Extracted"].startswith(when[-5:]) or when[-5:] in about["Extracted"]


def test_large_exports_are_built_in_the_background(
    population, db, client, settings, django_capture_on_commit_callbacks
):
    settings.REPORT_EXPORT_BACKGROUND_ENROLLMENTS = 0  # every export counts as large
    cache.clear()
    analyst = analyst_for(["KE"], "bg@example.org")
    other = analyst_for(["KE"], "other@example.org")
    client.force_login(analyst)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.get("/admin/reports/export/csv/", QUERY)
    assert response.status_code == 302
    job_url = response["Location"]
    token = job_url.rstrip("/").rsplit("/", 1)[-1]
    assert len(token) >= 32

    waiting = client.get(job_url).content.decode()
    assert "<progress" in waiting and 'http-equiv="refresh"' in waiting

    for callback in callbacks:  # the request committed: the task runs (eagerly here)
        callback()
    ready = client.get(job_url).content.decode()
    assert "Your report is ready." in ready and "<progress" not in ready
    download = client.get(f"{job_url}download/")
    assert download.status_code == 200
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    assert text.startswith("About\r\nReport,")
    assert "Scope,Kenya" in text

    # Only the analyst who asked may see the job or its file.
    client.force_login(other)
    assert client.get(job_url).status_code == 404
    assert client.get(f"{job_url}download/").status_code == 404

    # Once the offer expires, the link answers 404.
    client.force_login(analyst)
    jobs.forget(token)
    assert client.get(f"{job_url}download/").status_code == 404
