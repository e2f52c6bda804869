"""Forgetting a sender: the stored profile, the analytics marks and every row of the
conversation in Rasa's tracker.

Rasa 3.6 has no delete API (PITFALLS). Its ``SQLTrackerStore`` saves a tracker *after* the turn's
actions ran, inserting the events beyond the number of rows it finds for the sender. Rows deleted
while ``action_forget_me`` runs would therefore come back at the end of that very turn. So:

1. the action deletes the stored profile at once (our table, our transaction), counts the
   ``action_forget_me`` rows already saved for the sender, and
2. schedules ``erase_conversation_after_save`` in the background: it waits until Rasa has saved
   the forget turn (one more ``action_forget_me`` row), notes the newest timestamp of that turn,
   deletes every row of the sender, and sweeps a few more times for rows at or before that
   timestamp. The sweeps catch the one race left: a message arriving while the first delete runs
   can make Rasa re-insert the old history (with its original timestamps) on its save.

The next message then starts a new conversation with no slots.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from bot.analytics.store import AnalyticsRepository
from bot.charts.store import ChartRepository
from bot.corrections.store import ReportRepository
from bot.db import transaction
from bot.profile_store import ProfileRepository
from bot.tracker_store import EVENTS

logger = logging.getLogger(__name__)

FORGET_ACTION = "action_forget_me"
SAVE_TIMEOUT_SECONDS = 60.0
POLL_SECONDS = 0.05
# After the first delete: when to look again for re-inserted history (seconds after it).
SWEEP_DELAYS: tuple[float, ...] = (0.5, 2.0, 5.0)


@dataclass(frozen=True)
class ErasedConversation:
    """What the background erase removed."""

    rows_deleted: int
    saved_in_time: bool


class ForgetService:
    """Deletes one sender's data from the project database and Rasa's tracker database."""

    def __init__(self, database: Engine, tracker_database: Engine) -> None:
        self._database = database
        self._tracker = tracker_database

    def forget_profile(self, sender_id: str) -> bool:
        """Delete the stored profile, reports, charts and analytics marks; True when there was
        a profile. (Events of this turn still on their way through the event broker are
        erased by the analytics consumer when it reads ``action_forget_me``.)"""
        with transaction(self._database) as session:
            ReportRepository(session).forget(sender_id)
            ChartRepository(session).forget(sender_id)
            AnalyticsRepository(session).forget(sender_id)
            return ProfileRepository(session).delete(sender_id)

    def saved_forget_turns(self, sender_id: str) -> int:
        """How many ``action_forget_me`` executions of the sender Rasa has saved."""
        query = (
            select(func.count())
            .select_from(EVENTS)
            .where(EVENTS.c.sender_id == sender_id, EVENTS.c.action_name == FORGET_ACTION)
        )
        try:
            with self._tracker.connect() as connection:
                return int(connection.scalar(query) or 0)
        except SQLAlchemyError:
            # No events table yet (Rasa never saved anything): nothing saved.
            return 0

    def conversation_rows(self, sender_id: str) -> int:
        """How many tracker rows the sender has (for tests and operators)."""
        query = select(func.count()).select_from(EVENTS).where(EVENTS.c.sender_id == sender_id)
        with self._tracker.connect() as connection:
            return int(connection.scalar(query) or 0)

    def _latest_timestamp(self, sender_id: str) -> float | None:
        query = select(func.max(EVENTS.c.timestamp)).where(EVENTS.c.sender_id == sender_id)
        with self._tracker.connect() as connection:
            value = connection.scalar(query)
        return None if value is None else float(value)

    def delete_conversation(self, sender_id: str, *, up_to: float | None = None) -> int:
        """Delete the sender's tracker rows (only those at or before ``up_to`` when given)."""
        statement = delete(EVENTS).where(EVENTS.c.sender_id == sender_id)
        if up_to is not None:
            statement = statement.where(EVENTS.c.timestamp <= up_to)
        with self._tracker.begin() as connection:
            return int(connection.execute(statement).rowcount or 0)

    def erase_conversation_after_save(
        self,
        sender_id: str,
        saved_before: int,
        *,
        timeout: float = SAVE_TIMEOUT_SECONDS,
        poll: float = POLL_SECONDS,
        sweep_delays: Sequence[float] | None = None,
    ) -> ErasedConversation:
        """Wait until Rasa saved the forget turn, then delete all the sender's rows (blocking).

        ``saved_before`` is ``saved_forget_turns`` as counted when the action started. When Rasa
        has not saved within ``timeout`` the rows are deleted anyway (and it is logged).
        """
        deadline = time.monotonic() + timeout
        saved = False
        while time.monotonic() < deadline:
            if self.saved_forget_turns(sender_id) > saved_before:
                saved = True
                break
            time.sleep(poll)
        if not saved:
            logger.warning(
                "Rasa did not save the forget turn within %.0f s; erasing anyway", timeout
            )
        cutoff = self._latest_timestamp(sender_id)
        deleted = self.delete_conversation(sender_id)
        waited = 0.0
        for delay in SWEEP_DELAYS if sweep_delays is None else sweep_delays:
            time.sleep(max(0.0, delay - waited))
            waited = delay
            if cutoff is not None:
                deleted += self.delete_conversation(sender_id, up_to=cutoff)
        return ErasedConversation(rows_deleted=deleted, saved_in_time=saved)
