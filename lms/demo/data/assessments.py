"""The three demo self-assessments of the toolkit, as plain literals (see SCHEMA.md's rules).

Each assessment: slug, title, introduction, search_description, minutes, levels as
(threshold, label, description) from 0 upwards, and dimensions. Each dimension: name,
description, weight, low (scores low below this, out of 100), advice, recommend (what to
study when it scores low: ("course", course slug) or ("lesson", course slug, lesson title)),
and questions: text, optional hint, options as (answer, points) from least to most prepared.
"""

EXPORT_READINESS = {
    "slug": "export-readiness",
    "title": "Export readiness",
    "introduction": (
        "Eighteen questions on the six things buyers, banks and customs will test when you "
        "start to sell abroad. Answer for your business as it is today: the result shows "
        "where you are strong and which courses close the gaps."
    ),
    "search_description": (
        "Check how ready your business is to export: markets, product, pricing, logistics, "
        "getting paid and legal protection."
    ),
    "minutes": 10,
    "levels": [
        (
            0,
            "Exploring",
            "Exporting is still an idea for your business. That is a fine place to start: "
            "work through the dimensions marked low, beginning with market research, before "
            "you accept an order from abroad.",
        ),
        (
            40,
            "Preparing",
            "You have some of the foundations. Close the gaps marked low before you commit to "
            "a first order, so a shipment does not stall at the border or cost more than it "
            "earns.",
        ),
        (
            65,
            "Ready for a first order",
            "You could handle a first export order with care. Strengthen the weaker "
            "dimensions as orders grow, and keep your research and prices up to date.",
        ),
        (
            85,
            "Export-ready",
            "The basics of exporting are in place. Review your prices and payment terms for "
            "each new buyer, and consider whether a second market is worth researching.",
        ),
    ],
    "dimensions": [
        {
            "name": "Market research",
            "description": "Knowing where to sell and what the market asks of your product.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Pick one or two markets with evidence, not by instinct: trade statistics show "
                "where demand for your product grows, and tariff tools show what entering costs."
            ),
            "recommend": [
                ("course", "finding-your-first-export-market"),
                (
                    "lesson",
                    "finding-your-first-export-market",
                    "Finding promising markets with Trade Map and UN Comtrade",
                ),
            ],
            "questions": [
                {
                    "text": "Have you chosen the foreign markets you will target first?",
                    "options": [
                        ("Not yet", 0),
                        ("We have ideas but have not compared markets", 1),
                        ("We compared a few markets with trade data", 2),
                        ("We chose one or two markets on demand, competition and access", 3),
                    ],
                },
                {
                    "text": "Do you know your product's HS code?",
                    "hint": (
                        "The Harmonized System code classifies goods for customs; it is the "
                        "same in every country up to six digits."
                    ),
                    "options": [
                        ("No", 0),
                        ("We know roughly which chapter it falls in", 1),
                        ("We know the six-digit code", 2),
                        ("We know the six-digit code and the target market's full tariff line", 3),
                    ],
                },
                {
                    "text": (
                        "Have you checked the duties and rules your product meets in the market?"
                    ),
                    "hint": (
                        "ITC's Market Access Map lists tariffs, rules of origin and other measures."
                    ),
                    "options": [
                        ("No", 0),
                        ("Only the import duty", 1),
                        ("The duty and the main product rules", 2),
                        ("Duties, rules of origin and non-tariff measures such as labelling", 3),
                    ],
                },
            ],
        },
        {
            "name": "Product adaptation",
            "description": (
                "Whether your product, packaging and output are ready for a buyer abroad."
            ),
            "weight": 1,
            "low": 50,
            "advice": (
                "List what the target market requires of the product (standards, labels, "
                "certificates) and check you can supply an export order without running short "
                "at home."
            ),
            "recommend": [
                ("lesson", "finding-your-first-export-market", "Are you ready to export?"),
                (
                    "lesson",
                    "finding-your-first-export-market",
                    "Checking market access with Market Access Map",
                ),
            ],
            "questions": [
                {
                    "text": (
                        "Does your product meet the standards and labelling rules of the market?"
                    ),
                    "options": [
                        ("We don't know", 0),
                        ("We know some rules apply but not which", 1),
                        ("We have a list of requirements and are working on it", 2),
                        ("Product, labels and certificates meet them", 3),
                    ],
                },
                {
                    "text": (
                        "Could you supply a large export order without hurting your home sales?"
                    ),
                    "options": [
                        ("No", 0),
                        ("Only small trial quantities", 1),
                        ("Yes, with some planning", 2),
                        ("Yes, and we have a plan to scale up", 3),
                    ],
                },
                {
                    "text": "Is your packaging ready for a long journey and a foreign shelf?",
                    "options": [
                        ("We have not thought about it", 0),
                        ("We use our home-market packaging", 1),
                        ("It is tested for long-distance shipping", 2),
                        ("Tested, and labelled in the buyer's language", 3),
                    ],
                },
            ],
        },
        {
            "name": "Pricing and Incoterms",
            "description": "Export prices that cover every cost, on clear delivery terms.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Build your export price from your full cost, then quote it on an Incoterms® "
                "2020 rule so the buyer knows which costs and risks are yours."
            ),
            "recommend": [
                ("course", "pricing-with-incoterms"),
                ("lesson", "pricing-with-incoterms", "Building an export price from EXW to DDP"),
            ],
            "questions": [
                {
                    "text": "Do you know your full cost per unit, including export costs?",
                    "options": [
                        ("No", 0),
                        ("We know the production cost only", 1),
                        ("Production and transport to the port or border", 2),
                        ("Every cost up to the delivery point we quote", 3),
                    ],
                },
                {
                    "text": "Do you quote export prices on an Incoterms® 2020 rule?",
                    "hint": (
                        "Incoterms rules, published by the International Chamber of Commerce, "
                        "say where costs and risk pass from seller to buyer."
                    ),
                    "options": [
                        ("We don't know them", 0),
                        ("We have heard of them but don't use them", 1),
                        ("We always quote the same rule", 2),
                        ("We choose the rule for each deal and price it", 3),
                    ],
                },
                {
                    "text": "Have you compared your price with competitors in the market?",
                    "options": [
                        ("No", 0),
                        ("Roughly, from a few websites", 1),
                        ("Yes, against retail prices there", 2),
                        ("Yes, and we know the importer's and retailer's margins", 3),
                    ],
                },
            ],
        },
        {
            "name": "Logistics and customs documents",
            "description": "Moving goods across the border with the right papers.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Find out which documents your goods need before the first shipment, compare "
                "carriers for small orders, and check whether a trade agreement can lower the duty."
            ),
            "recommend": [
                ("course", "getting-paid-and-shipping-parcels"),
                (
                    "lesson",
                    "finding-your-first-export-market",
                    "Shipping small orders through postal networks",
                ),
                (
                    "lesson",
                    "getting-paid-and-shipping-parcels",
                    "Certificates of origin: preferential and non-preferential",
                ),
                ("course", "trade-agreements-and-single-windows"),
            ],
            "questions": [
                {
                    "text": "Do you know which documents your shipments need?",
                    "hint": (
                        "For example a commercial invoice, a packing list, a certificate of origin."
                    ),
                    "options": [
                        ("No", 0),
                        ("Some of them", 1),
                        ("Yes, for our main market", 2),
                        ("Yes, and we prepare them ourselves or with a forwarder", 3),
                    ],
                },
                {
                    "text": "Have you compared ways to ship small orders abroad?",
                    "options": [
                        ("No", 0),
                        ("We know one option", 1),
                        ("We compared prices of post, express and forwarders", 2),
                        ("We compared price, time, tracking and returns", 3),
                    ],
                },
                {
                    "text": (
                        "Do you know whether your goods qualify for a "
                        "lower duty under a trade agreement?"
                    ),
                    "options": [
                        ("No", 0),
                        ("We have heard it is possible", 1),
                        ("We checked the agreement's rules of origin", 2),
                        ("Yes, and we know how to prove origin", 3),
                    ],
                },
            ],
        },
        {
            "name": "Finance and payment risk",
            "description": "Getting paid, financing the order and handling exchange rates.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Match the payment method to the buyer: cash in advance or a letter of credit "
                "for a new buyer, open account only for buyers you trust, and decide who "
                "carries the currency risk."
            ),
            "recommend": [
                ("course", "getting-paid-and-shipping-parcels"),
                (
                    "lesson",
                    "getting-paid-and-shipping-parcels",
                    "Five ways to get paid, from safest to riskiest",
                ),
                ("lesson", "getting-paid-and-shipping-parcels", "Managing currency risk"),
            ],
            "questions": [
                {
                    "text": "How would a new foreign buyer pay you?",
                    "options": [
                        ("However the buyer proposes", 0),
                        ("On open account, after delivery", 1),
                        ("Part in advance, or by documentary collection", 2),
                        ("Chosen by risk: advance or letter of credit for new buyers", 3),
                    ],
                },
                {
                    "text": "Can you finance an order until the buyer pays?",
                    "options": [
                        ("No", 0),
                        ("Only small orders", 1),
                        ("Yes, or we know where to get trade finance", 2),
                        ("Yes, with a cash-flow plan for each order", 3),
                    ],
                },
                {
                    "text": "How do you handle exchange-rate risk?",
                    "options": [
                        ("We have not considered it", 0),
                        ("We price in the buyer's currency without protection", 1),
                        ("We price in our own or a stable currency", 2),
                        ("We choose per deal and hedge, e.g. with a forward contract", 3),
                    ],
                },
            ],
        },
        {
            "name": "Legal and intellectual property",
            "description": "Contracts, trademarks and the rules of selling abroad.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Protect your brand in the markets you sell to before you launch there, and "
                "put delivery, payment and disputes in a written contract."
            ),
            "recommend": [
                ("course", "protecting-your-brand-abroad"),
                ("course", "selling-online-consumers-data-disputes"),
            ],
            "questions": [
                {
                    "text": "Is your brand protected as a trademark in your target markets?",
                    "options": [
                        ("Not even at home", 0),
                        ("Registered at home only", 1),
                        ("We have applied or plan to apply abroad", 2),
                        ("Registered in our target markets", 3),
                    ],
                },
                {
                    "text": "Do you use written contracts with foreign buyers or distributors?",
                    "options": [
                        ("No", 0),
                        ("An exchange of e-mails", 1),
                        ("A standard contract", 2),
                        ("A contract covering delivery, payment, law and disputes", 3),
                    ],
                },
                {
                    "text": (
                        "Do you know the consumer and data rules of the markets you sell to online?"
                    ),
                    "options": [
                        ("No", 0),
                        ("Roughly", 1),
                        ("Yes, for one market", 2),
                        ("Yes, and our terms, privacy notice and returns follow them", 3),
                    ],
                },
            ],
        },
    ],
}

