"""The personal statement answer, framed for the applicant's route."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.labels import count_text
from bot.answers.messages import Message
from bot.report import Pathway


def _personal_statement(ask: Ask) -> list[Message]:
    p = ask.profile
    if p.ir_elective_weeks:
        weeks = count_text("ir_elective_weeks", p.ir_elective_weeks)
        origin = (
            f"Open with a real moment from your {weeks} of IR electives: a patient, "
            "a procedure, a mentor."
        )
    else:
        origin = "Open with your first real contact with IR: a patient, a procedure, a mentor."
    first = sourced(
        [
            "Your personal statement, one page:",
            f"- {origin}",
            "- Show realism: IR call, complications, and why diagnostic skill matters.",
            "- Use your IMG angle: how training abroad shaped your view of minimally invasive "
            "care and taught you to adapt.",
        ],
        ["guide:personal_statement"],
    )
    framing = {
        Pathway.INTEGRATED_IR_PLUS_DR: (
            "You apply to both: write an IR-led version for Integrated IR and a DR-first "
            "version for DR programs."
        ),
        Pathway.DR_THEN_INDEPENDENT_IR: (
            "Your main applications are DR: lead with DR as your foundation, IR as the "
            "long-term goal through the Independent route."
        ),
        Pathway.STRENGTHEN_THEN_APPLY: (
            "You apply in a later cycle: draft now, and let the research or prelim year give "
            "you the story."
        ),
        Pathway.RECALIBRATE: (
            "Write for the route you choose next; your IR interest can stay as one thread."
        ),
    }
    lines = [
        framing.get(ask.pathway, "") if ask.pathway else "",
        "For DR programs keep IR and DR in balance; avoid 'IR or nothing': aim to be an "
        "excellent diagnostic radiologist who builds on that to practise IR.",
    ]
    years = ask.years_since_graduation
    if years is not None and years >= fig.OLDER_GRADUATE_YEARS:
        lines.append(
            f"Since you graduated {years} years ago, give one or two plain sentences on what "
            "you did in those years."
        )
    second = sourced(lines, ["guide:personal_statement", "guide:faq.ir_in_dr_application"])
    return [first, second]


def _brief(ask: Ask) -> str:
    line = (
        "One page: a real moment with IR, realism about the work, your IMG angle; for DR "
        "programs, DR as the foundation and IR as the long-term goal."
    )
    return brief(line, ["guide:personal_statement"])


TOPIC = Topic(
    intent="ask_personal_statement",
    title="the personal statement",
    answer=_personal_statement,
    brief=_brief,
)
