"""What every FAQ topic module shares: the context of one answer, a topic's entry, and the
message helpers (sourced lines, plain lines, the review button).

A topic module defines its answer and its brief (one or two lines for a question asked beside
another) and ends with ``TOPIC = Topic(...)``; ``bot.answers.faq.registry`` lists the topics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.answers.calendar_facts import cited_line
from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Button,
    Message,
    clip_sentences,
    intent_button,
)
from bot.profile import ApplicantProfile
from bot.report import Pathway, StrategyReport

NOT_LEGAL_ADVICE = (
    "This is information, not legal advice: check ECFMG and an immigration attorney "
    "before you decide."
)


class UnknownFaqIntentError(ValueError):
    """``faq_answer`` was asked about an intent it has no answer for."""


@dataclass(frozen=True)
class Ask:
    """What one answer works from."""

    profile: ApplicantProfile
    report: StrategyReport | None
    year: int
    today: date
    question: str = ""  # the applicant's words, when the answer may use what they name

    @property
    def years_since_graduation(self) -> int | None:
        if self.profile.graduation_year is None:
            return None
        return self.year - self.profile.graduation_year

    @property
    def pathway(self) -> Pathway | None:
        return self.report.pathway if self.report else None


@dataclass(frozen=True)
class Topic:
    """One FAQ topic: its intent, a short human name, the full answer and the brief one.

    ``title`` completes "You also asked about ..." (lower case unless a name, e.g.
    "Step 3 timing"); ``brief`` gives one or two lines for a question asked beside the main one.
    """

    intent: str
    title: str
    answer: Callable[[Ask], list[Message]]
    brief: Callable[[Ask], str]
    # Topics whose brief the full answer already says (the count answer's signals paragraph):
    # asked beside it, they are offered as a button instead of said twice.
    covers: tuple[str, ...] = ()


def sourced(
    lines: list[str],
    sources: list[str],
    buttons: list[Button] | None = None,
    *,
    footer: str = "",
) -> Message:
    """Lines, a footer kept whole (e.g. the not-legal-advice line) and a source line.

    Under the size limit the source line is trimmed first, then the lines; never the footer.
    """
    room = MAX_MESSAGE_CHARS - 60 - (len(footer) + 1 if footer else 0)
    body = fit_lines(lines, room)
    if footer:
        body = f"{body}\n{footer}"
    line = cited_line(sources, limit=MAX_MESSAGE_CHARS - len(body) - 1)
    text = f"{body}\n{line}" if line else body
    return Message(text=text, buttons=buttons or [])


def fit_lines(lines: list[str], room: int) -> str:
    """The lines (blank ones dropped) in at most ``room`` characters, never cut mid-sentence:
    whole lines while they fit, then whole sentences of the next; a word cut only when not
    even the first sentence of the first line fits."""
    kept: list[str] = []
    for raw in lines:
        for line in raw.splitlines():
            if not line:
                continue
            left = room - len("\n".join(kept)) - (1 if kept else 0)
            if len(line) <= left:
                kept.append(line)
                continue
            part = clip_sentences(line, left) if left > 0 else ""
            if part and (not part.endswith("…") or not kept):
                kept.append(part)
            return "\n".join(kept)
    return "\n".join(kept)


def plain(lines: list[str], buttons: list[Button] | None = None) -> Message:
    """Lines without a source line (how-to advice that the previous message sourced)."""
    return Message(
        text=fit_lines(lines, MAX_MESSAGE_CHARS),
        buttons=buttons or [],
    )


def review_button() -> Button:
    # The pathway goal's form asks for every missing fact that matters, one at a time.
    return intent_button("Answer a few questions", "ask_pathway")


def relative(value: float, reference: float) -> str:
    if value > reference:
        return "above"
    return "at" if value == reference else "below"


def brief(line: str, sources: list[str]) -> str:
    """A brief answer: one line, and its source line under it."""
    cited = cited_line(sources, limit=160)
    return f"{line}\n{cited}" if cited else line


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 53rd, 82nd."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"
