"""The bot's personalised texts: pure functions from profile/report/programs to messages.

No Rasa imports and no I/O: the actions in ``actions/`` call these and send the result with
``dispatcher.utter_message(**message.as_utterance())``.
"""

from bot.answers.advice import strategy_messages
from bot.answers.distress import distress_acknowledgement, distress_answer
from bot.answers.faq import (
    FAQ_INTENTS,
    UnknownFaqIntentError,
    faq_answer,
    faq_covered,
    faq_topic_title,
)
from bot.answers.messages import MAX_MESSAGE_CHARS, MAX_PAYLOAD_BYTES, Button, Message
from bot.answers.profile_texts import (
    FactChange,
    acknowledge_facts,
    profile_summary,
    rejection_message,
)
from bot.answers.programs import program_messages
from bot.answers.scope import out_of_scope_answer

__all__ = [
    "FAQ_INTENTS",
    "MAX_MESSAGE_CHARS",
    "MAX_PAYLOAD_BYTES",
    "Button",
    "FactChange",
    "Message",
    "UnknownFaqIntentError",
    "acknowledge_facts",
    "distress_acknowledgement",
    "distress_answer",
    "faq_answer",
    "faq_covered",
    "faq_topic_title",
    "out_of_scope_answer",
    "profile_summary",
    "program_messages",
    "rejection_message",
    "strategy_messages",
]
