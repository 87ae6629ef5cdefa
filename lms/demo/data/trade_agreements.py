"""Demo course for the "Export skills" track: trade agreements, origin and single windows.

Format: see SCHEMA.md in this folder; lms/demo/courses.py adds it to the export skills track.
Written for the demo's learners in Rwanda, Kenya and Viet Nam. Rates, dates and scheme names were
checked in December 2026 and are listed in docs/content-sources.md; they are hedged in the
text, and every lesson sends the owner to the official tool for the figure of the day.
Businesses in case studies and examples are invented.
"""

ACCESS2MARKETS = "https://trade.ec.europa.eu/access-to-markets/en/home"

COURSE = {
    "slug": "trade-agreements-and-single-windows",
    "title": "Paying less duty: trade agreements, proof of origin and single windows",
    "summary": (
        "Use the agreements that cut duty for exporters in East Africa and Viet Nam: the "
        "AfCFTA, the EAC, the EU's Everything But Arms scheme, the EU–Kenya and EU–Viet Nam "
        "agreements, and file your documents once through your national single window."
    ),
    "outcomes": [
        "Find which trade agreement or preference scheme covers a sale to a given market",
        "Work out the duty you save with a preference, using the official tariff tools",
        "Prepare the proof of origin each agreement asks for, including a REX statement",
        "Use your national single window (ReSW, KenTrade or VNSW) to file documents once",
    ],
    "level": "intermediate",
    "hours": 2.5,
    "modules": [
        {
            "title": "Agreements that lower your duty",
            "summary": (
                "Which agreements reach which markets, what they save you, and what they ask "
                "of you in return."
            ),
            "lessons": [
                {
                    "title": "Selling within Africa: the EAC and the AfCFTA",
                    "summary": (
                        "How the East African Community's customs union and the African "
                        "Continental Free Trade Area lower duty on sales to African buyers."
                    ),
                    "minutes": 14,
                    "preview": True,
                    "body": [
                        ("heading", {"text": "Two layers of preference", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>A trade agreement lowers the import duty your buyer pays, but "
                            "only for goods that <b>originate</b> in a member country and only "
                            "when the buyer can prove it. For an exporter in Rwanda or Kenya, "
                            "two African agreements matter first: the <b>East African "
                            "Community</b> (EAC), a customs union, and the <b>African "
                            "Continental Free Trade Area</b> (AfCFTA), which reaches most of the "
                            "continent.</p>",
                        ),
                        ("heading", {"text": "The EAC customs union", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The EAC's members (among them Kenya, Rwanda, Uganda and "
                            "Tanzania) charge no duty on each other's originating goods and one "
                            "common external tariff on goods from outside. Your Kenyan or "
                            "Ugandan buyer claims the zero rate with an <b>EAC certificate of "
                            "origin</b>; small traders' low-value consignments can use the "
                            "EAC's simplified certificate at the border. The common tariff also "
                            "tells you what competitors from outside the region pay, which is "
                            "your price advantage.</p>",
                        ),
                        ("heading", {"text": "The AfCFTA", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The AfCFTA agreement entered into force in 2019 and trading "
                            "under it began on 1 January 2021. Duty cuts are phased in over "
                            "years, and a country trades under them only once its tariff "
                            "schedule and customs procedures are ready. Since 2022 the "
                            "<b>Guided Trade Initiative</b> has run real shipments between "
                            "ready countries: Rwanda and Kenya were among the first, with "
                            "Rwandan coffee and Kenyan batteries and tea going to Ghana. For a "
                            "sale outside the EAC, say from Kigali to Accra, check whether both "
                            "countries apply the AfCFTA for your product and what the rate is "
                            "this year.</p>",
                        ),
                        ("heading", {"text": "Steps for your first sale", "level": "h3"}),
                        (
                            "paragraph",
                            "<ol><li>Find your product's HS code and the buyer's country.</li>"
                            "<li>Look up the preferential rate: the EAC common external tariff "
                            "for EAC buyers, the AfCFTA e-Tariff Book for other African "
                            "buyers.</li><li>Read the rule of origin for your HS code: wholly "
                            "obtained goods (coffee grown and roasted in Rwanda) qualify "
                            "easily; goods made from imported materials must meet the "
                            "rule.</li><li>Apply for the certificate of origin from your "
                            "competent authority, usually through your single window.</li>"
                            "<li>Send the certificate with the invoice, so your buyer's broker "
                            "can claim the rate.</li></ol>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "warning",
                                "title": "A preference is a right, not an automatic discount",
                                "text": "<p>If the proof of origin is missing or wrong, the "
                                "buyer pays the full rate and may ask you for the difference. "
                                "Keep the records that show your goods' origin for at least as "
                                "long as the agreement says, often several years.</p>",
                            },
                        ),
                        (
                            "external_resource",
                            {
                                "title": "AfCFTA Secretariat",
                                "url": "https://au-afcfta.org/",
                                "publisher": "AfCFTA Secretariat",
                                "description": (
                                    "The AfCFTA's official site, with the e-Tariff Book of "
                                    "each state party's rates by HS code and the rules of "
                                    "origin manual."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "Key takeaways",
                                "items": [
                                    "A preference needs originating goods and proof of origin.",
                                    "EAC members trade originating goods duty-free, with an "
                                    "EAC certificate of origin.",
                                    "The AfCFTA has applied since 2021 for countries that are "
                                    "ready; check your product's rate in the e-Tariff Book.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Selling to the EU: Everything But Arms, the EU–Kenya EPA and "
                    "the EU–Viet Nam agreement",
                    "summary": (
                        "Why roasted coffee from Rwanda pays nothing in the EU when others "
                        "pay 7.5%, and what Kenyan and Vietnamese exporters use instead."
                    ),
                    "minutes": 15,
                    "preview": False,
                    "body": [
                        ("heading", {"text": "Three routes into the EU", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>The EU charges its normal (“most favoured nation”) duty on goods "
                            "from countries without a preference. Green coffee pays 0% from "
                            "anywhere, but <b>roasted coffee</b> (HS 0901 21) pays "
                            "<b>7.5%</b>. That gap is why roasting at origin can pay, if you use "
                            "a preference. Which one depends on where you export from.</p>",
                        ),
                        (
                            "dated_fact",
                            {
                                "text": "<p>EU duty on roasted coffee (HS 0901 21 00): 7.5% "
                                "without a preference; 0% for Rwanda under Everything But Arms, "
                                "for Kenya under the EPA and for Viet Nam under the EVFTA.</p>",
                                "source_url": ACCESS2MARKETS,
                                "source_label": "European Commission, Access2Markets",
                                "checked_on": "2026-12-02",
                            },
                        ),
                        ("heading", {"text": "Everything But Arms (Rwanda)", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>Everything But Arms (EBA) is the part of the EU's Generalised "
                            "Scheme of Preferences for least-developed countries, such as "
                            "Rwanda, Uganda and Tanzania. It gives duty-free, quota-free access "
                            "for everything except arms and ammunition, so Rwandan roasted "
                            "coffee pays <b>0%</b> instead of 7.5%. Origin is declared by the "
                            "exporter, not certified by an office: you register once in the "
                            "EU's <b>Registered Exporter system (REX)</b> through your "
                            "country's competent authority (customs can tell you which), then "
                            "write a "
                            "<b>statement on origin</b> with your REX number on the invoice. "
                            "Consignments worth up to €6,000 may carry the statement without "
                            "registration.</p>",
                        ),
                        (
                            "heading",
                            {"text": "The EU–Kenya Economic Partnership Agreement", "level": "h3"},
                        ),
                        (
                            "paragraph",
                            "<p>Kenya is not a least-developed country, so it does not get EBA. "
                            "Its Economic Partnership Agreement with the EU, in force since "
                            "<b>1 July 2024</b>, gives Kenyan goods duty-free, quota-free access "
                            "instead, and opens Kenya's market to EU goods gradually. Origin is "
                            "proved with the documents in the agreement's rules of origin "
                            "protocol, such as a movement certificate or an origin declaration "
                            "on the invoice: your clearing agent or KenTrade can tell you which "
                            "applies to your shipment.</p>",
                        ),
                        ("heading", {"text": "The EU–Viet Nam agreement", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The EU–Viet Nam Free Trade Agreement (EVFTA) has applied since "
                            "<b>1 August 2020</b>. It removed the EU duty on Vietnamese coffee, "
                            "roasted included, at once, and phases out most other duties over "
                            "up to seven years. The Vietnamese exporter proves origin with the "
                            "certificate or origin declaration the agreement names, issued or "
                            "registered through Viet Nam's trade ministry systems.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "tip",
                                "title": "Let the tool do the reading",
                                "text": "<p>Enter your HS code, your country and the EU "
                                "country in Access2Markets: it shows the normal rate, your "
                                "preferential rate, the rule of origin and the proof it "
                                "needs.</p>",
                            },
                        ),
                        (
                            "external_resource",
                            {
                                "title": "Access2Markets",
                                "url": ACCESS2MARKETS,
                                "publisher": "European Commission",
                                "description": (
                                    "Duties, preferences, rules of origin and product "
                                    "requirements for exports to the EU, by HS code and "
                                    "country of origin."
                                ),
                            },
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "Key takeaways",
                                "items": [
                                    "Roasted coffee pays 7.5% in the EU without a preference.",
                                    "Rwanda (a least-developed country) uses Everything But "
                                    "Arms: 0%, with a REX statement on origin.",
                                    "Kenya uses its EPA (since 1 July 2024), Viet Nam the EVFTA "
                                    "(since 1 August 2020).",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "title": "Filing once and shipping with a preference",
            "summary": (
                "Your national single window, and a first preferential shipment from order to "
                "clearance."
            ),
            "lessons": [
                {
                    "title": "Your national single window: ReSW, KenTrade and VNSW",
                    "summary": (
                        "What a single window does for a small exporter, and how to start "
                        "using the one in your country."
                    ),
                    "minutes": 12,
                    "preview": False,
                    "body": [
                        ("heading", {"text": "Submit once, reach every agency", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>An export needs papers from several agencies: customs, the "
                            "standards bureau, the plant health service, a commodity board, the "
                            "issuer of certificates of origin. A <b>single window</b> lets you "
                            "lodge the data once, online, and routes it to each of them; you "
                            "follow every permit in one place and pay fees online. The WTO "
                            "Trade Facilitation Agreement asks members to endeavour to set one "
                            "up, and the three countries below have.</p>",
                        ),
                        (
                            "dated_fact",
                            {
                                "text": "<p>Rwanda's ReSW, led by the Rwanda Revenue Authority, "
                                "has run since 2012 and carries declarations, permits and "
                                "certificates of origin.</p>",
                                "source_url": "https://tfadatabase.org/members/rwanda/article-10-4-3",
                                "source_label": "WTO Trade Facilitation Agreement Database",
                                "checked_on": "2026-12-02",
                            },
                        ),
                        ("heading", {"text": "Rwanda: ReSW", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The Rwanda Electronic Single Window (ReSW), run by the Rwanda "
                            "Revenue Authority, links customs with the agencies that issue "
                            "export permits and certificates, for example for coffee and other "
                            "agricultural exports. Clearing agents file declarations there, "
                            "and exporters can follow their applications.</p>",
                        ),
                        ("heading", {"text": "Kenya: KenTrade", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The Kenya Trade Network Agency (KenTrade) runs the Kenya "
                            "National Electronic Single Window System. Importers, exporters and "
                            "agents apply there for the permits of the partner government "
                            "agencies, such as plant health or standards certificates, and the "
                            "data flows to the customs system.</p>",
                        ),
                        ("heading", {"text": "Viet Nam: VNSW", "level": "h3"}),
                        (
                            "paragraph",
                            "<p>The Viet Nam National Single Window (VNSW) handles licences "
                            "and certificates from many ministries and is linked to the ASEAN "
                            "Single Window, through which electronic certificates of origin "
                            "(e-Form D) are exchanged with other ASEAN members.</p>",
                        ),
                        (
                            "callout",
                            {
                                "kind": "example",
                                "title": "What changes for a small exporter",
                                "text": "<p>Before single windows, a coffee exporter carried "
                                "the same invoice details to four offices and waited at each. "
                                "Now the agent types them once, each agency approves online, and "
                                "the permits reach customs without a trip across town. The "
                                "savings are largest for small firms that ship often.</p>",
                            },
                        ),
                        ("heading", {"text": "How to start", "level": "h3"}),
                        (
                            "paragraph",
                            "<ol><li>Ask your clearing agent which procedures for your product "
                            "go through the single window, and which still need paper.</li>"
                            "<li>Register your business as a user if the system lets exporters "
                            "file directly; keep your tax number and company documents "
                            "ready.</li><li>Make the data match: the same HS code, weights, "
                            "values and names on the invoice, the packing list and every "
                            "application.</li><li>Follow the status online and keep the "
                            "electronic copies of permits for your buyer.</li></ol>",
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "Key takeaways",
                                "items": [
                                    "A single window takes your data once and routes it to "
                                    "every agency.",
                                    "Rwanda has ReSW, Kenya KenTrade, Viet Nam the VNSW.",
                                    "Matching data across documents avoids most delays.",
                                ],
                            },
                        ),
                    ],
                },
                {
                    "title": "Your first preferential shipment, step by step",
                    "summary": (
                        "A Kigali roaster's first container of roasted coffee to Germany, "
                        "duty-free under Everything But Arms."
                    ),
                    "minutes": 14,
                    "preview": False,
                    "body": [
                        ("heading", {"text": "From quote to clearance", "level": "h2"}),
                        (
                            "paragraph",
                            "<p>A preference saves money only if you plan for it before the "
                            "goods leave. The order below works for most preferential sales; "
                            "the example shows it for roasted coffee from Rwanda to the "
                            "EU.</p>",
                        ),
                        (
                            "paragraph",
                            "<ol><li><b>Classify and compare.</b> Find the HS code and compare "
                            "the normal rate with your preferential rate in Access2Markets or "
                            "the partner's tariff.</li><li><b>Check origin.</b> Confirm your "
                            "goods meet the rule of origin, and keep the evidence: purchase "
                            "records from growers, production records.</li><li><b>Register "
                            "for the proof.</b> Register in REX, or apply for the certificate "
                            "the agreement needs, well before shipping.</li><li><b>Gather what "
                            "the buyer's market asks.</b> For coffee to the EU that now "
                            "includes plot geolocation for the deforestation rules.</li><li><b>"
                            "File the export.</b> Your agent lodges the declaration and "
                            "permits through the single window.</li><li><b>Send the proof with "
                            "the documents.</b> The buyer's broker claims the rate at "
                            "import.</li></ol>",
                        ),
                        (
                            "case_study",
                            {
                                "title": "Zero duty instead of 7.5%",
                                "business": (
                                    "Invented example: a family coffee roaster in Kigali, "
                                    "Rwanda, 6 staff"
                                ),
                                "challenge": "<p>A German buyer offered to take a container "
                                "of roasted coffee a year, but its price left no room for the "
                                "7.5% duty it expected to pay on roasted coffee.</p>",
                                "approach": "<p>The roaster checked Access2Markets, which "
                                "showed 0% for Rwanda under Everything But Arms. It registered "
                                "in REX through Rwanda's competent authority, wrote the "
                                "statement on origin with its REX number on the commercial "
                                "invoice, collected the GPS coordinates of its growers' plots "
                                "from the cooperative, and its agent filed the export through "
                                "ReSW.</p>",
                                "outcome": "<p>The buyer cleared the coffee at 0%. On a "
                                "container worth €60,000 that is €4,500 saved each year, which "
                                "the roaster and the buyer split in the price.</p>",
                            },
                        ),
                        (
                            "paragraph",
                            "<p>The same steps work for a Kenyan exporter under the EPA, or "
                            "for an AfCFTA sale to Ghana: only the tariff tool, the rule of "
                            "origin and the proof change. Rules and rates do change, so check "
                            "them again before every new contract, and keep a copy of each "
                            "proof of origin with the sales records: customs in the buyer's "
                            "country can ask you to confirm it years later.</p>",
                        ),
                        (
                            "key_takeaways",
                            {
                                "title": "Key takeaways",
                                "items": [
                                    "Plan the preference before the goods leave: proof of "
                                    "origin cannot always be added later.",
                                    "Register in REX (or get the certificate) early.",
                                    "Share the saving with your buyer to win the order.",
                                ],
                            },
                        ),
                    ],
                },
            ],
        },
    ],
    "quiz": {
        "title": "Check your understanding: trade agreements and single windows",
        "pass_mark": 70,
        "questions": [
            {
                "type": "single",
                "text": (
                    "A roaster in Kigali sells roasted coffee (HS 0901 21) to a buyer in "
                    "Germany and gives a valid REX statement on origin. What EU duty does the "
                    "buyer pay?"
                ),
                "explanation": (
                    "Rwanda is a least-developed country, so Everything But Arms gives its "
                    "goods duty-free access; the normal rate of 7.5% is not charged."
                ),
                "choices": [
                    {"text": "0%", "correct": True, "feedback": "Right: Everything But Arms."},
                    {
                        "text": "7.5%",
                        "correct": False,
                        "feedback": "That is the normal rate, without a preference.",
                    },
                    {
                        "text": "The €3 parcel duty",
                        "correct": False,
                        "feedback": "That applies to low-value parcels to consumers only.",
                    },
                ],
            },
            {
                "type": "numeric",
                "text": (
                    "What is the EU's normal (most-favoured-nation) duty on roasted, "
                    "not decaffeinated coffee, in percent?"
                ),
                "answer": 7.5,
                "tolerance": 0,
                "explanation": "Roasted coffee pays 7.5% in the EU; green coffee pays 0%.",
            },
            {
                "type": "short_text",
                "text": (
                    "In which EU system must an exporter in a GSP country register to make out "
                    "statements on origin for consignments over €6,000? Give its short name."
                ),
                "accepted": ["REX", "Registered Exporter system", "Registered Exporters system"],
                "explanation": (
                    "The Registered Exporter system (REX); below €6,000 any exporter may make "
                    "out the statement."
                ),
            },
            {
                "type": "true_false",
                "text": "The EU–Kenya Economic Partnership Agreement has been in force since "
                "1 July 2024.",
                "answer": True,
                "explanation": "It entered into force on 1 July 2024.",
            },
            {
                "type": "true_false",
                "text": ("Kenyan exporters use Everything But Arms to sell duty-free to the EU."),
                "answer": False,
                "explanation": (
                    "Kenya is not a least-developed country; it uses the EU–Kenya EPA."
                ),
            },
            {
                "type": "multiple",
                "text": "Which are national single windows of the demo's countries?",
                "explanation": (
                    "ReSW is Rwanda's, KenTrade runs Kenya's, VNSW is Viet Nam's. REX is the "
                    "EU's exporter register, not a single window."
                ),
                "choices": [
                    {"text": "ReSW (Rwanda)", "correct": True, "feedback": ""},
                    {"text": "KenTrade (Kenya)", "correct": True, "feedback": ""},
                    {"text": "VNSW (Viet Nam)", "correct": True, "feedback": ""},
                    {
                        "text": "REX",
                        "correct": False,
                        "feedback": "REX registers exporters for origin statements.",
                    },
                ],
            },
            {
                "type": "single",
                "text": (
                    "A Kigali firm sells originating goods to a buyer in Uganda. What lets the "
                    "buyer import them duty-free?"
                ),
                "explanation": (
                    "Both are EAC members: originating goods move duty-free with an EAC "
                    "certificate of origin."
                ),
                "choices": [
                    {
                        "text": "An EAC certificate of origin",
                        "correct": True,
                        "feedback": "Right: the EAC customs union.",
                    },
                    {
                        "text": "A REX statement on origin",
                        "correct": False,
                        "feedback": "REX serves the EU's preferences.",
                    },
                    {
                        "text": "An ATIGA Form D",
                        "correct": False,
                        "feedback": "Form D is for trade between ASEAN members.",
                    },
                ],
            },
            {
                "type": "ordering",
                "text": "Put the steps of a first preferential shipment in order.",
                "items": [
                    "Classify the product and compare the normal and preferential rates",
                    "Check that the goods meet the rule of origin",
                    "Register in REX or apply for the certificate of origin",
                    "File the export declaration through the single window",
                    "Send the proof of origin with the shipping documents",
                ],
                "explanation": (
                    "Check the saving and the origin first, then get the right to prove it, "
                    "then ship with the proof."
                ),
            },
        ],
    },
}
