"""What the bot knows about the applicant: summary, confirmations of new facts, refusals."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from bot.answers.labels import (
    FIELD_LABELS,
    allowed_text,
    fact_phrase,
    field_label,
    value_label,
)
from bot.answers.messages import Message, clip, intent_button, main_question_buttons, pack
from bot.profile import CONTEXT_FIELDS, ApplicantProfile

CORRECT_HINT = "To correct anything, just tell me, e.g. 'my Step 2 is 251'."
FORGET_HINT = "To erase everything I keep about you, say 'forget me'."

# Summary order: who you are, exams, experience, letters, research, history, wishes.
# Lists every profile field (a unit test checks it).
SUMMARY_ORDER: tuple[str, ...] = (
    "applicant_type",
    "graduation_year",
    "clinically_active",
    "visa_need",
    "step1",
    "step2ck_score",
    "step2ck_first_attempt",
    "step3",
    "usce_months",
    "observership_weeks",
    "ir_elective_weeks",
    "us_ir_letters",
    "us_dr_letters",
    "us_other_letters",
    "ir_publications",
    "ir_abstracts",
    "research_years",
    "match_cycles",
    "prior_interviews",
    "preferred_regions",
)


class FactChange(BaseModel):
    """One profile fact as it changed: ``old`` or ``new`` is None when absent (raw or typed)."""

    model_config = ConfigDict(frozen=True)

    field: str
    old: object = None
    new: object = None


def profile_summary(profile: ApplicantProfile) -> list[Message]:
    """What the bot knows (label: value), what it doesn't yet, and how to correct or forget."""
    known = [field for field in SUMMARY_ORDER if getattr(profile, field) is not None]
    known += [field for field in CONTEXT_FIELDS if getattr(profile, field) is not None]
    unknown = [field for field in SUMMARY_ORDER if getattr(profile, field) is None]
    if not known:
        text = (
            "I don't know anything about you yet. Tell me your facts in your own words, e.g. "
            f"'non-US IMG, Step 2 251, need a J-1', or let me ask. {FORGET_HINT}"
        )
        return [Message(text=text, buttons=[intent_button("Ask me questions", "ask_pathway")])]
    lines = [
        f"- {field_label(field)}: {value_label(field, getattr(profile, field))}" for field in known
    ]
    messages = [Message(text=text) for text in pack(lines, header="Here's what I know about you:")]
    tail: list[str] = []
    if unknown:
        tail.append(clip("Not told yet: " + ", ".join(FIELD_LABELS[f] for f in unknown) + ".", 400))
    tail.extend([CORRECT_HINT, FORGET_HINT])
    buttons = [intent_button("Ask me the rest", "ask_pathway")] if unknown else []
    messages.append(Message(text="\n".join(tail), buttons=buttons))
    return messages


def acknowledge_facts(
    changes: list[FactChange], *, offer_next_steps: bool = False, asked: bool = False
) -> Message:
    """'Got it: Step 2 CK 251.' / 'Updated Step 2 CK: 248 (was 251).' for what changed.

    ``offer_next_steps`` adds buttons for the main questions (facts given out of the blue are
    usually the start of one of them); ``asked`` (the message also held a question the bot
    took for facts) says to pick the question or ask it on its own."""
    added = [c for c in changes if c.old is None and c.new is not None]
    updated = [c for c in changes if c.old is not None and c.new is not None and c.old != c.new]
    cleared = [c for c in changes if c.old is not None and c.new is None]
    unchanged = [c for c in changes if c.old is not None and c.old == c.new]
    sentences: list[str] = []
    if added:
        sentences.append("Got it: " + "; ".join(fact_phrase(c.field, c.new) for c in added) + ".")
    sentences.extend(
        f"Updated {field_label(c.field)}: {value_label(c.field, c.new)} "
        f"(was {value_label(c.field, c.old)})."
        for c in updated
    )
    sentences.extend(
        f"Cleared {field_label(c.field)} (was {value_label(c.field, c.old)})." for c in cleared
    )
    if unchanged and not (added or updated or cleared):
        sentences.append(
            "I already had that: " + "; ".join(fact_phrase(c.field, c.new) for c in unchanged) + "."
        )
    if not sentences:
        return Message(
            text="I didn't catch a fact I can note there. You can say, e.g. 'my Step 2 is 251'."
        )
    if asked and offer_next_steps:
        sentences.append("If you asked me something too, pick it below or ask it on its own.")
    buttons = main_question_buttons() if offer_next_steps else []
    return Message(text=clip(" ".join(sentences), 600), buttons=buttons)


def _states_range(reason: str, allowed: str) -> bool:
    """Whether the reason already names the allowed range ("scores run from 1 to 300")."""
    limits = re.search(r"from \S+ to \S+|0 or more", allowed)
    return bool(limits and limits.group(0) in reason)


def rejection_message(field: str, reason: str) -> Message:
    """A refused value: which field, why, and what is allowed, so the user can answer again."""
    allowed = allowed_text(field)
    # str(ProfileError) starts with the field's code name; the label replaces it.
    reason = reason.strip().removeprefix(f"{field}:").strip().rstrip(".")
    text = f"I can't use that for {field_label(field)}"
    text += f": {reason}." if reason else "."
    if "allowed" not in reason and not _states_range(reason, allowed):
        text += f" I need {allowed}."
    return Message(text=clip(text, 600))
