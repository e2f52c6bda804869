"""Answers to the FAQ intents, worked out for this applicant's profile (and report, if any).

One module per topic (``research``, ``letters``, ``usmle``, ...), each ending with a ``TOPIC``;
``registry`` lists them and answers by intent; ``base`` holds what they share. Each answer
compares what the applicant told us with the guide's targets and the sourced figures in
``bot.answers.figures``, says what is missing when a fact is unknown (with a button to give
it), and ends with a short source line.
"""

from bot.answers.faq.base import NOT_LEGAL_ADVICE, UnknownFaqIntentError
from bot.answers.faq.registry import (
    FAQ_INTENTS,
    TOPICS,
    faq_answer,
    faq_covered,
    faq_topic_title,
)
from bot.answers.faq.usmle import step2_percentile

__all__ = [
    "FAQ_INTENTS",
    "NOT_LEGAL_ADVICE",
    "TOPICS",
    "UnknownFaqIntentError",
    "faq_answer",
    "faq_covered",
    "faq_topic_title",
    "step2_percentile",
]
