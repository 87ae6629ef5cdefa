"""Demo courses for the track “Trade law and policy”.

Loaded by ``manage.py load_demo``; the format is described in SCHEMA.md. Businesses in case
studies are invented and purely illustrative.
"""

COURSES = [
    {
        "slug": "single-windows-and-paperless-trade",
        "title": "Single windows and paperless trade",
        "summary": (
            "Learn how single windows let you submit trade data once, which international rules "
            "support them, and how laws on electronic documents, signatures and transferable "
            "records let you replace paper with trusted digital records."
        ),
        "outcomes": [
            "Explain what a single window is, using the UN/CEFACT Recommendation 33 definition",
            (
                "Describe what Article 10.4 of the WTO Trade Facilitation Agreement asks "
                "governments to do and why it is a best-endeavour commitment"
            ),
            (
                "Distinguish agreed international standards from proposals such as the WIC pilot "
                "of “one-time declaration, bilateral customs clearance”"
            ),
            (
                "Explain how UNCITRAL’s model laws give electronic documents, signatures and "
                "transferable records legal effect"
            ),
            (
                "Prepare your business’s data and documents to work with single windows and "
                "paperless procedures"
            ),
        ],
        "level": "intermediate",
        "hours": 3,
        "modules": [
            {
                "title": "Single windows: submit your data once",
                "summary": (
                    "What a single window is, which international rules encourage it, and how "
                    "linked single windows could shorten clearance on both sides of a border."
                ),
                "lessons": [
                    {
                        "title": "What a single window is and why it matters to you",
                        "summary": (
                            "The problem single windows solve, the standard UN/CEFACT definition, "
                            "and what changes for a small exporter."
                        ),
                        "minutes": 12,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "The problem: the same data, typed again and again",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Think about the last shipment you sent abroad. You "
                                    "probably produced a commercial invoice, a packing list, an "
                                    "export declaration and perhaps a certificate of origin or a "
                                    "plant-health certificate. Each went to a different office: "
                                    "customs, the standards bureau, the agriculture ministry, the "
                                    "port, the bank. Many of them asked for the same facts: your "
                                    "company’s name, your buyer, the product description, its HS "
                                    "code, the weight and the value. Every time someone retypes "
                                    "those facts there is a chance of a mistake, and every mistake "
                                    "can hold your goods at the border.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A single window attacks that problem. The idea is simple: "
                                    "instead of visiting many offices, you lodge your information "
                                    "at one entry point, and the government agencies that need it "
                                    "take it from there.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The standard definition",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The definition most governments work from comes from "
                                    "UN/CEFACT, the United Nations Centre for Trade Facilitation "
                                    "and Electronic Business, which is hosted by UNECE. Its "
                                    "<b>Recommendation 33</b>, first issued in 2005 and revised in "
                                    "2020, describes a single window as a facility where parties "
                                    "involved in trade and transport lodge standardised "
                                    "information and documents at a single entry point to meet all "
                                    "import, export and transit-related regulatory requirements. "
                                    "Where the information is electronic, each data element should "
                                    "only need to be submitted once.</p><p>Three ideas in that "
                                    "definition matter to you. <b>Single entry point</b>: one "
                                    "place to file, usually an online portal. <b>Standardised</b>: "
                                    "the data follows agreed formats, so your product codes, units "
                                    "and company details must be consistent. <b>Once</b>: the "
                                    "whole point is that you should not have to repeat "
                                    "yourself.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "A single window is not only about customs",
                                    "text": (
                                        "<p>Customs is usually the biggest user, but a full single "
                                        "window also connects the agencies that issue permits, "
                                        "licences and certificates. When you register, check which "
                                        "agencies are actually connected in your country. Anything "
                                        "that is not connected may still need paper or a separate "
                                        "portal.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "What changes for a small exporter",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For a micro or small business the gains are practical. You "
                                    "spend less time travelling to offices and queuing. You can "
                                    "follow the status of an application online instead of phoning "
                                    "around. Fewer retyped fields mean fewer mismatches between "
                                    "your invoice and your declaration, a common trigger for "
                                    "queries and inspections. And because agencies work from the "
                                    "same data, approvals that used to happen one after another "
                                    "can sometimes happen side by side.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A single window does not remove the rules themselves. You "
                                    "still need the right licences, the right product "
                                    "classification and truthful values. What changes is how you "
                                    "deliver that information. This is why the World Internet "
                                    "Conference (WIC) research report behind this platform lists a "
                                    "digital single window among its seven proposals: it asks "
                                    "countries in digital transformation to build one suited to "
                                    "cross-border e-commerce, with information sharing and joint "
                                    "supervision across agencies.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "UN/CEFACT: trade facilitation and electronic business"
                                    ),
                                    "url": "https://unece.org/trade/uncefact",
                                    "publisher": "UNECE",
                                    "description": (
                                        "The home of UN/CEFACT, where you can find its "
                                        "recommendations on single windows, including "
                                        "Recommendations 33, 35 and 36."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A single window lets you lodge trade information at "
                                            "one entry point to meet import, export and transit "
                                            "requirements."
                                        ),
                                        (
                                            "UN/CEFACT Recommendation 33 (2005, revised 2020) is "
                                            "the standard definition: electronic data should be "
                                            "submitted only once."
                                        ),
                                        (
                                            "Check which agencies are connected to your country’s "
                                            "single window; others may still need separate filings."
                                        ),
                                        (
                                            "The rules stay the same; what improves is the speed, "
                                            "accuracy and visibility of your filings."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "The rules behind single windows: the WTO and UN/CEFACT",
                        "summary": (
                            "What Article 10.4 of the WTO Trade Facilitation Agreement asks of "
                            "governments, and how UN/CEFACT Recommendations 33, 35 and 36 help "
                            "them deliver it."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "The WTO Trade Facilitation Agreement",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The WTO Trade Facilitation Agreement (TFA) entered into "
                                    "force on <b>22 February 2017</b>. It is the WTO agreement on "
                                    "making border procedures faster, cheaper and more "
                                    "transparent, covering matters such as publishing rules, "
                                    "releasing goods and cooperation between border agencies.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>Article 10.4</b> deals with the single window. It says "
                                    "members “shall endeavour” to establish or maintain one, so "
                                    "that traders can submit documents and data for import, export "
                                    "or transit through a single entry point to the participating "
                                    "authorities. The results should be sent back to the trader "
                                    "through the single window in a timely manner. Once the data "
                                    "has been received through the single window, participating "
                                    "agencies should not ask for the same data again, except in "
                                    "urgent circumstances and other limited exceptions that are "
                                    "made public.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "“Shall endeavour” is not “shall”",
                                    "text": (
                                        "<p>“Shall endeavour” sets a best-endeavour duty: a "
                                        "government must genuinely try, but it is not in breach "
                                        "simply because its single window is unfinished. That is "
                                        "one reason why the coverage and quality of single windows "
                                        "still vary widely between countries. Never assume that "
                                        "your buyer’s country has a system that works like "
                                        "yours.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "UN/CEFACT: the how-to guides",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The TFA tells governments what to aim for; UN/CEFACT’s "
                                    "recommendations help them get there. Three are worth knowing "
                                    "by number, because you will see them cited in government "
                                    "plans and donor projects:</p><ul><li><b>Recommendation "
                                    "33</b>: what a single window is and how to set one "
                                    "up.</li><li><b>Recommendation 35</b>: the legal framework a "
                                    "single window needs in order to operate, share data and "
                                    "produce results that count in law.</li><li><b>Recommendation "
                                    "36</b>: interoperability, meaning how single windows in "
                                    "different countries can exchange data with each "
                                    "other.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The legal framework matters more than it sounds. If a law "
                                    "still says a certificate must be a signed piece of paper, a "
                                    "portal cannot change that on its own. Governments have to "
                                    "settle questions such as who may run the single window, how "
                                    "data is protected and how long it is kept, how users are "
                                    "identified, whether electronic submissions and signatures are "
                                    "legally valid, and who is responsible when something goes "
                                    "wrong. Where those answers are missing, officials often ask "
                                    "you to “also bring the original”, and much of the benefit "
                                    "disappears.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "How to use this knowledge",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>You do not need to read the recommendations from cover to "
                                    "cover. But knowing the framework helps you ask better "
                                    "questions. When your trade ministry or chamber of commerce "
                                    "consults businesses on a single window project, ask: Which "
                                    "agencies will be connected? Will paper originals still be "
                                    "required? What will it cost to use? Can a small firm file "
                                    "directly, or only through a licensed broker? Feedback from "
                                    "traders is one of the things that makes these systems "
                                    "usable.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "A question worth asking",
                                    "text": (
                                        "<p>Imagine an association of small spice exporters "
                                        "invited to a government consultation. Instead of general "
                                        "praise, it asks one precise question: “If the "
                                        "plant-health certificate is issued through the single "
                                        "window, will our main importing countries accept it "
                                        "without a paper copy?” The answer tells members whether "
                                        "they can stop couriering documents.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "Trade facilitation and the Trade Facilitation Agreement"
                                    ),
                                    "url": (
                                        "https://www.wto.org/english/tratop_e/tradfa_e/tradfa_e.htm"
                                    ),
                                    "publisher": "World Trade Organization",
                                    "description": (
                                        "The WTO’s gateway page on trade facilitation, with the "
                                        "text of the agreement and information on how members are "
                                        "implementing it."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The WTO Trade Facilitation Agreement has been in "
                                            "force since 22 February 2017."
                                        ),
                                        (
                                            "Article 10.4 is a best-endeavour commitment: members "
                                            "“shall endeavour” to set up a single window, and data "
                                            "received through it should not be requested again "
                                            "except in limited, published cases."
                                        ),
                                        (
                                            "UN/CEFACT Recommendation 33 defines the single "
                                            "window, Recommendation 35 covers its legal framework "
                                            "and Recommendation 36 covers interoperability."
                                        ),
                                        (
                                            "Without a sound legal framework, paper originals "
                                            "linger; use consultations to ask practical questions."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Linking single windows across borders",
                        "summary": (
                            "Why interoperability matters, what the WIC pilot proposal of "
                            "“one-time declaration, bilateral customs clearance” means, and how to "
                            "prepare."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "One country’s single window is only half the journey",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Every cross-border sale has two ends. Your goods leave "
                                    "through your country’s export procedures and enter through "
                                    "your buyer’s import procedures. Even when both countries have "
                                    "good single windows, the two systems may not talk to each "
                                    "other. The importing customs office then asks for data that "
                                    "your own customs already holds, and your buyer or their "
                                    "broker types it in again, with new chances for error.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>Interoperability</b> means making separate single "
                                    "windows able to exchange data reliably and securely. "
                                    "UN/CEFACT Recommendation 36 guides governments on this. "
                                    "Linking is hard: partners must agree on data formats, "
                                    "recognise each other’s electronic documents in law, settle "
                                    "security, and decide who may see what. That is why linking "
                                    "usually starts between close trading partners and one "
                                    "document type at a time, such as electronic certificates of "
                                    "origin or plant-health certificates.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": (
                                        "The WIC proposal: “one-time declaration, bilateral "
                                        "customs clearance”"
                                    ),
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The WIC research report behind this platform goes further. "
                                    "Its third proposal calls on trading partners to connect their "
                                    "digital single windows and to pilot a one-stop clearance "
                                    "solution described as “one-time declaration, bilateral "
                                    "customs clearance”: the trader declares once, and the data "
                                    "serves clearance on both sides of the border. Why should you "
                                    "care about an idea that is not yet common practice? Because "
                                    "pilots tend to start with particular routes, goods and types "
                                    "of trader, and the businesses that take part early help shape "
                                    "the final design. Watch announcements from your customs "
                                    "authority and trade promotion agency.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "A proposal, not a standard",
                                    "text": (
                                        "<p>Treat “one-time declaration, bilateral customs "
                                        "clearance” as a pilot idea the report encourages trading "
                                        "partners to try. It is not an international standard, and "
                                        "you cannot rely on it unless your customs authority "
                                        "confirms that a specific arrangement covers your route "
                                        "and your goods. Ask customs or your broker before you "
                                        "change how you file.</p>"
                                    ),
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Getting ready for linked clearance",
                                    "business": (
                                        "Illustrative example (invented): a shea butter skincare "
                                        "maker in West Africa, 4 staff"
                                    ),
                                    "challenge": (
                                        "<p>Amina ships cartons of shea butter creams to retailers "
                                        "in a neighbouring country. Her export declaration and her "
                                        "buyer’s import declaration are prepared separately by "
                                        "different people, and the product descriptions rarely "
                                        "match. Twice last year a carton was held at the border "
                                        "while officials queried the difference.</p>"
                                    ),
                                    "approach": (
                                        "<p>Suppose her customs authority announces a pilot with "
                                        "the neighbouring country in which data declared once is "
                                        "shared with both customs offices. Before applying, Amina "
                                        "builds a product master sheet with one agreed "
                                        "description, HS code, unit weight and unit value per "
                                        "product, checked with her broker. She shares it with her "
                                        "buyer so both sides use identical data, and asks customs "
                                        "exactly which goods and documents the pilot covers.</p>"
                                    ),
                                    "outcome": (
                                        "<p>Whether or not she joins, consistent data removes the "
                                        "mismatches that caused the holds, and if she does join "
                                        "she is ready on day one. Amina and the pilot are invented "
                                        "to illustrate the point: the groundwork for linked "
                                        "clearance pays off before any pilot reaches you.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Trade Facilitation Implementation Guide",
                                    "url": "https://tfig.unece.org",
                                    "publisher": "UNECE",
                                    "description": (
                                        "A free online guide to trade facilitation measures, "
                                        "including single windows and their interoperability, with "
                                        "links to the relevant UN/CEFACT recommendations."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Interoperability lets single windows in different "
                                            "countries exchange data; UN/CEFACT Recommendation 36 "
                                            "guides it."
                                        ),
                                        (
                                            "Linking usually starts between close partners, one "
                                            "document type at a time."
                                        ),
                                        (
                                            "“One-time declaration, bilateral customs clearance” "
                                            "is a pilot proposal in the WIC report, not a "
                                            "standard; confirm any arrangement with customs."
                                        ),
                                        (
                                            "Consistent product data shared with your buyer "
                                            "reduces border queries today and prepares you for "
                                            "linked systems tomorrow."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Paperless trade: making electronic documents count",
                "summary": (
                    "How UNCITRAL’s model laws and a regional UN treaty give electronic documents, "
                    "signatures and transferable records legal effect, and how to plan your own "
                    "move away from paper."
                ),
                "lessons": [
                    {
                        "title": "Electronic documents and signatures: UNCITRAL’s foundations",
                        "summary": (
                            "How the 1996 Model Law on Electronic Commerce and the 2001 Model Law "
                            "on Electronic Signatures made electronic paperwork legally usable."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Why the law had to catch up",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For centuries, trade law assumed paper. Contracts had to "
                                    "be “in writing”, documents had to be “signed”, and banks and "
                                    "officials wanted “originals”. When businesses moved to email "
                                    "and electronic data, a real question arose: does an "
                                    "electronic invoice or contract count in law? If a statute "
                                    "says “in writing” and a court reads that as paper, your "
                                    "electronic agreement could be challenged.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>UNCITRAL, the United Nations Commission on International "
                                    "Trade Law, answered with model laws. A model law is a "
                                    "template that countries can copy into their own legislation, "
                                    "with adjustments. It has no force on its own: it only matters "
                                    "in countries that have enacted it, and each country’s version "
                                    "may differ in the details.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The Model Law on Electronic Commerce (1996)",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The 1996 model law set out a principle now found in many "
                                    "national laws: information should not be denied legal effect, "
                                    "validity or enforceability solely because it is in electronic "
                                    "form. It also introduced <b>functional equivalence</b>. "
                                    "Instead of asking whether an electronic record is paper, the "
                                    "law asks what the paper requirement was for, and whether the "
                                    "electronic record achieves the same purpose. A rule requiring "
                                    "writing can be met by an electronic record that remains "
                                    "accessible for later reference. A rule requiring a signature "
                                    "can be met by an electronic method that identifies the "
                                    "person, shows their intention and is reliable enough for the "
                                    "purpose. Similar reasoning applies to originals.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The Model Law on Electronic Signatures (2001)",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The 2001 model law built on this. It sets out criteria for "
                                    "judging when an electronic signature is reliable, and it is "
                                    "technology-neutral: it does not force one particular "
                                    "technology. A typed name, a click-to-accept box, a scanned "
                                    "image and a certificate-based digital signature are all forms "
                                    "of electronic signature; how much weight each carries depends "
                                    "on the law of the country concerned and the risk of the "
                                    "transaction.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Match the signature to the risk",
                                    "text": (
                                        "<p>For a routine email confirming a small order, a simple "
                                        "electronic signature is usually enough in practice. For a "
                                        "high-value contract, a distribution agreement or "
                                        "documents a bank will rely on, use a stronger method, "
                                        "such as a digital signature from a recognised provider, "
                                        "and keep the signed file with its audit trail. If in "
                                        "doubt, ask a local lawyer what your country’s electronic "
                                        "transactions law requires.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The practical message: in countries whose laws follow "
                                    "these models, much of the everyday paperwork of exporting, "
                                    "such as quotations, pro forma invoices, purchase orders and "
                                    "contracts, can be electronic. Your job is to keep good "
                                    "records: store final versions, know who signed and how, and "
                                    "make sure you can still produce a readable copy years later "
                                    "if a buyer, auditor or court asks for it.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "UNCITRAL Model Law on Electronic Commerce (1996)",
                                    "url": (
                                        "https://uncitral.un.org/en/texts/ecommerce/modellaw/"
                                        "electronic_commerce"
                                    ),
                                    "publisher": "UNCITRAL",
                                    "description": (
                                        "The official page for the model law, with its text, "
                                        "explanatory material and links to UNCITRAL’s other "
                                        "electronic commerce texts."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A model law is a template; it only has effect where a "
                                            "country enacts it."
                                        ),
                                        (
                                            "The 1996 Model Law on Electronic Commerce says "
                                            "information should not be denied legal effect just "
                                            "because it is electronic."
                                        ),
                                        (
                                            "Functional equivalence asks whether an electronic "
                                            "record does the job the paper rule was meant to do."
                                        ),
                                        (
                                            "The 2001 Model Law on Electronic Signatures is "
                                            "technology-neutral; choose stronger signatures for "
                                            "higher-risk documents."
                                        ),
                                        (
                                            "Good record-keeping is what makes your electronic "
                                            "documents hold up."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Electronic bills of lading and the MLETR",
                        "summary": (
                            "Why transferable documents such as bills of lading were hard to "
                            "digitise, and how the 2017 Model Law on Electronic Transferable "
                            "Records uses “control” in place of possession."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "The hardest documents to digitise",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Some trade documents are more than information. A "
                                    "negotiable bill of lading issued by a shipping line is a "
                                    "receipt for the goods, evidence of the contract of carriage "
                                    "and a document of title: whoever holds the original can claim "
                                    "the goods at destination. Bills of exchange and promissory "
                                    "notes work in a similar way for payment. Their value comes "
                                    "from being unique. Only one person can hold the original at a "
                                    "time, and handing it over passes the right.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>That is a problem for electronic versions. An ordinary "
                                    "electronic file can be copied perfectly, so who is the "
                                    "“holder”? This is why paper bills of lading survived long "
                                    "after invoices went digital, and why couriering originals "
                                    "between shippers, banks and buyers still slows down payment "
                                    "and the release of goods.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What the MLETR does",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>UNCITRAL’s <b>Model Law on Electronic Transferable "
                                    "Records</b> (MLETR), adopted in 2017, solves this with the "
                                    "idea of <b>control</b>. Where the law requires possession of "
                                    "a paper transferable document, the MLETR treats control of "
                                    "the electronic record as the equivalent, provided a reliable "
                                    "method is used to identify the record as the authoritative "
                                    "one, make it subject to control and preserve its integrity. "
                                    "Transferring control then plays the role that handing over "
                                    "the paper used to play. The MLETR does not invent new "
                                    "documents: it lets the documents your law already recognises, "
                                    "such as bills of lading and bills of exchange, exist in "
                                    "electronic form.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Like the other model laws, it works only where enacted. "
                                    "Adopters include Bahrain (2018) and Singapore (2021). The "
                                    "United Kingdom’s Electronic Trade Documents Act 2023, "
                                    "modelled on the MLETR, came into force on 20 September 2023. "
                                    "Other countries have adopted it or are considering it, and "
                                    "UNCITRAL keeps a status list you can check.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Every link in the chain must accept it",
                                    "text": (
                                        "<p>An electronic bill of lading is only as useful as its "
                                        "weakest link. Your carrier, your bank, your buyer’s bank "
                                        "and your buyer all need to accept it, and the law "
                                        "governing the document must recognise it. Before agreeing "
                                        "to one, confirm in writing that everyone in the chain can "
                                        "work with the same platform, and check which law governs "
                                        "it.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "What it means for you",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you ship by sea and get paid by letter of credit or "
                                    "documentary collection, electronic transferable records could "
                                    "eventually cut days from your payment cycle and remove the "
                                    "cost and risk of couriered originals. For now, ask your "
                                    "freight forwarder and your bank whether they support "
                                    "electronic bills of lading on your routes. If they do, start "
                                    "with a trusted buyer and a simple transaction. If they do "
                                    "not, keep using paper, but plan for the change.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "UNCITRAL Model Law on Electronic Transferable Records "
                                        "(2017)"
                                    ),
                                    "url": (
                                        "https://uncitral.un.org/en/texts/ecommerce/modellaw/"
                                        "electronic_transferable_records"
                                    ),
                                    "publisher": "UNCITRAL",
                                    "description": (
                                        "The official page for the MLETR, with the text, an "
                                        "explanatory note and a link to the list of jurisdictions "
                                        "that have enacted legislation based on it."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A negotiable bill of lading is a document of title: "
                                            "whoever holds it can claim the goods."
                                        ),
                                        (
                                            "The MLETR (2017) lets control of an electronic record "
                                            "stand in for possession of paper."
                                        ),
                                        (
                                            "Adopters include Bahrain (2018), Singapore (2021) and "
                                            "the UK, whose Electronic Trade Documents Act 2023 "
                                            "came into force on 20 September 2023."
                                        ),
                                        (
                                            "Carrier, banks and buyer must all accept the "
                                            "electronic record before you rely on it."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Paperless trade between countries: the Asia-Pacific treaty",
                        "summary": (
                            "Why cross-border paperless trade needs mutual recognition between "
                            "governments, and what the UN ESCAP Framework Agreement does."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "From national laws to cross-border recognition",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Laws based on UNCITRAL’s model laws make electronic "
                                    "documents valid inside a country. Paperless trade across a "
                                    "border needs more: the importing country must recognise the "
                                    "electronic certificate or declaration your country issued, "
                                    "and its systems must be able to receive it. The fourth "
                                    "proposal of the WIC research report makes exactly this point. "
                                    "It asks countries to recognise the validity of trade data and "
                                    "documents in electronic form, and to adopt laws that support "
                                    "linking paperless trade systems across borders.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The ESCAP Framework Agreement",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In Asia and the Pacific, governments have a dedicated UN "
                                    "treaty for this: the <b>Framework Agreement on Facilitation "
                                    "of Cross-border Paperless Trade in Asia and the Pacific</b>, "
                                    "developed under UN ESCAP, the United Nations Economic and "
                                    "Social Commission for Asia and the Pacific. It was adopted in "
                                    "2016 and entered into force on <b>20 February 2021</b>. It is "
                                    "open to ESCAP member states.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The treaty works at government level. It gives its parties "
                                    "a shared framework for exchanging trade-related data and "
                                    "documents electronically and for recognising each other’s "
                                    "electronic documents, building on international standards. It "
                                    "places no direct obligations on your business, and it does "
                                    "not make every document digital overnight. Its value is that "
                                    "participating governments get an agreed route for solving "
                                    "legal and technical problems together, rather than "
                                    "negotiating partner by partner.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Find out where your country stands",
                                    "text": (
                                        "<p>The list of parties changes over time. Check the "
                                        "current position on the UN ESCAP website, and ask your "
                                        "trade ministry which of your target markets it already "
                                        "exchanges electronic documents with, whether under this "
                                        "treaty or another arrangement. The answer tells you which "
                                        "documents can travel digitally on which routes.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "If you trade outside Asia and the Pacific",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Other regions and trading partners build cross-border "
                                    "paperless trade through their own agreements, customs "
                                    "cooperation and trade agreements. The questions to ask are "
                                    "the same everywhere: Which of my documents does the importing "
                                    "country accept electronically? Does it need a particular "
                                    "format or system? Is a paper original still needed for "
                                    "anything, such as claiming a lower duty rate under a trade "
                                    "agreement?</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Whatever your region, remember that when all parties on a "
                                    "trade route can exchange trusted electronic documents, the "
                                    "remaining bottleneck is usually data quality. Businesses that "
                                    "already keep clean, consistent digital records are the ones "
                                    "that benefit first. The next lesson shows you how to build "
                                    "that habit.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "Framework Agreement on Facilitation of Cross-border "
                                        "Paperless Trade in Asia and the Pacific"
                                    ),
                                    "url": (
                                        "https://www.unescap.org/resources/framework-agreement-"
                                        "facilitation-cross-border-paperless-trade-asia-and-pacific"
                                    ),
                                    "publisher": "UN ESCAP",
                                    "description": (
                                        "ESCAP’s page for the treaty, with its text, background "
                                        "material and a link to the up-to-date status of "
                                        "ratifications and accessions."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Cross-border paperless trade needs mutual recognition "
                                            "of electronic documents, not just national laws."
                                        ),
                                        (
                                            "The ESCAP Framework Agreement on cross-border "
                                            "paperless trade entered into force on 20 February "
                                            "2021 and is open to ESCAP member states."
                                        ),
                                        (
                                            "It works between governments; ask which of your "
                                            "markets your country exchanges electronic documents "
                                            "with."
                                        ),
                                        (
                                            "Clean, consistent digital records are what let you "
                                            "benefit first."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Your paperless document plan",
                        "summary": (
                            "A step-by-step method for taking stock of your export documents and "
                            "moving each one to electronic form when everyone who relies on it is "
                            "ready."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Start with an inventory",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Before you can go paperless, you need to know what paper "
                                    "you handle. Take your last three export shipments and list "
                                    "every document that was created, sent or received. For each "
                                    "one, note who issued it, who needed it, whether it was paper, "
                                    "a PDF or data entered in a portal, and whether anyone "
                                    "insisted on an “original”.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Most small exporters find their documents fall into three "
                                    "groups:</p><ul><li><b>Your own commercial documents</b>: "
                                    "quotations, pro forma and commercial invoices, packing lists "
                                    "and contracts. You control these, and where electronic "
                                    "transactions laws are in place they can usually be fully "
                                    "electronic.</li><li><b>Official documents</b>: export "
                                    "declarations, certificates of origin, health and plant-health "
                                    "certificates, and licences. These depend on the issuing "
                                    "agency and on what the importing country accepts; single "
                                    "windows and cross-border exchange are changing this group "
                                    "fastest.</li><li><b>Transport and finance documents</b>: "
                                    "bills of lading, air waybills, insurance certificates and "
                                    "bills of exchange. Non-negotiable ones are often easier to "
                                    "handle electronically; negotiable ones need laws such as "
                                    "those based on the MLETR and the agreement of every "
                                    "party.</li></ul>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Set simple rules for your team",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Paperless trade goes wrong when files are scattered across "
                                    "phones and inboxes. Agree a few house rules: one shared "
                                    "folder per shipment, named with the order number; one product "
                                    "master list that every document draws from; one person who "
                                    "checks that invoice, packing list and declaration match "
                                    "before anything is filed; and signed versions saved as final "
                                    "and never edited.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "From courier envelopes to a shared folder",
                                    "business": (
                                        "Illustrative example (invented): a dried-mango exporter "
                                        "in Burkina Faso, 7 staff"
                                    ),
                                    "challenge": (
                                        "<p>Issa spent hours each week chasing paper. Invoices "
                                        "were typed in one spreadsheet and packing lists in "
                                        "another, and the product descriptions drifted apart. A "
                                        "buyer’s customs broker queried two shipments because the "
                                        "weights on the invoice and the packing list did not "
                                        "match.</p>"
                                    ),
                                    "approach": (
                                        "<p>Issa listed his documents and found that his invoices, "
                                        "packing lists and contracts could all be electronic. He "
                                        "built one product master list, generated both documents "
                                        "from it, set up a folder per order and began signing "
                                        "contracts electronically. He asked the agencies that "
                                        "issue his certificates which could be applied for and "
                                        "delivered online, and kept paper only where an agency or "
                                        "the buyer’s country still required it.</p>"
                                    ),
                                    "outcome": (
                                        "<p>The mismatches stopped, and he could answer a buyer’s "
                                        "or broker’s question in minutes by sharing a file. Paper "
                                        "did not disappear, but it became an exception he managed "
                                        "deliberately. Issa’s business is invented to illustrate "
                                        "the method, not a report of a real company.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Finally, review your plan once a year. Electronic options "
                                    "for official and transport documents keep expanding as single "
                                    "windows grow and more countries enact laws on electronic "
                                    "transferable records. Ask your broker, freight forwarder, "
                                    "bank and chamber of commerce what has changed, and move each "
                                    "document to electronic form as soon as everyone who relies on "
                                    "it can accept it.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "List every document from recent shipments and sort "
                                            "them into commercial, official, and transport or "
                                            "finance documents."
                                        ),
                                        (
                                            "Your own commercial documents can usually go "
                                            "electronic first."
                                        ),
                                        (
                                            "Generate documents from one product master list so "
                                            "the data always matches."
                                        ),
                                        (
                                            "Keep paper only where an agency, bank or importing "
                                            "country still requires it, and review that list every "
                                            "year."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
        "quiz": {
            "title": "Check your understanding: single windows and paperless trade",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": "According to UN/CEFACT Recommendation 33, what is a single window?",
                    "explanation": (
                        "Recommendation 33 (2005, revised 2020) defines a single window as one "
                        "entry point where traders lodge standardised information and documents to "
                        "meet all import, export and transit requirements; electronic data "
                        "elements should be submitted only once."
                    ),
                    "choices": [
                        {
                            "text": (
                                "A facility where traders lodge standardised information and "
                                "documents at one entry point to meet all import, export and "
                                "transit requirements"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. One entry point, standardised data, and electronic data "
                                "submitted once."
                            ),
                        },
                        {
                            "text": (
                                "A single customs officer assigned to handle each exporter’s "
                                "shipments"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. A single window is a facility, usually an online portal, not "
                                "a person."
                            ),
                        },
                        {
                            "text": (
                                "A trade agreement that removes border checks between two countries"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. A single window changes how you submit information; the "
                                "checks and rules still apply."
                            ),
                        },
                        {
                            "text": "One bank account through which all duties must be paid",
                            "correct": False,
                            "feedback": (
                                "No. Some single windows handle payments, but that is not what "
                                "defines them."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Article 10.4 of the WTO Trade Facilitation Agreement strictly required "
                        "every WTO member to have a fully working single window on the day the "
                        "agreement entered into force."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. Article 10.4 says members “shall endeavour” to establish or "
                        "maintain a single window. It is a best-endeavour commitment, which is one "
                        "reason single windows still vary so much between countries."
                    ),
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of these UN/CEFACT recommendations are correctly matched with their "
                        "topic? Select all that apply."
                    ),
                    "explanation": (
                        "Recommendation 33 defines the single window and how to establish one, "
                        "Recommendation 35 covers its legal framework and Recommendation 36 covers "
                        "interoperability between single windows. Electronic signatures are the "
                        "subject of an UNCITRAL model law (2001), not a UN/CEFACT recommendation."
                    ),
                    "choices": [
                        {
                            "text": "Recommendation 33: defining and establishing a single window",
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": "Recommendation 35: the legal framework for a single window",
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": "Recommendation 36: interoperability between single windows",
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": "Recommendation 36: a model law on electronic signatures",
                            "correct": False,
                            "feedback": (
                                "No. Electronic signatures are covered by UNCITRAL’s 2001 Model "
                                "Law on Electronic Signatures."
                            ),
                        },
                    ],
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put these UNCITRAL model laws in the order in which they were adopted, "
                        "earliest first."
                    ),
                    "items": [
                        "Model Law on Electronic Commerce",
                        "Model Law on Electronic Signatures",
                        "Model Law on Electronic Transferable Records",
                    ],
                    "explanation": (
                        "Electronic Commerce came first (1996), then Electronic Signatures (2001), "
                        "then Electronic Transferable Records (MLETR, 2017)."
                    ),
                },
                {
                    "type": "short_text",
                    "text": (
                        "Under the MLETR, what concept stands in for possession of a paper "
                        "transferable document such as a bill of lading? Answer in one word."
                    ),
                    "accepted": [
                        "control",
                        "exclusive control",
                    ],
                    "explanation": (
                        "Control. Where the law requires possession of a paper document, the MLETR "
                        "treats control of the electronic record, established by a reliable "
                        "method, as the equivalent."
                    ),
                },
                {
                    "type": "numeric",
                    "text": (
                        "In which year did the WTO Trade Facilitation Agreement enter into force?"
                    ),
                    "answer": 2017,
                    "tolerance": 0,
                    "explanation": (
                        "The Trade Facilitation Agreement entered into force on 22 February 2017."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "How should a small exporter treat the WIC report’s idea of “one-time "
                        "declaration, bilateral customs clearance”?"
                    ),
                    "explanation": (
                        "The WIC report proposes piloting this approach between trading partners. "
                        "It is a proposal, not an international standard, so rely on it only where "
                        "your customs authority confirms an arrangement covers your route and "
                        "goods."
                    ),
                    "choices": [
                        {
                            "text": (
                                "As a pilot proposal: rely on it only where customs confirms that "
                                "a specific arrangement covers your route and goods"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. It is a proposal for pilots, not a rule you can assume "
                                "applies."
                            ),
                        },
                        {
                            "text": (
                                "As a binding WTO standard that every customs authority must apply"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. It comes from the WIC research report and is not a WTO rule."
                            ),
                        },
                        {
                            "text": (
                                "As an UNCITRAL model law that most countries have already enacted"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. UNCITRAL’s model laws deal with electronic commerce, "
                                "signatures and transferable records, not this pilot."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "The Framework Agreement on Facilitation of Cross-border Paperless Trade "
                        "in Asia and the Pacific entered into force on 20 February 2021."
                    ),
                    "answer": True,
                    "explanation": (
                        "True. The UN ESCAP treaty entered into force on 20 February 2021 and is "
                        "open to ESCAP member states. Check ESCAP’s website for the current list "
                        "of parties."
                    ),
                },
            ],
        },
    },
    {
        "slug": "selling-online-consumers-data-disputes",
        "title": "Selling online across borders: consumers, data and disputes",
        "summary": (
            "Sell to foreign consumers with confidence: the EU right of withdrawal, "
            "data-protection principles in the EU’s GDPR and China’s PIPL, platform "
            "notice-and-action, online dispute resolution, and the WTO e-commerce talks."
        ),
        "outcomes": [
            (
                "Apply the EU 14-day right of withdrawal to your returns policy and pre-sale "
                "information"
            ),
            (
                "Explain the GDPR’s data-protection principles and recognise when you need legal "
                "advice"
            ),
            (
                "Describe when China’s PIPL matters to a seller and the routes for sending "
                "personal data out of China"
            ),
            "Use platform notice-and-action procedures to report counterfeits of your products",
            "Design a simple, fair process for resolving customer disputes online",
        ],
        "level": "intermediate",
        "hours": 3.5,
        "modules": [
            {
                "title": "Treating foreign consumers fairly",
                "summary": (
                    "Consumer rules travel with your customers. Learn the EU right of withdrawal "
                    "and turn it into clear pages and good habits."
                ),
                "lessons": [
                    {
                        "title": "The EU right of withdrawal: 14 days to change their mind",
                        "summary": (
                            "How the EU’s 14-day right of withdrawal works for online sales, why "
                            "telling customers about it matters, and which goods are excluded."
                        ),
                        "minutes": 14,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Consumer rules follow your customer",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>When you sell to a business, you and your buyer negotiate "
                                    "the terms. When you sell to consumers, many countries add "
                                    "rules that protect the buyer whatever your terms say. The "
                                    "World Internet Conference (WIC) research report behind this "
                                    "platform lists consumer protection as part of the legal "
                                    "environment cross-border e-commerce needs, and for good "
                                    "reason: shoppers buy from a faraway seller only if they trust "
                                    "they will be treated fairly. If you sell to consumers in "
                                    "another market, expect that market’s consumer rules to "
                                    "matter, and take advice on exactly how they apply to you.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The European Union is a large market for online sellers "
                                    "and has some of the best-known rules, so it makes a useful "
                                    "example to learn in detail.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The 14-day rule",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under the EU Consumer Rights Directive (Directive "
                                    "2011/83/EU), a consumer who buys goods online or at a "
                                    "distance can withdraw from the contract within <b>14 days</b> "
                                    "without giving any reason. For goods, the period generally "
                                    "runs from the day the consumer receives them. The logic is "
                                    "simple: online shoppers cannot touch or try a product before "
                                    "buying, so the law gives them time to inspect it at "
                                    "home.</p><p>You must tell consumers about the right of "
                                    "withdrawal, its conditions and how to use it before they are "
                                    "bound by the contract. If you do not, the withdrawal period "
                                    "is <b>extended by 12 months</b>. In other words, a customer "
                                    "who was never told could still withdraw more than a year "
                                    "after delivery.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Silence is expensive",
                                    "text": (
                                        "<p>Failing to inform customers does not remove their "
                                        "right; it extends it by 12 months. A clear withdrawal "
                                        "notice on your product pages, at checkout and in your "
                                        "order confirmation is one of the cheapest protections "
                                        "your business can have.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Refunds, return costs and exceptions",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>When a consumer withdraws, you must refund what they paid, "
                                    "including the standard delivery charge, without undue delay "
                                    "and no later than 14 days after you are told of the "
                                    "withdrawal; you may wait until you receive the goods back or "
                                    "proof that they were sent. The consumer normally pays the "
                                    "direct cost of returning the goods, but only if you told them "
                                    "so beforehand. If you did not, the cost can fall on you.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The directive also lists exceptions. Examples include "
                                    "goods made to the consumer’s specifications or clearly "
                                    "personalised, goods that can deteriorate or expire quickly, "
                                    "and sealed goods that are unsuitable for return for health or "
                                    "hygiene reasons once unsealed. If you make custom items, such "
                                    "as a tailored garment or a name-engraved carving, an "
                                    "exception may apply, but state it clearly before the sale and "
                                    "check your wording with an adviser. Do not stretch the "
                                    "exceptions to cover ordinary stock.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Directive 2011/83/EU on consumer rights",
                                    "url": "https://eur-lex.europa.eu/eli/dir/2011/83/oj",
                                    "publisher": (
                                        "EUR-Lex (Publications Office of the European Union)"
                                    ),
                                    "description": (
                                        "The official text of the Consumer Rights Directive, "
                                        "including the withdrawal rules, the exceptions and the "
                                        "model withdrawal form in its annex."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Consumer rules in your customer’s market can apply "
                                            "whatever your own terms say; take advice on your "
                                            "situation."
                                        ),
                                        (
                                            "EU consumers who buy goods at a distance generally "
                                            "have 14 days from delivery to withdraw without giving "
                                            "a reason."
                                        ),
                                        (
                                            "If you fail to tell them about this right, the period "
                                            "is extended by 12 months."
                                        ),
                                        (
                                            "Tell customers in advance who pays for returns, and "
                                            "refund on time."
                                        ),
                                        (
                                            "Some goods, such as personalised items, are excluded, "
                                            "but only if they genuinely qualify."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Turning the rules into clear pages and habits",
                        "summary": (
                            "How to write pre-sale information and a returns policy that foreign "
                            "customers understand, and how to run them day to day."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Write for a stranger in another country",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Your customer abroad has never met you, may be reading in "
                                    "a second language and cannot walk into your shop. Everything "
                                    "they need to trust you must be on the page. Clear pre-sale "
                                    "information is a legal duty in many markets, and it is also "
                                    "one of your best sales tools.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>At a minimum, make these easy to find before checkout: who "
                                    "you are (business name, address and contact details), the "
                                    "total price including taxes and delivery charges, delivery "
                                    "times, payment options, your returns policy and how to "
                                    "complain. For EU customers, include the 14-day right of "
                                    "withdrawal, how to use it, who pays the cost of returns and "
                                    "any exceptions that apply to your products. The Consumer "
                                    "Rights Directive includes a model withdrawal form that you "
                                    "can offer customers.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Use plain, short sentences",
                                    "text": (
                                        "<p>Write your returns page so that a customer could "
                                        "follow it through a translation tool: short sentences, no "
                                        "slang, numbered steps. For example: “You have 14 days "
                                        "from the day you receive your order to cancel. Email us "
                                        "with your order number. Send the item back within 14 days "
                                        "of telling us.” Test it by translating it into another "
                                        "language and back.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Build habits, not just pages",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A policy is only as good as the way you run it. Log every "
                                    "return request with the date it arrived, so you can show you "
                                    "refunded on time. Reply within a day or two, even if only to "
                                    "confirm receipt. Decide in advance how you will handle "
                                    "returns from far away: for a low-value item, refunding "
                                    "without asking for it back can cost less than international "
                                    "return postage. Record the reasons customers give, because "
                                    "they tell you which descriptions or photos are misleading.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A returns page that cut complaints",
                                    "business": (
                                        "Illustrative example (invented): a hand-woven basket "
                                        "maker in Ghana selling through her own website, 5 staff"
                                    ),
                                    "challenge": (
                                        "<p>Efua’s baskets sell well to customers in Germany and "
                                        "the Netherlands, but her website said only “No returns on "
                                        "handmade goods”. Customers who received a basket in a "
                                        "different shade from the photo felt cheated, left angry "
                                        "reviews and asked their card issuers to reverse "
                                        "payments.</p>"
                                    ),
                                    "approach": (
                                        "<p>She learned that her standard baskets, made in "
                                        "advance, are not personalised goods, so the withdrawal "
                                        "right applies to them; only baskets woven to a customer’s "
                                        "own design might fall within an exception. She rewrote "
                                        "her returns page in plain English, added the withdrawal "
                                        "information and the model form, stated who pays return "
                                        "postage and added daylight photos of each colour. For "
                                        "baskets under a set value she decided to refund without "
                                        "requiring a return.</p>"
                                    ),
                                    "outcome": (
                                        "<p>Complaints turned into routine returns, and the better "
                                        "photos reduced how many baskets came back at all. Efua "
                                        "and her business are invented to illustrate the steps; "
                                        "check your own policy against the rules of each market "
                                        "you sell to.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Remember that the EU is one example. Other markets have "
                                    "their own cooling-off periods, guarantees and information "
                                    "duties, which may differ from the EU’s in length and scope. "
                                    "Before you open sales to a new country, look for its consumer "
                                    "authority’s guidance for online sellers or ask a trade "
                                    "adviser, and adjust your pages.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Show who you are, the full price, delivery, returns "
                                            "and complaints information before checkout."
                                        ),
                                        (
                                            "For EU customers, explain the 14-day withdrawal "
                                            "right, how to use it and who pays return costs."
                                        ),
                                        (
                                            "Log requests and refunds so you can prove you acted "
                                            "on time."
                                        ),
                                        (
                                            "Check each new market’s consumer rules; they are not "
                                            "all the same as the EU’s."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Personal data across borders",
                "summary": (
                    "What the EU’s GDPR and China’s PIPL expect of businesses that handle "
                    "customers’ personal data, and the habits that serve you under both."
                ),
                "lessons": [
                    {
                        "title": "The GDPR’s principles in plain English",
                        "summary": (
                            "The six principles in Article 5 of the GDPR, plus accountability, and "
                            "how to start applying them with a one-page data map."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Why data protection matters to a small shop",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Every online order carries personal data: a name, a "
                                    "delivery address, an email address, a phone number and a "
                                    "purchase history. The WIC report behind this platform names "
                                    "the protection of personal information as a core part of the "
                                    "legal environment for cross-border e-commerce. Customers "
                                    "abroad share their data with you only if they trust you with "
                                    "it, and many markets have laws on how it must be treated.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The EU’s General Data Protection Regulation (GDPR, "
                                    "Regulation (EU) 2016/679) is the best-known example. Its "
                                    "Article 5 sets out the principles that the rest of the "
                                    "regulation builds on. Whether or not the GDPR binds your "
                                    "business, these principles are a sound way to run any "
                                    "business that handles customer data.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Get advice on whether the GDPR applies to you",
                                    "text": (
                                        "<p>Whether, and when, the GDPR applies to a business "
                                        "based outside the EU that sells to people in the EU is a "
                                        "legal question this course does not answer. If you sell "
                                        "to EU customers, ask a data-protection adviser or a trade "
                                        "support organisation, and read your marketplace’s seller "
                                        "guidance, before you assume that it does or does not "
                                        "apply.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "The six principles, and accountability",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Article 5 says personal data must be handled in line with "
                                    "these principles:</p><ol><li><b>Lawfulness, fairness and "
                                    "transparency.</b> Have a proper legal basis, do not use data "
                                    "in ways people would not expect, and tell them clearly what "
                                    "you do.</li><li><b>Purpose limitation.</b> Collect data for "
                                    "specific purposes and do not reuse it for unrelated ones. An "
                                    "address collected to deliver an order is not automatically "
                                    "free for any marketing you like.</li><li><b>Data "
                                    "minimisation.</b> Ask only for what you need. A shop selling "
                                    "scarves rarely needs a date of "
                                    "birth.</li><li><b>Accuracy.</b> Keep data correct and up to "
                                    "date, and fix mistakes when told.</li><li><b>Storage "
                                    "limitation.</b> Do not keep data that identifies people "
                                    "longer than you need it.</li><li><b>Integrity and "
                                    "confidentiality.</b> Protect data against loss, theft and "
                                    "unauthorised access.</li></ol>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>On top of these sits <b>accountability</b>: the business "
                                    "is responsible for complying with the principles and must be "
                                    "able to show that it does. In practice that means writing "
                                    "things down: what data you hold, why, where it is stored, who "
                                    "can access it and when you delete it.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Start with a one-page data map",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>List each kind of data you collect, such as order details, "
                                    "newsletter sign-ups and customer messages. Next to each, note "
                                    "why you collect it, which tools hold it (shop platform, email "
                                    "service, spreadsheet, messaging app), who can see it and how "
                                    "long you keep it. Many small businesses discover data in "
                                    "forgotten places, such as old spreadsheets or staff members’ "
                                    "personal phones. Tidy those up first, switch on two-step "
                                    "login for every tool, and set a calendar reminder to delete "
                                    "data you no longer need.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "Regulation (EU) 2016/679 (General Data Protection "
                                        "Regulation)"
                                    ),
                                    "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
                                    "publisher": (
                                        "EUR-Lex (Publications Office of the European Union)"
                                    ),
                                    "description": (
                                        "The official text of the GDPR. Article 5 sets out the "
                                        "principles covered in this lesson; use the text with an "
                                        "adviser to work out how it affects your business."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "GDPR Article 5 sets six principles: lawfulness, "
                                            "fairness and transparency; purpose limitation; data "
                                            "minimisation; accuracy; storage limitation; integrity "
                                            "and confidentiality."
                                        ),
                                        (
                                            "Accountability means being responsible for compliance "
                                            "and able to demonstrate it."
                                        ),
                                        (
                                            "Whether the GDPR applies to a seller outside the EU "
                                            "is a legal question: get advice rather than assume."
                                        ),
                                        (
                                            "A one-page data map is a practical first step towards "
                                            "applying the principles."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "China’s PIPL and moving personal data across borders",
                        "summary": (
                            "When China’s Personal Information Protection Law matters to a seller, "
                            "the routes Article 38 sets for sending personal information out of "
                            "China, and the habits the GDPR and PIPL share."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "A second major data law",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>China’s <b>Personal Information Protection Law</b> (PIPL) "
                                    "came into force on <b>1 November 2021</b>. It sets rules for "
                                    "handling personal information, and it reaches beyond China’s "
                                    "borders: it can also apply to businesses outside China that "
                                    "handle personal information in order to provide products or "
                                    "services to people in China. If you sell to consumers in "
                                    "China, directly or through a platform, treat the PIPL as part "
                                    "of your compliance picture and get advice on your specific "
                                    "situation.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The PIPL matters in the other direction too. Many "
                                    "exporters work with partners in China, such as suppliers, "
                                    "logistics providers, marketplaces and cross-border e-commerce "
                                    "service companies. When personal information collected in "
                                    "China has to be sent abroad, for example a customer list "
                                    "shared with you for after-sales service, the law sets "
                                    "conditions.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Article 38: routes for sending data out of China",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under Article 38, a business that needs to provide "
                                    "personal information to a recipient outside China must meet "
                                    "one of a set of conditions:</p><ul><li>pass a <b>security "
                                    "assessment</b> organised by China’s national cyberspace "
                                    "authority;</li><li>obtain <b>certification</b> of its "
                                    "personal information protection from a specialised "
                                    "body;</li><li>sign a <b>standard contract</b>, in the form "
                                    "set by the cyberspace authority, with the overseas recipient; "
                                    "or</li><li>meet another condition set by laws, administrative "
                                    "regulations or the cyberspace authority.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Which route applies depends on factors such as the type "
                                    "and volume of data and the kind of organisation sending it, "
                                    "and the detailed implementing rules have been adjusted since "
                                    "the law took effect. Rely on current guidance from a "
                                    "qualified adviser or your Chinese partner’s compliance team, "
                                    "not on a summary like this one.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Ask your partner the right questions",
                                    "text": (
                                        "<p>If a partner in China sends you customer data, ask: "
                                        "Which Article 38 route are you using for this transfer? "
                                        "What do you need from us as the recipient? How should we "
                                        "store and protect the data, and when should we delete it? "
                                        "A clear written answer protects both of you.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Common ground between the GDPR and the PIPL",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The two laws differ in structure and detail, so never "
                                    "assume that complying with one means complying with the "
                                    "other. But they share a core you can build into your business "
                                    "everywhere: be open about what you collect and why, collect "
                                    "only what you need, keep it accurate and secure, keep it no "
                                    "longer than necessary, and take special care when data "
                                    "crosses a border. If these habits are already part of how you "
                                    "work, adapting to a specific law becomes much easier.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "China’s PIPL has been in force since 1 November 2021 "
                                            "and can apply to sellers abroad who provide products "
                                            "or services to people in China."
                                        ),
                                        (
                                            "Under Article 38, personal information leaves China "
                                            "through a security assessment, certification, a "
                                            "standard contract, or another route set by law or the "
                                            "regulator."
                                        ),
                                        (
                                            "Implementing rules change; get current advice rather "
                                            "than relying on summaries."
                                        ),
                                        (
                                            "Transparency, minimisation, security and care with "
                                            "transfers serve you under both the GDPR and the PIPL."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Platforms, disputes and the rules still being written",
                "summary": (
                    "Use platform reporting tools against counterfeits, resolve disputes quickly "
                    "online, and follow international e-commerce rules that are still under "
                    "negotiation."
                ),
                "lessons": [
                    {
                        "title": "Platforms, counterfeits and notice-and-action",
                        "summary": (
                            "How the EU Digital Services Act’s notice-and-action rule helps you "
                            "report counterfeits, and what to do if your own listing is removed."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Platforms shape your business",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you sell through a marketplace, its policies shape your "
                                    "business as much as any law: how listings are ranked, when "
                                    "accounts are suspended and how disputes are handled. The WIC "
                                    "research report behind this platform gives two of its seven "
                                    "proposals to this. It calls for stronger protection of "
                                    "intellectual property on digital platforms, and for platform "
                                    "governance in which government agencies, businesses, "
                                    "consumers and social groups take part and supervise "
                                    "together.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Laws are starting to set minimum standards for platforms. "
                                    "An important example is the EU’s <b>Digital Services Act</b> "
                                    "(DSA, Regulation (EU) 2022/2065), whose rules apply generally "
                                    "from <b>17 February 2024</b>.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Notice and action: reporting illegal content",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>Article 16</b> of the DSA requires hosting services, "
                                    "which include online marketplaces, to provide a mechanism "
                                    "that lets anyone notify them of specific content they "
                                    "consider illegal. For a brand owner, the most common use is "
                                    "reporting counterfeit listings: copies of your product sold "
                                    "under your brand, or listings using your trade mark and "
                                    "photos without permission.</p><p>A notice works best when it "
                                    "is precise. The DSA expects a notice to include an "
                                    "explanation of why you consider the content illegal, its "
                                    "exact electronic location such as the listing’s URL, your "
                                    "name and email address, and a statement that you believe in "
                                    "good faith that the notice is accurate and complete.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Prepare your evidence before you need it",
                                    "text": (
                                        "<p>Keep a brand file: your trade mark registration "
                                        "certificates, clear photos of genuine products and "
                                        "packaging, and a short list of the differences a fake "
                                        "usually shows. When you find one, save screenshots "
                                        "showing the date and URL, then file your notice through "
                                        "the platform’s official reporting tool. Many large "
                                        "marketplaces also run brand-protection programmes for "
                                        "registered trade mark owners.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "When you are on the receiving end",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Notice-and-action can also be used against you, sometimes "
                                    "unfairly, for example by a competitor who claims your genuine "
                                    "product is fake. Under the DSA, platforms generally have to "
                                    "explain to sellers why content is removed or restricted, and "
                                    "online platforms must offer an internal way to complain about "
                                    "such decisions. If your listing is taken down, read the "
                                    "reasons, respond with your evidence through the official "
                                    "complaint route and keep a record of every step.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Outside the EU, platforms’ tools and legal duties differ, "
                                    "but most large marketplaces offer some reporting and appeal "
                                    "route. Find it for every channel you sell through before a "
                                    "problem arises.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Regulation (EU) 2022/2065 (Digital Services Act)",
                                    "url": "https://eur-lex.europa.eu/eli/reg/2022/2065/oj",
                                    "publisher": (
                                        "EUR-Lex (Publications Office of the European Union)"
                                    ),
                                    "description": (
                                        "The official text of the Digital Services Act. Article 16 "
                                        "sets out the notice-and-action mechanism and what a "
                                        "notice should contain."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The WIC report calls for IP protection on platforms "
                                            "and for platform governance involving all "
                                            "stakeholders."
                                        ),
                                        (
                                            "The EU Digital Services Act applies from 17 February "
                                            "2024; Article 16 requires hosting services to offer "
                                            "notice-and-action reporting of illegal content such "
                                            "as counterfeits."
                                        ),
                                        (
                                            "A good notice explains why the content is illegal, "
                                            "gives its exact URL, identifies you and is made in "
                                            "good faith."
                                        ),
                                        (
                                            "If your own listing is removed, use the platform’s "
                                            "complaint route and provide evidence."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Resolving disputes online",
                        "summary": (
                            "The three stages of online dispute resolution described in UNCITRAL’s "
                            "2016 Technical Notes, and how to build a simple, fair complaints "
                            "process on them."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Small disputes need fast solutions",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Cross-border online sales produce disputes that are small "
                                    "in value but big in hassle: a parcel that never arrived, a "
                                    "product that looks different from its photo, a refund the "
                                    "customer says never came. Going to court in another country "
                                    "over a small order makes no sense for either side, yet "
                                    "unresolved disputes cost you through payment reversals, bad "
                                    "reviews and lost customers. The WIC report calls for "
                                    "mechanisms that resolve online transaction disputes "
                                    "quickly.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "UNCITRAL’s Technical Notes on ODR",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In 2016 UNCITRAL adopted the <b>Technical Notes on Online "
                                    "Dispute Resolution</b> (ODR). They are <b>non-binding</b>: "
                                    "they create no legal obligations, but describe the elements "
                                    "of a good ODR process for governments, ODR platforms and "
                                    "administrators, neutrals and the parties. They reflect the "
                                    "principles of fairness, transparency, due process and "
                                    "accountability. The Notes describe a process in three "
                                    "stages:</p><ol><li><b>Negotiation</b>: the parties "
                                    "communicate directly through the ODR platform to try to "
                                    "settle.</li><li><b>Facilitated settlement</b>: if negotiation "
                                    "fails, a neutral third party helps the parties reach "
                                    "agreement.</li><li><b>A final stage</b>: if that also fails, "
                                    "the process can move to a final stage. The Notes do not fix "
                                    "its form; the administrator or neutral should explain to the "
                                    "parties what it involves.</li></ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Make stage one count",
                                    "text": (
                                        "<p>A fast, polite and fair first reply can settle many "
                                        "complaints before anyone else is involved. Answer "
                                        "quickly, propose a concrete remedy such as a replacement, "
                                        "a partial refund or a full refund, and confirm what you "
                                        "agreed in writing.</p>"
                                    ),
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "A three-stage complaints process for a small shop",
                                    "business": (
                                        "Illustrative example (invented): a leather sandal maker "
                                        "in Kenya selling through its own site and a marketplace, "
                                        "9 staff"
                                    ),
                                    "challenge": (
                                        "<p>Customers abroad complained about sizing and late "
                                        "parcels by email, social media and marketplace messages. "
                                        "Replies were slow and inconsistent, and several customers "
                                        "went straight to their card issuers to reverse "
                                        "payments.</p>"
                                    ),
                                    "approach": (
                                        "<p>The owner, Wanjiru, modelled her process on the three "
                                        "stages. Stage one: one complaints form, a reply within "
                                        "two working days and a standard menu of remedies. Stage "
                                        "two: unresolved cases go to a senior colleague not "
                                        "involved in the sale for a fresh review or, for "
                                        "marketplace orders, to the marketplace’s own resolution "
                                        "service, where someone independent can help. Stage three: "
                                        "her terms explain which external options remain open to "
                                        "the customer.</p>"
                                    ),
                                    "outcome": (
                                        "<p>More complaints now close at stage one, faster than "
                                        "before, and customers see a clear, fair path. Wanjiru’s "
                                        "shop is invented to illustrate the method; a process "
                                        "modelled on the Technical Notes is good practice, not a "
                                        "legal requirement created by them.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Note one limit of the example: a colleague reviewing a "
                                    "case is not a truly neutral third party. For genuine "
                                    "facilitated settlement, use an independent service, such as a "
                                    "marketplace’s resolution centre or a dispute resolution body "
                                    "your customer’s country recognises. Wherever you sell, "
                                    "publish a single, clear complaints route so customers do not "
                                    "feel forced to go elsewhere.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "UNCITRAL Technical Notes on Online Dispute Resolution"
                                    ),
                                    "url": "https://uncitral.un.org/texts/onlinedispute",
                                    "publisher": "UNCITRAL",
                                    "description": (
                                        "UNCITRAL’s page on online dispute resolution, with the "
                                        "2016 Technical Notes describing the stages and principles "
                                        "of a fair ODR process."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The UNCITRAL Technical Notes on ODR (2016) are "
                                            "non-binding guidance for designing fair online "
                                            "dispute processes."
                                        ),
                                        (
                                            "They describe three stages: negotiation, facilitated "
                                            "settlement and a final stage."
                                        ),
                                        (
                                            "A fast, fair first response resolves many disputes "
                                            "before they escalate."
                                        ),
                                        (
                                            "Publish one clear complaints route and use "
                                            "independent help when direct talks fail."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "The WTO e-commerce talks: what is settled and what is not",
                        "summary": (
                            "Where the WTO negotiations on electronic commerce stand, why the "
                            "stabilised text is not in force, and how to track the status of any "
                            "rule."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "International rules still being written",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Most rules in this course are national or regional: EU "
                                    "directives and regulations, China’s PIPL, each country’s "
                                    "consumer law. There is no single global treaty covering "
                                    "cross-border online selling. The WIC report behind this "
                                    "platform ends by calling for coordinated development of the "
                                    "international rule system for cross-border e-commerce, and "
                                    "for help to countries in digital transformation to build "
                                    "policy and legal systems that fit it.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>One place where such rules are being negotiated is the "
                                    "World Trade Organization. A group of WTO members has been "
                                    "negotiating an Agreement on Electronic Commerce. On <b>26 "
                                    "July 2024</b> they reached a <b>stabilised text</b> of 38 "
                                    "articles, backed by about 82 WTO members. The United States "
                                    "was not among them.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Not in force: check its status",
                                    "text": (
                                        "<p>When last checked (December 2026), the stabilised text "
                                        "was a negotiated "
                                        "text, not a rule in force. Bringing it into the WTO’s "
                                        "legal framework needs further decisions by WTO members, "
                                        "and whether and when that happens is uncertain. Do not "
                                        "treat its provisions as obligations anyone must follow "
                                        "today, and check the WTO’s e-commerce pages for the "
                                        "current status.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "Why follow it anyway",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Negotiated texts show the direction in which governments "
                                    "are heading. The e-commerce talks deal with themes you have "
                                    "met in this track, such as electronic transactions and "
                                    "signatures, paperless trading and online consumer trust. When "
                                    "countries align their rules, a small seller faces fewer "
                                    "different regimes. If your government takes part, business "
                                    "associations may be consulted, and your practical experience "
                                    "of selling across borders is exactly what negotiators need to "
                                    "hear.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Label every rule you track",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>You do not need to become a trade lawyer, but you do need "
                                    "to know which rules bind you now. Give every rule you follow "
                                    "a status label:</p><ul><li><b>In force and applying</b>: for "
                                    "example the EU Digital Services Act, which applies from 17 "
                                    "February 2024, or China’s PIPL, in force since 1 November "
                                    "2021.</li><li><b>Negotiated but not in force</b>: for example "
                                    "the WTO stabilised text of 26 July "
                                    "2024.</li><li><b>Non-binding guidance</b>: for example "
                                    "UNCITRAL’s Technical Notes on ODR.</li><li><b>Proposals and "
                                    "pilots</b>: for example the WIC report’s “one-time "
                                    "declaration, bilateral customs clearance”.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Set a reminder every six months to check the status of the "
                                    "rules that matter in your top markets, using official sources "
                                    "such as the WTO, the European Commission and your own trade "
                                    "ministry. Labels change, and noticing early gives you time to "
                                    "adapt your pages, policies and processes.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Electronic commerce at the WTO",
                                    "url": "https://www.wto.org/english/tratop_e/ecom_e/ecom_e.htm",
                                    "publisher": "World Trade Organization",
                                    "description": (
                                        "The WTO’s e-commerce gateway page. Use it to check the "
                                        "current status of the negotiations on electronic commerce "
                                        "before relying on any summary."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "There is no single global treaty on cross-border "
                                            "online selling; most rules are national or regional."
                                        ),
                                        (
                                            "A stabilised text of a WTO Agreement on Electronic "
                                            "Commerce was reached on 26 July 2024, backed by about "
                                            "82 members but not the United States."
                                        ),
                                        (
                                            "When last checked (December 2026) it was not in "
                                            "force; check the WTO "
                                            "for its current status."
                                        ),
                                        (
                                            "Label every rule you track: in force, negotiated but "
                                            "not in force, non-binding guidance, or proposal."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
        "quiz": {
            "title": "Check your understanding: consumers, data and disputes",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "numeric",
                    "text": (
                        "Under the EU Consumer Rights Directive, how many days does a consumer who "
                        "buys goods online generally have to withdraw without giving a reason?"
                    ),
                    "answer": 14,
                    "tolerance": 0,
                    "explanation": (
                        "14 days, generally counted from the day the consumer receives the goods."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "An EU customer was never told about the right of withdrawal. What happens "
                        "to the withdrawal period?"
                    ),
                    "explanation": (
                        "If the seller fails to inform the consumer about the right of withdrawal, "
                        "the withdrawal period is extended by 12 months."
                    ),
                    "choices": [
                        {
                            "text": "It is extended by 12 months",
                            "correct": True,
                            "feedback": (
                                "Correct. Silence extends the customer’s right; it does not remove "
                                "it."
                            ),
                        },
                        {
                            "text": "The customer loses the right of withdrawal",
                            "correct": False,
                            "feedback": (
                                "No. Failing to inform the customer works against the seller, not "
                                "the customer."
                            ),
                        },
                        {
                            "text": "It stays at 14 days",
                            "correct": False,
                            "feedback": (
                                "No. The period is extended when the customer is not informed."
                            ),
                        },
                        {
                            "text": "It is shortened to 7 days",
                            "correct": False,
                            "feedback": "No. Nothing in the rules shortens the period.",
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of the following are principles listed in Article 5 of the GDPR? "
                        "Select all that apply."
                    ),
                    "explanation": (
                        "Article 5 lists lawfulness, fairness and transparency; purpose "
                        "limitation; data minimisation; accuracy; storage limitation; and "
                        "integrity and confidentiality, with accountability on top. It contains no "
                        "principle of collecting as much data as possible or of free transfer to "
                        "any country."
                    ),
                    "choices": [
                        {
                            "text": "Data minimisation",
                            "correct": True,
                            "feedback": "Correct. Collect only what you need.",
                        },
                        {
                            "text": "Storage limitation",
                            "correct": True,
                            "feedback": "Correct. Keep data no longer than necessary.",
                        },
                        {
                            "text": "Purpose limitation",
                            "correct": True,
                            "feedback": (
                                "Correct. Use data for specific purposes, not unrelated ones."
                            ),
                        },
                        {
                            "text": "Data maximisation to improve marketing",
                            "correct": False,
                            "feedback": "No. This is the opposite of data minimisation.",
                        },
                        {
                            "text": "Free transfer of data to any country",
                            "correct": False,
                            "feedback": "No. This is not one of the Article 5 principles.",
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Under Article 38 of China’s PIPL, which of these are routes for providing "
                        "personal information to a recipient outside China? Select all that apply."
                    ),
                    "explanation": (
                        "Article 38 lists a security assessment organised by the national "
                        "cyberspace authority, certification by a specialised body, a standard "
                        "contract with the overseas recipient, or another condition set by law or "
                        "the regulator. A privacy notice on its own is not one of these routes."
                    ),
                    "choices": [
                        {
                            "text": (
                                "A security assessment organised by the national cyberspace "
                                "authority"
                            ),
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": (
                                "Certification of personal information protection by a specialised "
                                "body"
                            ),
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": "A standard contract with the overseas recipient",
                            "correct": True,
                            "feedback": "Correct.",
                        },
                        {
                            "text": "Simply posting a privacy notice on your website",
                            "correct": False,
                            "feedback": (
                                "No. Being transparent is important, but it is not a transfer "
                                "route under Article 38."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "The UNCITRAL Technical Notes on Online Dispute Resolution (2016) are "
                        "legally binding on the countries that adopted them."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. The Technical Notes are non-binding. They describe elements of a "
                        "fair ODR process and reflect principles of fairness, transparency, due "
                        "process and accountability."
                    ),
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put the three stages of an online dispute resolution process, as "
                        "described in the UNCITRAL Technical Notes, in order."
                    ),
                    "items": [
                        "Negotiation",
                        "Facilitated settlement",
                        "Final stage",
                    ],
                    "explanation": (
                        "The parties first negotiate directly; if that fails, a neutral helps them "
                        "in facilitated settlement; if that fails too, the process can move to a "
                        "final stage."
                    ),
                },
                {
                    "type": "short_text",
                    "text": (
                        "Article 16 of the EU Digital Services Act requires hosting services to "
                        "let anyone report illegal content, such as counterfeit listings. What is "
                        "this mechanism usually called? (Three words.)"
                    ),
                    "accepted": [
                        "notice and action",
                        "notice-and-action",
                        "notice & action",
                    ],
                    "explanation": (
                        "Notice and action: you notify the hosting service of specific illegal "
                        "content, and it acts on the notice."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "Which statement about the WTO e-commerce stabilised text of 26 July 2024 "
                        "is accurate?"
                    ),
                    "explanation": (
                        "The stabilised text of 38 articles was backed by about 82 WTO members but "
                        "not the United States. When last checked (December 2026) it was not in "
                        "force, so check the "
                        "WTO for its current status."
                    ),
                    "choices": [
                        {
                            "text": (
                                "It is a negotiated text backed by about 82 members and, when "
                                "last checked (December 2026), was not in force"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Treat it as a direction of travel, not a binding rule."
                            ),
                        },
                        {
                            "text": "It entered into force for all WTO members on 26 July 2024",
                            "correct": False,
                            "feedback": (
                                "No. 26 July 2024 is when the text was stabilised, not when any "
                                "agreement entered into force."
                            ),
                        },
                        {
                            "text": (
                                "It was backed by every WTO member, including the United States"
                            ),
                            "correct": False,
                            "feedback": (
                                "No. About 82 members backed it, and the United States was not "
                                "among them."
                            ),
                        },
                    ],
                },
            ],
        },
    },
]
