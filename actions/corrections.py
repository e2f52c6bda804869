"""``action_report_program_fact``: a reported program fact (with a link) waits for review."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.storage import correction_service
from bot.corrections.replies import report_reply

logger = logging.getLogger(__name__)

REPORT_FAILED_TEXT = (
    "I could not save your report just now. Please send it again in a moment; nothing was lost "
    "on the program's side."
)


class ReportProgramFact(Action):  # type: ignore[misc]
    """Stores the reported fact as pending (never shown as fact) and says what became of it."""

    def name(self) -> str:
        return "action_report_program_fact"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = str(tracker.latest_message.get("text") or "")
        try:
            result = await asyncio.to_thread(correction_service().report, tracker.sender_id, text)
        except SQLAlchemyError:
            logger.exception("report_program_fact: database unreachable")
            dispatcher.utter_message(text=REPORT_FAILED_TEXT)
            return []
        dispatcher.utter_message(text=report_reply(result))
        return []
