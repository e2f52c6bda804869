"""``action_show_chart``: the picture of where the applicant stands, as an image with its words.

The PNG is drawn and kept by ``bot.charts`` under an unguessable token; the web demo server
serves it at ``/charts/<token>.png``. The reply carries it as custom data
``{"image": "/charts/<token>.png", "alt": ..., "chart": <token>}`` (Rasa's socket.io channel
emits the data as is, its REST channel wraps it in ``custom``): the widget resolves the path
against its own server and shows the image with the alt text; the Telegram gateway reads the
bytes by token and sends them as a photo (no public URL).
"""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.slots import profile_from_slots
from actions.storage import chart_service
from bot.charts.data import Measure
from bot.charts.figure import applicant_value

logger = logging.getLogger(__name__)

INTRO_TEXT = (
    "Here is where you stand among non-US IMGs who applied to DR and Integrated IR (NRMP "
    "Charting Outcomes). It describes past applicants; it does not predict a match."
)
NOTHING_TO_DRAW_TEXT = (
    "I can draw where you stand once I know your Step 2 CK score (and, if you like, how many "
    "publications and abstracts you have). What was your Step 2 CK score?"
)
CHART_FAILED_TEXT = "I could not draw the chart just now. Please ask again in a moment."


class ShowChart(Action):  # type: ignore[misc]
    """Draws the applicant against the sourced distributions and sends the image."""

    def name(self) -> str:
        return "action_show_chart"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        profile = profile_from_slots(tracker.slots)
        if all(applicant_value(profile, measure) is None for measure in Measure):
            dispatcher.utter_message(text=NOTHING_TO_DRAW_TEXT)
            return []
        try:
            chart = await asyncio.to_thread(chart_service().make, tracker.sender_id, profile)
        except SQLAlchemyError:
            logger.exception("show_chart: database unreachable")
            dispatcher.utter_message(text=CHART_FAILED_TEXT)
            return []
        dispatcher.utter_message(text=INTRO_TEXT)
        dispatcher.utter_message(
            json_message={"data": {"image": chart.path, "alt": chart.alt, "chart": chart.token}}
        )
        return []
