"""Rasa's Redis lock store with atomic ticket updates, for several Rasa instances.

Runs INSIDE Rasa (``.venv-rasa``; named in the rendered endpoints file by bot/runner.py).

Why: Rasa Open Source's ``RedisLockStore`` changes a conversation's ticket lock by reading it,
changing it in Python and writing it back (``issue_ticket``, ``finish_serving``, ``cleanup``).
Within one process that is safe (one event loop, no await in between), but two instances can
interleave: both read the lock, both issue the same ticket number and process one conversation
at once; or one deletes the lock ("no one waiting") right after the other issued a ticket, and
the other fails with "Could not acquire lock" (an HTTP 500, the user's message unanswered).
Here each read-change-write is one Redis transaction (WATCH/MULTI/EXEC, retried when another
instance changed the key in between), so tickets are unique and a lock is only deleted when it
really has no ticket left. Waiting, expiry and the key layout are Rasa's own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

Result = TypeVar("Result")
# (the lock to store, or None to delete it; the caller's result)
Change = Callable[[TicketLock | None], tuple[TicketLock | None, Result]]


class AdvisorRedisLockStore(RedisLockStore):  # type: ignore[misc]  # Rasa ships no type stubs
    """``RedisLockStore`` whose ticket changes are atomic across Rasa instances."""

    def __init__(self, endpoint_config: EndpointConfig) -> None:
        super().__init__(host=endpoint_config.url or "localhost", **endpoint_config.kwargs)

    def _key(self, conversation_id: str) -> str:
        return str(self.key_prefix) + conversation_id

    def _atomically(self, conversation_id: str, change: Change[Result]) -> Result:
        """Apply ``change`` to the stored lock in one transaction; retry on a concurrent write."""
        key = self._key(conversation_id)
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    current = TicketLock.from_dict(json.loads(raw)) if raw else None
                    new_lock, result = change(current)
                    pipe.multi()
                    if new_lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new_lock.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue  # another instance changed this lock: read it again

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket, unique across instances."""

        def issue(lock: TicketLock | None) -> tuple[TicketLock | None, int]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._atomically(conversation_id, issue)
        except Exception as error:  # Rasa's contract: lock problems are LockErrors
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets (of a crashed instance, say) without losing new ones."""

        def drop_expired(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_expired_tickets()
            return lock, None

        if self.get_lock(conversation_id) is not None:
            self._atomically(conversation_id, drop_expired)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Remove this ticket; keep the lock for whoever waits."""

        def finish(lock: TicketLock | None) -> tuple[TicketLock | None, None]:
            if lock is not None:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        if self.get_lock(conversation_id) is not None:
            self._atomically(conversation_id, finish)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Remove this ticket, and the lock only when no other ticket is left."""

        def finish_and_maybe_delete(lock: TicketLock | None) -> tuple[TicketLock | None, Any]:
            if lock is None:
                return None, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._atomically(conversation_id, finish_and_maybe_delete)
