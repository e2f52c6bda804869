"""Rasa's pika event broker, publishing only what the analytics funnel reads.

Runs INSIDE Rasa (``.venv-rasa``; named in the rendered endpoints file by
``bot.analytics.broker.rasa_event_broker``).

Why: Rasa's own ``PikaEventBroker`` publishes every event whole: the user's text, the entities,
the slot values (scores, visa needs), and when a publish fails it logs the event at ERROR with
the text in it. The funnel (``bot/analytics/events.py``) needs only the event kind, the sender,
the time, the channel, the intent's and the action's or slot's name, and whether a slot was set.
So each event is cut down to those fields before it leaves the process: no free text or profile
value ever reaches RabbitMQ, its queue or Rasa's error log.
"""

from __future__ import annotations

from typing import Any

from rasa.core.brokers.pika import PikaEventBroker

# The event keys kept as they are; everything else (text, entities, values, metadata) is dropped.
KEPT_KEYS = ("event", "timestamp", "sender_id", "input_channel", "name")


def reduced_event(event: dict[str, Any]) -> dict[str, Any]:
    """The funnel's part of one serialised Rasa event."""
    reduced = {key: event[key] for key in KEPT_KEYS if key in event}
    intent = (event.get("parse_data") or {}).get("intent")
    if isinstance(intent, dict) and isinstance(intent.get("name"), str):
        reduced["parse_data"] = {"intent": {"name": intent["name"]}}
    if event.get("event") == "slot":
        # Only whether the slot was set counts; the value (a score, a visa) never leaves.
        reduced["value"] = True if event.get("value") is not None else None
    return reduced


class AdvisorPikaEventBroker(PikaEventBroker):  # type: ignore[misc]  # Rasa ships no type stubs
    """``PikaEventBroker`` that publishes ``reduced_event(event)`` instead of the event."""

    def publish(self, event: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        super().publish(reduced_event(event), headers)
