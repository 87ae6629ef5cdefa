"""The three learning tracks and the home page text of the demo site."""

TRACKS = [
    {
        "slug": "export-skills",
        "title": "Export skills",
        "summary": (
            "Price an export offer, choose the right Incoterms rule, find a first market with "
            "free trade data, get paid safely and ship small parcels across borders."
        ),
        "intro": (
            "<p>Selling abroad starts with a handful of practical skills. This track walks a "
            "small business through them in the order they are needed: deciding whether you "
            "are ready, finding the market that wants your product, quoting a price the buyer "
            "understands, and getting the goods there and the money back.</p>"
            "<p>You will learn the eleven <b>Incoterms® 2020</b> rules that the International "
            "Chamber of Commerce publishes to say who pays for and who carries the risk of each "
            "step of a delivery; how the World Customs Organization’s <b>Harmonized System</b> "
            "classifies your product with a code that is the same worldwide to six digits; "
            "how to use free tools such as ITC Trade Map and Market Access Map to compare "
            "markets; and the five ways to be paid, from cash in advance to consignment, with "
            "the risk each one leaves with you.</p>"
            "<p>No previous export experience is needed. Each course ends with a short quiz, and "
            "passing it earns a certificate that a buyer or a bank can verify.</p>"
        ),
    },
    {
        "slug": "brand-going-abroad",
        "title": "Brand going abroad",
        "summary": (
            "Protect your name in the markets you sell to, with the Madrid System or national "
            "filings, and build a brand that buyers abroad recognise and trust."
        ),
        "intro": (
            "<p>A brand is what lets a buyer abroad find you again, and pay a little more "
            "for what they know. It is also easy to lose: a trademark protects your name only "
            "in the countries where it is registered, and someone else may register it first.</p>"
            "<p>This track shows how to choose a name that works in your target languages, "
            "how to search before you file, and how to protect it abroad, either country by "
            "country or through the <b>Madrid System</b> that the World Intellectual Property "
            "Organization (WIPO) runs, which lets you apply in many member countries through "
            "one international application built on your home registration. It covers the "
            "Nice Classification of goods and services, the priority period the Paris "
            "Convention gives you after a first filing, domain names, and what to do when "
            "counterfeits of your products appear on an online marketplace.</p>"
        ),
    },
    {
        "slug": "trade-law-and-policy",
        "title": "Trade law and policy",
        "summary": (
            "Understand single windows, paperless trade documents, and the consumer, data and "
            "dispute rules that apply when you sell online to other countries."
        ),
        "intro": (
            "<p>The rules of cross-border trade are changing fast, and mostly in favour of "
            "small sellers: governments are building <b>single windows</b> where a trader "
            "lodges information once to meet all import, export and transit requirements, and "
            "laws based on UNCITRAL’s model laws let electronic documents and signatures "
            "stand where paper used to be required.</p>"
            "<p>This track explains what the WTO Trade Facilitation Agreement asks of its "
            "members, what UN/CEFACT’s recommendations on single windows say, and how electronic "
            "transferable records work. It then turns to the rules that protect the people you "
            "sell to: consumer rights such as the European Union’s 14-day right of withdrawal "
            "for online purchases, the principles of personal-data protection, reporting "
            "counterfeits to platforms, and resolving disputes online.</p>"
            "<p>Course content explains the rules for learning purposes; it is not legal advice "
            "for your business.</p>"
        ),
    },
]

HOME = {
    "title": "Go Global Academy",
    "seo_title": "Go Global Academy: learn to sell across borders",
    "search_description": (
        "Free courses for small and micro enterprises on export skills, brand building for "
        "going abroad, and trade law and policy, with certificates anyone can verify."
    ),
    "hero": {
        "heading": "Learn to sell your products across borders",
        "text": (
            "Free, practical courses for small and micro enterprises: export skills, building a "
            "brand abroad, and the trade rules that matter. Study on your phone, at your pace, "
            "and earn certificates that buyers and banks can verify."
        ),
    },
    "tracks_heading": "Three tracks, from first steps to confident exporter",
    "tracks_intro": "Start where your business is today; each track stands on its own.",
    "features_heading": "Built for busy business owners",
    "features": [
        {
            "title": "Light and mobile-first",
            "text": "Lessons load quickly on slow connections and work without installing an app.",
        },
        {
            "title": "Accurate and practical",
            "text": (
                "Every lesson is written from primary sources such as the ICC, WIPO, the WTO "
                "and UNCITRAL, with examples from small businesses."
            ),
        },
        {
            "title": "Certificates anyone can check",
            "text": "Pass a course quiz and receive a certificate with a code anyone can verify.",
        },
    ],
    "toolkit": {
        "heading": "Work on your own business",
        "text": (
            "Check how ready you are to export, build a brand plan for foreign markets, tick off "
            "what a market requires and download guides and templates: the toolkit is free."
        ),
        "label": "Open the toolkit",
    },
    "cta": {
        "heading": "Ready to take your business abroad?",
        "text": "Create a free account, tell us about your business, and start with a track.",
        "label": "Create your free account",
    },
}
