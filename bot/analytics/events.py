"""From one Rasa event (as its broker publishes it) to the funnel steps it marks.

Only the funnel's facts leave this module: which step, which channel, which day. Message text,
slot values, entities and confidence scores are read past and never kept.

| step | marked by |
|---|---|
| started | any user message (one per conversation, day and channel) |
| advice | ``action_give_advice``, or the ``recommended_pathway`` slot set by an answer |
| programs | the ``ask_programs`` intent, ``action_show_programs``, or a program page shown
  (the ``program_offset`` slot set) |
| fallback | the ``nlu_fallback`` intent, or Rasa's fallback actions |
| forgot | ``action_forget_me`` (then the conversation's rows are erased; bot.analytics.store) |

Rasa re-sets carried-over slots at each session start; those slot events mark nothing
(``Observation.in_session_start``; the consumer knows who is inside one).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.channels.sessions import TELEGRAM_PREFIX


class FunnelStep(str, Enum):
    """The funnel's columns, in order."""

    STARTED = "started"
    ADVICE = "advice"
    PROGRAMS = "programs"
    FALLBACK = "fallback"
    FORGOT = "forgot"


SESSION_START_ACTION = "action_session_start"
ACTION_STEPS: dict[str, FunnelStep] = {
    "action_give_advice": FunnelStep.ADVICE,
    "action_show_programs": FunnelStep.PROGRAMS,
    "action_default_fallback": FunnelStep.FALLBACK,
    "action_two_stage_fallback": FunnelStep.FALLBACK,
    "action_forget_me": FunnelStep.FORGOT,
}
INTENT_STEPS: dict[str, FunnelStep] = {
    "ask_programs": FunnelStep.PROGRAMS,
    "nlu_fallback": FunnelStep.FALLBACK,
}
SLOT_STEPS: dict[str, FunnelStep] = {
    "recommended_pathway": FunnelStep.ADVICE,
    "program_offset": FunnelStep.PROGRAMS,
}
UNKNOWN_CHANNEL = "unknown"
TELEGRAM_CHANNEL = "telegram"
_CHANNEL_CHARACTERS = re.compile(r"[^a-z0-9_-]")
MAX_CHANNEL_LENGTH = 32


class MalformedEventError(ValueError):
    """A message that is not a Rasa event; the text says why (never the message itself)."""


class _Event(BaseModel):
    """The few fields of a Rasa event the funnel reads; the rest is ignored unread."""

    model_config = ConfigDict(extra="ignore")

    sender_id: str = Field(min_length=1, max_length=1000)
    event: str = Field(min_length=1, max_length=100)
    timestamp: float = Field(ge=0, le=1e11)
    name: str | None = None  # an action's or a slot's name
    value: object = None  # a slot's value: only whether it is set is looked at
    input_channel: str | None = None
    parse_data: dict[str, object] | None = None


@dataclass(frozen=True)
class Observation:
    """What one event tells the funnel. ``channel`` is None unless the event names it (only
    user messages do); then the channel of the sender's current turn applies."""

    sender_id: str
    event: str
    action: str | None
    steps: tuple[FunnelStep, ...]
    day: date
    channel: str | None

    @property
    def forgets(self) -> bool:
        return FunnelStep.FORGOT in self.steps

    def in_session_start(self) -> Observation:
        """This observation when it came inside Rasa's session start: a slot event there only
        carries a slot over to the new session and marks nothing."""
        return replace(self, steps=()) if self.event == "slot" else self


def channel_name(input_channel: str | None, sender_id: str) -> str:
    """The channel to count a conversation under: the gateway's senders (``tg:``, who reach
    Rasa through the REST channel) as ``telegram``, the others by Rasa's ``input_channel``."""
    if sender_id.startswith(TELEGRAM_PREFIX):
        return TELEGRAM_CHANNEL
    cleaned = _CHANNEL_CHARACTERS.sub("", (input_channel or "").lower())[:MAX_CHANNEL_LENGTH]
    return cleaned or UNKNOWN_CHANNEL


def _intent(parse_data: dict[str, object] | None) -> str | None:
    intent = (parse_data or {}).get("intent")
    name = intent.get("name") if isinstance(intent, dict) else None
    return name if isinstance(name, str) else None


def read_event(body: bytes) -> Observation:
    """The funnel's reading of one published event; MalformedEventError when it is not one."""
    try:
        raw = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise MalformedEventError("not JSON") from None
    if not isinstance(raw, dict):
        raise MalformedEventError("not a JSON object")
    try:
        event = _Event.model_validate(raw)
    except ValidationError as error:
        fields = sorted({".".join(str(p) for p in e["loc"]) for e in error.errors()})
        raise MalformedEventError("bad or missing " + ", ".join(fields)) from None
    steps: list[FunnelStep] = []
    channel: str | None = None
    action: str | None = None
    if event.event == "user":
        channel = channel_name(event.input_channel, event.sender_id)
        steps.append(FunnelStep.STARTED)
        intent_step = INTENT_STEPS.get(_intent(event.parse_data) or "")
        if intent_step is not None:
            steps.append(intent_step)
    elif event.event == "action":
        action = event.name
        if event.name in ACTION_STEPS:
            steps.append(ACTION_STEPS[event.name])
    elif event.event == "slot" and event.value is not None and event.name in SLOT_STEPS:
        steps.append(SLOT_STEPS[event.name])
    day = datetime.fromtimestamp(event.timestamp, timezone.utc).date()
    return Observation(event.sender_id, event.event, action, tuple(steps), day, channel)
