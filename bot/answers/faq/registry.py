"""The FAQ topics, one line each, and the functions that answer by intent.

Adding a topic: a new module in ``bot/answers/faq/`` ending with ``TOPIC = Topic(...)`` and one
line in ``TOPICS`` below.
"""

from __future__ import annotations

from datetime import date

from bot.answers.faq import (
    applications,
    chances,
    clinical,
    contingency,
    costs,
    do_comlex,
    dr_framing,
    esir,
    exam_timing,
    gaps,
    interview,
    letters,
    observership,
    pathway,
    personal_statement,
    prelim,
    research,
    research_position,
    signals,
    switching,
    timeline,
    trained_radiologist,
    usmle,
    visa,
)
from bot.answers.faq.base import Ask, Topic, UnknownFaqIntentError
from bot.answers.messages import MAX_MESSAGE_CHARS, Message, clip, intent_button
from bot.profile import ApplicantProfile
from bot.report import StrategyReport
from bot.strategy import clock

TOPICS: tuple[Topic, ...] = (
    research.TOPIC,
    letters.TOPIC,
    usmle.TOPIC,
    visa.TOPIC,
    clinical.TOPIC,
    personal_statement.TOPIC,
    interview.TOPIC,
    gaps.TOPIC,
    dr_framing.TOPIC,
    contingency.TOPIC,
    applications.TOPIC,
    chances.TOPIC,
    pathway.TOPIC,
    timeline.TOPIC,
    esir.TOPIC,
    signals.TOPIC,
    costs.TOPIC,
    prelim.TOPIC,
    exam_timing.TOPIC,
    do_comlex.TOPIC,
    switching.TOPIC,
    trained_radiologist.TOPIC,
    research_position.TOPIC,
    observership.TOPIC,
)

_BY_INTENT: dict[str, Topic] = {topic.intent: topic for topic in TOPICS}
FAQ_INTENTS: tuple[str, ...] = tuple(_BY_INTENT)


def _topic(intent: str) -> Topic:
    topic = _BY_INTENT.get(intent)
    if topic is None:
        raise UnknownFaqIntentError(
            f"no FAQ answer for intent {intent!r}; known: {', '.join(FAQ_INTENTS)}"
        )
    return topic


def faq_topic_title(intent: str) -> str:
    """A short human name for the intent's topic, e.g. "Step 3 timing" (for "You also asked
    about ..."); raises ``UnknownFaqIntentError`` for an intent without an answer."""
    return _topic(intent).title


def faq_covered(intent: str) -> tuple[str, ...]:
    """The topics the intent's full answer already covers (none for an unknown intent)."""
    topic = _BY_INTENT.get(intent)
    return topic.covers if topic else ()


def faq_answer(
    intent: str,
    profile: ApplicantProfile,
    report: StrategyReport | None,
    *,
    current_year: int | None = None,
    brief: bool = False,
    today: date | None = None,
    question: str = "",
) -> list[Message]:
    """The answer to one FAQ intent for this applicant, as one to four messages.

    ``report`` is the strategy for this profile when the caller has one (some answers use the
    pathway and application numbers); ``today`` (for where the season stands) defaults to the
    clock's date and ``current_year`` to its year. With
    ``brief=True`` the answer is one message of one or two lines, for a question asked beside
    the main one, with a button that asks for the full answer. ``question`` is the
    applicant's message, for answers that use what it names ("100 programs").
    """
    topic = _topic(intent)
    day = today if today is not None else clock.today()
    year = current_year if current_year is not None else day.year
    ask = Ask(profile=profile, report=report, year=year, today=day, question=question)
    if not brief:
        return topic.answer(ask)
    more = intent_button(clip(f"More on {topic.title}", 60), intent)
    return [Message(text=clip(topic.brief(ask), MAX_MESSAGE_CHARS), buttons=[more])]
