"""The demo learner's half-finished brand plan: plain literals read by lms/demo/brandplan.py.

A micro coffee roaster in Kigali (the demo learner, Amina Uwase) has filled in the first
five steps; channels, price, trademarks and budget are still to do. The business is
invented; the findings in it (meanings, handles, competitors) are the learner's notes.
"""

OWNER = "learner@example.org"

PLAN = {
    "brand_name": "Umucyo Coffee",
    "tagline": "Bright coffee from the hills of Rwanda, roasted where it grows.",
    "story": (
        "Umucyo means “light” or “brightness” in Kinyarwanda. Amina Uwase started roasting "
        "in a rented room in Kigali in 2021 with one 5 kg roaster, buying washed Arabica from "
        "two cooperatives in the Southern Province she has known since childhood.\n\n"
        "Roasting at origin keeps more of the value of each bag in Rwanda. We pay our "
        "growers a premium above the local cherry price, roast to order, and ship within a "
        "week of roasting, with the hill, the altitude and the harvest printed on every bag."
    ),
    "values": (
        "Roasted at origin, shipped fresh\n"
        "A fair premium for the growers we buy from\n"
        "Open about where every bag comes from\n"
        "Packaging that can be recycled"
    ),
    "ideal_customer": (
        "Independent cafés and speciality food shops, and online buyers who care where "
        "their coffee comes from. They pay for freshness and traceability and order small "
        "amounts often: 20 to 100 kg a month for a café."
    ),
    "price_position": "premium",
    "positioning_statement": (
        "For independent cafés and home brewers in Nairobi and Germany who want coffee they "
        "can trace to the hill it grew on, Umucyo is the Rwandan speciality coffee roasted at "
        "origin and shipped within a week, unlike blends roasted far from where the coffee "
        "grows."
    ),
    "domain_name": "umucyo.coffee",
    "domain_status": "available",
    "marketplace_handles": (
        "Instagram: @umucyocoffee (free)\n"
        "Jumia Kenya shop name: Umucyo Coffee (to check)\n"
        "Amazon.de brand name: Umucyo (to check after the trademark filing)"
    ),
    "register_search_done": True,
    "primary_colour": "#6B3E26",
    "accent_colour": "#E0A526",
    "visual_notes": (
        "Coffee brown and sunrise gold everywhere; the sun-over-the-hills mark on every bag. "
        "Labels in English plus the market's language (Swahili for Kenya, German for "
        "Germany), with the grower's hill, altitude and roast date on the back."
    ),
    "currency": "USD",
    "completed_steps": ["story", "markets", "positioning", "name", "identity"],
}

MARKETS = [
    {
        "country": "KE",
        "priority": 1,
        "reason": (
            "Next door in the East African Community, reached by road from Kigali. Nairobi's "
            "café scene is growing and two cafés there already buy from us."
        ),
    },
    {
        "country": "DE",
        "priority": 2,
        "reason": (
            "A large market for speciality coffee with many independent cafés that ask for "
            "traceable, fairly paid coffee; we met German buyers at a cupping event in Kigali."
        ),
    },
]

COMPETITORS = [
    {
        "name": "Nairobi speciality roasters",
        "market": "KE",
        "price_position": "mid",
        "strengths": "Roast in the city, deliver the next day, sell Kenyan coffees cafés know.",
        "our_difference": "Single-origin Rwandan coffees with the grower's story on every bag.",
    },
    {
        "name": "German independent roasters",
        "market": "DE",
        "price_position": "premium",
        "strengths": "Roast in the market, very fresh; close relationships with cafés.",
        "our_difference": (
            "We roast at origin and pay growers more of the price; we must prove our coffee "
            "arrives fresh."
        ),
    },
    {
        "name": "Supermarket own-label coffee",
        "market": "DE",
        "price_position": "budget",
        "strengths": "Cheap and on every shelf.",
        "our_difference": "We do not compete on price; we sell taste and traceability.",
    },
]

NAME_CHECKS = [
    {
        "language": "Kinyarwanda",
        "meaning": "Light, brightness",
        "negative_meaning": False,
        "pronunciation": "easy",
        "native_speaker_checked": True,
    },
    {
        "language": "Swahili (Kenya)",
        "meaning": "No meaning found; buyers in Nairobi say it easily",
        "negative_meaning": False,
        "pronunciation": "easy",
        "native_speaker_checked": True,
    },
    {
        "language": "English",
        "meaning": "No meaning; often read as “oo-MOO-sho”",
        "negative_meaning": False,
        "pronunciation": "awkward",
        "native_speaker_checked": True,
    },
    {
        "language": "German",
        "meaning": "No meaning found yet; the “cy” puzzles readers",
        "negative_meaning": False,
        "pronunciation": "awkward",
        "native_speaker_checked": False,
    },
]

# The logo drawn by the loader with Pillow: a gold sun rising over brown hills.
LOGO = {"size": 512, "sun": "#E0A526", "hills": ["#6B3E26", "#8A5A3B"], "ground": "#FFF8EC"}
