"""The turn's own texts: commands, a question the bot cannot place, "you also asked about",
the facts still worth giving (distress and out-of-scope replies are ``bot.answers``').

``bot.answers`` holds the answers to the topics; these are the sentences around them. Plain,
warm, short; never the whole plan again.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.faq import FAQ_INTENTS, faq_topic_title
from bot.answers.labels import field_label, join_words
from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Message,
    clip,
    intent_button,
    main_question_buttons,
)
from bot.answers.scope import COVERED_TOPICS
from bot.understanding import Command

PROGRAMS_TITLE = "programs that fit you"


def topic_title(intent: str) -> str:
    """A short name for a topic ("Step 3 timing"), for "You also asked about ..."."""
    if intent in FAQ_INTENTS:
        return faq_topic_title(intent)
    if intent == "ask_programs":
        return PROGRAMS_TITLE
    return intent.removeprefix("ask_").replace("_", " ")


def also_asked(intents: Sequence[str]) -> Message:
    """ "You also asked about X and Y", with a button for each."""
    titles = [topic_title(intent) for intent in intents]
    buttons = [
        intent_button(clip(title[:1].upper() + title[1:], 60), i)
        for title, i in zip(titles, intents, strict=True)
    ]
    return Message(
        text=f"You also asked about {join_words(titles)}: tap to read more.", buttons=buttons
    )


def not_covered_yet(intents: Sequence[str], *, offer_topics: bool = False) -> Message:
    """Topics placed but without an answer of the bot's own: say so, name who knows;
    ``offer_topics`` adds the main questions as buttons (when nothing else was answered)."""
    names = join_words(topic_title(intent) for intent in intents)
    return Message(
        text=clip(
            f"You asked about {names}: I don't have a sourced answer on that yet. The official "
            "pages (ERAS, NRMP, ECFMG) and the programs themselves are the place to check.",
            MAX_MESSAGE_CHARS,
        ),
        buttons=main_question_buttons() if offer_topics else [],
    )


def unplaced() -> Message:
    """A question the bot could not place: a short honest reply and the main topics."""
    return Message(
        text=clip(
            "I'm not sure what you're asking there, sorry. I can help with " + COVERED_TOPICS + ". "
            "Pick one below or ask again in other words.",
            MAX_MESSAGE_CHARS,
        ),
        buttons=main_question_buttons(),
    )


def question_not_placed(question: str, *, offer_topics: bool) -> Message:
    """Facts (or another question) came with a question the bot could not place ("... need
    J1. Enough for IR?"): say so, quoting it, so it is never silently dropped."""
    ask_again = (
        "Pick the closest below, or ask it again in other words."
        if offer_topics
        else "Could you ask it again in other words?"
    )
    return Message(
        text=(
            f"You also asked “{clip(question, 80)}”, and I couldn't tell which topic that is, "
            f"sorry. {ask_again}"
        ),
        buttons=main_question_buttons() if offer_topics else [],
    )


def asking_next(
    fields: Sequence[str], *, confirming: bool = False, after_question: bool = False
) -> Message:
    """Before the (at most three) questions that would change the answer; ``confirming``: a
    quick check of a fact comes first (the confirming question sent after this);
    ``after_question``: the answer above asked its own question, answered first."""
    names = join_words(field_label(field) for field in fields)
    count = "one quick question" if len(fields) == 1 else f"{len(fields)} quick questions"
    if confirming:
        lead = f"First a quick check, then {count} that would change it most ({names})"
    elif after_question:
        lead = f"After the question above, {count} would change it most ({names})"
    else:
        lead = f"{count.capitalize()} would change it most ({names})"
    return Message(
        text=clip(
            f"That answer assumes what you've told me so far. {lead}; say 'just tell me' to "
            "skip them.",
            MAX_MESSAGE_CHARS,
        )
    )


def would_sharpen(fields: Sequence[str]) -> Message:
    """After a personal answer: the facts still unknown that would sharpen it."""
    names = join_words(field_label(field) for field in fields)
    return Message(
        text=clip(
            f"This would sharpen the advice: {names}. "
            "Tell me any time, e.g. 'I have 2 US letters'.",
            MAX_MESSAGE_CHARS,
        )
    )


def answer_unchanged() -> Message:
    """After the profile questions, when the answers leave the first answer as it was."""
    return Message(text="Thanks. What you've just told me doesn't change my answer above.")


def answer_stands() -> Message:
    """Instead of an answer just given again: nothing new was learned since."""
    return Message(
        text=(
            "My answer above still stands with what I know so far. Tell me a fact it assumed, "
            "or ask about another topic, and I'll build on it."
        )
    )


def command_reply(command: Command) -> Message:
    """What the bot says to a conversation command (``JUST_TELL_ME`` is followed by advice)."""
    if command is Command.START_OVER:
        return Message(
            text="OK, a fresh start: I've cleared the facts of this conversation (to erase "
            "everything I stored about you, say 'forget me'). What would you like to know?",
            buttons=main_question_buttons(),
        )
    if command is Command.JUST_TELL_ME:
        return Message(text="Sure, no more questions. Here's my answer with what I know so far.")
    return Message(
        text="OK, no more questions for now. Ask me anything, or pick one:",
        buttons=main_question_buttons(),
    )
