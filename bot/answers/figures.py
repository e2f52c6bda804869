"""The reference figures the answers compare an applicant with (``fig.<NAME>``).

Not a copy: every name comes from the one registry, ``bot.strategy.figures``, and the one
clock, ``bot.strategy.clock``; answer modules keep importing this module as ``fig``.
"""

from __future__ import annotations

from bot.strategy.clock import default_current_year as current_year
from bot.strategy.figures import *  # noqa: F403 - the registry's names, re-exported as they are
from bot.strategy.figures import __all__ as _registry_names

__all__ = [*_registry_names, "current_year"]
