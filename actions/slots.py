"""Rasa slots <-> ``ApplicantProfile``, and the names of the dialogue's own slots.

The profile slots carry the CONTRACT section 3 names. Rasa keeps numbers in float slots (251 comes
back as 251.0) and enums as strings; ``profile_from_slots`` turns them back into a validated
profile, dropping (and logging) a value that no longer validates instead of failing the turn.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import ValidationError

from bot.dialogue.goals import (
    GOAL_BY_INTENT,
    GOAL_FIELDS,
    PATHWAY_FIELDS,
    PROGRAM_FIELDS,
    AdviceGoal,
    parse_goal,
)
from bot.profile import ALL_FIELDS, ApplicantProfile

logger = logging.getLogger(__name__)

REQUESTED_SLOT = "requested_slot"
ADVICE_GOAL = "advice_goal"
SKIPPED_FIELDS = "skipped_fields"
FAILED_ATTEMPTS = "failed_attempts"
PROGRAM_OFFSET = "program_offset"
RECOMMENDED_PATHWAY = "recommended_pathway"
# The facts the profile form asks for the current goal (at most three, set by the dispatcher).
FORM_FIELDS = "form_fields"


# Goals (which question the form serves) live in bot.dialogue.goals; re-exported here for the
# actions that read the ``advice_goal`` slot.
__all__ = [
    "GOAL_BY_INTENT",
    "GOAL_FIELDS",
    "PATHWAY_FIELDS",
    "PROGRAM_FIELDS",
    "AdviceGoal",
    "parse_goal",
]

_INTEGER_FIELDS = frozenset(
    name
    for name, info in ApplicantProfile.model_fields.items()
    if "int" in str(info.annotation) and "list" not in str(info.annotation)
)


def fields_for_goal(goal: AdviceGoal) -> tuple[str, ...]:
    """Every profile field the goal may ask, in asking order."""
    return GOAL_FIELDS[goal]


def validate_fact(field: str, value: Any) -> Any:
    """``value`` as the slot should hold it, or ``ValueError`` naming what is allowed.

    Whole numbers of integer fields become ``int`` (Rasa hands them back as floats); enums
    become their string values; a single region becomes a one-item list.
    """
    if field not in ApplicantProfile.model_fields:
        raise ValueError(f"{field}: not a profile field")
    if field == "preferred_regions" and isinstance(value, str):
        value = [value]
    if field in _INTEGER_FIELDS and isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        profile = ApplicantProfile.model_validate({field: value})
    except ValidationError as error:
        raise ValueError(error.errors()[0]["msg"]) from None
    return profile.to_json_dict()[field]


def profile_from_slots(slots: Mapping[str, Any]) -> ApplicantProfile:
    """The profile the slots describe (the contract's fields and ``cycle_stage``, where the
    applicant is this season); unset slots stay unknown, invalid ones are dropped."""
    data: dict[str, Any] = {}
    for field in ALL_FIELDS:
        value = slots.get(field)
        if value is None:
            continue
        try:
            data[field] = validate_fact(field, value)
        except ValueError as error:
            logger.warning("dropping slot %s: %s", field, error)  # never the value: personal
    return ApplicantProfile.model_validate(data)


def slots_from_profile(profile: ApplicantProfile) -> dict[str, Any]:
    """The known facts of ``profile`` as slot values (enums as strings)."""
    return {field: value for field, value in profile.to_json_dict().items() if value is not None}


def same_value(old: Any, new: Any) -> bool:
    """Whether a slot's old value equals a new one (251.0 == 251; lists ignore order)."""
    if isinstance(old, list) and isinstance(new, list):
        return sorted(map(str, old)) == sorted(map(str, new))
    return bool(old == new)


def skipped_fields(slots: Mapping[str, Any]) -> list[str]:
    """The ``skipped_fields`` slot as a list of field names."""
    value = slots.get(SKIPPED_FIELDS)
    return [str(item) for item in value] if isinstance(value, list) else []


def failed_attempts(slots: Mapping[str, Any]) -> int:
    """The ``failed_attempts`` slot as an int (0 when unset)."""
    value = slots.get(FAILED_ATTEMPTS)
    return int(value) if isinstance(value, (int, float)) else 0


def turn_events(events: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The events after the latest user message (this turn so far)."""
    for index in range(len(events) - 1, -1, -1):
        if events[index].get("event") == "user":
            return list(events[index + 1 :])
    return []


def said_this_turn(events: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the bot already replied since the user spoke (e.g. a correction's "Updated")."""
    return any(event.get("event") == "bot" for event in turn_events(events))


def slot_changes_this_turn(
    events: Sequence[Mapping[str, Any]], fields: Sequence[str] = ALL_FIELDS
) -> dict[str, tuple[Any, Any]]:
    """``{field: (value before this turn, value now)}`` for the fields set since the user spoke."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    seen_user = False
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            seen_user = True
            continue
        if kind in ("restart", "reset_slots"):
            break
        if kind != "slot" or event.get("name") not in fields:
            continue
        name = str(event["name"])
        if not seen_user:
            after.setdefault(name, event.get("value"))
        elif name in after:
            before.setdefault(name, event.get("value"))
    return {
        name: (before.get(name), value)
        for name, value in after.items()
        if not same_value(before.get(name), value)
    }


def latest_intent(latest_message: Mapping[str, Any] | None) -> str | None:
    """The intent NLU gave the latest message (``nlu_fallback`` included), or None.

    rasa_sdk's ``get_intent_of_latest_message`` reads ``intent_ranking`` and skips the fallback
    intent; the dialogue needs to see the fallback, and payload messages may carry no ranking.
    """
    intent = (latest_message or {}).get("intent") or {}
    name = intent.get("name") if isinstance(intent, Mapping) else None
    return str(name) if name else None
