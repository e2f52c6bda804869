"""The "did you mean ...?" question of the two-stage fallback, in words an applicant reads.

Rasa's default asks "Did you mean 'ask_usmle'?", showing the intent's internal name. When the
classifier is unsure, the bot names the likeliest topic in plain words instead and offers to
go on with it or to rephrase. When the likeliest intent is a reply or small talk ("no", "hi"),
it asks to rephrase and offers the main topics.
"""

from __future__ import annotations

from bot.answers.messages import Button, Message, intent_button, main_question_buttons

# What each topic means, as the end of "Did you mean: ...?".
INTENT_DESCRIPTIONS: dict[str, str] = {
    "bot_challenge": "asking whether I'm a bot",
    "help": "asking what I can do",
    "ask_pathway": "which pathway fits you (Integrated IR, or DR then Independent IR)",
    "ask_programs": "which programs to apply to",
    "ask_application_count": "how many programs to apply to",
    "ask_research": "research and publications",
    "ask_letters": "letters of recommendation",
    "ask_usmle": "USMLE scores and attempts",
    "ask_visa": "visas (J-1, H-1B) and sponsorship",
    "ask_clinical_experience": "US clinical experience (USCE, observerships, electives)",
    "ask_personal_statement": "your personal statement",
    "ask_interview": "interviews",
    "ask_contingency": "a backup plan if you don't match",
    "ask_gaps": "what to work on to become a stronger applicant",
    "ask_dr_framing": "how to present yourself when applying to Diagnostic Radiology",
    "ask_chances": "your chances of matching",
    "show_profile": "what I know about you",
    "forget_me": "erasing what you told me",
}
# Replies and small talk: "Did you mean: no?" helps nobody, so the bot asks to rephrase and
# offers the main topics instead. Every domain intent is in one of the two (a unit test checks).
REPHRASE_INSTEAD = frozenset(
    {"greet", "goodbye", "affirm", "deny", "thank", "out_of_scope", "inform", "more", "skip"}
)

# The "No" button: Rasa's two-stage fallback then asks the user to rephrase.
REJECT_INTENT = "out_of_scope"


def affirmation_question(intent: str | None) -> Message:
    """Ask whether the user meant ``intent``'s topic; else ask to rephrase, with the main topics."""
    description = INTENT_DESCRIPTIONS.get(intent or "")
    if intent is None or description is None:
        return Message(
            text="Sorry, I didn't quite get that. Could you say it another way, or pick a topic?",
            buttons=[*main_question_buttons(), intent_button("What else can you do?", "help")],
        )
    return Message(
        text=f"I'm not sure I understood. Did you mean: {description}?",
        buttons=[
            intent_button("Yes", intent),
            Button(title="No, something else", payload=f"/{REJECT_INTENT}"),
        ],
    )
