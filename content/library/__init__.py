"""Resource library in the brand-going-abroad toolkit."""
