"""Demo courses for the "Export skills" track, read by ``manage.py load_demo``.

Format: see SCHEMA.md in this folder. Facts were checked against their sources in early 2026,
and the fast-changing ones again in December 2026 (docs/content-sources.md);
time-sensitive rules (small-parcel de minimis limits, HS 2028) are hedged in the lesson text.
Businesses in case studies and examples are invented.
"""

COURSES = [
    {
        "slug": "pricing-with-incoterms",
        "title": "Pricing and delivery terms with Incoterms 2020",
        "summary": (
            "Learn what the 11 Incoterms® 2020 rules mean for your costs and risks, which rules "
            "suit containers, air freight and bulk cargo, what changed in 2020, and how to build a "
            "clear export price from EXW to DDP."
        ),
        "outcomes": [
            (
                "Explain which tasks, costs and risks each of the 11 Incoterms® 2020 rules gives "
                "to you and to your buyer"
            ),
            (
                "Choose a rule that fits the way your goods travel, whether by container, air, "
                "road or bulk ship"
            ),
            "Describe the main changes introduced in Incoterms® 2020",
            "Build an export price step by step from EXW to DDP",
        ],
        "level": "beginner",
        "hours": 3,
        "modules": [
            {
                "title": "How the Incoterms rules work",
                "summary": (
                    "What the rules do and don’t cover, and a tour of all 11 rules: seven for any "
                    "transport mode and four for sea and inland waterway."
                ),
                "lessons": [
                    {
                        "title": "What Incoterms rules do, and what they don’t",
                        "summary": (
                            "Why a three-letter code in your quote decides who pays for transport "
                            "and who carries the risk."
                        ),
                        "minutes": 12,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Three letters that prevent arguments",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>When you quote a price to a buyer abroad, the number means "
                                    "very little until you both agree what it includes. Does your "
                                    "price for a carton of roasted coffee include the truck to the "
                                    "port? The sea freight? Insurance? And if the carton is "
                                    "crushed on the way, whose loss is it? The Incoterms® rules, "
                                    "published by the International Chamber of Commerce (ICC), "
                                    "answer these questions with a short code. The current edition "
                                    "is <b>Incoterms® 2020</b>, and it has 11 rules.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Each rule divides three things between you (the seller) "
                                    "and your buyer:</p><ul><li><b>Tasks:</b> who books the "
                                    "transport, who handles export and import customs formalities, "
                                    "who arranges insurance.</li><li><b>Costs:</b> who pays for "
                                    "each of those steps.</li><li><b>Risk:</b> the point at which "
                                    "loss of or damage to the goods stops being your problem and "
                                    "becomes your buyer’s.</li></ul><p>Traders, banks, insurers "
                                    "and freight forwarders all over the world know these rules, "
                                    "so one short code replaces pages of contract wording.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What the rules do not cover",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Incoterms rules are not a complete contract. They do not "
                                    "say when <i>ownership</i> of the goods passes to the buyer, "
                                    "they do not set the price or the payment terms, and they do "
                                    "not say what happens if the goods are faulty or the buyer "
                                    "does not pay. Those points belong in your sales contract and "
                                    "in the payment method you agree. The rules also apply only if "
                                    "your contract refers to them: they are terms you choose, not "
                                    "a law that applies automatically.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Write the rule in full",
                                    "text": (
                                        "<p>Always write three things: the rule, a precise named "
                                        "place, and the edition. For example: <b>“FCA Kigali, "
                                        "forwarder’s warehouse at [street address], Incoterms® "
                                        "2020”</b>. The more exact the place, the fewer the "
                                        "disputes. Naming the edition matters because older "
                                        "editions, such as Incoterms 2010, can still be used if a "
                                        "contract says so.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "The cost point and the risk point",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under most rules, costs and risk move from you to your "
                                    "buyer at the same place. The four “C” rules (CPT, CIP, CFR "
                                    "and CIF) are different. You pay for the main transport all "
                                    "the way to the destination, but the risk passes to your buyer "
                                    "much earlier, when the goods are handed to the carrier (or "
                                    "loaded on the ship) in your country.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Many new exporters get this wrong. A textile workshop that "
                                    "sells “CIF Hamburg” may think it carries the risk until the "
                                    "goods reach Hamburg. It does not. If the ship is delayed or "
                                    "the cargo is damaged at sea, the loss falls on the buyer, who "
                                    "claims under the insurance the seller arranged. The seller "
                                    "still has to deliver the right goods, on time and properly "
                                    "packed, and hand over the right documents.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Keep this picture in mind as you meet the 11 rules in the "
                                    "next two lessons. For each one, ask: where do my tasks end, "
                                    "where do my costs end, and where does my risk end?</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Incoterms® rules",
                                    "url": "https://iccwbo.org/business-solutions/incoterms-rules/",
                                    "publisher": "International Chamber of Commerce (ICC)",
                                    "description": (
                                        "The ICC’s own page on the Incoterms® rules: background on "
                                        "the 2020 edition and where to get the official rulebook, "
                                        "which contains the full text and guidance notes for each "
                                        "rule."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Incoterms® 2020 has 11 rules that divide tasks, costs "
                                            "and risk between seller and buyer."
                                        ),
                                        (
                                            "They do not cover ownership, price, payment or what "
                                            "happens if a party breaks the contract."
                                        ),
                                        (
                                            "Write the rule, an exact named place and the edition, "
                                            "e.g. “FCA [place] Incoterms® 2020”."
                                        ),
                                        (
                                            "Under the four C rules you pay for main transport, "
                                            "but risk passes to the buyer in your own country."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "The seven rules for any mode of transport",
                        "summary": (
                            "EXW, FCA, CPT, CIP, DAP, DPU and DDP, from the least to the most work "
                            "for the seller."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Rules that work by road, rail, air or sea",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Seven of the 11 rules can be used with any kind of "
                                    "transport, and also when goods travel by more than one, for "
                                    "example by truck to a port and then by ship. They run from "
                                    "the rule where you do least (EXW) to the rule where you do "
                                    "most (DDP).</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "EXW and FCA: you hand over early",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>EXW (Ex Works).</b> You make the goods available at "
                                    "your premises or another named place. You do not load them "
                                    "and you do not clear them for export; risk passes as soon as "
                                    "they are at the buyer’s disposal. It looks like the easiest "
                                    "rule, but it has a trap: a foreign buyer may not be able to "
                                    "handle export formalities in your country, and you may still "
                                    "need proof of export for your own tax records.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>FCA (Free Carrier).</b> You deliver the goods, cleared "
                                    "for export, to the carrier your buyer has named, at the named "
                                    "place. If that place is your premises, delivery happens when "
                                    "the goods are loaded onto the buyer’s vehicle; if it is "
                                    "somewhere else, such as the forwarder’s warehouse, delivery "
                                    "happens when your vehicle arrives there, ready for unloading. "
                                    "Risk passes at that moment. For most small exporters FCA is a "
                                    "better choice than EXW.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": (
                                        "CPT and CIP: you pay the carriage, the buyer carries the "
                                        "risk"
                                    ),
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>CPT (Carriage Paid To)</b> and <b>CIP (Carriage and "
                                    "Insurance Paid To)</b> mean you book and pay transport to the "
                                    "named destination, but risk passes when you hand the goods to "
                                    "the first carrier. Under CIP you must also buy insurance that "
                                    "protects your buyer during the journey.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "DAP, DPU and DDP: you deliver at the destination",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>DAP (Delivered at Place):</b> you carry cost and risk "
                                    "until the goods arrive at the named destination, ready to be "
                                    "unloaded. The buyer unloads them and handles import clearance "
                                    "and duties. <b>DPU (Delivered at Place Unloaded):</b> the "
                                    "same, but you also unload the goods, and risk passes only "
                                    "once they are unloaded. It is the only rule that makes the "
                                    "seller unload at the destination. <b>DDP (Delivered Duty "
                                    "Paid):</b> as DAP, but you also clear the goods for import "
                                    "and pay the import duties and taxes.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Only offer DDP if you can clear customs abroad",
                                    "text": (
                                        "<p>Under DDP you are responsible for import formalities, "
                                        "duties and taxes in your buyer’s country. That usually "
                                        "means working with a customs broker there, and sometimes "
                                        "registering for taxes there. If you cannot do that, offer "
                                        "DAP instead and let your buyer handle import "
                                        "clearance.</p>"
                                    ),
                                },
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "Example: a spice exporter quoting DAP",
                                    "text": (
                                        "<p>A small spice exporter sends 200 kg of dried ginger by "
                                        "air to a wholesaler’s warehouse in Dubai. It quotes “DAP "
                                        "[the wholesaler’s warehouse address], Incoterms® 2020”. "
                                        "It books and pays for the air freight and local delivery "
                                        "and carries the risk until the truck arrives. The "
                                        "wholesaler unloads, clears customs and pays any duty.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "EXW, FCA, CPT, CIP, DAP, DPU and DDP can be used for "
                                            "any transport mode, including combined journeys."
                                        ),
                                        (
                                            "FCA is usually a safer choice than EXW, because you "
                                            "handle your own export clearance."
                                        ),
                                        (
                                            "Under CPT and CIP you pay to the destination, but "
                                            "risk passes at the first carrier."
                                        ),
                                        (
                                            "DPU is the only rule where the seller unloads at the "
                                            "destination; DDP also makes the seller pay import "
                                            "duties and taxes."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "The four rules for sea and inland waterway",
                        "summary": (
                            "FAS, FOB, CFR and CIF, and why container shipments usually need a "
                            "different rule."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "When goods go straight onto a ship",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Four rules are written only for transport by sea or inland "
                                    "waterway: <b>FAS, FOB, CFR and CIF</b>. They assume that you "
                                    "deliver the goods to the ship itself, at a port. They are the "
                                    "oldest and best-known trade terms, which is why buyers often "
                                    "ask for them out of habit, even when they do not fit the "
                                    "shipment.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "FAS and FOB: delivery at the port of shipment",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>FAS (Free Alongside Ship):</b> you deliver the goods, "
                                    "cleared for export, alongside the buyer’s ship at the named "
                                    "loading port, for example on the quay. Risk passes there. "
                                    "<b>FOB (Free On Board):</b> you deliver the goods on board "
                                    "the ship the buyer has nominated at the named loading port, "
                                    "and risk passes once they are on board. Under both rules the "
                                    "buyer books and pays for the sea freight. You name the "
                                    "<i>port of shipment</i>: “FOB Mombasa”.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "CFR and CIF: you pay the freight",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>CFR (Cost and Freight):</b> you book and pay for the "
                                    "sea freight to the named destination port, but risk passes, "
                                    "as under FOB, when the goods are on board at the loading "
                                    "port. <b>CIF (Cost, Insurance and Freight):</b> as CFR, and "
                                    "you also insure the goods for the buyer during the voyage. "
                                    "Here you name the <i>port of destination</i>: “CIF "
                                    "Rotterdam”.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Containers or bulk?",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Most small exporters ship in containers. A container is "
                                    "usually handed to the shipping line at a container terminal "
                                    "or inland depot, often days before it is lifted onto a ship. "
                                    "Under FOB or CIF, you keep the risk until the container is on "
                                    "board, even though it has been out of your hands since you "
                                    "delivered it to the terminal. The general advice is "
                                    "therefore: <b>use FCA, CPT or CIP for containerised "
                                    "goods</b>, so that risk passes when you hand the container to "
                                    "the carrier. Keep the sea rules for <b>bulk cargo</b>, such "
                                    "as grain or minerals loaded directly into a ship’s hold, "
                                    "where delivery really does happen at the ship’s side or on "
                                    "board.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Swapping FOB for FCA",
                                    "business": (
                                        "Invented example: a family coffee roaster in Kigali, "
                                        "Rwanda, 6 staff"
                                    ),
                                    "challenge": (
                                        "<p>A buyer in Germany asked for a price “FOB Mombasa” for "
                                        "one 20-foot container of roasted coffee. Rwanda has no "
                                        "sea port, so the container would travel by road for "
                                        "several days to Kenya before being loaded. Under FOB, the "
                                        "roaster would carry the risk for that whole journey and "
                                        "for the time the container waited in the port.</p>"
                                    ),
                                    "approach": (
                                        "<p>The roaster’s freight forwarder suggested quoting "
                                        "<b>FCA</b> at the forwarder’s depot in Kigali, under "
                                        "Incoterms® 2020, with the buyer’s chosen carrier "
                                        "collecting the container there. Because the buyer was "
                                        "paying by letter of credit, which required an on-board "
                                        "bill of lading, the contract also used the 2020 FCA "
                                        "option that lets the buyer instruct its carrier to issue "
                                        "that document to the seller.</p>"
                                    ),
                                    "outcome": (
                                        "<p>Risk now passed in Kigali, when the container was "
                                        "handed to the carrier, and the buyer insured the rest of "
                                        "the journey. The roaster could still present the on-board "
                                        "bill of lading its bank needed. The price was lower than "
                                        "an FOB quote would have been, because it no longer "
                                        "included road transport to Mombasa.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "FAS, FOB, CFR and CIF are for sea and inland waterway "
                                            "transport only."
                                        ),
                                        (
                                            "FOB and FAS name the port of shipment; CFR and CIF "
                                            "name the port of destination."
                                        ),
                                        (
                                            "Under CFR and CIF, risk passes when the goods are on "
                                            "board at the loading port."
                                        ),
                                        (
                                            "For containers, use FCA, CPT or CIP; keep the sea "
                                            "rules for bulk cargo."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Choosing a rule and pricing it",
                "summary": (
                    "What changed in the 2020 edition, how to turn each rule into a price, and how "
                    "to pick the right rule for each deal."
                ),
                "lessons": [
                    {
                        "title": "What changed in Incoterms 2020",
                        "summary": (
                            "The changes from the 2010 edition that matter most to a small "
                            "exporter."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Updating your templates",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The ICC updates the Incoterms rules about once a decade. "
                                    "The 2020 edition took effect on 1 January 2020, and many "
                                    "quotes, invoices and contract templates still refer to the "
                                    "2010 edition. Because the rules only apply when a contract "
                                    "refers to them, an old template is not automatically wrong, "
                                    "but you should know what is different before you copy it into "
                                    "a new deal.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "DAT became DPU",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The 2010 rule DAT (Delivered at Terminal) was renamed "
                                    "<b>DPU (Delivered at Place Unloaded)</b>. The new name makes "
                                    "clear that the destination can be any place, not only a "
                                    "terminal, and that the seller must unload the goods there. If "
                                    "your templates still say DAT, update them.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "FCA and the on-board bill of lading",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Banks paying under a letter of credit often require an "
                                    "<i>on-board</i> bill of lading, which proves the goods were "
                                    "loaded on a ship. Under FCA, though, you deliver before "
                                    "loading, so in the past you might not receive one. Incoterms® "
                                    "2020 lets the parties agree that the buyer will instruct its "
                                    "carrier to issue an on-board bill of lading to the seller "
                                    "(articles A6/B6 of the FCA rule). This makes FCA usable for "
                                    "container shipments paid by letter of credit.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Different insurance for CIP and CIF",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under <b>CIP</b>, the seller must now buy broad cover that "
                                    "meets the Institute Cargo Clauses (A), often described as "
                                    "“all risks” subject to listed exclusions. Under <b>CIF</b>, "
                                    "the minimum stays at the narrower Institute Cargo Clauses "
                                    "(C), which covers only named events. The parties can agree "
                                    "other levels of cover. If you quote CIP, ask your insurer for "
                                    "Clauses (A) cover and include its cost in your price.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Clearer costs and security duties",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Each rule now lists all the costs each party pays in one "
                                    "place (articles A9/B9), so you can check your price against a "
                                    "single list. Security-related duties, such as providing "
                                    "information needed for security checks on cargo, are set out "
                                    "in articles A4 and A7. The 2020 rules also recognise that the "
                                    "seller or buyer may move the goods with its own vehicles "
                                    "rather than hiring a carrier, for example under FCA or "
                                    "DAP.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "A quick template check",
                                    "text": (
                                        "<p>Search your quotation, invoice and contract templates "
                                        "for “DAT”, “Incoterms 2010” or a rule with no named "
                                        "place. Replace them with a current rule, an exact place "
                                        "and “Incoterms® 2020”. If you quote CIP, make sure your "
                                        "insurance quote is for Clauses (A) cover.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "DAT was renamed DPU, and the seller unloads at the "
                                            "destination."
                                        ),
                                        (
                                            "Under FCA the parties can agree that the seller "
                                            "receives an on-board bill of lading (A6/B6)."
                                        ),
                                        (
                                            "CIP now requires Institute Cargo Clauses (A) cover; "
                                            "CIF keeps the minimum of Clauses (C)."
                                        ),
                                        (
                                            "All costs are listed in A9/B9, and security duties in "
                                            "A4/A7."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Building an export price from EXW to DDP",
                        "summary": (
                            "A step-by-step way to turn your ex-works price into a price for any "
                            "Incoterms rule."
                        ),
                        "minutes": 18,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Start at your own door",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The easiest way to price for export is to build up from "
                                    "your <b>EXW price</b>: your production cost, normal export "
                                    "packaging, overheads and profit, for goods ready to collect "
                                    "at your premises. Each rule further along the chain then adds "
                                    "the costs that rule puts on you. Work in one currency and get "
                                    "written quotes from your freight forwarder, insurer and, for "
                                    "DDP, a customs broker in the buyer’s country.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "A worked example",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Imagine a small textile workshop selling 500 printed "
                                    "cushion covers to a shop abroad, sent by air. All figures are "
                                    "invented for illustration, in US "
                                    "dollars:</p><ul><li><b>EXW</b>, covers packed and ready at "
                                    "the workshop: $4,000</li><li>+ loading and transport to the "
                                    "airport cargo terminal: $120</li><li>+ export clearance and "
                                    "documents: $80</li><li>= <b>FCA</b> airport cargo terminal: "
                                    "$4,200</li><li>+ air freight to the destination airport: "
                                    "$900</li><li>= <b>CPT</b> destination airport: "
                                    "$5,100</li><li>+ cargo insurance: $60</li><li>= <b>CIP</b> "
                                    "destination airport: $5,160</li><li>+ destination handling "
                                    "and delivery to the shop: $240</li><li>= <b>DAP</b> the "
                                    "shop’s address: $5,400</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Insurance is not compulsory under DAP, but you carry the "
                                    "risk until the goods arrive, so the workshop keeps its policy "
                                    "in the DAP price. For <b>DDP</b> it must add everything "
                                    "needed to bring the goods into the country: say import duty "
                                    "of $520, import tax of $1,180 and a broker’s fee of $100, "
                                    "giving <b>DDP $7,200</b>. These figures depend entirely on "
                                    "the importing country’s tariff and tax rules, and on how it "
                                    "calculates the value the duty is charged on, so always get "
                                    "them from a broker or from your buyer.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Hidden costs in DDP",
                                    "text": (
                                        "<p>In many countries only a locally registered business "
                                        "can reclaim import taxes such as VAT. If you pay them "
                                        "under DDP, they may become a real cost to you rather than "
                                        "a tax you get back. Check this before you offer a DDP "
                                        "price.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "From totals to unit prices",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Divide each total by the quantity to get a unit price: "
                                    "$8.00 EXW, $8.40 FCA, $10.20 CPT, $10.32 CIP, $10.80 DAP and "
                                    "$14.40 DDP per cover. Show your buyer the price for the rule "
                                    "you have agreed, state the named place and the edition, and "
                                    "give the quote an expiry date, because freight rates, "
                                    "insurance premiums and exchange rates change. Add a small "
                                    "safety margin for costs you cannot fix in advance, such as "
                                    "waiting time at the terminal.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Build your price up from EXW, adding only the costs "
                                            "the chosen rule puts on you."
                                        ),
                                        (
                                            "Get written quotes for freight, insurance and, for "
                                            "DDP, import duties, taxes and broker fees."
                                        ),
                                        (
                                            "Import duties and taxes depend on the buyer’s "
                                            "country; ask a broker there before quoting DDP."
                                        ),
                                        (
                                            "Give every quote a named place, the edition and an "
                                            "expiry date."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Choosing the right rule for each deal",
                        "summary": (
                            "Four questions that lead you to a sensible rule, and sensible "
                            "defaults for a small business."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Four questions to ask",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>There is no single best rule. The right one depends on the "
                                    "goods, the transport and what you and your buyer can each "
                                    "handle well. Before you reply to an enquiry, answer these "
                                    "four questions:</p><ol><li><b>How will the goods travel?</b> "
                                    "Parcel, air, truck, container or bulk ship? Containers and "
                                    "air freight point to FCA, CPT or CIP; bulk cargo can use FOB, "
                                    "CFR or CIF.</li><li><b>Who can get the better freight "
                                    "deal?</b> A large buyer with its own forwarder may ship more "
                                    "cheaply than you; a buyer ordering for the first time may "
                                    "want you to arrange everything.</li><li><b>Who can handle "
                                    "customs at each end?</b> You should handle export clearance "
                                    "in your own country; the buyer is usually better placed to "
                                    "clear imports.</li><li><b>What does the payment method "
                                    "need?</b> A letter of credit may require particular "
                                    "documents, such as an insurance certificate or an on-board "
                                    "bill of lading.</li></ol>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Sensible defaults for a small exporter",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For a buyer with its own forwarder, <b>FCA</b> at your "
                                    "premises or your forwarder’s warehouse is simple and keeps "
                                    "your risk short. If you can get good freight rates, <b>CPT or "
                                    "CIP</b> let you earn goodwill by arranging the transport "
                                    "while risk still passes in your country. For small "
                                    "consignments to business buyers who want a delivered price, "
                                    "<b>DAP</b> works well. Be careful with <b>EXW</b>, because "
                                    "your buyer must handle export clearance in your country, and "
                                    "with <b>DDP</b>, because you must handle import clearance and "
                                    "taxes in theirs.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Know who is insured",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Only CIF and CIP oblige the seller to insure the goods, "
                                    "and the minimum cover is the contract price plus 10% (110%). "
                                    "Under every other rule, neither side is obliged to insure, "
                                    "but whoever carries the risk at each stage should think about "
                                    "doing so. Remember that under CPT and CFR your buyer carries "
                                    "the risk during the main journey. If the goods are lost and "
                                    "the buyer has no insurance, the buyer still owes you the "
                                    "price, but collecting it from an unhappy customer can be "
                                    "hard. Asking “Are you insuring this shipment?” is a good "
                                    "habit.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "Example: a first order from a new buyer",
                                    "text": (
                                        "<p>A spice exporter receives a first order for a pallet "
                                        "of mixed spices from a shop owner in Europe who has never "
                                        "imported before. Rather than EXW, which the buyer asked "
                                        "for, it suggests <b>CIP</b> to the buyer’s nearest "
                                        "airport. The exporter arranges the freight and Clauses "
                                        "(A) insurance, and the buyer uses a local broker to clear "
                                        "the goods. Both sides know exactly where their costs and "
                                        "risks start and end.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Choose a rule by looking at the transport, who can "
                                            "ship more cheaply, who can clear customs and what "
                                            "payment needs."
                                        ),
                                        (
                                            "FCA, CPT, CIP and DAP are sensible defaults for most "
                                            "small exporters."
                                        ),
                                        (
                                            "Treat EXW and DDP with care: they put customs tasks "
                                            "on the party least able to do them."
                                        ),
                                        (
                                            "Only CIF and CIP require the seller to insure, at a "
                                            "minimum of 110% of the contract price."
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
            "title": "Check your understanding: Incoterms 2020",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "A coffee roaster hands a full container to the buyer’s carrier at an "
                        "inland depot in her own country. She wants the risk to pass to the buyer "
                        "at that moment. Which Incoterms® 2020 rule fits best?"
                    ),
                    "explanation": (
                        "FCA lets risk pass when the goods are delivered to the carrier the buyer "
                        "named at the named place, which suits containers handed over before "
                        "loading."
                    ),
                    "choices": [
                        {
                            "text": "FCA (Free Carrier), named depot",
                            "correct": True,
                            "feedback": (
                                "Correct. Under FCA, risk passes when the container is handed to "
                                "the buyer’s carrier at the named place."
                            ),
                        },
                        {
                            "text": "FOB (Free On Board), named port",
                            "correct": False,
                            "feedback": (
                                "Under FOB risk passes only when the goods are on board the ship, "
                                "long after the container left her hands."
                            ),
                        },
                        {
                            "text": "CIF (Cost, Insurance and Freight), named port",
                            "correct": False,
                            "feedback": (
                                "Under CIF risk also passes only when the goods are on board at "
                                "the loading port."
                            ),
                        },
                        {
                            "text": "DDP (Delivered Duty Paid), buyer’s warehouse",
                            "correct": False,
                            "feedback": (
                                "Under DDP she would carry the risk all the way to the buyer’s "
                                "warehouse and pay import duties too."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of these Incoterms® 2020 rules may only be used for sea and inland "
                        "waterway transport? Select all that apply."
                    ),
                    "explanation": (
                        "FAS, FOB, CFR and CIF are the four sea and inland waterway rules. The "
                        "other seven rules can be used for any mode of transport."
                    ),
                    "choices": [
                        {
                            "text": "FOB",
                            "correct": True,
                            "feedback": "Yes, FOB is a sea and inland waterway rule.",
                        },
                        {
                            "text": "CIF",
                            "correct": True,
                            "feedback": "Yes, CIF is a sea and inland waterway rule.",
                        },
                        {
                            "text": "FAS",
                            "correct": True,
                            "feedback": "Yes, FAS is a sea and inland waterway rule.",
                        },
                        {
                            "text": "CPT",
                            "correct": False,
                            "feedback": "CPT can be used for any mode of transport.",
                        },
                        {
                            "text": "DPU",
                            "correct": False,
                            "feedback": "DPU can be used for any mode of transport.",
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Under CIF, the risk of loss or damage stays with the seller until the "
                        "goods reach the port of destination."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. Under CIF (and CFR) the seller pays the freight to the destination "
                        "port, but risk passes to the buyer once the goods are on board at the "
                        "loading port."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "The Incoterms® rules decide when ownership of the goods passes from the "
                        "seller to the buyer."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. Incoterms rules divide tasks, costs and risk. Ownership, price and "
                        "payment must be dealt with in the sales contract."
                    ),
                },
                {
                    "type": "short_text",
                    "text": (
                        "In Incoterms® 2020, which rule replaced DAT (Delivered at Terminal)? Give "
                        "the three-letter code or the full name."
                    ),
                    "accepted": [
                        "DPU",
                        "Delivered at Place Unloaded",
                    ],
                    "explanation": (
                        "DAT was renamed DPU, Delivered at Place Unloaded. Under DPU the seller "
                        "unloads the goods at the named destination."
                    ),
                },
                {
                    "type": "numeric",
                    "text": (
                        "Your EXW price is US$4,000. Loading and transport to the airport cargo "
                        "terminal cost US$120 and export clearance costs US$80. What is your FCA "
                        "price at the airport cargo terminal, in US dollars?"
                    ),
                    "answer": 4200,
                    "tolerance": 0,
                    "explanation": (
                        "Under FCA you pay to deliver the goods, cleared for export, to the "
                        "carrier at the named place: 4,000 + 120 + 80 = 4,200 US dollars."
                    ),
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put these rules in order, from the least work and cost for the seller to "
                        "the most."
                    ),
                    "items": [
                        "EXW",
                        "FCA",
                        "CPT",
                        "DAP",
                        "DDP",
                    ],
                    "explanation": (
                        "EXW puts almost everything on the buyer; FCA adds export clearance and "
                        "delivery to the carrier; CPT adds the main carriage; DAP adds risk until "
                        "arrival; DDP adds import clearance, duties and taxes."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "Under Incoterms® 2020, what minimum insurance cover must the seller buy "
                        "under CIP, unless the parties agree otherwise?"
                    ),
                    "explanation": (
                        "Incoterms® 2020 raised the CIP minimum to Institute Cargo Clauses (A). "
                        "CIF keeps the Clauses (C) minimum."
                    ),
                    "choices": [
                        {
                            "text": "Institute Cargo Clauses (A)",
                            "correct": True,
                            "feedback": "Correct. CIP now requires the broader Clauses (A) cover.",
                        },
                        {
                            "text": "Institute Cargo Clauses (C)",
                            "correct": False,
                            "feedback": "Clauses (C) is the minimum under CIF, not CIP.",
                        },
                        {
                            "text": "No insurance at all",
                            "correct": False,
                            "feedback": (
                                "The “I” in CIP stands for insurance: the seller must insure."
                            ),
                        },
                    ],
                },
            ],
        },
    },
    {
        "slug": "finding-your-first-export-market",
        "title": "Finding your first export market",
        "summary": (
            "Check that your business is ready to export, classify your product with the right HS "
            "code, use free tools such as ITC Trade Map, Market Access Map and UN Comtrade to pick "
            "a market, and choose how to reach buyers online and by post."
        ),
        "outcomes": [
            "Assess whether your business and product are ready for a first export sale",
            "Find the 6-digit HS code for your product and explain why it matters",
            "Use ITC Trade Map, Market Access Map and UN Comtrade to shortlist and compare markets",
            "Compare selling through an online marketplace with selling through your own shop",
            "Plan how to use postal networks to send small orders abroad",
        ],
        "level": "beginner",
        "hours": 3,
        "modules": [
            {
                "title": "Getting ready to export",
                "summary": (
                    "A readiness check for your business, and the product code that unlocks almost "
                    "every trade tool."
                ),
                "lessons": [
                    {
                        "title": "Are you ready to export?",
                        "summary": (
                            "The main steps every new exporter works through, and honest questions "
                            "to ask before you start."
                        ),
                        "minutes": 14,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Exporting is a project, not a single sale",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>An enquiry from abroad is exciting. A message arrives from "
                                    "a shop in another country asking for your woven baskets, your "
                                    "chilli sauce or your roasted coffee. Before you say yes, it "
                                    "helps to see exporting as a project with several steps, not "
                                    "as one lucky order. Agencies that support small exporters, "
                                    "such as the US Small Business Administration in its export "
                                    "business planner, describe much the same path.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<ol><li><b>Pick your exportable products.</b> Choose one or "
                                    "two products that already sell well at home, that you can "
                                    "make consistently and that travel well.</li><li><b>Research "
                                    "markets.</b> Find out which countries buy your product, at "
                                    "what prices, and what rules they apply to "
                                    "imports.</li><li><b>Plan.</b> Write down your target market, "
                                    "your goals, your budget and who in the business will do the "
                                    "work.</li><li><b>Set prices.</b> Work out an export price "
                                    "that covers every extra cost and still earns a "
                                    "profit.</li><li><b>Arrange finance and logistics.</b> Decide "
                                    "how you will be paid, how you will pay for larger orders, and "
                                    "how the goods will travel.</li></ol>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Honest questions to ask yourself",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>Capacity.</b> If a buyer orders five times your usual "
                                    "volume, can you produce it on time without letting down your "
                                    "customers at home? <b>Product fit.</b> Will you need new "
                                    "labels, another language, different sizes, or proof that the "
                                    "product meets the buyer’s standards? Food products such as "
                                    "spices and coffee often face hygiene and labelling rules. "
                                    "<b>Money.</b> Exporting costs money before it earns money: "
                                    "samples, certification, travel or trade fairs, and waiting "
                                    "longer to be paid. <b>People.</b> Someone must answer foreign "
                                    "enquiries quickly and follow the paperwork. In a business of "
                                    "five people, that is a real commitment.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Start small and learn",
                                    "text": (
                                        "<p>Many successful small exporters start with one product "
                                        "in one market, often a neighbouring country or a market "
                                        "where they already have contacts, such as relatives or "
                                        "former customers living abroad. A small first order "
                                        "teaches you the paperwork, the costs and the timing with "
                                        "less at stake.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The rest of this course follows the same path. You will "
                                    "classify your product with its HS code, use free online tools "
                                    "to shortlist markets and check their import rules, and then "
                                    "choose how to reach buyers: through an online marketplace, "
                                    "your own shop, or both, with postal networks to carry small "
                                    "orders. Pricing and payment are covered in the courses "
                                    "“Pricing and delivery terms with Incoterms 2020” and “Getting "
                                    "paid and shipping small parcels”.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "US Small Business Administration",
                                    "url": "https://www.sba.gov",
                                    "publisher": "US Small Business Administration",
                                    "description": (
                                        "The SBA’s website includes guidance for small businesses "
                                        "that want to export, including its export business "
                                        "planner. It is written for US firms, but the planning "
                                        "steps apply to any small exporter."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Treat exporting as a project: pick products, research "
                                            "markets, plan, set prices, arrange finance and "
                                            "logistics."
                                        ),
                                        (
                                            "Check your capacity, product fit, cash and people "
                                            "before accepting a large foreign order."
                                        ),
                                        (
                                            "Starting with one product in one market keeps the "
                                            "risk small while you learn."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Classify your product: HS codes and the 6-digit rule",
                        "summary": (
                            "How the Harmonized System works, why the first six digits are the "
                            "same everywhere, and how to find your code."
                        ),
                        "minutes": 16,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "One product, one code",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Customs officers, statisticians and trade databases do not "
                                    "describe goods in words. They use numbers from the "
                                    "<b>Harmonized System (HS)</b>, maintained by the World "
                                    "Customs Organization (WCO). Your product’s HS code decides "
                                    "which import duty it pays, which rules apply to it, and where "
                                    "you find it in trade statistics. Almost every tool in this "
                                    "course starts by asking for it.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "How the code is built",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The code gets more precise as it gets longer. Take roasted "
                                    "coffee:</p><ul><li><b>Chapter 09</b> (2 digits): coffee, tea, "
                                    "maté and spices.</li><li><b>Heading 0901</b> (4 digits): "
                                    "coffee, whether or not roasted or "
                                    "decaffeinated.</li><li><b>Subheading 0901.21</b> (6 digits): "
                                    "roasted coffee, not decaffeinated.</li></ul><p>Up to <b>6 "
                                    "digits</b>, the HS is the same in every country that uses it. "
                                    "After that, each country adds its own digits for its tariff "
                                    "and statistics, so the full code may be 8, 10 or more digits "
                                    "long and will differ between your country and your buyer’s. "
                                    "For research and for talking to foreign buyers, the 6-digit "
                                    "code is your common language.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Which edition?",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The WCO revises the HS every few years. The edition in "
                                    "force now is <b>HS 2022</b>, the seventh, which has applied "
                                    "since 1 January 2022. A new edition, <b>HS 2028</b>, was "
                                    "accepted in January 2026 and is due to take effect on 1 "
                                    "January 2028. Some codes will change then, so check your "
                                    "codes again before that date. When you compare statistics "
                                    "across several years, remember that a code may have been "
                                    "split or merged between editions.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "A wrong code is expensive",
                                    "text": (
                                        "<p>If you use the wrong code, your buyer may pay the "
                                        "wrong duty, the goods may be held at the border, or you "
                                        "may research the wrong market. Do not guess from a "
                                        "similar-sounding product. Read the chapter and heading "
                                        "notes, and when in doubt ask your customs authority or a "
                                        "licensed customs broker. Many customs authorities can "
                                        "give a written decision on the code before you ship, "
                                        "often called an advance ruling.</p>"
                                    ),
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>To find your code, start with your own country’s customs "
                                    "tariff, which is usually online, or ask the customs broker "
                                    "you already use for imports. Look at what your product is "
                                    "made of and what it is used for. A cotton T-shirt and a "
                                    "polyester T-shirt have different codes, and so do whole and "
                                    "ground pepper. Write the 6-digit code, the full national code "
                                    "and a short product description together in your product "
                                    "records, and use them consistently on invoices, customs "
                                    "declarations and postal forms.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "World Customs Organization",
                                    "url": "https://www.wcoomd.org",
                                    "publisher": "World Customs Organization (WCO)",
                                    "description": (
                                        "The WCO maintains the Harmonized System. Its website "
                                        "explains the HS, its editions and the coming changes, and "
                                        "links to national customs administrations."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The HS code decides the duty, the rules and the "
                                            "statistics for your product."
                                        ),
                                        (
                                            "The first 6 digits are the same worldwide; countries "
                                            "add their own digits after that."
                                        ),
                                        (
                                            "HS 2022 is in force; HS 2028 is due on 1 January "
                                            "2028, so review your codes before then."
                                        ),
                                        (
                                            "When unsure, ask your customs authority or a broker, "
                                            "and keep the code consistent on all documents."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Researching markets with free tools",
                "summary": (
                    "Use trade statistics to see who buys your product, then check tariffs, rules "
                    "of origin and other import requirements."
                ),
                "lessons": [
                    {
                        "title": "Finding promising markets with Trade Map and UN Comtrade",
                        "summary": (
                            "How to read trade statistics by HS code to shortlist two or three "
                            "markets."
                        ),
                        "minutes": 18,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Follow the trade that already exists",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The easiest market to enter is usually one that already "
                                    "imports a lot of your product. Trade statistics show you "
                                    "where those markets are. Two free sources are especially "
                                    "useful: <b>ITC Trade Map</b>, from the International Trade "
                                    "Centre, and <b>UN Comtrade</b>, from the United Nations "
                                    "Statistics Division. Both organise their data by HS code, "
                                    "which is why you found your code first.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Using ITC Trade Map",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In Trade Map, enter your 6-digit HS code and choose to see "
                                    "importing countries. You will get a table of the countries "
                                    "that import the product, with values, quantities and changes "
                                    "over recent years. Look at four "
                                    "things:</p><ul><li><b>Size:</b> how much does the country "
                                    "import each year?</li><li><b>Growth:</b> are imports rising "
                                    "or falling over the last few years?</li><li><b>Suppliers:</b> "
                                    "which countries sell to it now? Are they your neighbours or "
                                    "competitors with similar products?</li><li><b>Unit value:</b> "
                                    "value divided by quantity, a rough guide to whether the "
                                    "market pays for quality or mainly buys on price.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Some countries report their trade late or not at all. "
                                    "Trade Map can fill gaps with “mirror” data, that is, what "
                                    "trading partners report about their trade with that country. "
                                    "Treat the latest year as provisional.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Using UN Comtrade",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>UN Comtrade holds the official statistics reported by more "
                                    "than 200 countries and areas. It is less guided than Trade "
                                    "Map, but you can download detailed tables, for example to "
                                    "compare monthly or yearly figures, or to check a number you "
                                    "found elsewhere. Use it when you need the raw data; use Trade "
                                    "Map when you want quick, ready-made tables.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "From a long list to a shortlist of three",
                                    "business": (
                                        "Invented example: a family coffee roaster in Rwanda, 6 "
                                        "staff"
                                    ),
                                    "challenge": (
                                        "<p>The roaster had sold to a few tourists who asked for "
                                        "deliveries abroad, but did not know which country to "
                                        "target first.</p>"
                                    ),
                                    "approach": (
                                        "<p>The owner searched Trade Map for HS 0901.21 (roasted "
                                        "coffee, not decaffeinated) and sorted importing countries "
                                        "by value. She removed markets where imports had been "
                                        "falling for several years and looked at the unit values "
                                        "to find countries that paid more for roasted coffee. She "
                                        "then checked which markets already bought from other East "
                                        "African suppliers.</p>"
                                    ),
                                    "outcome": (
                                        "<p>She ended with a shortlist of three markets: two large "
                                        "importers with steady growth and one smaller neighbouring "
                                        "market that was easy to reach by road. The next step was "
                                        "to check the import rules for each, using Market Access "
                                        "Map.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "ITC Trade Map",
                                    "url": "https://www.trademap.org",
                                    "publisher": "International Trade Centre (ITC)",
                                    "description": (
                                        "Trade statistics by HS code: which countries import and "
                                        "export a product, how much, from whom and how trade has "
                                        "changed over time."
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "UN Comtrade",
                                    "url": "https://comtradeplus.un.org",
                                    "publisher": "United Nations Statistics Division",
                                    "description": (
                                        "The UN’s database of official international trade "
                                        "statistics, with detailed data you can filter and "
                                        "download."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Start with markets that already import a lot of your "
                                            "product."
                                        ),
                                        (
                                            "In Trade Map, look at import size, growth, current "
                                            "suppliers and unit values."
                                        ),
                                        (
                                            "The latest year’s figures may be incomplete; mirror "
                                            "data can fill some gaps."
                                        ),
                                        (
                                            "UN Comtrade gives raw official data from more than "
                                            "200 reporting countries and areas."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Checking market access with Market Access Map",
                        "summary": (
                            "Find the tariff, the rules of origin and the non-tariff measures your "
                            "product faces in each market."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Can you get in, and at what cost?",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A market that imports a lot is only attractive if you can "
                                    "sell there at a competitive price. <b>ITC Market Access "
                                    "Map</b> answers the next question: what happens at the "
                                    "border? You enter your country, the importing country and "
                                    "your HS code, and it shows the tariffs, rules of origin and "
                                    "non-tariff measures that apply. According to the site, it is "
                                    "free for users in developing countries.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Tariffs and preferences",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The tariff is the import duty, usually a percentage of the "
                                    "goods’ value. Market Access Map shows the normal rate and any "
                                    "lower <b>preferential</b> rate you may get because your "
                                    "country has a trade agreement with the importing country or "
                                    "benefits from a preference scheme. Some duties are charged "
                                    "per kilo or per item rather than as a percentage, and Market "
                                    "Access Map shows these too. A difference of a few percentage "
                                    "points can decide whether your price can compete.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Rules of origin",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A preferential rate applies only if your product "
                                    "“originates” in your country under the agreement’s rules of "
                                    "origin. For a product made from local raw materials, such as "
                                    "coffee grown and roasted in the same country, that is usually "
                                    "simple. For a textile workshop that sews imported fabric, it "
                                    "may not be: some agreements require certain processing steps "
                                    "to take place in your country. Market Access Map shows the "
                                    "rule for your product, and you will need to prove origin, "
                                    "usually with a certificate or statement of origin.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Non-tariff measures",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Non-tariff measures are all the other requirements: food "
                                    "safety and plant health rules, labelling, packaging, product "
                                    "standards, licences and inspections. For spices, coffee and "
                                    "other foods they often matter more than the tariff. Note each "
                                    "requirement, then ask your buyer or the importing country’s "
                                    "authorities how it works in practice, because some rules need "
                                    "a test certificate before shipment.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Build a simple comparison table",
                                    "text": (
                                        "<p>For each market on your shortlist, write down: import "
                                        "size and growth, the tariff you would pay, whether you "
                                        "qualify for a preference, the main non-tariff measures, "
                                        "and the transport route. Seeing the markets side by side "
                                        "usually makes the choice clear.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "ITC Market Access Map",
                                    "url": "https://www.macmap.org",
                                    "publisher": "International Trade Centre (ITC)",
                                    "description": (
                                        "Look up import tariffs, preferential rates, rules of "
                                        "origin and non-tariff measures for your product in a "
                                        "chosen market."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Market Access Map shows tariffs, rules of origin and "
                                            "non-tariff measures by HS code and country."
                                        ),
                                        (
                                            "A preferential tariff applies only if your product "
                                            "meets the rules of origin."
                                        ),
                                        (
                                            "For food products, hygiene and labelling rules can "
                                            "matter more than the tariff."
                                        ),
                                        (
                                            "Compare your shortlisted markets in one table before "
                                            "deciding."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Reaching your first buyers",
                "summary": (
                    "Choose between an online marketplace and your own shop, and learn how postal "
                    "networks can carry small orders."
                ),
                "lessons": [
                    {
                        "title": "Marketplace or your own shop?",
                        "summary": (
                            "The trade-offs between selling on an online marketplace and running "
                            "your own online shop."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Two ways to sell online abroad",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you sell to consumers or small shops abroad, you will "
                                    "probably sell online. There are two broad options. An "
                                    "<b>online marketplace</b> hosts storefronts for many sellers "
                                    "and processes the sale for them: the customer searches, pays "
                                    "and often tracks the order on the marketplace’s site. Your "
                                    "<b>own shop</b> is a website under your own name, where you "
                                    "set everything up and bring in the visitors yourself.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What a marketplace offers, and what it costs",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A marketplace gives you shoppers who are already looking "
                                    "for products, a checkout and payment system they trust, and "
                                    "often help with delivery or returns. That makes it a quick "
                                    "way to test demand in a new country. In return you pay fees "
                                    "or commission, follow the marketplace’s rules on prices, "
                                    "listings and delivery times, and compete with other sellers "
                                    "on the same page. You usually get limited information about "
                                    "your customers, and if your account is suspended, that "
                                    "channel stops overnight.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What your own shop offers, and what it costs",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Your own shop gives you control: your brand, your prices, "
                                    "your customer relationships and your data. You can tell the "
                                    "story of your product in your own way. But nobody visits a "
                                    "new website by chance. You must attract visitors through "
                                    "social media, search, email or partners; set up payments that "
                                    "foreign customers trust; and handle customer service and "
                                    "returns yourself.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For most small exporters the answer is not “either, or”. "
                                    "Treat a marketplace as <b>one channel</b> alongside your own "
                                    "site, not as your whole business. Many start on one "
                                    "marketplace in one target market to learn what sells, then "
                                    "use what they learn to build their own shop and direct "
                                    "relationships with repeat customers.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Testing demand before building a shop",
                                    "business": (
                                        "Invented example: a textile workshop in Ghana making "
                                        "printed cushion covers, 9 staff"
                                    ),
                                    "challenge": (
                                        "<p>The workshop wanted to sell abroad but had no budget "
                                        "to advertise a new website in a foreign market.</p>"
                                    ),
                                    "approach": (
                                        "<p>It listed six designs on an international "
                                        "handmade-goods marketplace, priced to cover the "
                                        "commission, and sent orders by post. It put a card in "
                                        "every parcel inviting customers to follow the workshop "
                                        "online.</p>"
                                    ),
                                    "outcome": (
                                        "<p>After six months it knew which designs sold, in which "
                                        "countries and at what price. It then opened its own small "
                                        "shop for repeat customers and wholesale enquiries, while "
                                        "keeping the marketplace listing as a channel for new "
                                        "buyers.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A marketplace hosts sellers’ storefronts and "
                                            "processes the sale; your own shop gives you full "
                                            "control."
                                        ),
                                        (
                                            "Marketplaces bring ready shoppers but charge fees, "
                                            "set rules and limit your customer data."
                                        ),
                                        (
                                            "Your own shop needs you to bring visitors and handle "
                                            "payments and service."
                                        ),
                                        (
                                            "Treat a marketplace as one channel among several, not "
                                            "your whole business."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Shipping small orders through postal networks",
                        "summary": (
                            "How the post can carry small parcels almost anywhere, and how to fill "
                            "in the customs paperwork correctly."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "The network that already reaches your customers",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For a small business sending light parcels to many "
                                    "different addresses, the national post is often the simplest "
                                    "start. Postal operators around the world are linked through "
                                    "the <b>Universal Postal Union (UPU)</b>, a United Nations "
                                    "agency, so a parcel you hand over at your local post office "
                                    "can be delivered to an address in another country by that "
                                    "country’s post. For small firms this means cheap, wide reach "
                                    "without contracts or minimum volumes.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Customs forms for postal items",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Every postal item that contains goods needs a customs "
                                    "declaration, usually the <b>CN22</b> form for lower-value "
                                    "items or the <b>CN23</b> form for higher-value ones; your "
                                    "post office will tell you which applies. Describe each item "
                                    "precisely (“roasted coffee beans, 250 g”, not “food”), give "
                                    "its quantity, value and HS code, and tick the right box: a "
                                    "sale is a <i>sale of goods</i>, never a “gift”. Wrong "
                                    "declarations can lead to delays, fines or seized parcels. "
                                    "Include a commercial invoice if the destination requires "
                                    "one.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>More and more countries want this information "
                                    "electronically before the parcel arrives, so your post office "
                                    "may ask you to enter the declaration online or at the counter "
                                    "rather than on paper. Keep copies of every declaration with "
                                    "the order details.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Check before you send",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Posts limit what they carry and how heavy a parcel may be, "
                                    "and destination countries restrict some goods. Liquids, "
                                    "batteries and many foods need checking. For spices, coffee or "
                                    "sauces, look up the importing country’s food rules, which you "
                                    "found in Market Access Map. Decide which service to use: "
                                    "cheaper untracked services can suit very low-value items, but "
                                    "tracked services reduce disputes with customers. For heavier "
                                    "or urgent shipments, also ask express carriers for quotes and "
                                    "compare price, speed, tracking and how customs duties are "
                                    "collected on your own routes.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "Example: a spice exporter’s parcel routine",
                                    "text": (
                                        "<p>A spice seller packs each online order in a sealed, "
                                        "labelled pouch inside a sturdy box. She enters the "
                                        "customs declaration online with the HS code and exact "
                                        "contents, pays for a tracked service, and emails the "
                                        "tracking number to the customer the same day. Her returns "
                                        "and “where is my parcel?” messages fall sharply.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Universal Postal Union",
                                    "url": "https://www.upu.int",
                                    "publisher": "Universal Postal Union (UPU)",
                                    "description": (
                                        "The UN agency that links the world’s postal services. Its "
                                        "site explains how posts support small businesses in trade "
                                        "and e-commerce."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Postal networks linked through the UPU give small "
                                            "firms cheap, wide reach."
                                        ),
                                        (
                                            "Fill in the CN22 or CN23 declaration precisely, with "
                                            "HS code and true value; a sale is never a gift."
                                        ),
                                        (
                                            "Check weight limits, restricted goods and the "
                                            "destination’s food rules before sending."
                                        ),
                                        (
                                            "Tracked services cost more but reduce disputes with "
                                            "customers."
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
            "title": "Check your understanding: finding your first export market",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "numeric",
                    "text": (
                        "Up to how many digits is the Harmonized System (HS) code the same in "
                        "every country that uses it?"
                    ),
                    "answer": 6,
                    "tolerance": 0,
                    "explanation": (
                        "The HS is harmonised to 6 digits. Countries add further digits for their "
                        "own tariffs and statistics."
                    ),
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put the levels of an HS-based code in order, from the most general to the "
                        "most precise."
                    ),
                    "items": [
                        "Chapter (2 digits)",
                        "Heading (4 digits)",
                        "Subheading (6 digits)",
                        "National tariff line (8 or more digits)",
                    ],
                    "explanation": (
                        "A code narrows down from chapter to heading to the internationally shared "
                        "6-digit subheading, and then to the national tariff line that each "
                        "country defines."
                    ),
                },
                {
                    "type": "short_text",
                    "text": "What does “HS” stand for in “HS code”?",
                    "accepted": [
                        "Harmonized System",
                        "Harmonised System",
                        "Harmonized Commodity Description and Coding System",
                        "Harmonised Commodity Description and Coding System",
                    ],
                    "explanation": (
                        "HS is the Harmonized System (in full, the Harmonized Commodity "
                        "Description and Coding System), maintained by the World Customs "
                        "Organization."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "You want to see which countries import the most of your product, how much "
                        "they buy and who supplies them. Which of these is built for that?"
                    ),
                    "explanation": (
                        "ITC Trade Map presents trade statistics by HS code, including importing "
                        "countries, values, growth and suppliers."
                    ),
                    "choices": [
                        {
                            "text": "ITC Trade Map",
                            "correct": True,
                            "feedback": (
                                "Correct. Trade Map shows trade statistics by HS code and country."
                            ),
                        },
                        {
                            "text": "A CN23 postal customs declaration",
                            "correct": False,
                            "feedback": (
                                "A CN23 declares the contents of a parcel; it is not a research "
                                "tool."
                            ),
                        },
                        {
                            "text": "The Incoterms® 2020 rules",
                            "correct": False,
                            "feedback": (
                                "Incoterms rules divide delivery tasks, costs and risks; they "
                                "contain no market data."
                            ),
                        },
                    ],
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of these can you look up in ITC Market Access Map? Select all that "
                        "apply."
                    ),
                    "explanation": (
                        "Market Access Map covers tariffs (including preferential rates), rules of "
                        "origin and non-tariff measures. It does not provide buyer contacts or "
                        "guaranteed prices."
                    ),
                    "choices": [
                        {
                            "text": "Import tariffs, including preferential rates",
                            "correct": True,
                            "feedback": "Yes, tariffs are at the heart of Market Access Map.",
                        },
                        {
                            "text": "Rules of origin",
                            "correct": True,
                            "feedback": "Yes, it shows the rules of origin for trade agreements.",
                        },
                        {
                            "text": "Non-tariff measures such as labelling or food safety rules",
                            "correct": True,
                            "feedback": "Yes, it lists non-tariff measures.",
                        },
                        {
                            "text": "Guaranteed selling prices for your product",
                            "correct": False,
                            "feedback": "No tool can guarantee your selling price.",
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "Under the same HS edition, a product with the 6-digit code 0901.21 in "
                        "Kenya has the same 6-digit code in Germany."
                    ),
                    "answer": True,
                    "explanation": (
                        "True. The first 6 digits are shared worldwide; only the extra national "
                        "digits differ."
                    ),
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which statements about selling through an online marketplace are true? "
                        "Select all that apply."
                    ),
                    "explanation": (
                        "A marketplace hosts sellers’ storefronts, processes the sale and brings "
                        "shoppers, but charges fees and limits your control and customer data."
                    ),
                    "choices": [
                        {
                            "text": "It hosts many sellers’ storefronts and processes the sale.",
                            "correct": True,
                            "feedback": "Yes, that is what makes it a marketplace.",
                        },
                        {
                            "text": (
                                "It can give you access to shoppers already searching for products."
                            ),
                            "correct": True,
                            "feedback": "Yes, ready traffic is a major advantage.",
                        },
                        {
                            "text": "You fully own and control all of your customers’ data.",
                            "correct": False,
                            "feedback": (
                                "Usually not: marketplaces often share only limited customer "
                                "information."
                            ),
                        },
                        {
                            "text": "It is normally free of fees or commission.",
                            "correct": False,
                            "feedback": "Marketplaces usually charge fees or commission.",
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "text": (
                        "If you sell goods to a customer abroad and send them by post, you may "
                        "mark the parcel as a “gift” to avoid import duties."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. A sale must be declared as a sale of goods with its true value. A "
                        "false declaration can lead to delays, fines or seizure."
                    ),
                },
            ],
        },
    },
    {
        "slug": "getting-paid-and-shipping-parcels",
        "title": "Getting paid and shipping small parcels",
        "summary": (
            "Choose a safe way to be paid, use letters of credit and documentary collections with "
            "confidence, manage currency risk, and keep up with duty-free limits, EU VAT and "
            "certificates of origin for small shipments."
        ),
        "outcomes": [
            "Rank the five main payment methods from safest to riskiest for the seller",
            (
                "Explain how letters of credit under UCP 600 and collections under URC 522 protect "
                "you, and where they do not"
            ),
            "Choose a way to manage currency risk on a foreign-currency sale",
            (
                "Describe how duty-free limits for small parcels are changing in the US and the "
                "EU, and how the IOSS works"
            ),
            "Tell preferential and non-preferential certificates of origin apart",
        ],
        "level": "intermediate",
        "hours": 3.5,
        "modules": [
            {
                "title": "Choosing how you get paid",
                "summary": (
                    "The five main payment methods, and how letters of credit and documentary "
                    "collections work in practice."
                ),
                "lessons": [
                    {
                        "title": "Five ways to get paid, from safest to riskiest",
                        "summary": (
                            "How cash in advance, letters of credit, collections, open account and "
                            "consignment share risk between you and your buyer."
                        ),
                        "minutes": 14,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Every method shares the risk differently",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In a sale at home you often know your customer and can "
                                    "knock on their door if they do not pay. Abroad, you are "
                                    "dealing with a different legal system, a different language "
                                    "and perhaps a buyer you have never met. The payment method "
                                    "you agree decides who carries the risk that something goes "
                                    "wrong: you (the goods are gone but the money has not arrived) "
                                    "or your buyer (the money is gone but the goods have not "
                                    "arrived). The US International Trade Administration’s Trade "
                                    "Finance Guide ranks five methods, from safest to riskiest for "
                                    "the seller:</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<ol><li><b>Cash in advance.</b> The buyer pays before you "
                                    "ship, for example by bank transfer, card payment or an escrow "
                                    "service. You carry almost no risk of not being "
                                    "paid.</li><li><b>Letter of credit.</b> The buyer’s bank "
                                    "promises to pay you if you present documents that match the "
                                    "credit’s terms.</li><li><b>Documentary collection.</b> Banks "
                                    "pass your shipping documents to the buyer only when the buyer "
                                    "pays or formally promises to pay, but no bank guarantees the "
                                    "payment.</li><li><b>Open account.</b> You ship the goods and "
                                    "the documents, and the buyer pays later, often 30, 60 or 90 "
                                    "days after.</li><li><b>Consignment.</b> You send goods to a "
                                    "foreign distributor and are paid only after the distributor "
                                    "sells them to its customers.</li></ol>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What is safe for you is costly for your buyer",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The list runs in the opposite order for your buyer. Cash "
                                    "in advance ties up the buyer’s money and makes the buyer "
                                    "trust you completely; open account and consignment are very "
                                    "attractive to buyers because they can sell the goods before "
                                    "paying. If your competitors offer 60 days’ credit and you "
                                    "insist on payment in advance, you may lose the order. The "
                                    "skill is to offer terms that win business without risking "
                                    "more than you can afford to lose.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Matching the method to the deal",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For a new buyer, a small order or a sample, ask for cash "
                                    "in advance, or at least a deposit with the balance due before "
                                    "the goods are released. For a large order from a buyer you do "
                                    "not yet know, a letter of credit gives you a bank’s promise. "
                                    "When you have shipped several times to a buyer who paid on "
                                    "time, a documentary collection or open account may be "
                                    "reasonable. If you do offer open account, ask your bank or "
                                    "export credit agency about export credit insurance or selling "
                                    "your invoices (factoring), which can protect you or give you "
                                    "cash sooner.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Combine methods",
                                    "text": (
                                        "<p>You do not have to use one method for the whole order. "
                                        "A textile workshop might ask for a deposit in advance to "
                                        "buy fabric and send the balance through a documentary "
                                        "collection. As trust grows, it can move the buyer to "
                                        "better terms.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Trade Finance Guide",
                                    "url": "https://www.trade.gov/trade-finance-guide",
                                    "publisher": "US International Trade Administration",
                                    "description": (
                                        "A free, plain-language guide to export payment methods, "
                                        "trade finance and foreign exchange risk, with the risks "
                                        "and benefits of each method for exporters and importers."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "From safest to riskiest for the seller: cash in "
                                            "advance, letter of credit, documentary collection, "
                                            "open account, consignment."
                                        ),
                                        (
                                            "The safer a method is for you, the less attractive it "
                                            "is to your buyer."
                                        ),
                                        (
                                            "Match the method to how well you know the buyer, the "
                                            "order size and the country."
                                        ),
                                        (
                                            "Deposits and insurance can make more generous terms "
                                            "less risky."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Letters of credit under UCP 600",
                        "summary": (
                            "How a letter of credit works, why banks look only at documents, and "
                            "how to avoid the discrepancies that delay payment."
                        ),
                        "minutes": 18,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "A bank’s promise instead of the buyer’s",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A letter of credit (LC) is a promise by a bank, made at "
                                    "your buyer’s request, to pay you a set amount if you present "
                                    "the documents the credit lists, within the time it allows. "
                                    "Instead of relying on a buyer you may not know, you rely on a "
                                    "bank. Almost all letters of credit state that they are "
                                    "subject to <b>UCP 600</b>, the International Chamber of "
                                    "Commerce’s rules for documentary credits. UCP 600 is the 2007 "
                                    "revision of those rules and has been in effect since 1 July "
                                    "2007.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The main parties are the <b>applicant</b> (your buyer), "
                                    "the <b>issuing bank</b> (the buyer’s bank, which makes the "
                                    "promise), the <b>beneficiary</b> (you), and usually an "
                                    "<b>advising bank</b> in your country, which checks that the "
                                    "credit is genuine and passes it to you. If you are worried "
                                    "about the issuing bank or its country, you can ask for a "
                                    "<b>confirmed</b> credit: a bank in your country, the "
                                    "confirming bank, adds its own promise to pay, for a fee.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Documents, not goods",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under UCP 600 banks deal only in documents. They do not "
                                    "inspect your coffee or your fabric; they check whether the "
                                    "invoice, transport document, insurance certificate, "
                                    "certificate of origin and any other required papers comply "
                                    "with the credit and are consistent with each other. A bank "
                                    "has at most five banking days after the day you present the "
                                    "documents to decide whether they comply. Unless the credit "
                                    "says otherwise, documents that include an original transport "
                                    "document must be presented no later than 21 calendar days "
                                    "after the shipment date, and always before the credit "
                                    "expires. Under UCP 600 a credit is irrevocable even if it "
                                    "does not say so: it cannot be cancelled or changed without "
                                    "your agreement.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Avoiding discrepancies",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If any document does not comply, such as a misspelt name, "
                                    "a late date or an amount that does not match, the bank may "
                                    "refuse to pay. It will then usually ask the buyer whether it "
                                    "accepts the documents anyway, and you have lost the bank’s "
                                    "protection. So: ask to see a <b>draft</b> of the credit "
                                    "before it is issued; check that you can meet every date and "
                                    "produce every document; ask for changes before you ship, not "
                                    "after; and prepare the documents with a checklist.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": "Fixing the credit before shipping",
                                    "business": (
                                        "Invented example: a spice exporter in Sri Lanka, 12 staff"
                                    ),
                                    "challenge": (
                                        "<p>A new buyer in the Gulf opened a letter of credit for "
                                        "a container of cinnamon. The credit required an "
                                        "inspection certificate from a company the exporter had "
                                        "never used and a latest shipment date only ten days after "
                                        "the credit arrived.</p>"
                                    ),
                                    "approach": (
                                        "<p>The exporter reviewed the credit with its bank before "
                                        "doing anything else. It asked the buyer to amend the "
                                        "credit to accept a certificate from a local laboratory "
                                        "and to allow three more weeks for shipment. Because it "
                                        "did not know the issuing bank, it also asked its own bank "
                                        "to confirm the credit.</p>"
                                    ),
                                    "outcome": (
                                        "<p>With the amended, confirmed credit, the exporter "
                                        "shipped on time and presented documents it had checked "
                                        "line by line. The documents complied, and the confirming "
                                        "bank paid. The cost of confirmation was built into the "
                                        "price of the next quote.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A letter of credit replaces the buyer’s promise to "
                                            "pay with a bank’s promise, under UCP 600."
                                        ),
                                        (
                                            "Banks check documents, not goods: every detail must "
                                            "match the credit."
                                        ),
                                        (
                                            "Ask for a draft, fix problems before shipping, and "
                                            "present documents on time."
                                        ),
                                        (
                                            "Ask for confirmation if you are unsure about the "
                                            "issuing bank or its country."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Documentary collections under URC 522",
                        "summary": (
                            "A cheaper middle way between cash in advance and open account, and "
                            "its limits."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Banks as trusted messengers",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In a documentary collection, you ship the goods and give "
                                    "the shipping documents to your own bank, the <b>remitting "
                                    "bank</b>, with written instructions. It sends them to a bank "
                                    "in the buyer’s country, the <b>collecting bank</b>, which "
                                    "hands them to the buyer only when the buyer pays or formally "
                                    "promises to pay. Because the buyer needs those documents to "
                                    "take the goods, the documents act as your security. "
                                    "Collections are usually simpler and cheaper than letters of "
                                    "credit. Most follow <b>URC 522</b>, the ICC’s Uniform Rules "
                                    "for Collections, 1995 revision.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "D/P and D/A",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>With <b>documents against payment (D/P)</b>, the "
                                    "collecting bank releases the documents only when the buyer "
                                    "pays. With <b>documents against acceptance (D/A)</b>, it "
                                    "releases them when the buyer accepts a bill of exchange, a "
                                    "formal promise to pay on a future date, for example 60 days "
                                    "later. D/A means you are giving credit: the buyer gets the "
                                    "goods first, and you hold only a signed promise, which may be "
                                    "hard to enforce if the buyer does not pay.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "What the banks do not do",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Under URC 522 the banks act on your instructions; they do "
                                    "not promise that the buyer will pay. They also do not check "
                                    "your documents in detail the way banks do under a letter of "
                                    "credit; they check that they have received the documents "
                                    "listed in your instructions. If the buyer refuses to pay, "
                                    "your goods may sit at the destination port collecting storage "
                                    "charges while you look for another buyer, offer a discount or "
                                    "pay to ship them home.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Collections therefore work best with buyers you know, in "
                                    "countries with stable banking and no shortage of foreign "
                                    "currency, for goods you could resell if needed. They work "
                                    "best for sea freight, where the bill of lading controls who "
                                    "may collect the goods.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Take care with air freight",
                                    "text": (
                                        "<p>An air waybill is not a document of title. If goods "
                                        "are sent by air and consigned directly to your buyer, the "
                                        "buyer can usually collect them from the airport without "
                                        "paying the bank. Before using a collection for air "
                                        "shipments, talk to your bank about consigning the goods "
                                        "to the collecting bank, which needs that bank’s "
                                        "agreement.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "In a collection, banks exchange your documents for "
                                            "the buyer’s payment (D/P) or accepted bill of "
                                            "exchange (D/A)."
                                        ),
                                        (
                                            "Under URC 522 banks follow instructions but do not "
                                            "guarantee payment."
                                        ),
                                        (
                                            "D/A gives the buyer credit; use it only with buyers "
                                            "you trust."
                                        ),
                                        (
                                            "Collections suit sea freight with a bill of lading; "
                                            "be careful with air waybills."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Money, parcels and paperwork",
                "summary": (
                    "Protect your margin from exchange-rate swings, keep up with changing rules "
                    "for small parcels, and provide the right certificate of origin."
                ),
                "lessons": [
                    {
                        "title": "Managing currency risk",
                        "summary": (
                            "How exchange rates can eat your profit, and the main ways to protect "
                            "it."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": (
                                        "The price you agree is not always the money you receive"
                                    ),
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>When you invoice in a foreign currency, the amount you "
                                    "finally receive in your own currency depends on the exchange "
                                    "rate on the day you are paid, not the day you agreed the "
                                    "price. Suppose a coffee roaster invoices €20,000, payable in "
                                    "60 days, and today one euro buys 1,500 units of its home "
                                    "currency (an invented rate). It expects 30 million units. If "
                                    "the euro falls by 5% before payment, to 1,425 units, it "
                                    "receives 28.5 million: 1.5 million less, which may be most of "
                                    "its profit. Of course the rate could rise instead, but a "
                                    "small business usually cannot afford to gamble.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Option 1: invoice in your own currency",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you price in your own currency, the exchange-rate risk "
                                    "moves to your buyer. That is simple and safe for you, but "
                                    "many buyers prefer to pay in their own currency, or in a "
                                    "widely traded one, so that they know their cost. Insisting on "
                                    "your currency can lose sales, especially against competitors "
                                    "who are willing to price in the buyer’s currency.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Option 2: invoice in the buyer’s currency and hedge",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>If you sell in your buyer’s currency, you can reduce the "
                                    "risk with a hedge. The two most common tools, offered by "
                                    "banks, are:</p><ul><li>A <b>forward contract</b>: you agree "
                                    "today the rate at which you will exchange a set amount on a "
                                    "future date. You know exactly what you will receive, but you "
                                    "must go ahead even if the market rate later moves in your "
                                    "favour, and you need to agree with the bank what happens if "
                                    "the buyer pays late.</li><li>A <b>currency option</b>: you "
                                    "pay a fee (a premium) for the right, but not the obligation, "
                                    "to exchange at an agreed rate. It protects you if the rate "
                                    "moves against you and lets you benefit if it moves your "
                                    "way.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>There are simpler steps too. A <b>foreign currency "
                                    "account</b> lets you keep the money in that currency until "
                                    "the rate suits you, or use it to pay suppliers in the same "
                                    "currency. If you buy packaging or equipment priced in euros, "
                                    "paying for it with euro income reduces your exposure. Ask "
                                    "your bank which products it offers for small amounts, as this "
                                    "varies by bank and country.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Protect your quotes",
                                    "text": (
                                        "<p>Give every foreign-currency quote an expiry date, and "
                                        "check the exchange rate again before you accept an order. "
                                        "A small margin for currency movements in your price is "
                                        "cheaper than discovering a loss when the payment "
                                        "arrives.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": (
                                        "Trade Finance Guide: foreign exchange risk management"
                                    ),
                                    "url": "https://www.trade.gov/trade-finance-guide",
                                    "publisher": "US International Trade Administration",
                                    "description": (
                                        "The guide’s foreign exchange chapter explains the "
                                        "trade-off between pricing in your own or the buyer’s "
                                        "currency, and how forwards, options and foreign currency "
                                        "accounts work."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Invoicing in a foreign currency exposes you to "
                                            "exchange-rate changes until you are paid."
                                        ),
                                        (
                                            "Pricing in your own currency moves the risk to the "
                                            "buyer but can lose sales."
                                        ),
                                        (
                                            "Forward contracts fix a rate; options protect you for "
                                            "a premium and keep the upside."
                                        ),
                                        (
                                            "Foreign currency accounts and matching costs to "
                                            "income in the same currency also reduce risk."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Duty-free limits and EU VAT for small parcels",
                        "summary": (
                            "How the “de minimis” rules for low-value parcels are changing in the "
                            "US and the EU, and how the EU’s IOSS works."
                        ),
                        "minutes": 16,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Small parcels, changing rules",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For many years, a lot of countries let low-value parcels "
                                    "in without import duty below a set threshold, often called "
                                    "the <b>de minimis</b> limit. That made it cheap to send small "
                                    "online orders straight to consumers abroad. In two of the "
                                    "largest markets, the United States and the European Union, "
                                    "these rules are changing fast. What follows describes the "
                                    "position <b>as checked in December 2026</b>.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Check the current rules before you rely on this",
                                    "text": (
                                        "<p>The rules in this lesson were changing while it was "
                                        "written, and dates can move. Before you price or ship, "
                                        "check the current position with the customs authority of "
                                        "the destination country, your post or carrier, or your "
                                        "marketplace.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {
                                    "text": "United States",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The US used to let goods worth up to US$800 per person per "
                                    "day enter free of duty under an exemption known as Section "
                                    "321. From 29 August 2025, Executive Order 14324 suspended "
                                    "that exemption for goods from all countries. When the US "
                                    "Supreme Court struck down tariffs imposed under "
                                    "emergency-powers legislation (IEEPA) in February 2026, the de "
                                    "minimis suspension was reported to stay in place. A law "
                                    "passed in 2025 also repeals the commercial de minimis "
                                    "exemption from 1 July 2027. As checked in December 2026, you "
                                    "should expect duty to be charged on even small parcels to US "
                                    "customers, and you should ask your post or carrier how it "
                                    "will be collected.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "European Union: customs duty",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The EU used not to charge customs duty on goods worth up "
                                    "to €150, and that exemption is being removed. Since 1 July "
                                    "2026 an interim flat duty of <b>€3</b> applies to each "
                                    "category of item, counted by tariff subheading, in parcels "
                                    "worth less than €150 sent to consumers: a parcel with one "
                                    "silk blouse and two wool blouses holds two categories and "
                                    "pays €6. It applies first to goods sold by sellers "
                                    "registered for the IOSS (below), and stays until normal "
                                    "tariffs are applied to these parcels, expected in 2028. "
                                    "Count your item categories before you set prices for "
                                    "multi-item orders.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "European Union: VAT and the IOSS",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>VAT is separate from duty. Since 1 July 2021, VAT is due "
                                    "on all goods imported into the EU, however low their value. "
                                    "If nobody collects it in advance, the customer usually pays "
                                    "the VAT on delivery, often with a handling fee, and some "
                                    "customers refuse the parcel. The <b>Import One-Stop Shop "
                                    "(IOSS)</b> avoids this for parcels worth up to €150: you "
                                    "charge the VAT of the customer’s EU country at checkout, "
                                    "declare it through a single monthly IOSS return, and your "
                                    "IOSS number lets the parcel clear without the customer paying "
                                    "the VAT again. The €3 duty above also applies to these "
                                    "parcels: put it in your price, or ask your carrier how it "
                                    "is collected. Most sellers based outside the EU must appoint "
                                    "an EU "
                                    "intermediary to register. If you sell through an online "
                                    "marketplace, the marketplace is generally responsible for "
                                    "collecting this VAT.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Taxation and Customs Union",
                                    "url": "https://taxation-customs.ec.europa.eu",
                                    "publisher": "European Commission",
                                    "description": (
                                        "The European Commission’s official site on EU customs and "
                                        "VAT, including the rules for e-commerce imports and the "
                                        "Import One-Stop Shop (IOSS)."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "De minimis rules for small parcels are changing fast: "
                                            "always check the current position."
                                        ),
                                        (
                                            "As checked in December 2026, the US$800 US exemption "
                                            "is "
                                            "suspended for all countries, and a 2025 law repeals "
                                            "commercial de minimis from 1 July 2027."
                                        ),
                                        (
                                            "The EU is ending its €150 duty exemption: an interim "
                                            "€3 duty per item category has applied since 1 July "
                                            "2026."
                                        ),
                                        (
                                            "EU VAT is due on all imports; the IOSS lets you "
                                            "collect it at checkout for parcels up to €150."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Certificates of origin: preferential and non-preferential",
                        "summary": (
                            "Which certificate of origin your buyer needs, what each one does, and "
                            "who issues it."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Why origin matters",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Customs in your buyer’s country wants to know where your "
                                    "goods come from. Origin can decide how much duty the buyer "
                                    "pays and whether other trade rules apply. Origin is not "
                                    "always the country you ship from: it depends on where the "
                                    "goods were grown, made or sufficiently processed. There are "
                                    "two kinds of certificate, and mixing them up is a common "
                                    "beginner’s mistake.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Preferential origin: the key to lower duty",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p><b>Preferential</b> origin decides whether your goods get "
                                    "the lower or zero duty of a free trade agreement or "
                                    "preference scheme. Your product must meet that agreement’s "
                                    "rules of origin: for example, it must be wholly obtained in "
                                    "your country, or processed enough there. The proof depends on "
                                    "the agreement. Some require a certificate issued by a "
                                    "designated authority; others let the exporter make a "
                                    "statement on origin on the invoice, sometimes only after "
                                    "registering. Look up the rule for your product in Market "
                                    "Access Map and ask your customs authority which proof "
                                    "applies.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Take this seriously. If your goods do not really qualify, "
                                    "your buyer may later be asked to pay the full duty, and the "
                                    "problem will come back to you. Keep the records that prove "
                                    "origin, such as supplier declarations, purchase invoices and "
                                    "production records.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Non-preferential origin: proof for other purposes",
                                    "level": "h3",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A <b>non-preferential</b> certificate of origin simply "
                                    "states the country of origin. It does not reduce duty. You "
                                    "may need one because a letter of credit requires it, because "
                                    "your buyer or the importing country asks for it, or for "
                                    "general trade measures that depend on origin. These "
                                    "certificates are usually issued by chambers of commerce, "
                                    "following guidelines from the ICC World Chambers Federation, "
                                    "first published in 2006 and revised in 2019. Ask your local "
                                    "chamber what it needs from you.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "Example: one workshop, two certificates",
                                    "text": (
                                        "<p>A textile workshop sews cushion covers from imported "
                                        "fabric. For a buyer in a country with a trade agreement, "
                                        "it checks the rule of origin and finds that sewing alone "
                                        "is not enough to qualify, so it cannot claim the "
                                        "preferential rate. For a buyer paying by letter of "
                                        "credit, it obtains a non-preferential certificate from "
                                        "its chamber of commerce, worded exactly as the credit "
                                        "requires.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "ITC Market Access Map: rules of origin",
                                    "url": "https://www.macmap.org",
                                    "publisher": "International Trade Centre (ITC)",
                                    "description": (
                                        "Check the rules of origin that apply to your product "
                                        "under a given trade agreement before you claim a "
                                        "preferential rate."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Preferential origin gives access to a trade "
                                            "agreement’s lower duty if the product meets its rules "
                                            "of origin."
                                        ),
                                        (
                                            "Non-preferential certificates state origin for "
                                            "letters of credit, buyers and general trade measures."
                                        ),
                                        (
                                            "Chambers of commerce issue non-preferential "
                                            "certificates under ICC World Chambers Federation "
                                            "guidelines."
                                        ),
                                        (
                                            "Ask which certificate is needed and keep records that "
                                            "prove origin."
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
            "title": "Check your understanding: getting paid and shipping small parcels",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "ordering",
                    "text": (
                        "Put these payment methods in order, from the safest to the riskiest for "
                        "the seller."
                    ),
                    "items": [
                        "Cash in advance",
                        "Letter of credit",
                        "Documentary collection",
                        "Open account",
                        "Consignment",
                    ],
                    "explanation": (
                        "Cash in advance removes the risk of non-payment; a letter of credit adds "
                        "a bank’s promise; a collection uses banks but with no guarantee; open "
                        "account relies on the buyer’s promise; consignment pays you only after "
                        "the goods are resold."
                    ),
                },
                {
                    "type": "single",
                    "text": "Which set of ICC rules do most letters of credit follow?",
                    "explanation": (
                        "UCP 600, the 2007 revision of the ICC’s Uniform Customs and Practice for "
                        "Documentary Credits, governs most letters of credit."
                    ),
                    "choices": [
                        {
                            "text": "UCP 600",
                            "correct": True,
                            "feedback": "Correct. UCP 600 has been in effect since 1 July 2007.",
                        },
                        {
                            "text": "URC 522",
                            "correct": False,
                            "feedback": (
                                "URC 522 covers documentary collections, not letters of credit."
                            ),
                        },
                        {
                            "text": "Incoterms® 2020",
                            "correct": False,
                            "feedback": (
                                "Incoterms rules cover delivery, costs and risk, not payment."
                            ),
                        },
                        {
                            "text": "HS 2022",
                            "correct": False,
                            "feedback": (
                                "HS 2022 is the edition of the Harmonized System product codes."
                            ),
                        },
                    ],
                },
                {
                    "type": "numeric",
                    "text": (
                        "Under UCP 600, what is the maximum number of banking days, following the "
                        "day of presentation, that a bank has to decide whether your documents "
                        "comply?"
                    ),
                    "answer": 5,
                    "tolerance": 0,
                    "explanation": (
                        "UCP 600 gives each bank a maximum of five banking days following the day "
                        "of presentation to examine the documents."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "In a documentary collection under URC 522, the banks guarantee that the "
                        "buyer will pay."
                    ),
                    "answer": False,
                    "explanation": (
                        "False. In a collection the banks act on your instructions and pass "
                        "documents against payment or acceptance, but they do not guarantee "
                        "payment."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "Under a letter of credit subject to UCP 600, the banks examine the "
                        "documents, not the goods themselves."
                    ),
                    "answer": True,
                    "explanation": (
                        "True. Banks deal in documents. That is why every document must match the "
                        "credit exactly."
                    ),
                },
                {
                    "type": "multiple",
                    "text": (
                        "You have invoiced a buyer in euros, payable in 90 days. Which of these "
                        "can reduce your exchange-rate risk? Select all that apply."
                    ),
                    "explanation": (
                        "Forward contracts and currency options are hedges offered by banks, and a "
                        "foreign currency account lets you hold the euros or use them to pay euro "
                        "costs. Incoterms rules and documentary collections do not affect currency "
                        "risk."
                    ),
                    "choices": [
                        {
                            "text": "A forward contract with your bank",
                            "correct": True,
                            "feedback": "Yes, it fixes the rate for a future date.",
                        },
                        {
                            "text": "A currency option",
                            "correct": True,
                            "feedback": "Yes, it protects you against a bad rate for a premium.",
                        },
                        {
                            "text": (
                                "Holding the euros in a foreign currency account to pay euro costs"
                            ),
                            "correct": True,
                            "feedback": (
                                "Yes, matching income and costs in the same currency reduces "
                                "exposure."
                            ),
                        },
                        {
                            "text": "Changing the Incoterms rule from FOB to CIF",
                            "correct": False,
                            "feedback": (
                                "Incoterms rules divide transport costs and risk, not currency "
                                "risk."
                            ),
                        },
                        {
                            "text": "Switching to a documentary collection",
                            "correct": False,
                            "feedback": (
                                "A collection changes how documents and payment are exchanged, not "
                                "the currency of the payment."
                            ),
                        },
                    ],
                },
                {
                    "type": "short_text",
                    "text": (
                        "Which EU scheme lets a seller charge EU VAT at checkout on parcels worth "
                        "up to €150, so the customer pays no VAT on delivery? Give its "
                        "abbreviation or full name."
                    ),
                    "accepted": [
                        "IOSS",
                        "Import One-Stop Shop",
                        "Import One Stop Shop",
                    ],
                    "explanation": (
                        "The Import One-Stop Shop (IOSS) lets sellers collect VAT at checkout and "
                        "pay it through one monthly return."
                    ),
                },
                {
                    "type": "single",
                    "text": (
                        "Your buyer wants to pay the lower duty available under a free trade "
                        "agreement between your countries. What kind of proof of origin is needed?"
                    ),
                    "explanation": (
                        "Only preferential origin proof, meeting the agreement’s rules of origin, "
                        "gives access to a trade agreement’s lower duty."
                    ),
                    "choices": [
                        {
                            "text": "Preferential proof of origin under that agreement",
                            "correct": True,
                            "feedback": (
                                "Correct. Preferential origin decides access to the agreement’s "
                                "lower duty."
                            ),
                        },
                        {
                            "text": "A non-preferential certificate from a chamber of commerce",
                            "correct": False,
                            "feedback": (
                                "A non-preferential certificate states origin but does not give "
                                "access to lower duty."
                            ),
                        },
                        {
                            "text": "A CN22 postal customs declaration",
                            "correct": False,
                            "feedback": (
                                "A CN22 declares a parcel’s contents; it does not prove "
                                "preferential origin."
                            ),
                        },
                    ],
                },
            ],
        },
    },
]
