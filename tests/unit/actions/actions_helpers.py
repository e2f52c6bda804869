"""Building rasa_sdk ``Tracker``s the way Rasa sends them, and running actions."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def user_event(
    text: str, intent: str, entities: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "entities": entities or []},
    }


def slot_event(name: str, value: Any) -> dict[str, Any]:
    return {"event": "slot", "name": name, "value": value}


def action_event(name: str) -> dict[str, Any]:
    return {"event": "action", "name": name}


def make_tracker(
    text: str = "",
    intent: str = "inform",
    *,
    slots: dict[str, Any] | None = None,
    entities: list[dict[str, Any]] | None = None,
    before: list[dict[str, Any]] | None = None,
    after: list[dict[str, Any]] | None = None,
    form: str | None = None,
    sender: str = "tester",
) -> Tracker:
    """A tracker whose latest user message is ``text``/``intent``.

    ``before``: events before the message (their slot values are also applied); ``after``:
    events after it (this turn so far; applied to the slots too, like Rasa does).
    """
    before = before or []
    after = after or []
    events = [*before, user_event(text, intent, entities), *after]
    current: dict[str, Any] = {}
    for event in events:
        if event["event"] == "slot":
            current[event["name"]] = event["value"]
    current.update(slots or {})
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
    }
    return Tracker(
        sender,
        current,
        latest,
        events,
        False,
        None,
        {"name": form} if form else {},
        "action_listen",
    )


def run_action(
    action: Any, tracker: Tracker, domain: dict[str, Any]
) -> tuple[list[Any], list[dict[str, Any]]]:
    """Run an action; returns (events, messages it sent)."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return list(events), dispatcher.messages


def slot_sets(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(str(m.get("text") or m.get("response") or "") for m in messages)
