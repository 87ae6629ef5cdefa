"""Demo certificate designs and the demo learner's certificates. Plain literals only."""

# The default design, and one for a track (its courses use it; the others use the default).
DESIGNS = [
    {
        "name": "Go Global Academy",
        "title_wording": "Certificate of completion",
        "statement": "has successfully completed the course",
        "signatory_name": "Sara Haddad",
        "signatory_title": "Head of learning, Go Global Academy",
        "accent_colour": "#0b5d7a",
        "is_default": True,
        "track": None,
    },
    {
        "name": "Brand going abroad",
        "title_wording": "Certificate of completion",
        "statement": "has completed the brand-building course",
        "signatory_name": "Lucía Fernández",
        "signatory_title": "Lead trainer, Brand going abroad",
        "accent_colour": "#8a3b12",
        "is_default": False,
        "track": "brand-going-abroad",
    },
]

# (learner e-mail, course slug, revoked by, reason or None). The first course is completed by
# the learner's progress (lms/demo/courses.py); the second is completed here, quiz included.
CERTIFICATES = [
    ("learner@example.org", "finding-your-first-export-market", None, None),
    (
        "learner@example.org",
        "building-a-brand-buyers-abroad-trust",
        "moderator@example.org",
        "Issued in error: the quiz attempt behind it was annulled after a review. "
        "The learner may take the quiz again.",
    ),
    # A name in Chinese characters, printed family name first (lms/demo/accounts.py).
    ("learner3@example.org", "finding-your-first-export-market", None, None),
]
