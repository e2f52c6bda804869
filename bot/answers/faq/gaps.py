"""The gaps answer: the profile's next steps first, then the graduation gap."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.advice import TOP_GAPS
from bot.answers.citations import source_line
from bot.answers.faq.base import Ask, Topic, brief, review_button, sourced
from bot.answers.labels import ACTION_LABELS, join_words
from bot.answers.messages import MAX_MESSAGE_CHARS, Button, Message, inform_button, pack


def _active_buttons() -> list[Button]:
    return [
        inform_button("Yes, working in medicine", "clinically_active", True),
        inform_button("No, not right now", "clinically_active", False),
    ]


# The facts without which "what should I work on" can only list the usual first steps, as a
# sentence names them.
_CORE_GAP_FIELDS: dict[str, str] = {
    "step2ck_score": "Step 2 CK",
    "us_ir_letters": "US IR letters",
    "usce_months": "hands-on US experience",
    "ir_publications": "publications",
}


def _gaps(ask: Ask) -> list[Message]:
    """ "What should I work on?" and "is my graduation gap a problem?" share the intent: the
    profile's top next steps come first, then the graduation gap; questions and buttons last."""
    steps = _profile_steps(ask)
    unknown = [name for f, name in _CORE_GAP_FIELDS.items() if getattr(ask.profile, f) is None]
    graduation = _graduation_gap(ask)
    if not steps or not unknown:
        return [*steps, graduation]
    # The engine counts unknown facts as still to do: say so, and offer the questions.
    review = review_button()
    note = Message(
        text=f"I don't know your {join_words(unknown)} yet, so these steps count them as still "
        "to do. A few quick questions make them yours.",
        buttons=[] if review in graduation.buttons else [review],
    )
    return [*steps, note, graduation]


def _profile_steps(ask: Ask) -> list[Message]:
    """The strategy's top next steps with their whole targets and sources (none without a
    report), over as many messages as they need."""
    if ask.report is None:
        return []
    actions = sorted(ask.report.actions, key=lambda action: action.priority)[:TOP_GAPS]
    if not actions:
        return []
    header = f"Your top {len(actions)} next steps:" if len(actions) > 1 else "Your next step:"
    steps = [
        f"{number}. {ACTION_LABELS[action.code]}: {action.target}"
        for number, action in enumerate(actions, start=1)
    ]
    texts = pack(steps, header=header, limit=MAX_MESSAGE_CHARS - 60)
    guide = [source for source in ask.report.sources if source.startswith("guide:")]
    line = source_line(guide, limit=MAX_MESSAGE_CHARS - len(texts[-1]) - 1)
    texts[-1] = f"{texts[-1]}\n{line}" if line else texts[-1]
    return [Message(text=text) for text in texts]


def _graduation_gap(ask: Ask) -> Message:
    """Whether time since graduation needs explaining, for this graduation year."""
    p = ask.profile
    sources = ["guide:older_graduates", "guide:faq.older_graduate"]
    years = ask.years_since_graduation
    if years is None:
        return sourced(
            [
                "A gap after graduation isn't disqualifying, but programs want continuous work "
                "in medicine and a clear explanation of any break.",
                "To judge yours: when did you graduate (or when will you)? Tell me, e.g. "
                "'I graduated in 2019'.",
            ],
            sources,
            [review_button()],
        )
    graduated = f"You graduated in {p.graduation_year}"
    if years < 0:
        return sourced(
            [
                f"You expect to graduate in {p.graduation_year}: no gap to explain.",
                "Finish on time, do well in radiology, medicine and surgery rotations, and "
                "get IR exposure early.",
            ],
            ["guide:school_performance"],
        )
    if years <= 2:
        return sourced(
            [
                f"{graduated}: a recent graduate, so gaps are not a concern yet.",
                "Keep it that way: stay in clinical work or research without unexplained "
                "breaks until you start residency.",
            ],
            sources,
        )
    older = years >= fig.OLDER_GRADUATE_YEARS
    lines = [
        f"{graduated}, {years} years ago.",
        "For IR that is harder, not impossible." if older else "",
        "Explain every gap briefly and plainly in ERAS and at interviews.",
        "IR or radiology research counts extra for you; a research position can bridge the gap.",
        "Some older graduates match a broader specialty first and reach IR later; reassess your "
        "chances honestly each cycle."
        if older
        else "",
    ]
    buttons: list[Button] = []
    if p.clinically_active is True:
        lines.append(
            "You're working in medicine now: present it as continuous engagement, ideally with "
            "US-based clinical or research work."
        )
    elif p.clinically_active is False:
        lines.append(
            "Not working in medicine now is the first thing to fix: clinical, research or "
            "teaching work, ideally in the US, before you apply."
        )
    else:
        lines.append("Are you working in medicine now (clinical, research or teaching)?")
        buttons = _active_buttons()
    return sourced(lines, sources, buttons)


def _brief(ask: Ask) -> str:
    years = ask.years_since_graduation
    if years is not None and years >= fig.OLDER_GRADUATE_YEARS:
        line = (
            f"You graduated {years} years ago: harder for IR, not impossible. Explain every gap "
            "plainly and keep working in medicine, ideally in the US."
        )
    else:
        line = (
            "A gap after graduation isn't disqualifying: programs want continuous work in "
            "medicine and a plain explanation of any break."
        )
    return brief(line, ["guide:older_graduates"])


TOPIC = Topic(
    intent="ask_gaps",
    title="what to work on and gaps",
    answer=_gaps,
    brief=_brief,
)
