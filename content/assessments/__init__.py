"""Self-assessments in the brand-going-abroad toolkit."""
