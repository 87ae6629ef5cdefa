"""Glossary terms for the demo, written from shared/content-facts.md."""

GLOSSARY = [
    (
        "Ex Works",
        "EXW",
        "The seller makes the goods available at its own premises or another "
        "named place; the buyer carries every cost and risk from there, including export "
        "clearance. Any mode of transport.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Free Carrier",
        "FCA",
        "The seller delivers the goods, cleared for export, to the carrier "
        "the buyer named at the named place; risk passes there. Any mode of transport and the "
        "usual choice for containers. Since 2020 the buyer may instruct its carrier to issue the "
        "seller an on-board bill of lading.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Carriage Paid To",
        "CPT",
        "The seller pays the carriage to the named destination, but risk "
        "passes when the goods are handed to the first carrier. Any mode of transport.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Carriage and Insurance Paid To",
        "CIP",
        "As CPT, and the seller also insures the goods; "
        "since 2020 the cover must meet Institute Cargo Clauses (A). Any mode of transport.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Delivered at Place",
        "DAP",
        "The seller bears cost and risk until the goods arrive at the "
        "named destination, ready for unloading; the buyer clears them for import. Any mode.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Delivered at Place Unloaded",
        "DPU",
        "As DAP, but the seller also unloads the goods at "
        "the destination; risk passes once they are unloaded. DPU replaced DAT in 2020.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Delivered Duty Paid",
        "DDP",
        "As DAP, and the seller also clears the goods for import and "
        "pays the import duties and taxes: the most the seller can take on.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Free Alongside Ship",
        "FAS",
        "The seller delivers the goods alongside the ship at the port "
        "of loading; risk passes there. Sea and inland waterway only.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Free On Board",
        "FOB",
        "The seller delivers the goods on board the ship at the port of "
        "loading; risk passes there. Sea and inland waterway only, best for bulk cargo.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Cost and Freight",
        "CFR",
        "Risk passes when the goods are on board at the port of loading, "
        "but the seller pays the freight to the destination port. Sea and inland waterway only.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Cost, Insurance and Freight",
        "CIF",
        "As CFR, and the seller also insures the goods, with "
        "the minimum Institute Cargo Clauses (C) cover. Sea and inland waterway only.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Harmonized System code",
        "HS code",
        "The World Customs Organization's product "
        "classification, the same worldwide to six digits; countries add digits for their own "
        "tariffs. HS 2022 is the edition in force.",
        "World Customs Organization",
    ),
    (
        "Certificate of origin",
        "",
        "A document showing where goods were made. Preferential "
        "certificates claim a free-trade agreement's lower duty; non-preferential ones, often "
        "issued by chambers of commerce, serve letters of credit and general trade measures.",
        "ICC World Chambers Federation",
    ),
    (
        "Letter of credit",
        "L/C",
        "A bank's promise to pay the seller when documents that match "
        "its terms are presented; safer for the seller than open account. Most follow the ICC's "
        "UCP 600 rules (2007 revision).",
        "ICC, UCP 600; US ITA Trade Finance Guide",
    ),
    (
        "De minimis",
        "",
        "A value below which imported parcels enter free of duty (or tax). The "
        "thresholds are changing fast in the US and the EU: check the current rules before you "
        "price a shipment.",
        "Customs authorities; check the current rules",
    ),
    (
        "Single window",
        "",
        "One entry point where traders lodge standard information and "
        "documents once to meet all import, export and transit requirements.",
        "UN/CEFACT Recommendation 33",
    ),
]

# Terms shown at the end of the first lesson of these demo courses.
TERMS_IN_FIRST_LESSON = {
    "pricing-with-incoterms": ["EXW", "FCA", "DDP"],
    "finding-your-first-export-market": ["HS code"],
    "getting-paid-and-shipping-parcels": ["L/C", "De minimis"],
    "single-windows-and-paperless-trade": ["Single window"],
}
