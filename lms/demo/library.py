"""The demo resource library: a dozen real files generated from the texts in
data/library.py (PDF with WeasyPrint, XLSX with openpyxl, CSV), stored as Wagtail documents
in a "Resource library" collection and described by Resource snippets."""

import csv
import io

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from wagtail.documents import get_document_model
from wagtail.models import Collection

from content.library.models import Resource
from content.markets import services as market_services

from . import freshness as demo_freshness
from .data import library as data

COLLECTION_NAME = "Resource library"
INPUT_FILL = PatternFill("solid", fgColor="FFF2A8")  # yellow: cells the learner changes
BOLD = Font(bold=True)

PDF_CSS = """
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-left { content: "Go Global Academy · Brand-going-abroad toolkit";
    font-size: 8pt; color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 18pt; color: #0b4f6c; margin: 0 0 4mm; }
h2 { font-size: 12.5pt; color: #0b4f6c; margin: 6mm 0 2mm; }
.summary { font-size: 11pt; color: #333; }
table { width: 100%; border-collapse: collapse; margin: 3mm 0; font-size: 9pt; }
th, td { border: 0.5pt solid #999; padding: 1.6mm 2mm; text-align: left; vertical-align: top; }
th { background: #e6f0f4; }
ul.ticks { list-style-type: "\\2610  "; padding-left: 7mm; }
ul.ticks li { margin-bottom: 2.5mm; }
.source, .note { font-size: 8.5pt; color: #444; }
.note { border-top: 0.5pt solid #999; margin-top: 6mm; padding-top: 2mm; }
"""


def _restricted_fetcher():
    # Only local files and data: URIs, never the network (see shared NOTES.md §6).
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


def _pdf(spec: dict) -> bytes:
    import weasyprint  # imported here: loading Pango costs a second the rest of load_demo skips

    body = spec["body"]
    if "table" in spec:
        rows = getattr(data, spec["table"]["rows"])
        head = "".join(f"<th>{escape(h)}</th>" for h in spec["table"]["headings"])
        lines = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
        )
        body = body.replace(
            "{table}", f"<table><thead><tr>{head}</tr></thead><tbody>{lines}</tbody></table>"
        )
    note = "" if spec["language"] != "en" else f"<p class='note'>{escape(data.NOT_ADVICE)}</p>"
    html = (
        f"<!DOCTYPE html><html lang='{spec['language']}'><head><meta charset='utf-8'>"
        f"<title>{escape(spec['title'])}</title><style>{PDF_CSS}</style></head><body>"
        f"<h1>{escape(spec['title'])}</h1><p class='summary'>{escape(spec['summary'])}</p>"
        f"{body}{note}</body></html>"
    )
    return weasyprint.HTML(string=html, url_fetcher=_restricted_fetcher()).write_pdf()


def _csv(spec: dict) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(spec["csv"])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def _inputs(sheet, rows, start: int) -> int:
    """Label / value / note rows; values are yellow input cells. Returns the next free row."""
    for offset, (label, value, note, number_format) in enumerate(rows):
        row = start + offset
        sheet.cell(row, 1, label)
        cell = sheet.cell(row, 2, value)
        cell.fill = INPUT_FILL
        cell.number_format = number_format
        sheet.cell(row, 3, note)
    return start + len(rows)


WORKSHEET_NOTE = (
    "Your margin and exchange-rate buffer are in the ex-works price; freight, insurance "
    "and clearance are passed on at cost. FCA, CPT and CIP suit containers; FAS, CFR and "
    "CIF are for sea and inland waterway only. DDP would add import duties and taxes in "
    "the buyer's country: quote it only if you can act as importer there."
)


