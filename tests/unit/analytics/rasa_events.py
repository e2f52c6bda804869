"""Rasa events as its pika broker publishes them (``{"sender_id": ..., **event.as_dict()}``)."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc).timestamp()


def body(event: dict[str, Any]) -> bytes:
    return json.dumps(event).encode()


def user(
    sender: str,
    text: str = "hello",
    intent: str = "greet",
    channel: str = "rest",
    at: float = NOON,
    confidence: float = 0.97,
) -> dict[str, Any]:
    return {
        "sender_id": sender,
        "event": "user",
        "timestamp": at,
        "metadata": {"model_id": "m"},
        "text": text,
        "parse_data": {
            "intent": {"name": intent, "confidence": confidence},
            "entities": [],
            "text": text,
            "intent_ranking": [{"name": intent, "confidence": confidence}],
        },
        "input_channel": channel,
        "message_id": "abc",
    }


def action(sender: str, name: str, at: float = NOON) -> dict[str, Any]:
    return {
        "sender_id": sender,
        "event": "action",
        "timestamp": at,
        "name": name,
        "policy": "RulePolicy",
        "confidence": 1.0,
        "action_text": None,
        "hide_rule_turn": False,
    }


def slot(sender: str, name: str, value: Any, at: float = NOON) -> dict[str, Any]:
    return {"sender_id": sender, "event": "slot", "timestamp": at, "name": name, "value": value}


def bot(sender: str, text: str, at: float = NOON) -> dict[str, Any]:
    return {"sender_id": sender, "event": "bot", "timestamp": at, "text": text, "data": {}}


def session_start(sender: str, at: float = NOON) -> list[dict[str, Any]]:
    """Rasa's session start with carried-over slots (as after 60 idle minutes)."""
    return [
        action(sender, "action_session_start", at),
        {"sender_id": sender, "event": "session_started", "timestamp": at},
        slot(sender, "recommended_pathway", "dr_esir", at),
        slot(sender, "step2ck_score", 251, at),
        action(sender, "action_listen", at),
    ]
