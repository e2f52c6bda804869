"""The one clock: every default "today" in the domain core comes from here.

Pure functions take a date or year as a parameter; only their defaults call these.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    """Today's date (the single place the core reads the clock); ``ADVISOR_TODAY`` pins it for
    demos and tests."""
    from bot.settings import get_settings  # settings are read on first use, never at import

    return get_settings().advisor_today or date.today()


def default_current_year() -> int:
    """Today's calendar year: the default for every ``current_year`` parameter."""
    return today().year
