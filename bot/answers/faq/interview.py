"""The interview answer: what programs test and the 'if you don't match IR' question."""

from __future__ import annotations

from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.labels import count_text
from bot.answers.messages import Message


def _interview(ask: Ask) -> list[Message]:
    p = ask.profile
    if p.ir_elective_weeks:
        cases = "Bring 2-3 IR cases from your electives where IR changed the patient's care."
    else:
        cases = "Bring 2-3 IR cases you saw where IR changed the patient's care."
    if p.usce_months:
        adapted = (
            f"Your {count_text('usce_months', p.usce_months)} of US clinical work answer "
            "'how have you adapted to US medicine?'"
        )
    else:
        adapted = (
            "Expect 'why US training, and how have you adapted?': without hands-on US work "
            "yet, an elective before interviews would give you the answer."
        )
    first = sourced(
        [
            "Interviews test fit, safety and whether you know what IR involves.",
            f"- {cases}",
            "- Show how IR works with surgery, oncology, vascular medicine and critical care.",
            f"- {adapted}",
        ],
        ["guide:interview"],
    )
    lines = [
        "They will ask: 'If you don't match IR, what then?' A strong answer: you want to be "
        "a very good diagnostic radiologist, would pursue IR through the Independent route, "
        "and stay committed to DR either way. 'I'll just reapply' is weak."
    ]
    if p.match_cycles:
        lines.append(
            f"After {count_text('match_cycles', p.match_cycles)}, be ready to say what you "
            "changed since then."
        )
    return [first, sourced(lines, ["guide:interview", "guide:faq.ir_in_dr_application"])]


def _brief(ask: Ask) -> str:
    line = (
        "Interviews test fit, safety and whether you know IR: bring 2-3 IR cases and a real "
        "answer to 'what if you don't match IR?' ('I'll just reapply' is weak)."
    )
    return brief(line, ["guide:interview"])


TOPIC = Topic(
    intent="ask_interview",
    title="interviews",
    answer=_interview,
    brief=_brief,
)