def price_worksheet() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Export price"
    sheet["A1"] = "Export price calculation"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Change the yellow cells. Costs are for the whole order, in your currency."
    sheet["A3"], sheet["A3"].font = "Your order", BOLD
    money, pct = "#,##0.00", "0%"
    _inputs(
        sheet,
        [
            ("Units in the order", 1000, "", "#,##0"),
            ("Production cost per unit", 2.50, "Materials, labour, overheads", money),
            (
                "Export packaging and labels per unit",
                0.20,
                "Cartons, pallets, language labels",
                money,
            ),
            ("Your margin", 0.20, "On your own costs only, in the ex-works price", pct),
            (
                "Exchange-rate and risk buffer",
                0.03,
                "On the ex-works price; transport passes at cost",
                pct,
            ),
        ],
        4,
    )
    sheet["A10"], sheet["A10"].font = "Costs for the order", BOLD
    _inputs(
        sheet,
        [
            ("Transport to the carrier or port", 300, "Your truck or a haulier", money),
            (
                "Export clearance and documents",
                270,
                "Broker fee, certificate of origin, other certificates",
                money,
            ),
            (
                "Loading and origin terminal charges",
                200,
                "Terminal handling at the port or airport",
                money,
            ),
            (
                "Main carriage (freight) to destination",
                1800,
                "Ask two forwarders for quotes",
                money,
            ),
            (
                "Cargo insurance",
                60,
                "Required from you only under CIP and CIF; optional under D rules (your risk)",
                money,
            ),
            (
                "Destination handling and delivery to the buyer's place",
                250,
                "You pay it under DAP to the buyer's place; under CFR and CIF the buyer does",
                money,
            ),
        ],
        11,
    )
    sheet["A18"], sheet["A18"].font = "Your quotes", BOLD
    sheet["A19"], sheet["B19"], sheet["C19"] = (
        "Incoterms 2020 rule",
        "Price per unit",
        "Order total",
    )
    for cell in ("A19", "B19", "C19"):
        sheet[cell].font = BOLD
    # The margin and the exchange-rate buffer go on the ex-works price only; every cost after
    # it (transport, clearance, insurance) is passed to the buyer at cost, as the lesson
    # "Pricing with Incoterms" teaches.
    exw = "B4*(B5+B6)*(1+B7)*(1+B8)"
    stages = [
        ("EXW (buyer collects at your premises)", exw),
        ("FCA your premises (buyer's carrier collects; you clear export)", f"{exw}+B12"),
        ("FCA port, airport or depot / FAS (you pay the inland leg)", f"{exw}+B11+B12"),
        ("CPT to destination terminal / CFR (freight paid)", f"{exw}+B11+B12+B13+B14"),
        ("CIP to destination terminal / CIF (freight, insurance)", f"{exw}+B11+B12+B13+B14+B15"),
        ("DAP buyer's place (delivered, not unloaded)", f"{exw}+B11+B12+B13+B14+B15+B16"),
    ]
    for offset, (label, total) in enumerate(stages):
        row = 20 + offset
        sheet.cell(row, 1, label)
        sheet.cell(row, 3, f"={total}").number_format = money
        sheet.cell(row, 2, f"=C{row}/B4").number_format = money
    note = 20 + len(stages) + 1
    sheet.cell(note, 1, WORKSHEET_NOTE).alignment = Alignment(wrap_text=True)
    sheet.merge_cells(f"A{note}:C{note}")
    sheet.row_dimensions[note].height = 60
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["C"].width = 48
    return book


def proforma_invoice() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Pro-forma invoice"
    sheet["A1"] = "PRO-FORMA INVOICE"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Not a demand for payment: a quotation the buyer can use to arrange payment and "
        "import permits."
    )
    fields = [
        ("Pro-forma number", ""),
        ("Date", ""),
        ("Valid until", ""),
        ("Seller (name, address, tax number)", ""),
        ("Buyer (name, address, tax number)", ""),
        ("Country of origin of the goods", ""),
        ("Incoterms® 2020 rule and named place", "e.g. FCA Nairobi, Incoterms® 2020"),
        ("Currency", ""),
        ("Payment terms", "e.g. 30% in advance, 70% against copy of bill of lading"),
        ("Estimated shipping date", ""),
        ("Transport mode", ""),
    ]
    for offset, (label, hint) in enumerate(fields):
        row = 4 + offset
        sheet.cell(row, 1, label).font = BOLD
        sheet.cell(row, 2, hint).fill = INPUT_FILL
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    header_row = 16
    for column, heading in enumerate(
        ["Description of goods", "HS code", "Quantity", "Unit", "Unit price", "Line total"], start=1
    ):
        sheet.cell(header_row, column, heading).font = BOLD
    first, last = header_row + 1, header_row + 8
    for row in range(first, last + 1):
        for column in range(1, 6):
            sheet.cell(row, column).fill = INPUT_FILL
        sheet.cell(row, 6, f'=IF(C{row}="","",C{row}*E{row})').number_format = "#,##0.00"
    totals = [
        ("Goods total", f"=SUM(F{first}:F{last})"),
        ("Freight (if included in the rule)", None),
        ("Insurance (if included in the rule)", None),
        ("TOTAL", f"=SUM(F{last + 1}:F{last + 3})"),
    ]
    for offset, (label, formula) in enumerate(totals):
        row = last + 1 + offset
        sheet.cell(row, 5, label).font = BOLD
        cell = sheet.cell(row, 6, formula)
        cell.number_format = "#,##0.00"
        if formula is None:
            cell.fill = INPUT_FILL
    row = last + 6
    sheet.cell(row, 1, "Bank details for payment").font = BOLD
    sheet.cell(row + 1, 1, "We certify that the information above is true and correct.")
    sheet.cell(row + 3, 1, "Signature and stamp:")
    for column, width in zip("ABCDEF", (40, 12, 10, 8, 26, 14), strict=True):
        sheet.column_dimensions[column].width = width
    return book