BRAND_READINESS = {
    "slug": "brand-readiness",
    "title": "Brand readiness for foreign markets",
    "introduction": (
        "Is your brand ready to travel? Eighteen questions on your story, your name in other "
        "languages, your look, trademark protection abroad, localisation and your reputation "
        "online."
    ),
    "search_description": (
        "Check whether your brand is ready for buyers abroad: name, identity, trademark "
        "protection through the Madrid System, localisation and online reputation."
    ),
    "minutes": 10,
    "levels": [
        (
            0,
            "Local brand",
            "Your brand is known at home but not yet prepared for foreign buyers. Start with "
            "the name check and trademark protection: they are the hardest to fix later.",
        ),
        (
            40,
            "Emerging brand",
            "The core of a brand is there. Before you launch abroad, close the gaps marked "
            "low, above all protection and localisation.",
        ),
        (
            65,
            "Ready to travel",
            "Your brand can go to a first foreign market. Keep watching your mark and your "
            "reviews, and write a brand plan for each new market.",
        ),
        (
            85,
            "Ready for foreign markets",
            "Your brand is protected, consistent and adapted. Review it each year and before "
            "each new market.",
        ),
    ],
    "dimensions": [
        {
            "name": "Brand story",
            "description": (
                "What your brand stands for, for whom, and why buyers should believe it."
            ),
            "weight": 1,
            "low": 50,
            "advice": (
                "Write down in one sentence who your brand is for and why they should choose "
                "it, then collect proof: origin, quality, certifications, reviews."
            ),
            "recommend": [
                ("course", "building-a-brand-buyers-abroad-trust"),
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "A simple brand plan for each market",
                ),
            ],
            "questions": [
                {
                    "text": (
                        "Can you say in one sentence what your brand stands for and who it is for?"
                    ),
                    "options": [
                        ("No", 0),
                        ("Roughly, but it changes", 1),
                        ("Yes, and our team would say the same", 2),
                        ("Yes, and it is written down and used everywhere", 3),
                    ],
                },
                {
                    "text": "Do you know why buyers abroad would choose you over local brands?",
                    "options": [
                        ("No", 0),
                        ("We think so, but have not asked buyers", 1),
                        ("Yes, from talks with some buyers", 2),
                        ("Yes, tested with buyers in the target market", 3),
                    ],
                },
                {
                    "text": "Can you prove your brand's claims?",
                    "hint": "For example origin, quality, certifications or customer reviews.",
                    "options": [
                        ("No", 0),
                        ("Some claims", 1),
                        ("Most claims", 2),
                        ("Every claim, with documents we can show", 3),
                    ],
                },
            ],
        },
        {
            "name": "Name check across languages",
            "description": "Whether your name works, and is free, in your target markets.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Check that your name is easy to say and has no bad meaning in your target "
                "languages, and search the markets' trademark registers before you invest in it."
            ),
            "recommend": [
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "Choosing a name buyers abroad can say and remember",
                ),
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "Check the name before you commit",
                ),
                ("lesson", "protecting-your-brand-abroad", "Search before you file"),
            ],
            "questions": [
                {
                    "text": (
                        "Have you checked how your brand name sounds and what "
                        "it means in your target languages?"
                    ),
                    "options": [
                        ("No", 0),
                        ("We asked a friend who speaks one of them", 1),
                        ("We checked with native speakers of each", 2),
                        ("Checked with native speakers and tested with buyers", 3),
                    ],
                },
                {
                    "text": (
                        "Have you searched for similar names already used in your target markets?"
                    ),
                    "hint": (
                        "WIPO's Global Brand Database does not hold every national filing, so "
                        "search national registers too."
                    ),
                    "options": [
                        ("No", 0),
                        ("An internet search", 1),
                        ("WIPO's Global Brand Database", 2),
                        ("The global database and each market's national register", 3),
                    ],
                },
                {
                    "text": "Have you secured your domain name and social media names?",
                    "options": [
                        ("No", 0),
                        ("The domain at home only", 1),
                        ("The main domain and social media names", 2),
                        ("Those, and the domains of our target markets", 3),
                    ],
                },
            ],
        },
        {
            "name": "Visual identity",
            "description": "A logo, colours and packaging used the same way on every channel.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Fix one logo, one set of colours and one tone of voice, write them down, and use "
                "them the same way on packaging, your website and marketplace storefronts."
            ),
            "recommend": [
                ("lesson", "building-a-brand-buyers-abroad-trust", "One look on every channel"),
            ],
            "questions": [
                {
                    "text": "Do you use the same logo and colours everywhere?",
                    "options": [
                        ("No, they vary", 0),
                        ("Mostly", 1),
                        ("Yes", 2),
                        ("Yes, in files anyone on the team can find", 3),
                    ],
                },
                {
                    "text": "Do you have brand guidelines someone else could follow?",
                    "options": [
                        ("No", 0),
                        ("A few notes", 1),
                        ("A short guide to logo, colours and fonts", 2),
                        ("A guide that also covers tone of voice and photos", 3),
                    ],
                },
                {
                    "text": "Do your packaging and labels work in your target markets?",
                    "options": [
                        ("We have not checked", 0),
                        ("They are only in our own language", 1),
                        ("They carry the information the market requires", 2),
                        ("Required information, in the buyer's language, tested with buyers", 3),
                    ],
                },
            ],
        },
        {
            "name": "Trademark protection abroad",
            "description": (
                "Registering your mark where you sell, for example through the Madrid System."
            ),
            "weight": 2,
            "low": 50,
            "advice": (
                "File at home first: that basic mark is what an international application "
                "under WIPO's Madrid System builds on, and filing abroad within six months "
                "keeps your first filing date."
            ),
            "recommend": [
                ("course", "protecting-your-brand-abroad"),
                (
                    "lesson",
                    "protecting-your-brand-abroad",
                    "Your basic mark and the six-month priority window",
                ),
                (
                    "lesson",
                    "protecting-your-brand-abroad",
                    "How an international application works",
                ),
            ],
            "questions": [
                {
                    "text": "Is your mark registered, or applied for, at your national office?",
                    "options": [
                        ("No", 0),
                        ("We are preparing an application", 1),
                        ("We have applied", 2),
                        ("It is registered", 3),
                    ],
                },
                {
                    "text": "Do you know which Nice classes cover your goods and services?",
                    "hint": (
                        "The Nice Classification has 45 classes: 1 to 34 for goods, 35 to 45 "
                        "for services."
                    ),
                    "options": [
                        ("No", 0),
                        ("We know the main class", 1),
                        ("We know every class we need now", 2),
                        ("Every class now and for the products we plan", 3),
                    ],
                },
                {
                    "text": "Do you have a plan to protect your mark in your target markets?",
                    "hint": (
                        "The Madrid System lets you apply in many countries with one "
                        "international application based on your home mark."
                    ),
                    "options": [
                        ("No", 0),
                        ("We know we should", 1),
                        ("We chose the route: Madrid System or national filings", 2),
                        ("We filed, and track deadlines such as the six-month priority", 3),
                    ],
                },
            ],
        },
        {
            "name": "Localisation",
            "description": "Speaking to buyers in their language and on their terms.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Have your product texts translated by someone who knows the market, adapt "
                "images and prices to local expectations, and plan how to answer questions "
                "in the buyer's language."
            ),
            "recommend": [
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "A simple brand plan for each market",
                ),
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "Marketplace storefront or your own website",
                ),
            ],
            "questions": [
                {
                    "text": "Who translates your product descriptions?",
                    "options": [
                        ("Nobody: they are only in our language", 0),
                        ("Machine translation", 1),
                        ("A translator", 2),
                        ("A translator who knows the market, checked by a buyer", 3),
                    ],
                },
                {
                    "text": "Have you adapted messages, images and prices to each market?",
                    "options": [
                        ("No", 0),
                        ("Prices only", 1),
                        ("Prices and some messages", 2),
                        ("Messages, images and prices, for each market", 3),
                    ],
                },
                {
                    "text": "Can you answer customers' questions in their language?",
                    "options": [
                        ("No", 0),
                        ("Slowly, with a translation tool", 1),
                        ("Yes, in one foreign language", 2),
                        ("Yes, in the language of each market we sell to", 3),
                    ],
                },
            ],
        },
        {
            "name": "Online reputation",
            "description": "Reviews, copies of your brand and how you answer complaints.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Ask satisfied customers for reviews, answer complaints in public calmly, and "
                "watch marketplaces for copies: in the EU, platforms must offer a way to "
                "report them under the Digital Services Act."
            ),
            "recommend": [
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "Reporting counterfeits on online platforms",
                ),
                (
                    "lesson",
                    "protecting-your-brand-abroad",
                    "Renewal, records and watching your mark",
                ),
            ],
            "questions": [
                {
                    "text": "Do you collect and answer customer reviews?",
                    "options": [
                        ("No", 0),
                        ("We have some reviews but don't answer them", 1),
                        ("We ask for reviews and answer most", 2),
                        ("We ask, answer all and learn from them", 3),
                    ],
                },
                {
                    "text": "Do you watch for copies of your brand or counterfeit listings online?",
                    "options": [
                        ("No", 0),
                        ("Now and then", 1),
                        ("Regularly, on the main marketplaces", 2),
                        ("Regularly, and we know how to report them to each platform", 3),
                    ],
                },
                {
                    "text": "Do you know how you would answer a bad review or a public complaint?",
                    "options": [
                        ("No", 0),
                        ("We would decide when it happens", 1),
                        ("We have agreed who answers and how fast", 2),
                        ("Agreed, and we offer a way to settle disputes online", 3),
                    ],
                },
            ],
        },
    ],
}

