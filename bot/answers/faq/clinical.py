"""The US clinical experience answer: hands-on work, observerships and IR electives."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, plain, review_button, sourced
from bot.answers.labels import count_text, join_words
from bot.answers.messages import Message
from bot.report import Pathway


def _clinical_experience(ask: Ask) -> list[Message]:
    p = ask.profile
    low, high = fig.GUIDE_ROTATION_WEEKS
    sources = ["guide:ir_exposure", "guide:letters"]
    known = {
        "usce_months": p.usce_months,
        "observership_weeks": p.observership_weeks,
        "ir_elective_weeks": p.ir_elective_weeks,
    }
    if all(value is None for value in known.values()):
        first = sourced(
            [
                "I don't know your US experience yet. Tell me, e.g. '3 months of US "
                "electives, 2 weeks observership, no IR elective'.",
                "Programs value hands-on US work far above observing.",
            ],
            sources,
            [review_button()],
        )
    else:
        parts = [
            f"{count_text(field, value)} {label}"
            for field, value, label in (
                ("usce_months", p.usce_months, "hands-on"),
                ("observership_weeks", p.observership_weeks, "of observerships"),
                ("ir_elective_weeks", p.ir_elective_weeks, "of IR electives"),
            )
            if value is not None
        ]
        lines = [f"Your US experience: {join_words(parts)}."]
        if not p.usce_months:
            lines.append(
                "Hands-on US experience is the gap: electives, sub-internships or a prelim "
                "year let faculty see you work, and that is where letters come from."
            )
        if p.ir_elective_weeks == 0 or p.ir_elective_weeks is None:
            lines.append(f"Next: a {low}-week IR elective at a US academic center.")
        elif p.ir_elective_weeks < low:
            lines.append(f"Your IR time is short of {low} weeks: a longer elective gives a letter.")
        else:
            lines.append("Your IR elective time is solid: keep those mentors in touch.")
        first = sourced(lines, sources)
    steps = [
        f"Build it in stages: observe IR procedures and clinic; then {low}-{high} week IR "
        "electives; then keep your mentors updated on exams, research and applications.",
        "On an elective: arrive early, stay late, present a case at IR conference, help with "
        "a chart review, and ask for feedback.",
    ]
    if ask.pathway is Pathway.STRENGTHEN_THEN_APPLY:
        steps.append("For you, a US preliminary year would give USCE and new letters at once.")
    return [first, plain(steps)]


def _brief(ask: Ask) -> str:
    low, high = fig.GUIDE_ROTATION_WEEKS
    line = (
        "Programs value hands-on US work (electives, sub-internships) far above observing; "
        f"a {low}-{high} week IR elective is where an IR letter comes from."
    )
    if ask.profile.usce_months == 0:
        line += " Hands-on US experience is your gap."
    return brief(line, ["guide:ir_exposure", "guide:letters"])


TOPIC = Topic(
    intent="ask_clinical_experience",
    title="US clinical experience",
    answer=_clinical_experience,
    brief=_brief,
)
