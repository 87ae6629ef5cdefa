"""Demo market-entry checklists, written from shared/content-facts.md and official sources.

Plain literals only. Each checklist: name, slug, countries (ISO codes), summary,
introduction (HTML), items: (category, text, guidance HTML, link URL, link text). Rules that
change fast (de minimis, tariffs, VAT on low-value parcels) are hedged on purpose: the
learner is sent to the official source rather than given a figure that may be out of date.
"""

EU_MEMBERS = [
    "AT",
    "BE",
    "BG",
    "HR",
    "CY",
    "CZ",
    "DK",
    "EE",
    "FI",
    "FR",
    "DE",
    "GR",
    "HU",
    "IE",
    "IT",
    "LV",
    "LT",
    "LU",
    "MT",
    "NL",
    "PL",
    "PT",
    "RO",
    "SK",
    "SI",
    "ES",
    "SE",
]
ASEAN_MEMBERS = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]
GCC_MEMBERS = ["BH", "KW", "OM", "QA", "SA", "AE"]

MADRID = ("https://www.wipo.int/madrid/en/", "WIPO: the Madrid System")
MARKET_ACCESS_MAP = ("https://www.macmap.org/", "ITC Market Access Map")

CHECKLISTS = [
    {
        "name": "European Union",
        "slug": "european-union",
        "countries": EU_MEMBERS,
        "summary": (
            "27 countries with one customs union and many shared product, consumer and data "
            "rules, but national languages and some national requirements."
        ),
        "introduction": (
            "<p>The EU is one customs territory: goods cleared in one member state move freely "
            "to the others. Much product, consumer and data law is set at EU level, so one "
            "compliance effort covers many countries; labels, language and some taxes still "
            "differ by country.</p>"
        ),
        "items": [
            (
                "trademark",
                "Search the EU and national trademark registers for your brand name",
                "<p>An EU trade mark from the EU Intellectual Property Office (EUIPO) covers every "
                "member state; national marks exist beside it, so a name free at EU level may "
                "still be taken in one country. TMview searches EUIPO and national offices at "
                "once.</p>",
                "https://www.tmdn.org/tmview/",
                "TMview",
            ),
            (
                "trademark",
                "Choose your route: an EU trade mark at EUIPO, or the EU designated through the "
                "Madrid System",
                "<p>The EU is a member of the Madrid System, so an international application based "
                "on your home mark can designate it. For five years the international "
                "registration depends on your home mark: if that falls, so does the rest.</p>",
                *MADRID,
            ),
            (
                "trademark",
                "Check your brand name in the main languages of your target countries",
                "<p>WIPO advises a name that is easy to say in every target language and has no "
                "unfortunate meaning in any of them.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Find the EU rules that set what your label must say",
                "<p>Many product groups have their own label rules, for example food "
                "(Regulation (EU) No 1169/2011), cosmetics (Regulation (EC) No 1223/2009) and "
                "textiles, whose fibre composition must be labelled (Regulation (EU) No "
                "1007/2011). Start from the rules for your product group.</p>",
                "https://trade.ec.europa.eu/access-to-markets/en/home",
                "Access2Markets (European Commission)",
            ),
            (
                "labelling",
                "Put mandatory information in a language buyers in each country understand",
                "<p>EU rules generally require mandatory label information in a language easily "
                "understood where the product is sold, and member states may require their "
                "official language(s). Plan one label per language area, or a multilingual "
                "label.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Name an economic operator established in the EU on the product or its "
                "documents, where the law requires one",
                "<p>The General Product Safety Regulation (EU) 2023/988 and the Market "
                "Surveillance Regulation (EU) 2019/1020 require an EU-based responsible economic "
                "operator for many products; for a seller abroad this is often the importer or "
                "an authorised representative.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Find out whether your product needs CE marking",
                "<p>CE marking applies only to products covered by specific EU laws, such as "
                "toys, electrical equipment, machinery and personal protective equipment. Where "
                "it applies, the manufacturer assesses conformity, keeps technical documentation "
                "and signs an EU declaration of conformity before affixing the mark.</p>",
                "https://europa.eu/youreurope/business/product-requirements/labels-markings/ce-marking/index_en.htm",
                "Your Europe: CE marking",
            ),
            (
                "product_safety",
                "Check the General Product Safety Regulation if no specific law covers your "
                "consumer product",
                "<p>Since 13 December 2024 the GPSR sets the safety duties for consumer products "
                "without their own EU rules, and asks online sellers to show the manufacturer, "
                "the product's identification and warnings on the listing.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Coffee, cocoa, wood, rubber, soy, palm oil or cattle: be ready to give your EU "
                "buyer the geolocation of the plots where they were grown",
                "<p>The EU Deforestation Regulation (EU) 2023/1115, as amended in December 2025, "
                "lets these commodities and listed products made from them (roasted coffee, "
                "chocolate, furniture, leather, tyres …) onto the EU market only if they were "
                "produced legally on land not deforested after 31 December 2020. It applies "
                "from 30 December 2026 to large and medium operators and from 30 June 2027 to "
                "micro and small ones. The EU importer files the due-diligence statement, so it "
                "will ask you for the GPS coordinates (a polygon for plots over 4 hectares) of "
                "every farm your beans came from, and proof they were produced legally. Start "
                "collecting them from your growers or cooperative now. The Commission adjusts the "
                "product list by delegated act: check that your product is listed.</p>",
                "https://green-forum.ec.europa.eu/nature-and-biodiversity/deforestation-regulation-implementation_en",
                "European Commission: EUDR implementation",
            ),
            (
                "product_safety",
                "Check chemical restrictions for your materials (REACH)",
                "<p>Regulation (EC) No 1907/2006 (REACH) restricts certain substances in "
                "products sold in the EU, for example in textiles, leather, plastics and "
                "jewellery. Ask your suppliers for test reports.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Give consumers their 14-day right to withdraw from an online purchase",
                "<p>Under Directive 2011/83/EU consumers may withdraw within 14 days of delivery "
                "without giving a reason; if you do not tell them about this right, the period "
                "is extended by up to 12 months.</p>",
                "https://e-justice.europa.eu/",
                "European e-Justice Portal",
            ),
            (
                "consumer_law",
                "Show the total price, with taxes and delivery costs, before the order is placed",
                "<p>EU consumer law requires clear information before the contract, including the "
                "total price with taxes and any delivery charges, and who you are and how to "
                "reach you.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Honour the legal guarantee for goods that are faulty or not as described",
                "<p>Directive (EU) 2019/771 gives consumers at least two years to claim when goods "
                "do not conform to the contract; some countries give longer. A commercial "
                "warranty you add does not replace it.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Write a privacy notice: what you collect, why, and how long you keep it",
                "<p>The GDPR's principles (Art. 5) include lawfulness and transparency, purpose "
                "limitation, data minimisation, accuracy, storage limitation and security, and "
                "you must be able to show you follow them. Its Art. 3(2) can reach sellers "
                "outside the EU who offer goods to people in the EU: ask an adviser whether it "
                "applies to you.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Collect only the customer data you need to fulfil the order",
                "<p>Data minimisation is a GDPR principle and also lowers your risk if data "
                "leaks.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Check how customers' data leaves the EU if your shop or systems are abroad",
                "<p>Transfers of personal data out of the EU need a legal basis under the GDPR's "
                "Chapter V, such as an adequacy decision or standard contractual clauses. Ask "
                "your shop platform which one it uses.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Offer the payment methods your buyers use and decide who carries the "
                "exchange-rate risk",
                "<p>Pricing in your own currency moves the risk to the buyer but can lose sales; "
                "pricing in euros means you need a hedge such as a forward contract, or a "
                "margin for the risk.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Expect strong customer authentication on card payments",
                "<p>Under the EU's second Payment Services Directive (PSD2) many online card "
                "payments need two-factor authentication by the buyer. Use a payment provider "
                "that supports it, or payments may fail at checkout.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Get an EORI number if you will be the one lodging EU customs declarations",
                "<p>Economic operators dealing with EU customs need an EORI number. If you sell "
                "delivered duty paid (DDP) you act as the importer; under DAP the buyer or "
                "their representative usually does.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Classify your product with its HS code and look up the EU tariff",
                "<p>The EU's integrated tariff (TARIC) builds on the six-digit HS code. "
                "Access2Markets shows the duty, taxes, rules of origin and requirements for "
                "your product and origin country.</p>",
                "https://trade.ec.europa.eu/access-to-markets/en/home",
                "Access2Markets",
            ),
            (
                "logistics",
                "Ask your broker which documents can be sent electronically",
                "<p>The EU is building a Single Window Environment for Customs in stages, so that "
                "certificates from other authorities can be checked with the declaration. Ask "
                "your broker which certificates they accept as data rather than paper.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Decide how import VAT is collected: register for IOSS or let the buyer pay at "
                "import",
                "<p>Since 1 July 2021 VAT is due on every import into the EU. For parcels up to "
                "€150 a seller can charge VAT at checkout through the Import One-Stop Shop "
                "(IOSS); otherwise the buyer pays the VAT and a handling fee at delivery.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Check the current duty rule for low-value parcels before you price",
                "<p>The €150 customs-duty exemption for small parcels is being abolished. Since 1 "
                "July 2026 an interim flat duty of €3 applies to each item category (each tariff "
                "subheading) in a parcel worth less than €150 sent to a consumer in the EU: one "
                "silk and two wool blouses are two categories, so €6. It applies first to goods "
                "sold by sellers registered for the Import One-Stop Shop (IOSS) and stays until "
                "normal tariffs apply to every parcel, once the EU customs data hub runs "
                "(expected 2028). A separate handling fee is still being discussed: confirm the "
                "charges with your carrier before you price.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Find the duty rate for your HS code and whether a trade preference lowers it",
                "<p>If your country has a trade agreement or preference scheme with the EU, "
                "goods that meet its rules of origin may pay less duty, but only with the right "
                "proof of origin. Roasted coffee, for example, pays 7.5% from most countries but "
                "0% from a least-developed country such as Rwanda under Everything But Arms, "
                "with a REX statement on origin, and 0% from Kenya or Viet Nam under their "
                "agreements with the EU.</p>",
                "https://trade.ec.europa.eu/access-to-markets/en/home",
                "Access2Markets",
            ),
            (
                "taxes",
                "Steel, aluminium, cement, fertiliser or hydrogen: expect your buyer to ask for "
                "the emissions embedded in your goods (CBAM)",
                "<p>The Carbon Border Adjustment Mechanism (Regulation (EU) 2023/956) has been in "
                "its definitive period since 1 January 2026: EU importers of these goods (and of "
                "electricity) must be authorised CBAM declarants and will buy certificates for "
                "the emissions embedded in 2026 imports from 2027. Importers bringing in no more "
                "than 50 tonnes a year of the goods other than electricity and hydrogen are "
                "exempt. Your buyer will ask you for verified emissions data, or pay on default "
                "values that are usually higher.</p>",
                "https://taxation-customs.ec.europa.eu/carbon-border-adjustment-mechanism_en",
                "European Commission: CBAM",
            ),
        ],
    },
    {
        "name": "United States",
        "slug": "united-states",
        "countries": ["US"],
        "summary": (
            "One large market with federal rules for customs, labels and product safety, and "
            "state rules for sales tax and privacy. Duty rules changed often in 2025–2026."
        ),
        "introduction": (
            "<p>Customs, tariffs, most labelling and product safety are federal; sales tax, "
            "privacy and some consumer rules are set by each state. Tariff measures changed "
            "repeatedly in 2025 and 2026: check the rate on the day you price.</p>"
        ),
        "items": [
            (
                "trademark",
                "Search the USPTO trademark database for your brand name",
                "<p>A US registration comes from the US Patent and Trademark Office. Search it "
                "for identical and similar marks in your goods' classes before you launch.</p>",
                "https://www.uspto.gov/trademarks/search",
                "USPTO trademark search",
            ),
            (
                "trademark",
                "Choose your route: a USPTO application, or the US designated through the "
                "Madrid System",
                "<p>The US is a member of the Madrid System. If you file directly, the USPTO "
                "requires applicants domiciled abroad to be represented by a US-licensed "
                "attorney.</p>",
                *MADRID,
            ),
            (
                "trademark",
                "Note the deadlines for proving use of your mark in the US",
                "<p>US registrations must be kept alive with declarations that the mark is in "
                "use, filed within set periods; a registration can be cancelled if the mark is "
                "not used.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Mark the country of origin on the product or its container, in English",
                "<p>US law requires imported articles, or their containers, to show their "
                "country of origin legibly and in English; CBP can refuse or penalise "
                "unmarked goods.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Check the label content rules for your product group",
                "<p>Packaged consumer goods must state what the product is, the net quantity "
                "and the name and place of business of the maker, packer or distributor (Fair "
                "Packaging and Labeling Act). Food adds FDA nutrition and allergen labelling; "
                "textiles and cosmetics have their own rules.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Find out whether Consumer Product Safety Commission rules cover your product",
                "<p>Products under a CPSC rule need a certificate of conformity; children's "
                "products need testing by a CPSC-accepted laboratory and a Children's Product "
                "Certificate.</p>",
                "https://www.cpsc.gov/Business--Manufacturing",
                "CPSC business guidance",
            ),
            (
                "product_safety",
                "Food: register the facility with the FDA, with a US agent and a unique facility "
                "identifier, and renew it every other year",
                "<p>Foreign facilities that make, pack or hold food for the US must register "
                "with the FDA (21 CFR 1.225–1.232). A foreign facility must name a US agent who "
                "lives or has a place of business in the US, and give a unique facility "
                "identifier: the FDA accepts the DUNS number, free from Dun &amp; Bradstreet. "
                "Registration must be renewed between 1 October and 31 December of every "
                "even-numbered year, or it expires. Each shipment also needs prior notice before "
                "it arrives.</p>",
                "https://www.fda.gov/food/guidance-regulation-food-and-dietary-supplements/registration-food-facilities-and-other-submissions",
                "FDA: registration of food facilities",
            ),
            (
                "product_safety",
                "Food: give your US importer what its Foreign Supplier Verification Program "
                "needs, and check the FDA import alerts",
                "<p>Under the Food Safety Modernization Act the US importer must verify that each "
                "foreign supplier makes food as safely as US rules require (the FSVP rule, 21 "
                "CFR part 1 subpart L). Expect it to ask for your hazard analysis, food safety "
                "plan, audit or test results; having them ready wins buyers. Check also the "
                "FDA's import alerts: one lets the FDA detain shipments without examining them, "
                "for a product, a firm or a whole country, until the importer shows they "
                "comply.</p>",
                "https://www.fda.gov/industry/actions-enforcement/import-alerts",
                "FDA import alerts",
            ),
            (
                "product_safety",
                "Electronics: check whether FCC equipment authorisation applies",
                "<p>Devices that emit radio-frequency energy generally need FCC authorisation "
                "before they are marketed in the US.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Make only claims you can prove, including “Made in” and origin claims",
                "<p>The Federal Trade Commission Act prohibits unfair or deceptive practices; the "
                "FTC enforces truthful advertising and origin claims.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Ship within the time you state, or tell the buyer and offer to cancel",
                "<p>The FTC's Mail, Internet or Telephone Order Merchandise Rule requires you to "
                "ship within the time you state (30 days if you state none), and to notify the "
                "buyer of delays with the option to cancel for a refund.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Publish a clear returns and refunds policy",
                "<p>There is no general federal right to return online purchases; states and "
                "marketplaces set their own rules, and buyers expect a clear policy.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Check which state privacy laws apply to you",
                "<p>There is no single general federal privacy law. California and a growing "
                "number of states have their own, usually above thresholds of revenue or "
                "number of consumers; check them as you grow.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Do not collect data from children under 13 without meeting COPPA",
                "<p>The Children's Online Privacy Protection Act applies to sites and services "
                "aimed at children under 13, or that knowingly collect their data.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Price in US dollars and decide who carries the exchange-rate risk",
                "<p>US buyers expect dollar prices. If you price in dollars, plan a hedge or a "
                "margin for currency moves between the order and the payment.</p>",
                "",
                "",
            ),
            (
                "payments",
                "For business buyers, agree a payment method that matches the risk",
                "<p>From safest to riskiest for the seller: cash in advance, letter of credit "
                "(ICC UCP 600), documentary collection (URC 522), open account, consignment.</p>",
                "https://www.trade.gov/trade-finance-guide",
                "ITA Trade Finance Guide",
            ),
            (
                "payments",
                "Keep proof of delivery to answer card chargebacks",
                "<p>Card buyers can dispute charges through their bank; tracking and delivery "
                "records are your evidence.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Find a licensed customs broker, or check what your courier's brokerage covers",
                "<p>Customs brokers in the US are licensed by CBP. Express couriers usually clear "
                "parcels themselves; freight needs a broker acting for the importer of record.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Classify your goods in the Harmonized Tariff Schedule of the United States",
                "<p>The HTSUS extends the six-digit HS code to ten digits; the duty rate and any "
                "additional tariffs follow from the code and the country of origin.</p>",
                "https://hts.usitc.gov/",
                "HTSUS (US International Trade Commission)",
            ),
            (
                "logistics",
                "For sea freight, make sure the Importer Security Filing (“10+2”) is lodged "
                "before loading",
                "<p>Ocean shipments to the US need the importer's security filing before the "
                "goods are loaded at the foreign port; your forwarder will ask you for the "
                "data.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Expect your data to go through CBP's single window (ACE)",
                "<p>The Automated Commercial Environment is the US single window where trade data "
                "for customs and partner agencies is filed once.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Do not count on duty-free entry for low-value parcels",
                "<p>The US$800 de minimis exemption has been suspended for all countries since 29 "
                "August 2025, so postal and commercial parcels pay duty whatever their value; a "
                "2025 law is reported to repeal it for commercial shipments from 1 July 2027. "
                "Check the current rule with CBP before you price.</p>",
                "https://www.cbp.gov/",
                "US Customs and Border Protection",
            ),
            (
                "taxes",
                "Check the full duty on your HS code and origin, including additional tariffs",
                "<p>Additional tariffs were added, changed and challenged in court in 2025–2026. "
                "Confirm the total rate with your broker on the day you quote a price.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Check whether you must collect state sales tax",
                "<p>Since the Supreme Court's Wayfair decision (2018) states may require remote "
                "sellers above a threshold to collect sales tax; marketplaces usually collect it "
                "for sales made through them.</p>",
                "",
                "",
            ),
        ],
    },
    {
        "name": "ASEAN",
        "slug": "asean",
        "countries": ASEAN_MEMBERS,
        "summary": (
            "Eleven South-East Asian countries with regional cooperation but national "
            "rulebooks: trademarks, labels, product rules and taxes are checked country by "
            "country."
        ),
        "introduction": (
            "<p>The Association of Southeast Asian Nations cooperates on customs and standards "
            "(for example the ASEAN Harmonised Tariff Nomenclature and the ASEAN Single Window, "
            "which links members' national single windows), but it is not one market for most "
            "rules. Timor-Leste became the eleventh member on 26 October 2025 and is still joining "
            "ASEAN's trade agreements. Pick your first one or two countries and check each item "
            "there.</p>"
        ),
        "items": [
            (
                "trademark",
                "Search each target country's trademark register",
                "<p>Each member has its own trademark office. ASEAN TMview searches several "
                "national registers at once; confirm on the national register before you "
                "file.</p>",
                "",
                "",
            ),
            (
                "trademark",
                "Designate the members you need through the Madrid System, where they belong to it",
                "<p>Most ASEAN members belong to the Madrid System, so one international "
                "application can cover several. Check WIPO's member list for each target "
                "country; the others need a national filing.</p>",
                *MADRID,
            ),
            (
                "trademark",
                "File early: the first to file usually wins",
                "<p>In most of these countries rights come from registration, not from use, so "
                "file before you start selling or showing your brand at fairs.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Check each country's label language rule",
                "<p>Several members, for example Indonesia, Thailand and Viet Nam, generally "
                "require consumer labels in the national language. A sticker label applied by "
                "the importer is a common solution; confirm it is accepted.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Plan for halal certification where buyers or law expect it",
                "<p>Indonesia is phasing in mandatory halal certification for many food, "
                "beverage and consumer products; in Malaysia and Brunei halal certification is "
                "widely expected for food. Check whether your certifier is recognised in the "
                "target country.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Find the national conformity marks and registrations for your product",
                "<p>Regulated products need national approval, for example the SNI mark in "
                "Indonesia, TISI standards in Thailand, SIRIM certification in Malaysia and the "
                "Safety Mark for controlled goods in Singapore.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Cosmetics and food: notify or register with the national regulator before sale",
                "<p>Under the ASEAN Cosmetic Directive, cosmetics are notified to the national "
                "authority before they are placed on the market; food usually needs "
                "registration or an import permit. Your importer or distributor often holds "
                "these.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Read the consumer protection law of each target country",
                "<p>Every member has consumer protection law, and ASEAN coordinates through its "
                "Committee on Consumer Protection. Returns, warranties and disclosure rules "
                "differ by country.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Match your returns policy to the marketplaces you sell on",
                "<p>Regional marketplaces set their own return windows and dispute processes; "
                "your listing must meet both their rules and the national law.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Check the data protection law of each target country",
                "<p>For example Singapore's Personal Data Protection Act (2012), the Philippines' "
                "Data Privacy Act (2012), Thailand's PDPA and Indonesia's Personal Data "
                "Protection Law (2022); others have newer rules. They differ on consent and "
                "notification.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Check the rules before storing customers' data in another country",
                "<p>Several members restrict transfers abroad. ASEAN has published Model "
                "Contractual Clauses for cross-border data flows that businesses can use.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Offer the local methods buyers use: e-wallets, bank transfers, QR payments",
                "<p>Card use varies widely across the region; several members have linked their "
                "QR payment systems, so check what your payment provider supports.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Price in local currency where buyers expect it",
                "<p>Each member has its own currency; decide whether to carry the exchange-rate "
                "risk or price in your own currency.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Classify your goods in the ASEAN Harmonised Tariff Nomenclature",
                "<p>AHTN extends the six-digit HS code to eight digits for all members; national "
                "duty rates still differ.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Selling between ASEAN members: claim ATIGA's lower duty with a Form D or an "
                "origin declaration",
                "<p>The ASEAN Trade in Goods Agreement (ATIGA) removes most duties between members "
                "for goods that meet its rules of origin (usually 40% regional value content or "
                "a change of tariff heading). Prove origin with a Form D certificate from your "
                "issuing authority, sent as an e-Form D through the ASEAN Single Window, or, if "
                "you are a certified exporter, with your own origin declaration on the invoice "
                "(ASEAN-wide self-certification, since September 2020). Timor-Leste, a member "
                "since October 2025, was still acceding to ATIGA and RCEP when this was checked: "
                "ask its customs service before claiming preferences to or from it.</p>",
                "https://atr.asean.org/",
                "ASEAN Trade Repository",
            ),
            (
                "logistics",
                "Check whether a trade agreement lowers your duty and what proof of origin it asks",
                "<p>Agreements such as RCEP (ASEAN with China, Japan, Korea, Australia and New "
                "Zealand) or a bilateral deal may lower duty for goods that meet their rules of "
                "origin. Outside ASEAN, Viet Nam's agreement with the EU (EVFTA, in force since "
                "1 August 2020) is one example.</p>",
                *MARKET_ACCESS_MAP,
            ),
            (
                "logistics",
                "Ask your forwarder which national single window clears your goods",
                "<p>For example TradeNet in Singapore or the Indonesia National Single Window "
                "(INSW). Send documents in the format they accept to avoid delays.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Check VAT or GST on imported low-value goods",
                "<p>Several members now tax imported low-value goods through seller registration; "
                "Singapore, for example, has done so since 2023. Check before you price "
                "parcels.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Find the duty rate for your product in each target country",
                "<p>ITC Market Access Map shows tariffs, preferences and non-tariff measures by "
                "HS code; it is free for users in developing countries.</p>",
                *MARKET_ACCESS_MAP,
            ),
        ],
    },
    {
        "name": "Gulf Cooperation Council (GCC)",
        "slug": "gcc",
        "countries": GCC_MEMBERS,
        "summary": (
            "Six Gulf states in a customs union with shared standards (GSO), but national "
            "trademark offices, registrations and VAT."
        ),
        "introduction": (
            "<p>Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates form a "
            "customs union with a common external tariff for most goods, and share technical "
            "regulations through the GCC Standardization Organization (GSO). Trademarks, "
            "product registrations, data law and VAT remain national.</p>"
        ),
        "items": [
            (
                "trademark",
                "Register your mark in each GCC country you sell in",
                "<p>There is no single GCC-wide trademark registration in practice: file in each "
                "country, or designate those that belong to the Madrid System.</p>",
                "",
                "",
            ),
            (
                "trademark",
                "Check which GCC states you can reach through the Madrid System",
                "<p>Some GCC states are Madrid members (for example Bahrain, Oman and the United "
                "Arab Emirates); others need national filings. Check WIPO's member list.</p>",
                *MADRID,
            ),
            (
                "trademark",
                "Decide on an Arabic version of your brand name",
                "<p>Many buyers will say and search your brand in Arabic. Consider registering "
                "the Arabic form too, after checking its meaning with native speakers.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Label in Arabic (English alongside is common)",
                "<p>GSO standards, such as the one for prepackaged food, require Arabic label "
                "information; English may be added.</p>",
                "",
                "",
            ),
            (
                "labelling",
                "Food: show production and expiry dates and halal status where required",
                "<p>Food labels must carry dates in the required format, and meat and meat "
                "products need halal certification from a recognised body.</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Check GSO technical regulations and the G-Mark for toys and electrical goods",
                "<p>Toys and low-voltage electrical equipment under GSO technical regulations "
                "carry the GCC conformity tracking symbol (G-Mark).</p>",
                "",
                "",
            ),
            (
                "product_safety",
                "Register products in national conformity systems (e.g. SABER in Saudi Arabia)",
                "<p>Saudi Arabia issues product and shipment conformity certificates through "
                "the SABER platform; the UAE and other states run their own conformity "
                "schemes.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Follow each state's consumer protection and e-commerce law",
                "<p>For example Saudi Arabia's E-Commerce Law (2019) sets what online sellers "
                "must disclose; warranties and returns follow national law.</p>",
                "",
                "",
            ),
            (
                "consumer_law",
                "Publish delivery, returns and warranty terms in Arabic and English",
                "<p>Clear terms in the buyer's language reduce disputes and are expected by "
                "regulators.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Check the national personal data law of each target state",
                "<p>Several states have general data protection laws, for example the UAE's "
                "Federal Decree-Law No. 45 of 2021 and Saudi Arabia's Personal Data Protection "
                "Law, with rules on consent and transfers abroad.</p>",
                "",
                "",
            ),
            (
                "data_protection",
                "Ask your platform where customer data is stored",
                "<p>Some sectors and states restrict storing or sending personal data abroad; "
                "know where your shop platform keeps it.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Offer cash on delivery and local cards or wallets where buyers expect them",
                "<p>Cash on delivery is still common for online orders in parts of the region; "
                "check what your courier and marketplace support.</p>",
                "",
                "",
            ),
            (
                "payments",
                "Note the currency pegs when you price",
                "<p>Most GCC currencies are pegged to the US dollar (Kuwait's dinar to a basket), "
                "so pricing in dollars carries little exchange-rate risk against them.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Find out which national single window your goods go through",
                "<p>For example FASAH in Saudi Arabia, Dubai Trade in Dubai and Bayan in Oman. "
                "Your importer or broker files there; give them complete, matching data.</p>",
                "",
                "",
            ),
            (
                "logistics",
                "Prepare the commercial invoice and certificate of origin, and ask whether they "
                "must be attested",
                "<p>Some states ask for invoices and certificates of origin attested by a chamber "
                "of commerce or an embassy, sometimes electronically. Ask your importer "
                "before shipping.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Price in the VAT of each state: 15% Saudi Arabia, 10% Bahrain, 5% UAE and Oman, "
                "none in Kuwait and Qatar",
                "<p>Standard VAT rates: Saudi Arabia 15% (since July 2020), Bahrain 10% (since "
                "January 2022), the United Arab Emirates 5% and Oman 5%. Kuwait and Qatar had "
                "not introduced VAT when this was checked (December 2026). Import VAT is "
                "charged on the customs value plus duty; consumer prices are usually shown "
                "with VAT included. Check the tax authority's site before you price.</p>",
                "",
                "",
            ),
            (
                "taxes",
                "Look up the customs duty for your HS code under the common external tariff",
                "<p>Most goods pay the common external tariff, with exemptions and higher rates "
                "for some products.</p>",
                *MARKET_ACCESS_MAP,
            ),
            (
                "taxes",
                "Check excise tax if you sell sweetened drinks, energy drinks or tobacco",
                "<p>Saudi Arabia, the UAE, Bahrain, Oman and Qatar apply excise tax to selected "
                "goods such as tobacco, energy drinks and sweetened drinks; Kuwait had not "
                "introduced it when this was checked. Rates and the way sweetened drinks are "
                "taxed differ by state.</p>",
                "",
                "",
            ),
        ],
    },
]

# The demo learner has started on the EU checklist: these items (by text) are ticked.
LEARNER_TICKS = {
    "learner@example.org": {
        "european-union": [
            "Search the EU and national trademark registers for your brand name",
            "Check your brand name in the main languages of your target countries",
            "Find out whether your product needs CE marking",
            "Classify your product with its HS code and look up the EU tariff",
            "Give consumers their 14-day right to withdraw from an online purchase",
        ]
    }
}
