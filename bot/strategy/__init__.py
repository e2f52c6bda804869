"""The strategy engine: ``advise(profile) -> StrategyReport`` (rules in ``rules.py``)."""

from bot.strategy.clock import default_current_year
from bot.strategy.engine import advise

__all__ = ["advise", "default_current_year"]