def market_comparison() -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Compare markets"
    sheet["A1"] = "Market comparison"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Score each market 1 (poor) to 5 (good) on each row; weights say what matters most to you."
    )
    headings = [
        "Criterion",
        "Where to look (free)",
        "Weight (1-3)",
        "Market A",
        "Market B",
        "Market C",
    ]
    for column, heading in enumerate(headings, start=1):
        sheet.cell(4, column, heading).font = BOLD
    criteria = [
        ("Imports of your product (by HS code), and growth", "ITC Trade Map; UN Comtrade", 3),
        ("Tariff you would pay, and any preference", "ITC Market Access Map", 3),
        ("Product rules, labels and certificates", "Market Access Map; the market's regulator", 2),
        ("Competition and price level", "Marketplaces, store visits, trade fairs", 2),
        ("Logistics: cost and time to deliver", "Forwarder quotes; postal and express rates", 2),
        ("Payment and currency risk", "Your bank; ITA Trade Finance Guide", 1),
        (
            "Brand protection: can you register your mark?",
            "WIPO Global Brand Database; national registers",
            1,
        ),
        (
            "Your fit: language, contacts, customer demand",
            "Your own knowledge and buyer feedback",
            2,
        ),
    ]
    for offset, (criterion, source, weight) in enumerate(criteria):
        row = 5 + offset
        sheet.cell(row, 1, criterion)
        sheet.cell(row, 2, source)
        sheet.cell(row, 3, weight).fill = INPUT_FILL
        for column in (4, 5, 6):
            sheet.cell(row, column).fill = INPUT_FILL
    last = 4 + len(criteria)
    total_row = last + 1
    sheet.cell(total_row, 1, "Weighted score (out of 5)").font = BOLD
    for column in "DEF":
        sheet[f"{column}{total_row}"] = (
            f'=IF(COUNT({column}5:{column}{last})=0,"",'
            f"SUMPRODUCT($C5:$C{last},{column}5:{column}{last})/SUM($C5:$C{last}))"
        )
        sheet[f"{column}{total_row}"].number_format = "0.0"
    for column, width in zip("ABCDEF", (48, 44, 12, 12, 12, 12), strict=True):
        sheet.column_dimensions[column].width = width
    return book


SHEETS = {
    "price_worksheet": price_worksheet,
    "proforma_invoice": proforma_invoice,
    "market_comparison": market_comparison,
}


def _xlsx(spec: dict) -> bytes:
    out = io.BytesIO()
    SHEETS[spec["sheet"]]().save(out)
    return out.getvalue()


def file_bytes(spec: dict) -> bytes:
    """The file of one demo resource, generated from its spec."""
    if "body" in spec:
        return _pdf(spec)
    if "sheet" in spec:
        return _xlsx(spec)
    return _csv(spec)


def _collection() -> Collection:
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


@transaction.atomic
def load_resources() -> list[Resource]:
    """Create the resources that are missing (by title) with their documents; existing ones
    are left as trainers may have edited them."""
    Document = get_document_model()
    existing = {resource.title: resource for resource in Resource.objects.all()}
    markets = {checklist.slug: checklist for checklist in market_services.sources()}
    collection = None
    resources = []
    for spec in data.RESOURCES:
        if spec["title"] in existing:
            resources.append(existing[spec["title"]])
            continue
        collection = collection or _collection()
        document = Document(title=spec["title"], collection=collection)
        document.file = ContentFile(file_bytes(spec), name=spec["filename"])
        document._set_document_file_metadata()
        document.save()
        resources.append(
            Resource.objects.create(
                title=spec["title"],
                summary=spec["summary"],
                document=document,
                topic=spec["topic"],
                market=markets.get(spec["market"]) if spec["market"] else None,
                format=spec["format"],
                language=spec["language"],
                **demo_freshness.resource_dates(spec["title"]),
            )
        )
    return resources
