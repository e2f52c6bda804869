"""The visa answer: J-1 and H-1B for this applicant, never legal advice."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import NOT_LEGAL_ADVICE, Ask, Topic, brief, sourced
from bot.answers.labels import STEP3_LABELS
from bot.answers.messages import Button, Message, inform_button
from bot.profile import ApplicantType, Step3Result, VisaNeed
from bot.report import Pathway
from bot.strategy.rules import STEP3_TIMING_H1B


def _visa_buttons() -> list[Button]:
    return [
        inform_button("J-1", "visa_need", "j1"),
        inform_button("H-1B", "visa_need", "h1b"),
        inform_button("No visa needed", "visa_need", "none"),
        inform_button("Not sure yet", "visa_need", "undecided"),
    ]


def _j1_lines(ask: Ask) -> list[str]:
    pgy1, dr, ir = fig.DR_ROUTE_YEARS
    route = pgy1 + dr + ir
    lines = [
        "J-1: ECFMG is the only sponsor for residents, for about "
        f"{fig.J1_LIMIT_YEARS} years of training in total.",
        f"The DR route ({pgy1} PGY-1 year + {dr} DR + {ir} Independent IR = {route} years) "
        "uses all of it: no room for a repeated year or a later fellowship. "
        f"Integrated IR takes {fig.INTEGRATED_IR_YEARS}.",
        f"Afterwards a {fig.J1_HOME_YEARS}-year home-country requirement applies.",
        f"About {fig.DR_PROGRAMS_J1_PCT}% of DR programs in a 2023 survey offered J-1.",
    ]
    if ask.pathway is Pathway.STRENGTHEN_THEN_APPLY:
        lines.append("A prelim year on a J-1 before DR uses up part of those years too.")
    return lines


def _h1b_lines(ask: Ask) -> list[str]:
    p = ask.profile
    step3 = STEP3_LABELS[p.step3] if p.step3 is not None else "not told yet"
    lines = [
        "H-1B: you need all USMLE Steps passed, including Step 3, and eligibility for a "
        f"state licence. Your Step 3: {step3}.",
        f"Only about {fig.DR_PROGRAMS_H1B_PCT}% of DR programs in a 2023 survey offered "
        f"H-1B (vs {fig.DR_PROGRAMS_J1_PCT}% J-1): applying for J-1 too widens your list a lot.",
    ]
    if p.step3 is not Step3Result.PASSED:
        lines.append(STEP3_TIMING_H1B)
    return lines


def _visa(ask: Ask) -> list[Message]:
    p = ask.profile
    rules = [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_H1B_RULES, fig.SRC_SURVEY_J1]
    if p.visa_need is None:
        lines = [
            f"Both exist, J-1 far more often: in a 2023 survey about "
            f"{fig.DR_PROGRAMS_J1_PCT}% of DR programs offered J-1 (ECFMG-sponsored) and "
            f"{fig.DR_PROGRAMS_H1B_PCT}% H-1B (needs Step 3).",
            "Which visa would you need? It changes which programs fit you.",
        ]
        if p.applicant_type is ApplicantType.US_IMG:
            lines.append("As a US citizen or resident you likely need none: tap 'No visa needed'.")
        return [sourced(lines, rules, _visa_buttons(), footer=NOT_LEGAL_ADVICE)]
    if p.visa_need is VisaNeed.NONE:
        lines = [
            "You told me you need no visa, so sponsorship doesn't narrow your list the way it "
            "does for visa-dependent IMGs.",
            "Programs still differ in how open they are to IMGs: many Integrated IR programs "
            "have historically taken few, so look for a record of matching IMGs.",
            f"(In a 2023 survey only {fig.DR_PROGRAMS_H1B_PCT}% of DR programs offered H-1B "
            f"and {fig.DR_PROGRAMS_J1_PCT}% J-1.) If that changes, tell me.",
        ]
        sources = [fig.SRC_SURVEY_J1, fig.SRC_SURVEY_H1B, "guide:challenge", "guide:targeting"]
        return [sourced(lines, sources, footer=NOT_LEGAL_ADVICE)]
    if p.visa_need is VisaNeed.J1:
        return [
            sourced(
                _j1_lines(ask),
                [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_J1_HOME, fig.SRC_SURVEY_J1],
                footer=NOT_LEGAL_ADVICE,
            )
        ]
    if p.visa_need is VisaNeed.H1B:
        return [
            sourced(
                _h1b_lines(ask),
                [fig.SRC_H1B_RULES, fig.SRC_SURVEY_H1B, "guide:usmle.step3"],
                footer=NOT_LEGAL_ADVICE,
            )
        ]
    # Undecided: both, then the reason to decide early.
    return [
        sourced(
            [
                "Decide early: the visa decides which programs belong on your list.",
                *_j1_lines(ask),
            ],
            [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_J1_HOME],
        ),
        sourced(
            _h1b_lines(ask),
            [fig.SRC_H1B_RULES, fig.SRC_SURVEY_H1B],
            _visa_buttons(),
            footer=NOT_LEGAL_ADVICE,
        ),
    ]


def _brief(ask: Ask) -> str:
    need = ask.profile.visa_need
    survey = (
        f"about {fig.DR_PROGRAMS_J1_PCT}% of DR programs offered J-1 and "
        f"{fig.DR_PROGRAMS_H1B_PCT}% H-1B (2023 survey)"
    )
    if need is VisaNeed.NONE:
        line = (
            "Needing no visa, sponsorship does not narrow your list, though many Integrated IR "
            "programs have historically taken few IMGs."
        )
        sources = [fig.SRC_SURVEY_J1, "guide:challenge"]
    elif need is VisaNeed.H1B:
        line = (
            f"H-1B needs Step 3 passed; only about {fig.DR_PROGRAMS_H1B_PCT}% of DR programs "
            "offered it in a 2023 survey."
        )
        sources = [fig.SRC_H1B_RULES, fig.SRC_SURVEY_H1B]
    elif need is VisaNeed.J1:
        line = (
            f"J-1 is sponsored by ECFMG for about {fig.J1_LIMIT_YEARS} years of training; "
            f"about {fig.DR_PROGRAMS_J1_PCT}% of DR programs offered it (2023 survey)."
        )
        sources = [fig.SRC_J1_RULES, fig.SRC_SURVEY_J1]
    else:
        line = f"The visa decides which programs fit: {survey}; H-1B also needs Step 3."
        sources = [fig.SRC_SURVEY_J1, fig.SRC_SURVEY_H1B, fig.SRC_H1B_RULES]
    return brief(f"{line} Information, not legal advice.", sources)


TOPIC = Topic(
    intent="ask_visa",
    title="visas",
    answer=_visa,
    brief=_brief,
)
