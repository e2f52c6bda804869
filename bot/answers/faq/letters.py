"""The letters answer: the applicant's US letters against the guide's aim."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, plain, review_button, sourced
from bot.answers.labels import count_text, join_words
from bot.answers.messages import Message


def _letters(ask: Ask) -> list[Message]:
    p = ask.profile
    counts = {
        "a US interventional radiologist (IR)": p.us_ir_letters,
        "a US diagnostic radiologist (DR)": p.us_dr_letters,
        "another US physician who knows you well": p.us_other_letters,
    }
    aim = "The aim: one letter each from " + join_words(counts) + "."
    sources = ["guide:letters", "guide:ir_exposure"]
    if all(count is None for count in counts.values()):
        first = sourced(
            [
                "I don't know your US letters yet. Tell me, e.g. "
                "'1 US IR letter, no DR letter, 2 from US internists'.",
                aim,
            ],
            sources,
            [review_button()],
        )
    else:

        def shown(count: int | None) -> str:
            return "?" if count is None else str(count)

        lines = [
            f"Your US letters: IR {shown(p.us_ir_letters)}, DR {shown(p.us_dr_letters)}, "
            f"other {shown(p.us_other_letters)}.",
            aim,
        ]
        missing = [who for who, count in counts.items() if count == 0]
        unknown = [who.split(" (")[0] for who, count in counts.items() if count is None]
        if missing:
            lines.append("Still missing: " + join_words(missing) + ".")
        elif not unknown:
            lines.append("You have the core set; now make sure each one is strong.")
        if unknown:
            lines.append("Not told yet: " + join_words(unknown) + ".")
        first = sourced(lines, sources)
    low, high = fig.GUIDE_ROTATION_WEEKS
    how = [
        f"Letters that help come from {low}-{high} week rotations where faculty watch you "
        "work; 1-week observerships rarely lead to a strong one."
    ]
    if p.ir_elective_weeks == 0 and (p.us_ir_letters or 0) == 0:
        how.append(f"For the IR letter, a {low}-week US IR elective is your best route.")
    if p.observership_weeks and p.observership_weeks < low and not p.usce_months:
        how.append(
            f"Your {count_text('observership_weeks', p.observership_weeks)} of observership "
            "is a start: turn those contacts into an elective or a research project."
        )
    how.append(
        "A strong letter gives specific examples (work ethic, reasoning, technical skill, "
        "teamwork) and compares you with US students, e.g. 'top 5% I have taught'."
    )
    return [first, plain(how)]


def _brief(ask: Ask) -> str:
    low, high = fig.GUIDE_ROTATION_WEEKS
    line = (
        "Aim for one US letter each from an interventional radiologist, a diagnostic "
        f"radiologist and another US physician; strong ones come from {low}-{high} week rotations."
    )
    if ask.profile.us_ir_letters == 0:
        line += " You have no US IR letter yet: that one comes first."
    return brief(line, ["guide:letters"])


TOPIC = Topic(
    intent="ask_letters",
    title="letters of recommendation",
    answer=_letters,
    brief=_brief,
)
