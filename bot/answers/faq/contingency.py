"""Plan B: what to do if the match does not work out, and when to recalibrate."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.labels import count_text
from bot.answers.messages import Message, pack


def _contingency(ask: Ask) -> list[Message]:
    p = ask.profile
    messages: list[Message] = []
    if ask.report and ask.report.contingency:
        items = [f"- {item}" for item in ask.report.contingency]
        texts = pack(items, header="Your plan B, from your profile:")
        messages.extend(Message(text=text) for text in texts)
    else:
        low, high = fig.GUIDE_REASSESS_MONTHS
        messages.append(
            sourced(
                [
                    "If you don't match Integrated IR but match DR: you are still on the IR "
                    "path. Seek IR rotations and mentors, and tell your PD early.",
                    "If you match neither: a US research year, more publications and US "
                    "letters, then reapply to DR.",
                    "If you don't match DR: a prelim medicine or surgery year (new US letters, "
                    f"research on the side, reassess after {low}-{high} months) or an IR "
                    "research fellowship.",
                ],
                [
                    "guide:contingency.no_integrated",
                    "guide:contingency.no_dr",
                ],
            )
        )
    lines: list[str] = []
    cycles, interviews = p.match_cycles, p.prior_interviews
    if cycles and interviews == 0 and cycles >= 2:
        lines.append(
            f"You've had {count_text('match_cycles', cycles)} without a DR or IR interview: "
            "that is the point to weigh other routes seriously."
        )
    elif cycles:
        told = (
            f" and {count_text('prior_interviews', interviews)}" if interviews is not None else ""
        )
        lines.append(
            f"You've had {count_text('match_cycles', cycles)}{told}: each cycle, check honestly "
            "what improved."
        )
    lines.append(
        "Recalibrate when several cycles bring no interviews despite improvements, when "
        "exam or visa barriers persist, or when more cycles aren't affordable."
    )
    lines.append(
        "Your IR interest still transfers: DR outside the US, vascular medicine, cardiology, "
        "or interventional work in other health systems."
    )
    messages.append(sourced(lines, ["guide:contingency.recalibrate"]))
    return messages


def _brief(ask: Ask) -> str:
    line = (
        "Matching DR without Integrated IR keeps you on the IR path (Independent IR); matching "
        "neither calls for a plan that changes something: research, new US letters, US work."
    )
    return brief(line, ["guide:contingency.no_integrated", "guide:contingency.no_dr"])


TOPIC = Topic(
    intent="ask_contingency",
    title="plan B",
    answer=_contingency,
    brief=_brief,
)
