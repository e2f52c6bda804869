"""action_forget_me: the stored profile at once, the tracker rows only after Rasa's save."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor

from actions_helpers import make_tracker, slot_sets, texts
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import insert

from actions import profile as profile_actions
from actions.profile import ForgetMe
from actions.storage import database_engine, forget_service, tracker_engine
from bot.db import transaction
from bot.profile import ApplicantProfile
from bot.profile_store import ProfileRepository
from bot.tracker_store import EVENTS, TRACKER_METADATA


def save_rows(sender: str, *actions: str, at: float | None = None) -> None:
    """Insert rows the way Rasa's SQLTrackerStore.save does."""
    stamp = time.time() if at is None else at
    with tracker_engine().begin() as connection:
        for offset, action in enumerate(actions):
            connection.execute(
                insert(EVENTS).values(
                    sender_id=sender,
                    type_name="action",
                    timestamp=stamp + offset * 0.001,
                    action_name=action,
                    data=json.dumps({"event": "action", "name": action}),
                )
            )


def test_forget_me_erases_profile_now_and_rows_after_the_save(domain, databases, monkeypatch):
    monkeypatch.setattr("bot.forget.SWEEP_DELAYS", (0.2,))
    TRACKER_METADATA.create_all(tracker_engine())
    with transaction(database_engine()) as session:
        ProfileRepository(session).save("alice", ApplicantProfile(step2ck_score=250))
    save_rows("alice", "action_session_start", "action_listen", "action_give_advice")
    save_rows("bob", "action_listen")
    service = forget_service()

    async def scenario() -> tuple[list, list, int, int]:
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(
            "forget me", "forget_me", slots={"step2ck_score": 250.0}, sender="alice"
        )
        events = await ForgetMe().run(dispatcher, tracker, domain)
        await asyncio.sleep(0.3)
        # Rasa has not saved the turn yet: nothing of the conversation may be gone yet, or the
        # save would re-insert it (it appends the events beyond the rows it counts).
        rows_before_save = service.conversation_rows("alice")
        save_rows("alice", "action_forget_me", "action_listen")  # Rasa's save of this turn
        await asyncio.gather(*profile_actions._ERASE_TASKS)
        return events, dispatcher.messages, rows_before_save, service.conversation_rows("alice")

    events, messages, rows_before_save, rows_after = asyncio.run(scenario())
    assert rows_before_save == 3
    assert rows_after == 0
    assert service.conversation_rows("bob") == 1
    with transaction(database_engine()) as session:
        assert ProfileRepository(session).get("alice") is None
    assert {"event": "reset_slots"} in [{"event": e["event"]} for e in events]
    assert slot_sets(events) == {}
    assert "erased" in texts(messages)


def test_sweep_removes_history_re_inserted_by_a_racing_save(databases):
    TRACKER_METADATA.create_all(tracker_engine())
    old = time.time() - 10
    save_rows("carol", "action_listen", at=old)
    save_rows("carol", "action_forget_me")
    service = forget_service()
    with ThreadPoolExecutor(max_workers=1) as pool:
        erase = pool.submit(service.erase_conversation_after_save, "carol", 0, sweep_delays=(0.5,))
        deadline = time.monotonic() + 5
        while service.conversation_rows("carol") and time.monotonic() < deadline:
            time.sleep(0.01)
        assert service.conversation_rows("carol") == 0
        # A message that was in flight makes Rasa re-insert the old history (old timestamps)
        # together with its own new turn.
        save_rows("carol", "action_listen", "action_forget_me", at=old)
        save_rows("carol", "action_new_turn", at=time.time() + 5)
        result = erase.result(timeout=10)
    assert result.saved_in_time
    assert result.rows_deleted == 4
    assert service.conversation_rows("carol") == 1  # only the new turn is left
