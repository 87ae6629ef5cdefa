"""Brand plans in the brand-going-abroad toolkit."""
