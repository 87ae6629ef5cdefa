"""Programmes a ministry or agency funds, their cohorts and enrollment codes."""
