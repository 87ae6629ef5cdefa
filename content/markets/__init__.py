"""Market-entry checklists in the brand-going-abroad toolkit."""
