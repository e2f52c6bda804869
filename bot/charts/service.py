"""Draw the chart for a profile, keep it for the sender, hand its bytes to the web server."""

from __future__ import annotations

from sqlalchemy import Engine

from bot.adapters.orm import transaction
from bot.charts.alt import alt_text
from bot.charts.figure import build_figure, render_png
from bot.charts.store import ChartRepository, StoredChart
from bot.profile import ApplicantProfile


class ChartService:
    """Draws the chart for a profile and keeps it for the sender."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def make(self, sender_id: str, profile: ApplicantProfile) -> StoredChart:
        png = render_png(build_figure(profile))
        with transaction(self._engine) as session:
            return ChartRepository(session).add(sender_id, png, alt_text(profile))

    def png(self, token: str) -> bytes | None:
        with transaction(self._engine) as session:
            return ChartRepository(session).png(token)