DIGITAL_READINESS = {
    "slug": "digital-readiness",
    "title": "Digital readiness for cross-border e-commerce",
    "introduction": (
        "Selling online across borders needs more than a website. Eighteen questions on your "
        "shop, payments, marketing, the rules on consumers and data, delivery and returns, "
        "and electronic trade documents."
    ),
    "search_description": (
        "Check whether your business is ready to sell online to customers abroad: shop, "
        "payments, marketing, consumer and data rules, fulfilment and e-documents."
    ),
    "minutes": 10,
    "levels": [
        (
            0,
            "Offline",
            "Your business does not yet sell online across borders. Start with one channel "
            "that reaches your target market, and with payments foreign customers can use.",
        ),
        (
            40,
            "Getting online",
            "You have a presence online. Close the gaps marked low, especially the rules on "
            "consumers and data, before you take orders from abroad at scale.",
        ),
        (
            65,
            "Selling online abroad",
            "You can sell online to foreign customers. Measure what each channel brings and "
            "make delivery and returns as smooth as at home.",
        ),
        (
            85,
            "Digitally ready",
            "Your business runs cross-border e-commerce end to end. Keep an eye on changing "
            "rules for small parcels and data, and move your trade paperwork online.",
        ),
    ],
    "dimensions": [
        {
            "name": "Online shop and marketplaces",
            "description": "Where foreign customers find and buy your products.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Treat a marketplace as one channel beside your own shop: it brings visitors "
                "but sets the rules. Show prices, shipping costs "
                "and delivery times before checkout."
            ),
            "recommend": [
                ("lesson", "finding-your-first-export-market", "Marketplace or your own shop?"),
                (
                    "lesson",
                    "building-a-brand-buyers-abroad-trust",
                    "Marketplace storefront or your own website",
                ),
            ],
            "questions": [
                {
                    "text": "How do you sell online today?",
                    "options": [
                        ("We don't", 0),
                        ("Through social media messages", 1),
                        ("Our own shop or one marketplace", 2),
                        ("Our own shop and marketplaces that reach our target markets", 3),
                    ],
                },
                {
                    "text": (
                        "Do foreign customers see the full price and delivery time before paying?"
                    ),
                    "options": [
                        ("No", 0),
                        ("The product price only", 1),
                        ("Price and shipping cost", 2),
                        ("Price, shipping, duties or taxes, and delivery time", 3),
                    ],
                },
                {
                    "text": "Does your shop work well on a mobile phone with a slow connection?",
                    "options": [
                        ("We don't know", 0),
                        ("It is slow or hard to use on a phone", 1),
                        ("It works on a phone", 2),
                        ("Tested on phones and slow connections", 3),
                    ],
                },
            ],
        },
        {
            "name": "Cross-border payments",
            "description": "How foreign customers pay and how the money reaches you.",
            "weight": 2,
            "low": 50,
            "advice": (
                "Offer a payment method your target customers use, know the fees and how long "
                "payouts take, and decide how you handle refunds and currency changes."
            ),
            "recommend": [
                (
                    "lesson",
                    "getting-paid-and-shipping-parcels",
                    "Five ways to get paid, from safest to riskiest",
                ),
                ("lesson", "getting-paid-and-shipping-parcels", "Managing currency risk"),
            ],
            "questions": [
                {
                    "text": "Can foreign customers pay you online?",
                    "options": [
                        ("No", 0),
                        ("By bank transfer only", 1),
                        ("By card or a payment service", 2),
                        ("By the methods most used in each target market", 3),
                    ],
                },
                {
                    "text": (
                        "Do you know the fees and how long a payment takes to reach your account?"
                    ),
                    "options": [
                        ("No", 0),
                        ("Roughly", 1),
                        ("Yes, for our main method", 2),
                        ("Yes, and we compare providers each year", 3),
                    ],
                },
                {
                    "text": "How do you handle refunds and disputed card payments?",
                    "options": [
                        ("We have not had to", 0),
                        ("Case by case", 1),
                        ("We have a written refund policy", 2),
                        ("A written policy and records to answer disputes", 3),
                    ],
                },
            ],
        },
        {
            "name": "Digital marketing",
            "description": "Reaching customers abroad and knowing what works.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Find out where your customers search and shop online, publish content in their "
                "language there, and measure visits and sales by channel."
            ),
            "recommend": [
                ("course", "building-a-brand-buyers-abroad-trust"),
                ("lesson", "building-a-brand-buyers-abroad-trust", "One look on every channel"),
            ],
            "questions": [
                {
                    "text": "Do you know where your target customers search and shop online?",
                    "options": [
                        ("No", 0),
                        ("We guess", 1),
                        ("Yes, for one market", 2),
                        ("Yes, for each market, from research or data", 3),
                    ],
                },
                {
                    "text": "Do you measure what your online marketing brings?",
                    "options": [
                        ("No", 0),
                        ("We count followers", 1),
                        ("We track visits", 2),
                        ("We track visits and sales by channel", 3),
                    ],
                },
                {
                    "text": "Do you publish content in your customers' language?",
                    "options": [
                        ("No", 0),
                        ("A few posts", 1),
                        ("Product pages", 2),
                        ("Product pages, posts and answers to questions", 3),
                    ],
                },
            ],
        },
        {
            "name": "Data protection and consumer law",
            "description": (
                "Treating foreign customers and their personal data as the law requires."
            ),
            "weight": 2,
            "low": 50,
            "advice": (
                "Find out which consumer and data rules apply where your customers live, collect "
                "only the data you need, and say clearly how customers can return goods."
            ),
            "recommend": [
                ("course", "selling-online-consumers-data-disputes"),
                (
                    "lesson",
                    "selling-online-consumers-data-disputes",
                    "The EU right of withdrawal: 14 days to change their mind",
                ),
                (
                    "lesson",
                    "selling-online-consumers-data-disputes",
                    "The GDPR’s principles in plain English",
                ),
            ],
            "questions": [
                {
                    "text": (
                        "Do you know which data-protection laws may apply to your customers' data?"
                    ),
                    "hint": (
                        "For example the EU's GDPR, or China's PIPL, which also applies to "
                        "sellers abroad who sell to people in China."
                    ),
                    "options": [
                        ("No", 0),
                        ("We have heard of some", 1),
                        ("Yes, for our main market", 2),
                        ("Yes, for every market, and we follow them", 3),
                    ],
                },
                {
                    "text": (
                        "Does your privacy notice say what data you collect, why and for how long?"
                    ),
                    "options": [
                        ("We have no privacy notice", 0),
                        ("We use a copied template", 1),
                        ("Yes", 2),
                        ("Yes, and we collect only the data we need", 3),
                    ],
                },
                {
                    "text": "Do your terms explain how a customer abroad can cancel and return?",
                    "hint": (
                        "In the EU a consumer buying online may "
                        "withdraw within 14 days of delivery."
                    ),
                    "options": [
                        ("No", 0),
                        ("Our home-market terms only", 1),
                        ("Yes, for our main market", 2),
                        ("Yes, for each market, on the product pages and at checkout", 3),
                    ],
                },
            ],
        },
        {
            "name": "Logistics, fulfilment and returns",
            "description": "Delivering orders abroad and taking them back.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Compare postal and express services for your parcel sizes, check the current "
                "duty and tax rules for small parcels in each market (they are changing in "
                "several, including the US and the EU), and set up a simple returns route."
            ),
            "recommend": [
                (
                    "lesson",
                    "getting-paid-and-shipping-parcels",
                    "Duty-free limits and EU VAT for small parcels",
                ),
                (
                    "lesson",
                    "finding-your-first-export-market",
                    "Shipping small orders through postal networks",
                ),
            ],
            "questions": [
                {
                    "text": "How do you deliver online orders abroad?",
                    "options": [
                        ("We don't yet", 0),
                        ("We take each parcel to the post office", 1),
                        ("With a contract with a postal or express service", 2),
                        ("With a contract and tracking the customer can follow", 3),
                    ],
                },
                {
                    "text": "Do you know the duty and tax rules for small parcels in your markets?",
                    "hint": (
                        "Many countries are ending or cutting duty-free limits for low-value "
                        "parcels; check the current rules before you price."
                    ),
                    "options": [
                        ("No", 0),
                        ("We know there are limits", 1),
                        ("Yes, for our main market", 2),
                        ("Yes, and we show duties and taxes at checkout", 3),
                    ],
                },
                {
                    "text": "Do you have a returns process for foreign customers?",
                    "options": [
                        ("No", 0),
                        ("We handle returns case by case", 1),
                        ("A written process", 2),
                        ("A written process with a return address or service abroad", 3),
                    ],
                },
            ],
        },
        {
            "name": "E-documents and single window",
            "description": "Doing trade paperwork electronically, once.",
            "weight": 1,
            "low": 50,
            "advice": (
                "Find out whether your country has a trade single window, where you lodge "
                "standard information once for all border formalities, and which documents "
                "your buyers and authorities accept electronically."
            ),
            "recommend": [
                ("course", "single-windows-and-paperless-trade"),
                (
                    "lesson",
                    "single-windows-and-paperless-trade",
                    "What a single window is and why it matters to you",
                ),
                ("lesson", "single-windows-and-paperless-trade", "Your paperless document plan"),
            ],
            "questions": [
                {
                    "text": "Do you submit customs or trade documents electronically?",
                    "options": [
                        ("No, on paper", 0),
                        ("Our forwarder does, we don't know how", 1),
                        ("Some of them", 2),
                        ("All that our authorities accept electronically", 3),
                    ],
                },
                {
                    "text": "Do you know whether your country has a trade single window?",
                    "hint": (
                        "A single window is one entry point where traders lodge standard "
                        "information once for all import, export and transit requirements "
                        "(UN/CEFACT Recommendation 33)."
                    ),
                    "options": [
                        ("No", 0),
                        ("We have heard of it", 1),
                        ("Yes, and we know what it covers", 2),
                        ("Yes, and we or our agent use it", 3),
                    ],
                },
                {
                    "text": "Do you use electronic invoices or signatures with buyers?",
                    "options": [
                        ("No", 0),
                        ("Scanned paper documents", 1),
                        ("Electronic invoices", 2),
                        ("Electronic invoices and signatures, kept in order", 3),
                    ],
                },
            ],
        },
    ],
}

ASSESSMENTS = [EXPORT_READINESS, BRAND_READINESS, DIGITAL_READINESS]

# Saved demo results: (learner e-mail, assessment slug, days ago, option index chosen for each
# question, dimension by dimension). learner@ improved between two export-readiness results
# but still scores low on pricing and on finance, so recommendations show.
DEMO_RESULTS = [
    (
        "learner@example.org",
        "export-readiness",
        75,
        [[1, 1, 0], [1, 1, 0], [0, 1, 0], [1, 0, 0], [1, 0, 0], [1, 0, 1]],
    ),
    (
        "learner@example.org",
        "export-readiness",
        8,
        [[3, 2, 2], [2, 2, 1], [1, 1, 1], [2, 2, 1], [1, 1, 1], [2, 2, 1]],
    ),
    (
        "learner2@example.org",
        "digital-readiness",
        20,
        [[1, 1, 1], [1, 1, 1], [1, 0, 1], [0, 0, 1], [1, 1, 0], [1, 0, 1]],
    ),
]
