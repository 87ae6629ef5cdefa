"""Demo courses for the track "Brand going abroad".

Course 1 teaches trademark protection abroad (search, Nice classes, Paris priority and WIPO’s
Madrid System); course 2 teaches building a brand buyers abroad trust (names, domains, visual
identity, channels, reporting counterfeits, a brand plan per market). Facts follow
shared/content-facts.md; the Madrid member count is hedged as of early 2026. All businesses in
examples and case studies are fictional.
"""

COURSES = [
    {
        "slug": "protecting-your-brand-abroad",
        "title": "Protecting your brand abroad: trademarks and the Madrid System",
        "summary": (
            "Why to register your trademark before you enter a market, how to search and pick your "
            "Nice classes, and how WIPO’s Madrid System lets you protect your brand in many "
            "countries with one application built on your home filing."
        ),
        "outcomes": [
            (
                "Explain why a trademark should be registered in a market before you start selling "
                "there"
            ),
            "Search WIPO’s Global Brand Database and national registers before you file",
            "Choose the Nice classes that cover your goods and services",
            (
                "Use the Paris Convention’s six-month priority period to protect your filing date "
                "abroad"
            ),
            (
                "Describe how a Madrid international registration is filed, depends on the basic "
                "mark for five years and is renewed every ten years"
            ),
        ],
        "level": "beginner",
        "hours": 3,
        "modules": [
            {
                "title": "Why and where to protect your brand",
                "summary": (
                    "What a trademark does for an exporter, why it must be registered in each "
                    "market before you sell there, and how to check that your name is free."
                ),
                "lessons": [
                    {
                        "title": "What a trademark does for you abroad",
                        "summary": (
                            "Trademark rights stop at the border, so register in each market "
                            "before you launch there."
                        ),
                        "minutes": 12,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": "Your brand is protected only where it is registered",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Picture a small shea-butter cosmetics maker in West "
                                    "Africa. For ten years the family has sold body butter, soap "
                                    "and lip balm under the same name at local markets and in "
                                    "hotel shops. Now a distributor in Europe wants to stock the "
                                    "range. The name on the jars is what buyers abroad will "
                                    "remember, search for and ask for again. It is also the "
                                    "easiest thing for a copier to take.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A trademark is a sign that tells buyers which business a "
                                    "product comes from: a word, a logo, a mix of the two and, in "
                                    "some countries, a shape, a colour or a sound. Registering it "
                                    "gives you the exclusive right to use it for the goods and "
                                    "services you list, and the right to stop others using the "
                                    "same or a confusingly similar sign for similar goods.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The catch is that trademark rights are <b>territorial</b>. "
                                    "A registration at your national office protects you in your "
                                    "own country and nowhere else. When your products go abroad, "
                                    "your protection has to go with them, market by market.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {"text": "Why register before you enter a market", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In many countries the right to a trademark goes to whoever "
                                    "<b>files</b> first, not to whoever used the name first. Once "
                                    "your products start to sell in a new market, someone else can "
                                    "register your name there before you do: an importer, a former "
                                    "distributor, or a stranger who walks the trade fairs looking "
                                    "for promising brands. You might then have to rebrand, pay to "
                                    "buy your own name back, or even be accused of infringing "
                                    "their registration when you sell under a name you created.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Registering early also makes everyday business easier. "
                                    "Distributors and online marketplaces often ask for proof that "
                                    "you own the brand, and a registration number is that proof. "
                                    "When a copy appears, you have a right you can enforce instead "
                                    "of an argument you have to win.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Don’t show it before you file it",
                                    "text": (
                                        "<p>Exhibiting at a trade fair, sending samples to a "
                                        "distributor or opening a storefront on a foreign "
                                        "marketplace all put your name in front of people who "
                                        "could register it. File your trademark applications "
                                        "before the launch, not after.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "What to protect first", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Few small businesses can afford to register everywhere at "
                                    "once, and they don’t need to. A sensible order "
                                    "is:</p><ol><li>your home country, which you need anyway as "
                                    "the base for international filings;</li><li>the markets where "
                                    "you plan to sell in the next two or three years;</li><li>any "
                                    "country where your goods are made or packed, if it is not "
                                    "your own, because copies can start close to the "
                                    "factory.</li></ol>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Protect the brand <b>name</b> first. A word mark covers "
                                    "the name however it is written, while a logo mark covers one "
                                    "particular design. If your budget allows only one filing, the "
                                    "word mark usually gives the wider protection; add the logo "
                                    "when it is settled and you can afford it.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A trademark gives you exclusive rights only in the "
                                            "countries where it is registered."
                                        ),
                                        (
                                            "In many countries the first to file wins, so register "
                                            "before you launch, exhibit or send samples."
                                        ),
                                        (
                                            "Protect your home country, your next markets and any "
                                            "country where your goods are made."
                                        ),
                                        (
                                            "If the budget is tight, register the brand name as a "
                                            "word mark first."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Search before you file",
                        "summary": (
                            "Check WIPO’s Global Brand Database and each national register for "
                            "similar marks before paying any filing fee."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Why a search saves you money", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Trademark offices usually keep the filing fee even when "
                                    "they refuse your application because a similar mark is "
                                    "already registered. Worse, if you launch without searching, "
                                    "you may first hear about an earlier mark when its owner’s "
                                    "lawyer writes to you, after you have printed labels and built "
                                    "a following. An hour or two of searching before you file is "
                                    "the cheapest brand protection you will ever buy.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>You are looking for two things at once: marks that are the "
                                    "same as or similar to yours, and whether they cover the same "
                                    "or related goods or services. “Similar” includes names that "
                                    "look alike, sound alike or mean the same thing in "
                                    "translation. A handmade leather goods workshop planning to "
                                    "sell bags as “Tanu” should worry about “Tanoo” registered for "
                                    "handbags or wallets. The same word registered only for car "
                                    "repairs is much less likely to stand in its way.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {"text": "Start with WIPO’s Global Brand Database", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The Global Brand Database, run by WIPO, lets you search "
                                    "millions of trademark records in one place, free of charge. "
                                    "It holds the international registrations made through the "
                                    "Madrid System together with data from many national and "
                                    "regional offices. You can search by word, by image and by "
                                    "owner, and filter by country and by class.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>But the database does not hold every national filing. Some "
                                    "offices do not share their data with it, and some records "
                                    "arrive late. Treat a clean result there as a good start, not "
                                    "as a green light.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {"text": "Then check each national register", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For every target market, open the trademark office’s own "
                                    "online search. For the European Union as a whole, also search "
                                    "the register of EU trade marks kept by the EU Intellectual "
                                    "Property Office (EUIPO). Search the exact name first, then "
                                    "variations: other spellings, singular and plural, with and "
                                    "without spaces, and translations if your name is a real word "
                                    "in any language.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Search the shops as well as the registers",
                                    "text": (
                                        "<p>Type your name into the marketplaces, social media and "
                                        "search engines that people in your target market use. A "
                                        "business using the name without registering it can still "
                                        "have rights in some countries, and it will certainly "
                                        "confuse your buyers.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "When to ask for help", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>If you find something close, do not guess. A trademark "
                                    "attorney or agent in the target market can tell you how the "
                                    "local office treats similar marks, and a short written "
                                    "opinion costs far less than a refused application or a forced "
                                    "rebrand. Some national IP offices and trade promotion "
                                    "agencies also offer free advice sessions for small "
                                    "businesses, so ask yours what it provides.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "WIPO Global Brand Database",
                                    "url": "https://branddb.wipo.int",
                                    "publisher": "WIPO",
                                    "description": (
                                        "Free search of trademark records from the Madrid System "
                                        "and many national and regional offices, by word, image, "
                                        "owner or class. A useful first check, but it does not "
                                        "include every national filing."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Search before you file: a refused application costs "
                                            "you the fee and months of time."
                                        ),
                                        (
                                            "Look for marks that look, sound or mean the same, for "
                                            "the same or related goods and services."
                                        ),
                                        (
                                            "Use WIPO’s Global Brand Database first, then each "
                                            "target market’s national register."
                                        ),
                                        (
                                            "Check marketplaces and search engines for businesses "
                                            "already using the name."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Classes, the basic mark and the priority window",
                "summary": (
                    "Describe your goods and services in the Nice Classification, file your home "
                    "application, and use the six-month Paris Convention priority to go abroad."
                ),
                "lessons": [
                    {
                        "title": "Choosing your Nice classes",
                        "summary": (
                            "List your goods and services in the right classes of the Nice "
                            "Classification, no more and no fewer than you need."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "One list, 45 classes", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Every trademark application must say which goods and "
                                    "services the mark is for. The Madrid System and a great many "
                                    "national offices describe them with the same international "
                                    "system, the <b>Nice Classification</b>, administered by WIPO. "
                                    "It has <b>45 classes</b>: classes 1 to 34 are goods and "
                                    "classes 35 to 45 are services.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Your mark is protected only for the classes, and the items "
                                    "within them, that you list. Fees usually rise with the number "
                                    "of classes, so listing too many wastes money, while listing "
                                    "too few leaves gaps that a copier can use. In many countries "
                                    "a mark that goes unused for several years can also be "
                                    "cancelled for the goods it was never used on, so list what "
                                    "you really sell or plan to sell.</p>"
                                ),
                            ),
                            ("heading", {"text": "Examples for small exporters", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<ul><li><b>A shea-butter cosmetics maker</b> selling body "
                                    "butter, soap and lip balm needs class 3, which covers "
                                    "non-medicated cosmetics and soaps. Products sold as medicated "
                                    "can fall in class 5 instead.</li><li><b>A handmade leather "
                                    "goods workshop</b> selling bags and wallets needs class 18, "
                                    "which covers leather goods and bags. Its belts, though, are "
                                    "classed as clothing, in class 25.</li><li><b>A coffee "
                                    "roaster</b> needs class 30 for coffee. If it also runs a "
                                    "café, class 43 covers services providing food and "
                                    "drink.</li><li><b>Class 35</b> covers advertising and "
                                    "business services, including retail services. Makers selling "
                                    "their own products usually protect their goods classes "
                                    "first.</li></ul>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Look up the exact wording rather than writing your own. "
                                    "WIPO publishes the classification online with a search tool: "
                                    "type a product and it shows you the class and the accepted "
                                    "term. Standard terms are usually accepted without argument, "
                                    "while vague or home-made descriptions such as “natural "
                                    "products” often lead to objections and delays.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Think two years ahead",
                                    "text": (
                                        "<p>List the goods you sell now and those you "
                                        "realistically plan to sell soon. A cosmetics maker "
                                        "planning scented candles next year should consider adding "
                                        "class 4, which covers candles, while it files anyway.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {"text": "The classification is updated every year", "level": "h3"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>WIPO revises the Nice Classification. The 12th edition "
                                    "took effect on 1 January 2023, and a new version of it comes "
                                    "into force each 1 January. Terms are added, moved or "
                                    "reworded, so before you file, check which version the office "
                                    "uses and take your terms from it.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Nice Classification",
                                    "url": "https://www.wipo.int/classifications/nice/en/",
                                    "publisher": "WIPO",
                                    "description": (
                                        "The official home of the Nice Classification, with the "
                                        "class headings, explanatory notes and the current "
                                        "version, where you can look up the class and accepted "
                                        "wording for your products."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The Nice Classification has 45 classes: 1 to 34 for "
                                            "goods, 35 to 45 for services."
                                        ),
                                        (
                                            "Your mark is protected only for the goods and "
                                            "services you list, so choose carefully."
                                        ),
                                        (
                                            "Use the standard terms from the current version to "
                                            "avoid objections."
                                        ),
                                        (
                                            "Include products you realistically plan to sell in "
                                            "the next two years."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Your basic mark and the six-month priority window",
                        "summary": (
                            "File at home first, then use the Paris Convention’s six months to "
                            "file abroad and keep your first date."
                        ),
                        "minutes": 13,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Start at home: the basic mark", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Before you can use the Madrid System you need a <b>basic "
                                    "mark</b>: a trademark application filed, or a registration "
                                    "held, at your national or regional trademark office, which "
                                    "Madrid calls the office of origin. Your international "
                                    "application is built on it. It must be for the same mark, and "
                                    "the goods and services it lists must be covered by the basic "
                                    "mark’s list.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>To file through an office you need a real link to a Madrid "
                                    "member: you are a national of it, you live there, or you have "
                                    "a real and effective business there. If your country is not a "
                                    "member, you cannot use Madrid from home, and you will need to "
                                    "file directly with each target country’s office, usually "
                                    "through a local agent. The priority rule below can still help "
                                    "you.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "The Paris Convention gives you six months",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>The Paris Convention for the Protection of Industrial "
                                    "Property lets you claim <b>priority</b>. After you first file "
                                    "a trademark in one member country, you have <b>six months</b> "
                                    "to file the same mark for the same goods in other member "
                                    "countries, and those later applications are treated as if "
                                    "filed on your first date. For patents the window is twelve "
                                    "months, but for trademarks it is six.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>This matters because of the first-to-file risk. Suppose a "
                                    "leather goods workshop files at home on 1 March, and a copier "
                                    "files the same name in a target market on 1 May. If the "
                                    "workshop files in that market, or designates it in a Madrid "
                                    "international application, by 1 September and claims "
                                    "priority, its application counts as filed on 1 March and "
                                    "comes ahead of the copier’s.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "A simple timeline",
                                    "text": (
                                        "<ul><li><b>Day 0:</b> file at home, listing the classes "
                                        "you need.</li><li><b>Before six months are up:</b> file "
                                        "abroad or through Madrid, claiming priority from the home "
                                        "filing.</li><li><b>The same day you file at home:</b> put "
                                        "the priority deadline in your calendar. Do not count on "
                                        "being given extra time.</li></ul>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Using the six months well", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Six months is short, so prepare before you file at home. "
                                    "Decide your first two or three export markets, finish your "
                                    "searches there, and set aside money for the fees. Use the "
                                    "window to talk to buyers and confirm demand, then file abroad "
                                    "before the deadline. If you miss it, you can still file "
                                    "later, but only with the date you actually file, and anyone "
                                    "who filed in between may come first.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Madrid needs a basic mark: an application or "
                                            "registration at your home office."
                                        ),
                                        (
                                            "You can use Madrid only through a member where you "
                                            "are a national, live or do real business."
                                        ),
                                        (
                                            "The Paris Convention gives six months for trademarks "
                                            "(twelve for patents) to file abroad and keep your "
                                            "first date."
                                        ),
                                        (
                                            "Prepare your target list and budget before the home "
                                            "filing so the six months are not wasted."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "The Madrid System in practice",
                "summary": (
                    "How an international application moves from your office to WIPO and each "
                    "country, the five-year dependency on your basic mark, and renewal."
                ),
                "lessons": [
                    {
                        "title": "How an international application works",
                        "summary": (
                            "One application, one set of fees and one language can reach many "
                            "Madrid members."
                        ),
                        "minutes": 15,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "One application, many countries", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>The Madrid System is run by the World Intellectual "
                                    "Property Organization (WIPO) under two treaties, the Madrid "
                                    "Agreement of 1891 and the Madrid Protocol of 1989. Instead of "
                                    "filing separately in every country, in different languages "
                                    "and currencies, you file one international application "
                                    "through your office of origin, in English, French or Spanish, "
                                    "pay the fees to WIPO in Swiss francs, and <b>designate</b> "
                                    "the members where you want protection.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>When last confirmed (early 2026), WIPO listed 114 members "
                                    "of the Madrid Union, covering 130 countries. The two numbers "
                                    "differ because "
                                    "some members, such as the European Union, are regional "
                                    "organisations that cover several countries. Membership "
                                    "changes, so check WIPO’s current list of members before you "
                                    "plan, and confirm that each of your target markets is on "
                                    "it.</p>"
                                ),
                            ),
                            ("heading", {"text": "What happens after you file", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<ol><li>Your office of origin checks that the international "
                                    "application matches your basic mark and sends it to "
                                    "WIPO.</li><li>WIPO checks the formalities, such as the fees "
                                    "and the classification of your goods and services, records "
                                    "the mark in the International Register, publishes it and "
                                    "notifies each office you designated.</li><li>Each designated "
                                    "office examines the mark under its own law, just as it would "
                                    "a national application, and may refuse it within a fixed time "
                                    "limit.</li><li>Where there is no refusal, or you overcome "
                                    "one, your mark is protected in that country as if it had been "
                                    "registered there directly.</li></ol>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A refusal in one country does not affect the others. If, "
                                    "say, one office objects that your name is too close to a "
                                    "local mark, you answer that office under its own rules, "
                                    "usually through a local agent, while protection in the other "
                                    "countries carries on.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Start small and add countries later",
                                    "text": (
                                        "<p>You do not have to designate every future market on "
                                        "day one. Once your mark is in the International Register "
                                        "you can extend it to more members with a later "
                                        "designation, as your sales grow and your budget "
                                        "allows.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "What it costs", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>You pay a basic fee plus a fee for each country you "
                                    "designate, and some countries set their own, higher "
                                    "individual fees. Costs therefore depend on where you go and "
                                    "how many classes you cover. WIPO’s website has a fee "
                                    "calculator; use it with your real list of countries and "
                                    "classes, and compare the total with filing nationally in just "
                                    "one or two markets.</p>"
                                ),
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "The Madrid System",
                                    "url": "https://www.wipo.int/madrid/en/",
                                    "publisher": "WIPO",
                                    "description": (
                                        "WIPO’s guide to the Madrid System: how to file, the "
                                        "current list of members, the fee calculator and tools for "
                                        "managing an international registration."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "WIPO runs the Madrid System under the Madrid "
                                            "Agreement (1891) and the Madrid Protocol (1989)."
                                        ),
                                        (
                                            "One international application, filed through your "
                                            "home office, can designate many members."
                                        ),
                                        (
                                            "Each designated office examines your mark under its "
                                            "own law; a refusal in one does not affect the others."
                                        ),
                                        (
                                            "Member numbers change: check WIPO’s current list and "
                                            "fee calculator before you plan."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "The five-year dependency and central attack",
                        "summary": (
                            "For five years your international registration stands or falls with "
                            "your basic mark, with a three-month safety net."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {
                                    "text": (
                                        "Your international registration leans on your home mark"
                                    ),
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For the first <b>five years</b> after the date of the "
                                    "international registration, it depends on your basic mark. If "
                                    "the basic mark is refused, withdrawn or cancelled during that "
                                    "time, or as a result of an action that began during that "
                                    "time, the international registration is cancelled too, in "
                                    "every designated country. If the basic mark is cut back to "
                                    "fewer goods, the international registration is cut back in "
                                    "the same way.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>This creates a risk known as <b>central attack</b>. A "
                                    "competitor who wants to knock out your protection in many "
                                    "countries does not need to bring a case in each of them. It "
                                    "can attack your basic mark at home, in one office, and if it "
                                    "wins, the effect spreads to every country at once.</p>"
                                ),
                            ),
                            ("heading", {"text": "Transformation: the safety net", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>If your international registration is cancelled this way, "
                                    "you do not lose everything. Within <b>three months</b> of the "
                                    "cancellation you can <b>transform</b> it: file national or "
                                    "regional applications in the countries that were designated, "
                                    "for the goods and services that were covered. These "
                                    "applications keep the date of the international registration, "
                                    "so you keep your place ahead of anyone who filed later. You "
                                    "pay each office’s fees, and often a local agent, so "
                                    "transformation costs more than the original filing, but it "
                                    "saves your date.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "A weak basic mark puts every country at risk",
                                    "text": (
                                        "<p>If your home application is likely to fail, for "
                                        "example because the name simply describes the product or "
                                        "is close to an earlier local mark, every designation "
                                        "built on it is exposed for five years. Search your own "
                                        "register as carefully as foreign ones.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "After five years", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Once the five years have passed without a successful "
                                    "attack begun in that period, the international registration "
                                    "becomes independent. What happens to your basic mark after "
                                    "that no longer affects your protection abroad.</p>"
                                ),
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "An illustrative cosmetics brand survives a central attack"
                                    ),
                                    "business": (
                                        "Fictional example: a shea-butter cosmetics maker in West "
                                        "Africa, 9 staff"
                                    ),
                                    "challenge": (
                                        "<p>The maker filed its brand at home for cosmetics and "
                                        "soaps, then designated the European Union and the United "
                                        "Kingdom through the Madrid System. Two years later a "
                                        "local soap trader with a similar, older name had the home "
                                        "mark cancelled for soaps. Because this happened within "
                                        "five years, the international registration was cancelled "
                                        "for soaps in both markets as well.</p>"
                                    ),
                                    "approach": (
                                        "<p>Its agent told it about transformation the same week. "
                                        "The owner decided that soap was important in the UK but "
                                        "not yet in the EU, and within three months filed a "
                                        "national UK application for soap, claiming the "
                                        "international registration date. It also renamed its soap "
                                        "at home after searching the home register properly this "
                                        "time.</p>"
                                    ),
                                    "outcome": (
                                        "<p>The UK application kept the original date, ahead of a "
                                        "lookalike filing made in the meantime. The extra cost was "
                                        "one national fee and agent’s charges, far less than "
                                        "losing the brand in its best market. The lesson the owner "
                                        "drew: search at home before filing, and diary the "
                                        "five-year date.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "For five years the international registration depends "
                                            "on your basic mark."
                                        ),
                                        (
                                            "A central attack on the home mark can cancel "
                                            "protection in every designated country at once."
                                        ),
                                        (
                                            "Within three months of such a cancellation you can "
                                            "transform into national filings that keep the "
                                            "original date."
                                        ),
                                        (
                                            "After five years the international registration "
                                            "stands on its own."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Renewal, records and watching your mark",
                        "summary": (
                            "Keep your registration alive: renew every ten years, record changes, "
                            "use the mark and watch for copies."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Ten years, renewable", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>An international registration lasts <b>ten years</b> and "
                                    "can be renewed for further ten-year periods, for as long as "
                                    "you keep paying. You renew directly with WIPO, in one step, "
                                    "for all the designated countries or only those you still "
                                    "need. That is much simpler than tracking a separate renewal "
                                    "date and office in every market.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>WIPO sends a reminder before the renewal date, but it is "
                                    "your responsibility, not WIPO’s, to renew on time. There is a "
                                    "short grace period after the deadline, with a surcharge, but "
                                    "do not rely on it.</p>"
                                ),
                            ),
                            ("heading", {"text": "Keep the records right", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Your registration is only as useful as the information in "
                                    "it. If your business changes its name or address, or the mark "
                                    "moves from the owner personally to a new company, record the "
                                    "change. With the Madrid System you can do this once with WIPO "
                                    "for all the countries concerned, instead of office by office. "
                                    "WIPO’s online tools let you follow the status of your "
                                    "registration in each country.</p>"
                                ),
                            ),
                            ("heading", {"text": "Use it or risk losing it", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>In many countries a registered mark that is not used for a "
                                    "set period, often three or five years, can be cancelled at "
                                    "the request of someone else. Keep simple proof that you use "
                                    "the mark in each market: invoices to buyers there, dated "
                                    "photos of labelled products, catalogues, and screenshots of "
                                    "your marketplace listings.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Keep a one-page brand protection calendar",
                                    "text": (
                                        "<ul><li>Date of your home filing</li><li>Priority "
                                        "deadline: six months later</li><li>International "
                                        "registration date</li><li>End of dependency: five years "
                                        "later</li><li>Renewal: ten years after "
                                        "registration</li></ul><p>Share it with a colleague so the "
                                        "dates survive staff changes.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Watch for copies", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Registration gives you rights; watching tells you when to "
                                    "use them. Every few months, search WIPO’s Global Brand "
                                    "Database and the registers of your main markets for new "
                                    "applications that look or sound like yours, and check the "
                                    "marketplaces where you sell. Many offices publish new "
                                    "applications so that others can oppose them within a short "
                                    "deadline, so spotting a lookalike early is much cheaper than "
                                    "cancelling it later.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "An international registration lasts ten years and is "
                                            "renewed with WIPO for all or some countries."
                                        ),
                                        (
                                            "Renewing on time is your responsibility, even though "
                                            "WIPO sends a reminder."
                                        ),
                                        (
                                            "Record changes of name, address or owner so your "
                                            "rights stay enforceable."
                                        ),
                                        (
                                            "Use your mark in each market, keep proof, and watch "
                                            "registers and marketplaces for copies."
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
            "title": "Check your understanding: trademarks and the Madrid System",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "single",
                    "text": (
                        "What must you have before you can file an international application under "
                        "the Madrid System?"
                    ),
                    "explanation": (
                        "The Madrid System builds on a basic mark: an application filed, or a "
                        "registration held, at your home (national or regional) trademark office, "
                        "the office of origin."
                    ),
                    "choices": [
                        {
                            "text": (
                                "A basic mark: a trademark application or registration at your "
                                "home office"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Your international application is built on the basic "
                                "mark."
                            ),
                        },
                        {
                            "text": "Trademark registrations in at least three target countries",
                            "correct": False,
                            "feedback": (
                                "No. Madrid exists so that you do not have to file in each country "
                                "separately first."
                            ),
                        },
                        {
                            "text": "A registered domain name in each target country",
                            "correct": False,
                            "feedback": (
                                "No. Domain names are useful, but the Madrid System does not "
                                "require them."
                            ),
                        },
                        {
                            "text": "A letter of approval from WIPO",
                            "correct": False,
                            "feedback": (
                                "No. You file through your office of origin, which forwards the "
                                "application to WIPO."
                            ),
                        },
                    ],
                },
                {
                    "type": "numeric",
                    "text": (
                        "How many classes does the Nice Classification of goods and services have?"
                    ),
                    "answer": 45,
                    "tolerance": 0,
                    "explanation": (
                        "The Nice Classification has 45 classes: 1 to 34 for goods and 35 to 45 "
                        "for services."
                    ),
                },
                {
                    "type": "multiple",
                    "text": (
                        "Which of these Nice classes are service classes? Select all that apply."
                    ),
                    "explanation": (
                        "Classes 1 to 34 are goods and classes 35 to 45 are services, so 35, 43 "
                        "and 45 are services, while 3 (cosmetics) and 18 (leather goods) are goods."
                    ),
                    "choices": [
                        {
                            "text": "Class 35",
                            "correct": True,
                            "feedback": "Correct. Class 35 is the first service class.",
                        },
                        {
                            "text": "Class 43",
                            "correct": True,
                            "feedback": "Correct. It falls within 35 to 45, the service classes.",
                        },
                        {
                            "text": "Class 45",
                            "correct": True,
                            "feedback": "Correct. Class 45 is the last class, and a service class.",
                        },
                        {
                            "text": "Class 3",
                            "correct": False,
                            "feedback": (
                                "No. Class 3 is a goods class; it covers cosmetics and soaps."
                            ),
                        },
                        {
                            "text": "Class 18",
                            "correct": False,
                            "feedback": (
                                "No. Class 18 is a goods class; it covers leather goods and bags."
                            ),
                        },
                    ],
                },
                {
                    "type": "numeric",
                    "text": (
                        "Under the Paris Convention, how many months do you have after your first "
                        "trademark filing to file in other member countries and keep your first "
                        "filing date?"
                    ),
                    "answer": 6,
                    "tolerance": 0,
                    "explanation": (
                        "The priority period is six months for trademarks (it is twelve months for "
                        "patents)."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "If your basic mark is cancelled at home three years after your "
                        "international registration, your international registration is cancelled "
                        "too."
                    ),
                    "answer": True,
                    "explanation": (
                        "For five years the international registration depends on the basic mark. "
                        "A cancellation in that period (a “central attack”) cancels it too, but "
                        "you then have three months to transform it into national applications "
                        "that keep the original date."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "If WIPO’s Global Brand Database shows no similar mark, you can be sure "
                        "the name is free in every country."
                    ),
                    "answer": False,
                    "explanation": (
                        "The Global Brand Database does not hold every national filing. Always "
                        "search the national registers of your target markets as well."
                    ),
                },
                {
                    "type": "short_text",
                    "text": (
                        "Which organisation runs the Madrid System? Give its name or abbreviation."
                    ),
                    "accepted": [
                        "WIPO",
                        "World Intellectual Property Organization",
                        "World Intellectual Property Organisation",
                        "the World Intellectual Property Organization",
                        "the World Intellectual Property Organisation",
                    ],
                    "explanation": (
                        "The World Intellectual Property Organization (WIPO) runs the Madrid "
                        "System under the Madrid Agreement (1891) and the Madrid Protocol (1989)."
                    ),
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put these steps for protecting a brand abroad through Madrid in the right "
                        "order."
                    ),
                    "items": [
                        "Search WIPO’s Global Brand Database and the national registers",
                        "File your basic mark at your home trademark office",
                        (
                            "File an international application through your home office, "
                            "designating your markets"
                        ),
                        "Renew the international registration with WIPO after ten years",
                    ],
                    "explanation": (
                        "Search first, then file the basic mark that Madrid requires. File the "
                        "international application within six months of the home filing to claim "
                        "priority. The registration lasts ten years and is then renewed."
                    ),
                },
            ],
        },
    },
    {
        "slug": "building-a-brand-buyers-abroad-trust",
        "title": "Building a brand buyers abroad trust",
        "summary": (
            "Choose and check a name that works in your target languages, secure your domain, keep "
            "one look across every channel, report counterfeits to platforms and write a simple "
            "brand plan for each market."
        ),
        "outcomes": [
            (
                "Choose a brand name that is easy to say in your target languages and has no bad "
                "meanings"
            ),
            (
                "Check a name against languages, trademark registers, domains and marketplaces "
                "before committing"
            ),
            (
                "Protect your domain names and recognise when WIPO’s UDRP can help against "
                "cybersquatting"
            ),
            (
                "Report counterfeit listings to online platforms, including under the EU Digital "
                "Services Act"
            ),
            "Write a one-page brand plan for each export market",
        ],
        "level": "beginner",
        "hours": 2.5,
        "modules": [
            {
                "title": "A name that travels",
                "summary": (
                    "What makes a brand name work across languages, and the checks to run before "
                    "you print a single label."
                ),
                "lessons": [
                    {
                        "title": "Choosing a name buyers abroad can say and remember",
                        "summary": (
                            "A good export name is easy to say in your target languages, means "
                            "nothing bad and can be registered."
                        ),
                        "minutes": 12,
                        "preview": True,
                        "body": [
                            (
                                "heading",
                                {"text": "Your name does the first introduction", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>At home, many customers know you, your stall or your shop. "
                                    "Abroad, a buyer meets your brand name before anything else: "
                                    "on a marketplace listing, a distributor’s price list or a "
                                    "friend’s recommendation. If they cannot say it, they will not "
                                    "ask for it. If they cannot spell it, they will not find it "
                                    "when they search again.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>WIPO’s guide for small businesses on trademarks, <i>Making "
                                    "a Mark</i>, gives two simple rules for a name that will cross "
                                    "borders: it should be easy to say in the languages of every "
                                    "market you plan to enter, and it should have no unwanted "
                                    "meaning in those languages.</p>"
                                ),
                            ),
                            ("heading", {"text": "Easy to say, easy to spell", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Sounds that are easy in your language may not exist in "
                                    "your buyers’ languages, and letters are read differently from "
                                    "one language to the next. The letter “j” sounds one way in "
                                    "English, another in French and another again in Spanish. "
                                    "Silent letters, unusual letter pairs and names that can be "
                                    "spelled several ways all make a name harder to remember and "
                                    "to search for. Short names of two or three syllables that are "
                                    "spelled the way they sound tend to travel best.</p>"
                                ),
                            ),
                            ("heading", {"text": "No bad meanings", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>An ordinary word at home can mean something unwelcome "
                                    "elsewhere. <i>Gift</i> means a present in English but poison "
                                    "in German, so “Gift Leather” would read very differently to a "
                                    "buyer in Berlin. <i>Pain</i> is a word for suffering in "
                                    "English and the word for bread in French. Slang, rude words "
                                    "and the names of local politicians or public figures are "
                                    "harder to spot, which is why you need native speakers, not "
                                    "just a dictionary or a translation app.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "An illustrative shortlist",
                                    "text": (
                                        "<p>A fictional shea-butter maker preparing for France and "
                                        "Germany shortlisted three names: a local word for the "
                                        "shea tree, the founder’s family name and an invented "
                                        "word. Two native speakers in each market read them aloud. "
                                        "The first was mispronounced by everyone and the second "
                                        "sounded like a slang word in French, so the invented name "
                                        "went forward to the registry searches.</p>"
                                    ),
                                },
                            ),
                            (
                                "heading",
                                {"text": "Distinctive names are easier to protect", "level": "h3"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Names that simply describe the product, such as “Pure Shea "
                                    "Butter” or “Fine Leather Bags”, are hard or impossible to "
                                    "register as trademarks, because every trader needs to use "
                                    "those words. Place names can raise the same problem. Invented "
                                    "words, or real words with no link to the product, make the "
                                    "strongest trademarks. You can still tell buyers what you sell "
                                    "and where you are in your tagline and product "
                                    "descriptions.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Choose a name that is easy to say and spell in every "
                                            "target language."
                                        ),
                                        (
                                            "Check with native speakers that it has no bad or "
                                            "funny meaning there."
                                        ),
                                        (
                                            "Invented or unrelated words are easier to register "
                                            "than descriptive ones."
                                        ),
                                        (
                                            "Keep the description of what you sell for the "
                                            "tagline, not the brand name."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Check the name before you commit",
                        "summary": (
                            "Run four quick checks, on language, trademarks, domains and "
                            "marketplaces, before you spend money on a name."
                        ),
                        "minutes": 13,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {"text": "Four checks, in a sensible order", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Changing a name after launch means new labels, new "
                                    "packaging, a new website and starting again with buyers who "
                                    "knew the old one. Checking first takes a few days and costs "
                                    "little. Run the cheapest checks first, so you only spend time "
                                    "and money on names that pass them.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<ol><li><b>Language.</b> Ask two or three native speakers in "
                                    "each target market to read each shortlisted name aloud and "
                                    "tell you what it suggests.</li><li><b>Trademarks.</b> Search "
                                    "WIPO’s Global Brand Database and the national registers of "
                                    "your target markets for the same or similar marks in your "
                                    "classes. The database does not hold every national filing, so "
                                    "the national registers matter.</li><li><b>Domain names.</b> "
                                    "See whether the .com and the country domains of your main "
                                    "markets are free, or held by someone who may sell "
                                    "them.</li><li><b>Marketplaces and social media.</b> Search "
                                    "the platforms where you plan to sell, and check that the "
                                    "account names you want are available.</li></ol>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Only when a name passes all four should you design the "
                                    "logo, print packaging or announce it. Then file your "
                                    "trademark application before anything goes public.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Keep a record of your checks",
                                    "text": (
                                        "<p>Save dated screenshots of your searches and notes from "
                                        "your native speakers in one folder. If a dispute ever "
                                        "arises, it helps to show that you chose your name "
                                        "honestly and carefully, and the folder is the starting "
                                        "point for your trademark agent.</p>"
                                    ),
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": (
                                        "An illustrative leather workshop changes its name in time"
                                    ),
                                    "business": (
                                        "Fictional example: a handmade leather goods workshop in "
                                        "East Africa, 5 staff"
                                    ),
                                    "challenge": (
                                        "<p>The workshop had sold bags locally for years under a "
                                        "name taken from a common English word. A buyer in Germany "
                                        "offered a first order, and the owner wanted to file a "
                                        "trademark and open an online storefront before "
                                        "shipping.</p>"
                                    ),
                                    "approach": (
                                        "<p>Her searches found the same word registered in Germany "
                                        "for handbags and wallets, and the .com domain held by an "
                                        "unrelated shop. She drew up three new names, tested them "
                                        "with German and French speakers in a video call, and "
                                        "searched the registers and domains for the one that "
                                        "passed. She kept the old name for local sales during the "
                                        "change.</p>"
                                    ),
                                    "outcome": (
                                        "<p>She filed the new name at home for classes 18 and 25, "
                                        "registered the matching domains and opened her storefront "
                                        "under it a month before the first shipment. The buyer "
                                        "printed the new name in its catalogue, and the workshop "
                                        "avoided a dispute with the German owner of the old "
                                        "one.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "If your favourite name fails", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>It is painful to drop a name you love, but a name you "
                                    "cannot protect in your main markets is a liability, not an "
                                    "asset. Sometimes a small change is enough, such as adding a "
                                    "distinctive second word, but ask a trademark agent before "
                                    "relying on it, because offices compare the overall impression "
                                    "of two marks and a small change may not be enough.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Check language, trademarks, domains and marketplace "
                                            "names before you commit."
                                        ),
                                        (
                                            "Run the cheap checks first and keep dated records of "
                                            "every search."
                                        ),
                                        "File the trademark before the name goes public.",
                                        (
                                            "Drop or change a name you cannot protect in your main "
                                            "markets."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Your brand online",
                "summary": (
                    "Secure the domain names buyers will type, keep one look on every channel, and "
                    "decide how a marketplace storefront and your own website work together."
                ),
                "lessons": [
                    {
                        "title": "Domain names and cybersquatting",
                        "summary": (
                            "Register the domains your buyers will type, and know the out-of-court "
                            "remedy if someone takes them in bad faith."
                        ),
                        "minutes": 13,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {"text": "Your domain is your address abroad", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A domain name is the address of your website and your "
                                    "email, such as yourbrand.com. There are generic domains, such "
                                    "as .com, and country-code domains, such as .de for Germany or "
                                    ".fr for France. Buyers in some markets trust their own "
                                    "country domain, while others expect a .com.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Register the .com and the country domains of your main "
                                    "markets as soon as your name passes its checks; registration "
                                    "is cheap compared with buying a name back. Some country "
                                    "domains are open only to people or businesses that meet local "
                                    "rules, such as having an address there, so check before you "
                                    "count on one. Register every domain in your business’s name, "
                                    "with an email address you control, not in the name of the web "
                                    "designer who built your site, and switch on automatic "
                                    "renewal.</p>"
                                ),
                            ),
                            ("heading", {"text": "What cybersquatting is", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<b>Cybersquatting</b> means registering a domain name that "
                                    "matches someone else’s trademark in bad faith: to sell it "
                                    "back to them at a high price, to pull their customers to "
                                    "another site, or to sell copies of their products. Once your "
                                    "brand starts to be noticed abroad, someone may register your "
                                    "name with a country ending you did not think of."
                                ),
                            ),
                            (
                                "heading",
                                {"text": "The UDRP: an out-of-court remedy", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>For .com and other generic domains there is a faster, "
                                    "cheaper route than going to court: the Uniform Domain Name "
                                    "Dispute Resolution Policy (UDRP). WIPO’s Arbitration and "
                                    "Mediation Center handles cases under it, and also handles "
                                    "disputes for more than 75 country-code domains. The case is "
                                    "decided on written submissions, online, by an independent "
                                    "panel.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>To win a UDRP case, you must show three things: the domain "
                                    "is identical or confusingly similar to a trademark in which "
                                    "you have rights; the holder has no rights or legitimate "
                                    "interests in the domain; and it was registered and is being "
                                    "used in bad faith. If the panel agrees, the domain is "
                                    "transferred to you or cancelled. The UDRP does not award "
                                    "money.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "A trademark makes your case easier",
                                    "text": (
                                        "<p>The first thing a UDRP panel asks is whether you have "
                                        "rights in a trademark. A registered mark is the clearest "
                                        "proof, which is one more reason to register your name "
                                        "before you launch abroad.</p>"
                                    ),
                                },
                            ),
                            (
                                "external_resource",
                                {
                                    "title": "Domain name dispute resolution",
                                    "url": "https://www.wipo.int/amc/en/domains/",
                                    "publisher": "WIPO Arbitration and Mediation Center",
                                    "description": (
                                        "How the UDRP works, which generic and country-code "
                                        "domains WIPO handles, how to file a complaint, and past "
                                        "panel decisions you can read to see how cases like yours "
                                        "were decided."
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Register the .com and your main markets’ country "
                                            "domains early, in your business’s name."
                                        ),
                                        (
                                            "Cybersquatting is registering a domain that matches "
                                            "someone else’s trademark in bad faith."
                                        ),
                                        (
                                            "WIPO handles UDRP cases for generic domains and more "
                                            "than 75 country-code domains."
                                        ),
                                        (
                                            "To win you must show a similar mark, no legitimate "
                                            "interest and bad faith."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "One look on every channel",
                        "summary": (
                            "A consistent visual identity helps buyers who have never met you "
                            "recognise and trust your brand."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            (
                                "heading",
                                {"text": "Buyers abroad judge you by what they see", "level": "h2"},
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>A buyer in another country cannot visit your workshop or "
                                    "shake your hand. They judge you by your listing photos, your "
                                    "packaging, your website and your messages. When these all "
                                    "look as if they come from the same careful business, buyers "
                                    "recognise you from one channel to the next and find it easier "
                                    "to trust you. When each looks different, they may wonder "
                                    "whether they are dealing with the same seller, or with a "
                                    "copy.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>Your visual identity is the set of things that make your "
                                    "brand recognisable at a glance: your logo, two or three "
                                    "colours, one or two typefaces, the style of your product "
                                    "photos and the look of your packaging and labels. Your tone "
                                    "of voice, meaning how you write to buyers, belongs to it "
                                    "too.</p>"
                                ),
                            ),
                            ("heading", {"text": "Write a one-page brand guide", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>You do not need an agency to be consistent. One page is "
                                    "enough:</p><ul><li>your logo in colour and in black and "
                                    "white, with the smallest size at which it is still "
                                    "clear;</li><li>your colour codes, so printers and web "
                                    "designers match them;</li><li>your typefaces;</li><li>three "
                                    "or four example photos showing your background, light and "
                                    "angle;</li><li>a short description of your business in each "
                                    "language you sell in.</li></ul><p>Give it to everyone who "
                                    "makes anything with your name on it: the printer, the "
                                    "photographer, the web designer and your distributor.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "A leather workshop’s photo rule",
                                    "text": (
                                        "<p>A fictional leather goods workshop photographs every "
                                        "product on the same warm grey background, in daylight, "
                                        "from the same three angles. Its marketplace listings, "
                                        "website and distributor catalogue now look like one "
                                        "brand, and buyers who see a copy with different photos "
                                        "notice the difference.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Adapt without losing yourself", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Keep your logo, colours and photo style the same "
                                    "everywhere, but adapt what needs to change: translate product "
                                    "text properly rather than with an app, and check with people "
                                    "in each market that your images and colours carry no unwanted "
                                    "meaning there. Labels often have to follow local rules on "
                                    "language and content, so check the labelling requirements of "
                                    "each market with your importer or trade promotion agency.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Use the ® sign only where you are registered",
                                    "text": (
                                        "<p>The ® symbol tells people a mark is registered. In "
                                        "some countries it is an offence to use it for a mark that "
                                        "is not registered there. Until your registration in a "
                                        "market comes through, leave it off, or use ™, which is "
                                        "commonly used to claim a mark that is not yet "
                                        "registered.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Consistency across channels helps buyers recognise "
                                            "and trust you."
                                        ),
                                        (
                                            "A one-page brand guide keeps your logo, colours, "
                                            "fonts and photos the same everywhere."
                                        ),
                                        (
                                            "Translate and check images for each market, but keep "
                                            "the core look."
                                        ),
                                        (
                                            "Use ® only in countries where your mark is actually "
                                            "registered."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "Marketplace storefront or your own website",
                        "summary": (
                            "Use marketplaces to be found and your own site to build "
                            "relationships, under one brand."
                        ),
                        "minutes": 12,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Two kinds of shop window", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>An online marketplace hosts many sellers’ storefronts and "
                                    "processes the sale for them: the buyer finds your product "
                                    "among others, pays the marketplace, and the marketplace "
                                    "passes the money on after its fees. Your own website is a "
                                    "shop you control completely, but you have to bring the "
                                    "visitors yourself. Think of a marketplace as one sales "
                                    "channel, alongside your own site, not as your whole "
                                    "business.</p>"
                                ),
                            ),
                            ("heading", {"text": "What each does well", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<b>A marketplace storefront</b> gives you buyers who are "
                                    "already looking and who trust the platform’s payment and "
                                    "returns. In exchange you follow its rules on listings, prices "
                                    "and delivery, pay its fees, and usually see less of the "
                                    "customer’s details. Your brand sits next to competitors, and "
                                    "the platform can change its rules or close your account."
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<b>Your own website</b> lets you tell your full story, show "
                                    "your workshop and certifications, take wholesale enquiries "
                                    "and build a list of repeat buyers. But you must arrange "
                                    "payments, handle trust from scratch and spend time or money "
                                    "to attract visitors."
                                ),
                            ),
                            ("heading", {"text": "Use both, under one brand", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Many small exporters use a marketplace to be found and "
                                    "their own site to be remembered. The storefront and the "
                                    "website should use the same name, logo, photos and "
                                    "descriptions, and point to each other where the marketplace’s "
                                    "rules allow, so that a buyer who finds you on one can confirm "
                                    "you are real on the other.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "How an illustrative workshop splits the work",
                                    "text": (
                                        "<p>A fictional handmade leather workshop sells single "
                                        "bags to consumers through a large marketplace storefront, "
                                        "where most of its new buyers find it. Its own website "
                                        "carries the story of its tannery suppliers, a wholesale "
                                        "price list on request and a contact form for shops, which "
                                        "brings in its larger orders.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Brand tools on marketplaces", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Some large marketplaces run brand-protection programmes "
                                    "that give the owner of a brand more control over listings "
                                    "using its name, and faster ways to report copies. These "
                                    "programmes often ask for a registered trademark, or in some "
                                    "cases a pending application, in the marketplace’s country. "
                                    "Read each platform’s current rules before you open a "
                                    "storefront, so your trademark filings and your sales plans "
                                    "line up.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "A marketplace hosts your storefront and processes the "
                                            "sale; treat it as one channel."
                                        ),
                                        (
                                            "Marketplaces bring buyers; your own site builds your "
                                            "story and repeat business."
                                        ),
                                        (
                                            "Use the same name, logo and photos on both, so buyers "
                                            "can confirm you are real."
                                        ),
                                        (
                                            "Check each marketplace’s brand-protection rules and "
                                            "whether they need a trademark there."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
            {
                "title": "Protecting and planning your brand in each market",
                "summary": (
                    "Report counterfeits to online platforms, including through the EU Digital "
                    "Services Act, and bring everything together in a brand plan for each market."
                ),
                "lessons": [
                    {
                        "title": "Reporting counterfeits on online platforms",
                        "summary": (
                            "Use platforms’ notice-and-action systems, including those the EU "
                            "Digital Services Act requires, to remove copies."
                        ),
                        "minutes": 14,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Success attracts copies", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Once your products sell well abroad, copies may appear, "
                                    "often using your name, your photos and even your product "
                                    "descriptions. Counterfeits take your sales, and when a buyer "
                                    "is disappointed by a fake, it is your brand they blame. The "
                                    "quickest remedy is usually to ask the platform that hosts the "
                                    "listing to take it down.</p>"
                                ),
                            ),
                            (
                                "heading",
                                {
                                    "text": "Notice-and-action under the EU Digital Services Act",
                                    "level": "h2",
                                },
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>In the European Union, the Digital Services Act (DSA) has "
                                    "applied since <b>17 February 2024</b>. Under its Article 16, "
                                    "hosting services, which include online marketplaces, must "
                                    "offer an easy electronic way for anyone to report illegal "
                                    "content, such as listings for counterfeit goods. This is "
                                    "called <b>notice-and-action</b>. The platform must deal with "
                                    "notices in a timely, careful and objective way, and tell you "
                                    "what it decided.</p>"
                                ),
                            ),
                            (
                                "paragraph",
                                (
                                    "<p>You do not need to be an EU company to use it. What "
                                    "matters is that the platform offers its service in the EU. If "
                                    "you sell to EU buyers and find a fake of your product on a "
                                    "marketplace serving them, you can send a notice through its "
                                    "reporting tool.</p>"
                                ),
                            ),
                            ("heading", {"text": "What a good notice contains", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<ul><li>The exact web address (URL) of each "
                                    "listing.</li><li>A clear explanation of why it is illegal: "
                                    "your trademark, its registration number and the countries it "
                                    "covers, and what shows the product is a fake, such as your "
                                    "stolen photos or a price far below cost.</li><li>Your name "
                                    "and email address.</li><li>A statement that you believe in "
                                    "good faith that the information is accurate and "
                                    "complete.</li></ul>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "warning",
                                    "title": "Report only real infringements",
                                    "text": (
                                        "<p>A reseller of your genuine goods, or a competitor with "
                                        "a different brand, is not a counterfeiter. Platforms can "
                                        "stop dealing with notices from people who often send ones "
                                        "that are clearly unfounded, so keep your reports "
                                        "accurate.</p>"
                                    ),
                                },
                            ),
                            (
                                "case_study",
                                {
                                    "title": "An illustrative cosmetics brand clears fake listings",
                                    "business": (
                                        "Fictional example: a shea-butter cosmetics maker in West "
                                        "Africa, 9 staff"
                                    ),
                                    "challenge": (
                                        "<p>A year after entering the EU through a distributor, "
                                        "the maker found six listings on a marketplace using its "
                                        "brand name and product photos, selling jars at a third of "
                                        "its price. Buyers began posting complaints about the "
                                        "smell on its own social media.</p>"
                                    ),
                                    "approach": (
                                        "<p>It saved screenshots and URLs, and noted the "
                                        "registration number of its EU designation under the "
                                        "Madrid System. It then used the marketplace’s reporting "
                                        "tool to send one notice per listing, each with the URL, "
                                        "its registration number, an explanation of the stolen "
                                        "photos and a good-faith statement.</p>"
                                    ),
                                    "outcome": (
                                        "<p>The marketplace removed the listings and told the "
                                        "maker its decision. The maker replied to each complaint, "
                                        "pointing buyers to its genuine storefront, and now checks "
                                        "the marketplace every month.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Outside the EU", "level": "h3"}),
                            (
                                "paragraph",
                                (
                                    "<p>Most large platforms have their own reporting tools "
                                    "wherever they operate, even where no law requires them. The "
                                    "same evidence works everywhere: URLs, your registration, and "
                                    "proof that the goods are fake. A registered trademark in the "
                                    "market concerned is the strongest thing you can show.</p>"
                                ),
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "The EU Digital Services Act has applied since 17 "
                                            "February 2024."
                                        ),
                                        (
                                            "Its Article 16 requires hosting services to offer "
                                            "notice-and-action for illegal content such as "
                                            "counterfeits."
                                        ),
                                        (
                                            "A good notice gives the exact URL, your registration "
                                            "and reasons, your contact details and a good-faith "
                                            "statement."
                                        ),
                                        (
                                            "Report only real fakes, keep records and check "
                                            "platforms regularly."
                                        ),
                                    ],
                                },
                            ),
                        ],
                    },
                    {
                        "title": "A simple brand plan for each market",
                        "summary": (
                            "Bring your name, protection, channels and look together in a one-page "
                            "plan per market."
                        ),
                        "minutes": 13,
                        "preview": False,
                        "body": [
                            ("heading", {"text": "Why one page per market", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>Each market you enter has its own language, its own "
                                    "trademark register, its own platforms and its own buyers. A "
                                    "brand plan brings what you have learned in this track "
                                    "together in one page per market, so that you, your staff and "
                                    "your advisers can see at a glance what is done, what is due "
                                    "and what it will cost. It is a working document, not a "
                                    "report: short, specific and updated.</p>"
                                ),
                            ),
                            ("heading", {"text": "What to put in it", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<ol><li><b>Market and buyers:</b> the country, who buys, and "
                                    "through which channel.</li><li><b>Name check:</b> the results "
                                    "of your language and search checks, and the date you did "
                                    "them.</li><li><b>Trademark:</b> the route (national filing or "
                                    "Madrid designation), the classes, the filing date, the "
                                    "priority deadline, the registration number and the renewal "
                                    "date.</li><li><b>Online presence:</b> the domain names and "
                                    "marketplace and social media accounts you "
                                    "hold.</li><li><b>Look and language:</b> what you translate or "
                                    "adapt, and any label rules to meet.</li><li><b>Watching and "
                                    "enforcement:</b> how often you search registers and "
                                    "platforms, and who sends notices.</li><li><b>Budget and "
                                    "review date.</b></li></ol>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "example",
                                    "title": "An illustrative plan for Germany",
                                    "text": (
                                        "<p>A fictional leather goods workshop’s plan for Germany: "
                                        "buyers are independent shops and online shoppers. The "
                                        "name was tested with two German speakers and searched in "
                                        "the German and EU registers. The mark was filed at home "
                                        "for classes 18 and 25, and the EU was designated through "
                                        "Madrid within the six months, claiming "
                                        "priority.</p><p>The .com and .de domains are held, and a "
                                        "storefront is open on one marketplace. Product text has "
                                        "been translated by a native speaker. Registers and the "
                                        "marketplace are searched each quarter. The plan is "
                                        "reviewed every six months.</p>"
                                    ),
                                },
                            ),
                            ("heading", {"text": "Keep it alive", "level": "h2"}),
                            (
                                "paragraph",
                                (
                                    "<p>A plan that sits in a drawer protects nothing. Put its "
                                    "dates in your calendar, review it every six months and "
                                    "whenever you add a product or a channel, and update it when "
                                    "something changes. When you consider a new market, write its "
                                    "page first: the gaps show you what to do before you ship, and "
                                    "the costs tell you whether the market is worth it yet.</p>"
                                ),
                            ),
                            (
                                "callout",
                                {
                                    "kind": "tip",
                                    "title": "Start with your next market",
                                    "text": (
                                        "<p>You do not need a plan for the whole world. Write the "
                                        "page for the one market you will enter next, complete it "
                                        "this month, and use it as the template for the others.</p>"
                                    ),
                                },
                            ),
                            (
                                "key_takeaways",
                                {
                                    "title": "Key takeaways",
                                    "items": [
                                        (
                                            "Write a one-page brand plan for each market you sell "
                                            "in or plan to enter."
                                        ),
                                        (
                                            "Cover buyers, name checks, trademark dates, online "
                                            "presence, look, enforcement and budget."
                                        ),
                                        (
                                            "Put the deadlines in your calendar and review the "
                                            "plan every six months."
                                        ),
                                        "Write the page for a new market before you ship there.",
                                    ],
                                },
                            ),
                        ],
                    },
                ],
            },
        ],
        "quiz": {
            "title": "Check your understanding: building a brand buyers abroad trust",
            "pass_mark": 70,
            "questions": [
                {
                    "type": "multiple",
                    "text": (
                        "Which checks should you run before committing to a brand name for export? "
                        "Select all that apply."
                    ),
                    "explanation": (
                        "Check the name with native speakers, search trademark registers, see "
                        "whether the domains are free, and search the marketplaces where you will "
                        "sell. Your home customers’ opinion alone tells you nothing about other "
                        "languages."
                    ),
                    "choices": [
                        {
                            "text": (
                                "Ask native speakers in each target market how it sounds and what "
                                "it suggests"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Only native speakers catch slang and unwanted meanings."
                            ),
                        },
                        {
                            "text": "Search the trademark registers of your target markets",
                            "correct": True,
                            "feedback": (
                                "Correct. Someone may already have registered the same or a "
                                "similar mark."
                            ),
                        },
                        {
                            "text": "See whether the .com and country domains are free",
                            "correct": True,
                            "feedback": (
                                "Correct. Buying a domain back later is slow and expensive."
                            ),
                        },
                        {
                            "text": "Ask only your customers at home whether they like it",
                            "correct": False,
                            "feedback": (
                                "No. Home customers cannot tell you how the name works in other "
                                "languages."
                            ),
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": "Why is a name like “Pure Shea Butter” a weak choice of trademark?",
                    "explanation": (
                        "Names that simply describe the product are hard or impossible to "
                        "register, because every trader needs those words. Invented or unrelated "
                        "words make stronger marks."
                    ),
                    "choices": [
                        {
                            "text": (
                                "It describes the product, so it is hard or impossible to register"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. Offices refuse descriptive words that all traders need "
                                "to use."
                            ),
                        },
                        {
                            "text": "It is too short to be registered",
                            "correct": False,
                            "feedback": (
                                "No. Short names are fine; the problem is that it only describes "
                                "the product."
                            ),
                        },
                        {
                            "text": "English words can never be registered as trademarks",
                            "correct": False,
                            "feedback": (
                                "No. English words can be registered if they do not describe the "
                                "goods."
                            ),
                        },
                    ],
                },
                {
                    "type": "short_text",
                    "text": (
                        "What is the abbreviation of the out-of-court procedure, handled by WIPO’s "
                        "Arbitration and Mediation Center, for disputes over .com and other "
                        "generic domain names?"
                    ),
                    "accepted": [
                        "UDRP",
                        "Uniform Domain Name Dispute Resolution Policy",
                        "Uniform Domain-Name Dispute-Resolution Policy",
                    ],
                    "explanation": (
                        "The Uniform Domain Name Dispute Resolution Policy (UDRP) is an "
                        "out-of-court remedy against cybersquatting. If you win, the domain is "
                        "transferred to you or cancelled."
                    ),
                },
                {
                    "type": "true_false",
                    "text": (
                        "Registering a domain name gives you trademark rights in that name in "
                        "every country."
                    ),
                    "answer": False,
                    "explanation": (
                        "A domain name is an address, not a trademark. Trademark rights come from "
                        "registration country by country, which is why you protect both."
                    ),
                },
                {
                    "type": "numeric",
                    "text": (
                        "Which article of the EU Digital Services Act requires hosting services to "
                        "offer notice-and-action reporting of illegal content such as "
                        "counterfeits? Give the number."
                    ),
                    "answer": 16,
                    "tolerance": 0,
                    "explanation": (
                        "Article 16 of the Digital Services Act, which has applied since 17 "
                        "February 2024, sets out the notice-and-action mechanism."
                    ),
                },
                {
                    "type": "multiple",
                    "text": (
                        "What should a good notice to a platform about a counterfeit listing "
                        "include? Select all that apply."
                    ),
                    "explanation": (
                        "Give the exact URL, explain why the listing is illegal (your trademark "
                        "and what shows the goods are fake), add your name and email, and confirm "
                        "in good faith that the information is accurate and complete."
                    ),
                    "choices": [
                        {
                            "text": "The exact URL of the listing",
                            "correct": True,
                            "feedback": (
                                "Correct. The platform needs to know exactly which listing you "
                                "mean."
                            ),
                        },
                        {
                            "text": "Your trademark details and why the product is a fake",
                            "correct": True,
                            "feedback": (
                                "Correct. A clear explanation is what lets the platform act."
                            ),
                        },
                        {
                            "text": "Your name and email address",
                            "correct": True,
                            "feedback": "Correct. The platform needs to be able to reply to you.",
                        },
                        {
                            "text": "A court judgment against the seller",
                            "correct": False,
                            "feedback": "No. Notice-and-action works without going to court first.",
                        },
                    ],
                },
                {
                    "type": "single",
                    "text": (
                        "Which statement about selling through an online marketplace storefront is "
                        "correct?"
                    ),
                    "explanation": (
                        "A marketplace hosts sellers’ storefronts and processes the sale. It "
                        "brings buyers, but you follow its rules, so treat it as one channel "
                        "alongside your own site."
                    ),
                    "choices": [
                        {
                            "text": (
                                "The marketplace hosts your storefront and processes the sale, "
                                "under its own rules"
                            ),
                            "correct": True,
                            "feedback": (
                                "Correct. That is why it is best treated as one channel among "
                                "others."
                            ),
                        },
                        {
                            "text": "Once you have a storefront, you no longer need your own brand",
                            "correct": False,
                            "feedback": (
                                "No. Your brand is what lets buyers find you again and tell you "
                                "from copies."
                            ),
                        },
                        {
                            "text": "The marketplace registers your trademark for you",
                            "correct": False,
                            "feedback": (
                                "No. Trademarks are registered with trademark offices, not "
                                "marketplaces."
                            ),
                        },
                    ],
                },
                {
                    "type": "ordering",
                    "text": (
                        "Put these steps for launching a new brand name abroad in the right order."
                    ),
                    "items": [
                        "Draw up a shortlist of names",
                        "Check the names with native speakers and search registers and domains",
                        "File a trademark application for the chosen name",
                        "Launch the storefront and packaging under the new name",
                    ],
                    "explanation": (
                        "Shortlist, check, then file the trademark before the name goes public, "
                        "and only then launch. Launching first gives others the chance to register "
                        "your name."
                    ),
                },
            ],
        },
    },
]
