"""The honest-scope answer: for a question outside what the guide and the data support, say
kindly what the bot covers and who does know, never another topic's answer."""

from __future__ import annotations

import re
from enum import Enum

from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Message,
    clip,
    intent_button,
    main_question_buttons,
)

# The topics the bot covers: in the out-of-scope reply and in the reply to a question the bot
# could not place (bot/dialogue/replies.py).
COVERED_TOPICS = (
    "the route into IR (Integrated IR, DR then Independent IR, ESIR), your chances, how many "
    "and which programs, USMLE, letters, research, US clinical experience, visas in outline, "
    "program signals, the application calendar, costs, prelim years, personal statements and "
    "interviews"
)
COVERED = f"I help IMGs reach Interventional Radiology in the US: {COVERED_TOPICS}."


class OutOfScope(str, Enum):
    """What kind of question it is, for who to point to."""

    IMMIGRATION = "immigration"
    OTHER_SPECIALTY = "other_specialty"
    OTHER = "other"


# Visas programs do not give (a family visit on a B-2, what an H-4 EAD or an F-1 allows) are
# immigration questions too: the attorney and ECFMG are who know.
_IMMIGRATION = re.compile(
    r"\b(waiver|conrad|green ?card|permanent residen\w*|\bniw\b|eb-?[123]|o-?1\b|h-?4|"
    r"citizenship|naturali[sz]\w*|asylum|immigration|attorney|lawyer|overstay|"
    r"visa (interview|denial|refus\w*|appointment)|spouse visa|dependents?|ead|f-?1|"
    r"(b-?1|b-?2|b1/b2|tourist|visitor|visit) visas?)\b",
    re.IGNORECASE,
)
_SPECIALTIES: dict[str, str] = {
    r"derm(atology)?": "dermatology",
    r"internal medicine|\bim residency": "internal medicine",
    r"family (medicine|practice)": "family medicine",
    r"pediatric\w*|paediatric\w*|\bpeds\b": "pediatrics",
    r"general surgery|surgical residency": "surgery",
    r"psychiatr\w*|\bpsych\b": "psychiatry",
    r"neurolog\w*": "neurology",
    r"cardiolog\w*": "cardiology",
    r"an(a)?esthesi\w*|\bgas\b": "anesthesiology",
    r"emergency medicine|\bem residency": "emergency medicine",
    r"ob[- /]?gyn|obstetric\w*|gyn(a)?ecolog\w*": "obstetrics and gynecology",
    r"patholog\w*": "pathology",
    r"ophthalmolog\w*": "ophthalmology",
    r"orthop(a)?edic\w*|\bortho\b": "orthopaedics",
    r"radiation oncology|rad ?onc": "radiation oncology",
    r"neurosurg\w*": "neurosurgery",
    r"urolog\w*": "urology",
    r"\bent\b|otolaryngolog\w*": "otolaryngology",
}
_SPECIALTY = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), name) for p, name in _SPECIALTIES.items()]


def classify(text: str) -> tuple[OutOfScope, str | None]:
    """The kind of out-of-scope question, and the specialty it names (if any)."""
    if _IMMIGRATION.search(text):
        return OutOfScope.IMMIGRATION, None
    for pattern, name in _SPECIALTY:
        if pattern.search(text):
            return OutOfScope.OTHER_SPECIALTY, name
    return OutOfScope.OTHER, None


def out_of_scope_answer(text: str) -> list[Message]:
    """A short, kind statement of what the bot covers and who does know, with the main topics."""
    kind, specialty = classify(text)
    if kind is OutOfScope.IMMIGRATION:
        lines = [
            "Waivers, green cards and other immigration-law questions turn on your own case, "
            "so I can't answer them reliably. An immigration attorney is the right person; "
            "ECFMG answers J-1 questions, and a program's GME office knows what it sponsors.",
            "What I can do: which visas programs offer (J-1, H-1B) and how that shapes your "
            "list and route.",
        ]
        buttons = [intent_button("Visas and my list", "ask_visa"), *main_question_buttons()]
    elif kind is OutOfScope.OTHER_SPECIALTY:
        lines = [
            f"I only advise on Interventional Radiology and the DR route into it, so I can't "
            f"speak for {specialty}: NRMP's Charting Outcomes and that specialty's programs and "
            "societies are the places to ask.",
            COVERED,
        ]
        buttons = main_question_buttons()
    else:
        lines = ["That's outside what I can answer well, and I'd rather not guess.", COVERED]
        buttons = main_question_buttons()
    return [Message(text=clip("\n".join(lines), MAX_MESSAGE_CHARS), buttons=buttons)]
