"""The analytics table (``analytics_funnel``, ``bot.adapters.orm.FunnelMark``): marks in, forget.

A mark says "this conversation reached this step on this day and channel"; the unique key
(day, channel, step, sender key) keeps it once however often the step recurs or a message is
delivered again. The sender appears only as a one-way hash (``sender_key``).

Forgetting (``forget``) deletes every mark of the sender. ``record_forget`` does that and adds
one ``forgot`` mark without a sender key: the funnel counts who forgot themselves, and nothing
left in the table leads back to them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from bot.adapters.orm import FunnelMark
from bot.analytics.events import FunnelStep, Observation, channel_name


def sender_key(sender_id: str) -> str:
    """The one-way key a sender's marks carry (never the sender id itself)."""
    return hashlib.sha256(f"analytics:{sender_id}".encode()).hexdigest()


@dataclass(frozen=True)
class Turn:
    """The day and channel a sender's latest message came on: what the turn's steps count under
    (an advice given just after midnight belongs to the question asked before it)."""

    day: date
    channel: str


class AnalyticsRepository:
    """Reads and writes funnel marks in one session (the caller owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def current_turn(self, sender_id: str) -> Turn | None:
        """The day and channel of the sender's latest message, when one was recorded."""
        row = self._session.execute(
            select(FunnelMark.day, FunnelMark.channel)
            .where(
                FunnelMark.sender_key == sender_key(sender_id),
                FunnelMark.step == FunnelStep.STARTED.value,
            )
            .order_by(FunnelMark.day.desc(), FunnelMark.id.desc())
            .limit(1)
        ).first()
        return None if row is None else Turn(row.day, row.channel)

    def record(self, observation: Observation) -> int:
        """Store the observation's marks (or, for a forget, erase the sender's); marks added."""
        if not observation.steps:
            return 0
        turn = self._turn_of(observation)
        if observation.forgets:
            self.record_forget(observation.sender_id, turn)
            return 1
        key = sender_key(observation.sender_id)
        return sum(self._add(turn, step, key) for step in observation.steps)

    def record_forget(self, sender_id: str, turn: Turn) -> None:
        """Erase the sender's marks; one anonymous ``forgot`` mark on the turn's day and channel."""
        self.forget(sender_id)
        self._session.add(
            FunnelMark(
                day=turn.day, channel=turn.channel, step=FunnelStep.FORGOT.value, sender_key=None
            )
        )
        self._session.flush()

    def forget(self, sender_id: str) -> int:
        """Delete every mark of the sender; how many there were."""
        result = self._session.execute(
            delete(FunnelMark).where(FunnelMark.sender_key == sender_key(sender_id))
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def _turn_of(self, observation: Observation) -> Turn:
        if observation.channel is not None:  # a user message names its channel
            return Turn(observation.day, observation.channel)
        current = self.current_turn(observation.sender_id)
        if current is not None:
            return current
        return Turn(observation.day, channel_name(None, observation.sender_id))

    def _add(self, turn: Turn, step: FunnelStep, key: str) -> int:
        """Insert one mark unless it exists: one statement, safe with several consumers
        (the project's databases are SQLite and PostgreSQL, both with ON CONFLICT)."""
        values = {"day": turn.day, "channel": turn.channel, "step": step.value, "sender_key": key}
        dialect = postgresql if self._session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(FunnelMark).values(values).on_conflict_do_nothing()
        result = self._session.execute(insert)
        return int(getattr(result, "rowcount", 0) or 0)
