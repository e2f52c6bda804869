"""The action server's services: built once from settings by ``bot.bootstrap``, then shared.

Actions call ``services()`` (or the shortcuts below); tests install services built over
temporary databases with ``install`` and take them out again with ``install(None)``.
"""

from __future__ import annotations

import threading

from sqlalchemy import Engine

from bot.bootstrap import Services, build_services
from bot.charts.service import ChartService
from bot.corrections.service import CorrectionService
from bot.forget import ForgetService
from bot.settings import get_settings

_lock = threading.Lock()
_current: list[Services] = []  # zero or one: the services of this process


def services() -> Services:
    """This process's services, built from settings on first use."""
    with _lock:
        if not _current:
            _current.append(build_services(get_settings()))
        return _current[0]


def install(new: Services | None) -> Services | None:
    """Replace this process's services (tests); returns the previous ones, not disposed."""
    with _lock:
        previous = _current.pop() if _current else None
        if new is not None:
            _current.append(new)
        return previous


def database_engine() -> Engine:
    """``DATABASE_URL``: the knowledge base, stored profiles, reports and charts."""
    return services().stores.database


def tracker_engine() -> Engine:
    """``TRACKER_STORE_URL``: Rasa's tracker database, opened with our driver."""
    return services().stores.tracker


def forget_service() -> ForgetService:
    """The forget service over both databases."""
    return services().forget


def correction_service() -> CorrectionService:
    """Reported program facts: store, review, apply."""
    return services().corrections


def chart_service() -> ChartService:
    """Charts of where the applicant stands: draw, keep, serve."""
    return services().charts
