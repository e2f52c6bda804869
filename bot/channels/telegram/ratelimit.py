"""Per-chat limit on messages relayed to Rasa (a sliding window), so one chat cannot flood it."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum

PRUNE_EVERY = 1000


class Admission(Enum):
    """What to do with one incoming message."""

    RELAY = "relay"
    REFUSE_AND_NOTIFY = "refuse_and_notify"  # first refusal in this window: tell the user
    REFUSE_SILENTLY = "refuse_silently"  # already told: do not answer a flood with a flood


class ChatRateLimiter:
    """At most ``limit`` relayed messages per chat in any ``window_seconds``."""

    def __init__(
        self,
        limit: int,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._window = window_seconds
        self._clock = clock
        self._relayed: dict[int, deque[float]] = {}
        self._notified_at: dict[int, float] = {}
        self._admitted = 0

    def admit(self, chat_id: int) -> Admission:
        """Record one message from ``chat_id`` and say whether to relay it."""
        self._admitted += 1
        if self._admitted % PRUNE_EVERY == 0:
            self.forget_idle()
        now = self._clock()
        relayed = self._relayed.setdefault(chat_id, deque())
        while relayed and now - relayed[0] >= self._window:
            relayed.popleft()
        if len(relayed) < self._limit:
            relayed.append(now)
            return Admission.RELAY
        notified = self._notified_at.get(chat_id)
        if notified is not None and now - notified < self._window:
            return Admission.REFUSE_SILENTLY
        self._notified_at[chat_id] = now
        return Admission.REFUSE_AND_NOTIFY

    def retry_after(self, chat_id: int) -> float:
        """Seconds until ``chat_id`` may send again (0 when it may now)."""
        relayed = self._relayed.get(chat_id)
        if not relayed or len(relayed) < self._limit:
            return 0.0
        return max(0.0, self._window - (self._clock() - relayed[0]))

    def forget_idle(self) -> None:
        """Drop chats with nothing in the window, so memory follows active chats only."""
        now = self._clock()
        for chat_id in [
            c for c, r in self._relayed.items() if not r or now - r[-1] >= self._window
        ]:
            del self._relayed[chat_id]
            self._notified_at.pop(chat_id, None)
