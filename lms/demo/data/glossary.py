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

GLOSSARY += [
    (
        "Incoterms® rules",
        "",
        "The International Chamber of Commerce's eleven trade terms (2020 edition) that "
        "say which tasks, costs and risks pass from seller to buyer, and where. Write the rule, "
        "the named place and the edition in the contract, e.g. “FCA Mombasa, Incoterms® 2020”.",
        "ICC, Incoterms® 2020",
    ),
    (
        "Bill of lading",
        "B/L",
        "The carrier's document for goods shipped by sea: a receipt for the goods, evidence "
        "of the contract of carriage and, when negotiable, a document of title that lets its "
        "holder claim the goods. Banks often ask for an on-board bill under a letter of credit.",
        "Trade practice; UNCITRAL",
    ),
    (
        "Pro-forma invoice",
        "",
        "A quotation in the form of an invoice, sent before the sale, so the buyer can arrange "
        "payment, a letter of credit or an import permit. It is not a demand for payment.",
        "Trade practice",
    ),
    (
        "Commercial invoice",
        "",
        "The seller's bill for the goods. Customs use it, with the HS codes, origin and "
        "Incoterms rule it states, to value the goods and assess duty; it must match the "
        "other shipping documents.",
        "Trade practice",
    ),
    (
        "Documentary collection",
        "",
        "A payment method where the seller's bank sends the shipping documents to the buyer's "
        "bank, which releases them against payment or an accepted bill of exchange. Safer "
        "than open account, less secure than a letter of credit; the ICC rules are URC 522.",
        "ICC, URC 522; US ITA Trade Finance Guide",
    ),
    (
        "Open account",
        "",
        "The seller ships and the buyer pays later, for example 30 or 60 days after delivery: "
        "the most attractive terms for the buyer and among the riskiest for the seller, "
        "unless insured or financed.",
        "US ITA Trade Finance Guide",
    ),
    (
        "Rules of origin",
        "",
        "The criteria that decide where goods “come from”. Preferential rules decide whether "
        "goods qualify for a trade agreement's lower duty; non-preferential rules serve trade "
        "measures and origin marking.",
        "World Customs Organization; ICC",
    ),
    (
        "Customs broker",
        "",
        "A person or firm, licensed in many countries, that prepares and lodges customs "
        "declarations for importers or exporters and pays duties on their behalf.",
        "Trade practice",
    ),
    (
        "Freight forwarder",
        "",
        "A firm that organises the transport of goods for a shipper: books carriers, "
        "consolidates cargo, prepares transport documents and often arranges customs "
        "clearance through a broker.",
        "Trade practice",
    ),
    (
        "Import One-Stop Shop",
        "IOSS",
        "The EU scheme that lets a seller charge VAT at checkout on goods in parcels up to "
        "€150 imported into the EU, and declare it monthly in one member state, so the buyer "
        "pays no VAT at delivery. In use since 1 July 2021; since 1 July 2026 these parcels also "
        "carry the EU's interim €3 customs duty per item category.",
        "European Commission",
    ),
    (
        "Madrid System",
        "",
        "WIPO's system for protecting a trademark in many member countries with one "
        "international application, based on a home application or registration. For five "
        "years the international registration depends on that basic mark; it is renewed every "
        "ten years.",
        "WIPO",
    ),
    (
        "Nice Classification",
        "",
        "The international classification of goods and services for trademarks, run by WIPO: "
        "45 classes, 1–34 for goods and 35–45 for services. A new version takes effect each "
        "1 January.",
        "WIPO",
    ),
    (
        "Right of priority",
        "",
        "Under the Paris Convention, after a first filing you have six months for trademarks "
        "(twelve for patents) to file in other member countries and keep the first filing's "
        "date.",
        "WIPO, Paris Convention",
    ),
    (
        "Paperless trade",
        "",
        "Trade in which documents such as certificates, invoices and bills of lading are "
        "exchanged as electronic data rather than paper, with the law giving them the same "
        "effect.",
        "UN ESCAP; UNCITRAL",
    ),
    (
        "Electronic transferable record",
        "ETR",
        "An electronic equivalent of a paper document of title, such as a bill of lading or a "
        "bill of exchange, where “control” replaces possession. UNCITRAL's Model Law on "
        "Electronic Transferable Records (2017) sets out how; Bahrain, Singapore and the United "
        "Kingdom are among the adopters.",
        "UNCITRAL",
    ),
    (
        "Online dispute resolution",
        "ODR",
        "Resolving disputes online. UNCITRAL's Technical Notes (2016, non-binding) describe "
        "three stages: negotiation, facilitated settlement, and a final stage.",
        "UNCITRAL Technical Notes on ODR",
    ),
    (
        "Uniform Domain-Name Dispute-Resolution Policy",
        "UDRP",
        "An out-of-court procedure, administered among others by WIPO, to recover a domain "
        "name registered in bad faith that copies your trademark (cybersquatting), for .com and "
        "other generic domains.",
        "WIPO",
    ),
    (
        "Right of withdrawal",
        "",
        "In the EU a consumer who buys online may withdraw within 14 days of delivery without "
        "giving a reason; if not told of this right, the period is extended by up to 12 months.",
        "Directive 2011/83/EU; EU e-Justice Portal",
    ),
    (
        "CE marking",
        "",
        "The mark a manufacturer puts on a product covered by specific EU laws (such as toys, "
        "electrical equipment or machinery) to declare it meets them, after assessing "
        "conformity. Not every product needs it.",
        "European Commission",
    ),
]

GLOSSARY += [
    (
        "Everything But Arms",
        "EBA",
        "The EU scheme, part of its Generalised Scheme of Preferences, that gives goods from "
        "least-developed countries (such as Rwanda) duty-free, quota-free access to the EU for "
        "everything except arms and ammunition, if they meet its rules of origin.",
        "European Commission, Access2Markets",
    ),
    (
        "Registered Exporter system",
        "REX",
        "The EU's register of exporters in countries that use its preferences (GSP and some "
        "agreements). A registered exporter proves origin with a statement on origin on the "
        "invoice; consignments up to €6,000 need no registration.",
        "European Commission, Access2Markets",
    ),
    (
        "African Continental Free Trade Area",
        "AfCFTA",
        "The African Union's free trade area, in force since 2019, with trading since 1 January "
        "2021. Duties fall in stages for originating goods between state parties that have "
        "their tariff schedules and customs procedures in place.",
        "AfCFTA Secretariat",
    ),
    (
        "Economic Partnership Agreement",
        "EPA",
        "A trade agreement between the EU and African, Caribbean or Pacific countries. The "
        "EU–Kenya EPA, in force since 1 July 2024, gives Kenyan goods duty-free, quota-free "
        "access to the EU.",
        "European Commission",
    ),
]

# Terms shown at the end of the first lesson of these demo courses.
TERMS_IN_FIRST_LESSON = {
    "pricing-with-incoterms": ["EXW", "FCA", "DDP"],
    "finding-your-first-export-market": ["HS code"],
    "getting-paid-and-shipping-parcels": ["L/C", "De minimis"],
    "single-windows-and-paperless-trade": ["Single window"],
    "trade-agreements-and-single-windows": ["AfCFTA", "EBA", "REX", "Rules of origin"],
}
