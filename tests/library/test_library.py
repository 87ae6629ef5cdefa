"""Resource library: filters and search narrow the list; a download is counted once and
serves the document's bytes, respecting the collection's privacy."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from content.library import services
from content.library.models import Resource, ResourceDownload
from tests.markets.test_checklists import make_checklist

pytestmark = pytest.mark.django_db

Document = get_document_model()


def make_resource(
    title,
    *,
    topic="pricing",
    fmt="guide",
    language="en",
    market=None,
    summary="",
    content=b"%PDF-1.7 demo",
    filename=None,
    collection=None,
):
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file = ContentFile(content, name=filename or f"{title.lower().replace(' ', '-')}.pdf")
    document._set_document_file_metadata()
    document.save()
    return Resource.objects.create(
        title=title,
        summary=summary or f"About {title}.",
        document=document,
        topic=topic,
        format=fmt,
        language=language,
        market=market,
    )


@pytest.fixture
def library(db):
    eu = make_checklist()
    return {
        "incoterms": make_resource("Incoterms at a glance", summary="The eleven trade rules."),
        "incoterms_fr": make_resource("Les Incoterms en bref", language="fr"),
        "invoice": make_resource("Pro-forma invoice", topic="payments", fmt="template"),
        "labels": make_resource(
            "EU label checklist",
            topic="compliance",
            fmt="checklist",
            market=eu,
            summary="What a label must say for the European Union.",
        ),
    }


def titles(response):
    return [resource.title for resource in response.context["resources"]]


def test_the_list_shows_every_resource_by_title(client, library):
    response = client.get(reverse("library:list"))
    assert titles(response) == sorted(r.title for r in library.values())
    assert "4 resources" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "payments"}, ["Pro-forma invoice"]),
        ({"format": "checklist"}, ["EU label checklist"]),
        ({"language": "fr"}, ["Les Incoterms en bref"]),
        ({"market": "european-union"}, ["EU label checklist"]),
        ({"topic": "pricing", "language": "en"}, ["Incoterms at a glance"]),
        ({"topic": "payments", "format": "guide"}, []),
    ],
)
def test_filters_narrow_the_list(client, library, params, expected):
    assert titles(client.get(reverse("library:list"), params)) == expected


@pytest.mark.search
def test_search_finds_words_in_title_and_summary(client, library):
    assert titles(client.get(reverse("library:list"), {"q": "invoice"})) == ["Pro-forma invoice"]
    assert titles(client.get(reverse("library:list"), {"q": "label"})) == ["EU label checklist"]
    both = client.get(reverse("library:list"), {"q": "Incoterms", "language": "fr"})
    assert titles(both) == ["Les Incoterms en bref"]


def test_an_unknown_filter_value_is_named_and_ignored(client, library):
    response = client.get(reverse("library:list"), {"topic": "astrology", "format": "template"})
    assert titles(response) == ["Pro-forma invoice"]
    assert "Select a valid choice" in response.content.decode()


def test_pagination_keeps_the_filters(client, db):
    for n in range(14):
        make_resource(f"Guide {n:02d}")
    response = client.get(reverse("library:list"), {"topic": "pricing"})
    assert len(titles(response)) == 12
    assert 'href="?topic=pricing&amp;page=2"' in response.content.decode()
    assert len(titles(client.get(reverse("library:list"), {"topic": "pricing", "page": 2}))) == 2


def test_download_is_counted_once_and_serves_the_file(client, library):
    resource = library["invoice"]
    response = client.get(reverse("library:download", args=[resource.pk]))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 demo"
    assert 'filename="pro-forma-invoice.pdf"' in response["Content-Disposition"]
    resource.refresh_from_db()
    assert resource.download_count == 1
    assert ResourceDownload.objects.filter(resource=resource).count() == 1

    client.get(reverse("library:download", args=[resource.pk]))
    resource.refresh_from_db()
    assert resource.download_count == 2
    library["incoterms"].refresh_from_db()
    assert library["incoterms"].download_count == 0


def test_private_collection_asks_to_sign_in_and_counts_nothing(client, learner):
    private = Collection.get_first_root_node().add_child(name="Members only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    resource = make_resource("Members guide", collection=private)
    url = reverse("library:download", args=[resource.pk])

    response = client.get(url)
    assert response.status_code == 302 and "login" in response["Location"]
    resource.refresh_from_db()
    assert resource.download_count == 0

    client.force_login(learner)
    assert client.get(url).status_code == 200
    resource.refresh_from_db()
    assert resource.download_count == 1


def test_download_of_a_missing_resource_is_404(client, db):
    assert client.get(reverse("library:download", args=[999])).status_code == 404


def test_record_download_is_atomic_under_stale_objects(library):
    resource = library["labels"]
    stale = Resource.objects.get(pk=resource.pk)
    services.record_download(resource)
    services.record_download(stale)  # a stale copy must not overwrite the first count
    resource.refresh_from_db()
    assert resource.download_count == 2


def test_demo_library_has_a_dozen_real_files(loaded_demo):
    from io import BytesIO

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from lms.demo import library as demo_library

    resources = demo_library.load_resources()  # those load_demo made, its files linked here
    assert len(demo_library.load_resources()) == len(resources) == 12  # idempotent
    assert Resource.objects.count() == 12

    by_title = {resource.title: resource for resource in resources}
    pdf = by_title["Incoterms 2020 at a glance"].document.file.open("rb").read()
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    for rule in ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"):
        assert rule in text
    paperless = by_title["Paperless trade and single window: what to ask your customs broker"]
    text = PdfReader(BytesIO(paperless.document.file.open("rb").read())).pages[0].extract_text()
    assert text.index("Ask your broker") < text.index("Which data do you need from me")
    sheet = load_workbook(by_title["Export price calculation worksheet"].document.file.open("rb"))
    assert sheet.active["C20"].value == "=B4*(B5+B6)*(1+B7)*(1+B8)"
    csv_text = (
        by_title["HS code and duty lookup log"].document.file.open("rb").read().decode("utf-8-sig")
    )
    assert csv_text.startswith("product,description_for_customs,hs_6_digit")
    assert by_title["Checklist: product labels for the EU"].market.slug == "european-union"
    assert {r.language for r in resources} == {"en", "fr"}
