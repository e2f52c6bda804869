"""The strategy engine: ``advise(profile) -> StrategyReport`` (rules in ``rules.py``)."""

from bot.strategy.engine import advise, default_current_year

__all__ = ["advise", "default_current_year"]
