"""The reply to distress: warm and human first; with words of self-harm, the US 988 Suicide &
Crisis Lifeline and local emergency help, said plainly and kindly; then an offer to continue."""

from __future__ import annotations

from bot.answers.messages import Message, intent_button

_CONTINUE = "Go on, one step"


def distress_answer(self_harm: bool) -> list[Message]:
    """Two short messages: care (and crisis help for self-harm), then a gentle offer to go on."""
    if self_harm:
        care = Message(
            text=(
                "I'm really sorry you're carrying this. You matter far more than any match "
                "or any application.\n"
                "If you are thinking about hurting yourself or ending your life, please reach "
                "out now: in the US, call or text 988 (the Suicide & Crisis Lifeline), any "
                "time. Anywhere else, call your local emergency number or go to the nearest "
                "emergency department. If you can, let someone close to you know how you feel "
                "today."
            )
        )
        offer = "I'm here whenever you want to come back to your plans, with no rush at all."
    else:
        care = Message(
            text=(
                "That sounds really hard. Feeling this way after so much work, and with so "
                "much that your family has put in, makes sense; many applicants go through "
                "it and still find their way.\n"
                "Please be gentle with yourself tonight, and talk to someone you trust. If it "
                "ever feels like too much, a doctor or a counsellor can help."
            )
        )
        offer = "When you're ready, we can look at one concrete next step together, nothing more."
    return [
        care,
        Message(
            text=offer,
            buttons=[intent_button(_CONTINUE, "ask_gaps"), intent_button("Not now", "goodbye")],
        ),
    ]


def distress_acknowledgement() -> Message:
    """One warm line before the answer to a question asked in distress."""
    return Message(
        text=(
            "That sounds like a lot to carry right now, and it is a normal way to feel in this "
            "process. Let's take your question calmly, one step at a time."
        )
    )
