"""Brand plans: the plan itself (``plan.py``) and its table rows (``rows.py``)."""

from .plan import BrandPlan, Channel, DomainStatus, PricePosition, logo_upload_to
from .rows import (
    BudgetCategory,
    BudgetLine,
    Competitor,
    Milestone,
    NameCheck,
    Pronunciation,
    TargetMarket,
    TrademarkFiling,
    TrademarkRoute,
    TrademarkStatus,
)

__all__ = [
    "BrandPlan",
    "BudgetCategory",
    "BudgetLine",
    "Channel",
    "Competitor",
    "DomainStatus",
    "Milestone",
    "NameCheck",
    "PricePosition",
    "Pronunciation",
    "TargetMarket",
    "TrademarkFiling",
    "TrademarkRoute",
    "TrademarkStatus",
    "logo_upload_to",
]
