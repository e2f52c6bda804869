"""What the bot knows about the applicant: confirm new facts (one line, for the dispatcher),
show them, forget them."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.extraction import message_facts
from actions.messages import send
from actions.slots import profile_from_slots, said_this_turn, same_value, slot_changes_this_turn
from actions.storage import forget_service
from bot.answers import FactChange, Message, acknowledge_facts, profile_summary
from bot.forget import ErasedConversation

logger = logging.getLogger(__name__)

FORGOTTEN_TEXT = (
    "Done: I've erased everything I kept about you: your facts, your stored profile and the "
    "history of this conversation. Your next message starts afresh."
)
FORGET_FAILED_TEXT = (
    "I cleared your facts from this conversation, but could not reach the database to erase "
    "the stored copy. Please say 'forget me' again in a moment."
)

# Background erase tasks, kept referenced until they finish (asyncio holds only weak references).
_ERASE_TASKS: set[asyncio.Task[ErasedConversation]] = set()


def facts_confirmation(tracker: Tracker, *, offer_next_steps: bool) -> list[Message]:
    """One line for the facts this message gave: new ones ("Got it: ..."), or "I already had
    that" for repeats; nothing when corrections or refusals were said already this turn."""
    changes = slot_changes_this_turn(tracker.events)
    added = [
        FactChange(field=field, old=None, new=new)
        for field, (old, new) in changes.items()
        if old is None and new is not None
    ]
    if added:
        return [acknowledge_facts(added, offer_next_steps=offer_next_steps)]
    if changes or said_this_turn(tracker.events):
        # Corrections and refusals were answered by action_validate_slot_mappings.
        return []
    extraction = message_facts(tracker)
    repeated = [
        FactChange(field=field, old=tracker.get_slot(field), new=tracker.get_slot(field))
        for field, value in extraction.facts.items()
        if same_value(tracker.get_slot(field), value)
    ]
    return [acknowledge_facts(repeated, offer_next_steps=offer_next_steps)] if repeated else []


class ShowProfile(Action):  # type: ignore[misc]
    """Everything the bot knows about the applicant, and how to correct or erase it."""

    def name(self) -> str:
        return "action_show_profile"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        send(dispatcher, profile_summary(profile_from_slots(tracker.slots)))
        return []


class ForgetMe(Action):  # type: ignore[misc]
    """Erases the sender's slots, stored profile and tracker rows (see ``bot.forget``)."""

    def name(self) -> str:
        return "action_forget_me"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        sender = tracker.sender_id
        service = forget_service()
        try:
            saved_before = await asyncio.to_thread(service.saved_forget_turns, sender)
            await asyncio.to_thread(service.forget_profile, sender)
        except SQLAlchemyError:
            logger.exception("forget_me: database unreachable")
            dispatcher.utter_message(text=FORGET_FAILED_TEXT)
            return [ActiveLoop(None), AllSlotsReset()]
        # Rasa saves this turn only after we return: erase the rows once it has.
        task = asyncio.get_running_loop().create_task(
            asyncio.to_thread(service.erase_conversation_after_save, sender, saved_before)
        )
        _ERASE_TASKS.add(task)
        task.add_done_callback(_finish_erase)
        dispatcher.utter_message(text=FORGOTTEN_TEXT)
        return [ActiveLoop(None), AllSlotsReset()]


def _finish_erase(task: asyncio.Task[ErasedConversation]) -> None:
    _ERASE_TASKS.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        logger.error("forget_me: erasing the conversation failed: %r", error)
    else:
        logger.info("forget_me: erased %d tracker rows", task.result().rows_deleted)
