"""``action_show_programs``: one page of the ranked program list; ``more`` shows the next."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.asked import button_question
from actions.messages import send
from actions.slots import PROGRAM_OFFSET, latest_intent, profile_from_slots
from actions.storage import database_engine
from bot.answers import Message, program_messages
from bot.answers.programs import program_answer_messages
from bot.db import transaction
from bot.profile import ApplicantProfile
from bot.programs.service import EmptyKnowledgeBaseError, answer_program_question
from bot.report import StrategyReport
from bot.strategy import advise

PAGE_SIZE = 5
MORE_INTENT = "more"


def program_page(
    profile: ApplicantProfile, report: StrategyReport, offset: int = 0, text: str = ""
) -> tuple[list[Message], int]:
    """One page of the program list from ``offset`` for the question ``text`` ("near
    Chicago", "what about Emory?"), and where the next page starts."""
    try:
        with transaction(database_engine()) as session:
            answer = answer_program_question(session, profile, report, text)
    except EmptyKnowledgeBaseError:
        empty = program_messages(
            [], offset=0, page_size=PAGE_SIZE, total=0, profile=profile, knowledge_base_empty=True
        )
        return empty, 0
    return program_answer_messages(answer, offset=offset, page_size=PAGE_SIZE, profile=profile)


def asked_text(events: list[dict[str, Any]]) -> str:
    """The question that asked for the list: its filters hold while paging with "more". A
    topic button ("Programs that fit you", ``/ask_programs``) stands for the program question
    of the message that offered it."""
    asked = [
        index
        for index, event in enumerate(events)
        if event.get("event") == "user"
        and latest_intent(event.get("parse_data") or {}) != MORE_INTENT
    ]
    if not asked:
        return ""
    event = events[asked[-1]]
    text = str(event.get("text") or "")
    if not text.startswith("/"):
        return text
    intent = latest_intent(event.get("parse_data") or {}) or text[1:].split("{")[0]
    return button_question(events[: asked[-1] + 1], intent)


class ShowPrograms(Action):  # type: ignore[misc]
    """Top programs for this applicant with the reason for each, a page at a time."""

    def name(self) -> str:
        return "action_show_programs"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # ``program_offset`` holds where the next page starts; a new question starts over.
        offset = 0
        if latest_intent(tracker.latest_message) == MORE_INTENT:
            offset = int(tracker.get_slot(PROGRAM_OFFSET) or 0)
        profile = profile_from_slots(tracker.slots)
        text = asked_text(list(tracker.events))
        messages, next_offset = program_page(profile, advise(profile), offset, text)
        send(dispatcher, messages)
        return [SlotSet(PROGRAM_OFFSET, next_offset)]
