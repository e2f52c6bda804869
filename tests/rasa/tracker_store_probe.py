"""Exercises ``AdvisorSQLTrackerStore`` inside Rasa's environment and prints what it saw as JSON.

Run by tests/rasa/test_tracker_store.py with ``.venv-rasa/bin/python`` (Rasa is not installed in
the project environment): ``python tracker_store_probe.py <sqlalchemy url>``. Rasa's own
``SQLTrackerStore`` on the same database is the reference for what is stored.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.rasa_extensions.sql_tracker_store import AdvisorSQLTrackerStore  # noqa: E402


def turn(text: str, slot_value: float) -> list[Any]:
    return [
        UserUttered(text, {"name": "inform", "confidence": 1.0}),
        SlotSet("step2ck_score", slot_value),
        ActionExecuted("action_listen"),
    ]


def stored(reference: SQLTrackerStore, sender: str) -> list[dict[str, Any]]:
    """The sender's events as Rasa's own store reads them back."""
    tracker = asyncio.run(reference.retrieve(sender))
    return [] if tracker is None else [e.as_dict() for e in tracker.events]


def in_memory(tracker: Any) -> list[dict[str, Any]]:
    return [e.as_dict() for e in tracker.events]


def main(url: str) -> None:
    domain = Domain.load(str(ROOT / "domain.yml"))
    store = AdvisorSQLTrackerStore(domain=domain, host=url)
    reference = SQLTrackerStore(domain=domain, host=url)
    run = asyncio.run
    seen: dict[str, Any] = {}

    tracker = run(store.get_or_create_tracker("alice"))
    for event in turn("251", 251.0):
        tracker.update(event)
    run(store.save(tracker))
    again = run(store.retrieve("alice"))
    seen["cache_hit_is_same_object"] = again is tracker
    seen["saved_equals_reference"] = stored(reference, "alice") == in_memory(tracker)

    for event in turn("248", 248.0):
        again.update(event)
    run(store.save(again))
    seen["second_save_equals_reference"] = stored(reference, "alice") == in_memory(again)
    seen["rows_after_two_turns"] = len(stored(reference, "alice"))

    # A turn that failed before saving: the in-memory tracker has events the database lacks.
    again.update(UserUttered("half a turn", {"name": "inform", "confidence": 1.0}))
    reloaded = run(store.retrieve("alice"))
    seen["unsaved_change_reloads"] = reloaded is not again
    seen["reloaded_equals_reference"] = in_memory(reloaded) == stored(reference, "alice")

    # Another writer (a second Rasa instance) appends events: they are seen.
    other = run(reference.retrieve("alice"))
    for event in turn("250", 250.0):
        other.update(event)
    run(reference.save(other))
    after_other = run(store.retrieve("alice"))
    seen["other_writer_seen"] = after_other.get_slot("step2ck_score") == 250.0

    # forget_me: the action server deletes the sender's rows.
    table = SQLTrackerStore.SQLEvent.__table__
    with store.engine.begin() as connection:
        connection.execute(table.delete().where(table.c.sender_id == "alice"))
    seen["after_delete"] = run(store.retrieve("alice"))

    # Deleted DURING a turn (forget_me runs inside the turn): the save after it writes only
    # that turn's events; the forgotten ones do not come back.
    bob = run(store.get_or_create_tracker("bob"))
    for event in turn("230", 230.0):
        bob.update(event)
    run(store.save(bob))
    bob = run(store.retrieve("bob"))
    with store.engine.begin() as connection:
        connection.execute(table.delete().where(table.c.sender_id == "bob"))
    bob.update(UserUttered("forget me", {"name": "forget_me", "confidence": 1.0}))
    bob.update(ActionExecuted("action_forget_me"))
    run(store.save(bob))
    seen["rows_after_forget_turn"] = [e["event"] for e in stored(reference, "bob")]
    seen["forget_turn_not_cached"] = run(store.retrieve("bob")) is not bob

    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as connection:
            seen["journal_mode"] = connection.execute(sa.text("PRAGMA journal_mode")).scalar()
    print(json.dumps(seen))


if __name__ == "__main__":
    main(sys.argv[1])
