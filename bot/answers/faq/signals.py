"""Program signals: how many there are, how DR and IR share them, and where to spend them for
this applicant (``ask_signals``)."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.calendar_facts import cal, value
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import VisaNeed
from bot.report import Pathway

_DR_MAIN = (Pathway.DR_THEN_INDEPENDENT_IR, Pathway.INTEGRATED_IR_PLUS_DR)


def _counts() -> Message:
    return sourced(
        [
            f"ERAS 2025 (AAMC): {value('signals.2025.dr_ir_signals_count')}: a signal sent to "
            "an Integrated IR program is one fewer for DR.",
            f"ERAS 2026: {value('signals.2026.dr_ir_signals_count')}. For ERAS 2027 only a "
            "third-party app's code gives numbers (DR and IR 6 gold + 9 silver, Integrated IR 8 "
            "of its own): unverified, so check AAMC's signaling page for your season before "
            "you plan.",
            f"Why they matter: applicants got interviews from about "
            f"{fig.SIGNALLED_INTERVIEW_PCT}% of programs they signalled vs "
            f"{fig.UNSIGNALLED_INTERVIEW_PCT}% of the rest (2024 radiology survey).",
        ],
        [
            cal("signals.2025.dr_ir_signals_count"),
            cal("signals.2027.dr_ir_signals_third"),
            fig.SRC_SIGNALS,
        ],
    )


def _spending(ask: Ask) -> Message:
    p = ask.profile
    lines = [
        "Spend them on programs you really want and could realistically get: AAMC advises "
        "signalling your most-wanted programs whatever your rotations; a signal counts for "
        "all tracks of that specialty at the institution (a 2024 blog).",
    ]
    sponsor = (
        {
            VisaNeed.J1: "that sponsor J-1",
            VisaNeed.H1B: "that sponsor H-1B (few do)",
        }.get(p.visa_need)
        if p.visa_need
        else None
    )
    if sponsor:
        lines.append(f"For you: programs that have taken IMGs and {sponsor}.")
    elif p.visa_need is None:
        lines.append("Programs that have taken IMGs and, if you need a visa, sponsor it.")
    if ask.report is not None:
        apps = ask.report.applications
        if apps.integrated_ir == 0 and apps.dr:
            lines.append("Your plan has no Integrated IR applications: every signal goes to DR.")
        elif ask.pathway in _DR_MAIN and apps.integrated_ir:
            lines.append(
                "DR is your main route, so most signals belong there, favouring DR programs "
                "with strong IR (IR programs often take their own DR residents into "
                "Independent IR); an Integrated IR signal is one taken from that pool."
            )
    return sourced(
        lines,
        [
            cal("signals.2025.aamc_guidance_home_away"),
            cal("signals.2024.signal_scope_across_program"),
            "guide:targeting",
            "guide:pathways.dr_independent",
        ],
    )


def _signals(ask: Ask) -> list[Message]:
    return [_counts(), _spending(ask)]


def _brief(ask: Ask) -> str:
    pool = value("signals.2025.dr_ir_signals_count").split(",")[0]
    line = (
        f"In ERAS 2025, DR and IR shared one pool of signals ({pool}); signalled programs gave "
        f"interviews far more often (~{fig.SIGNALLED_INTERVIEW_PCT}% vs "
        f"{fig.UNSIGNALLED_INTERVIEW_PCT}%). Check AAMC for this season's numbers."
    )
    return brief(line, [cal("signals.2025.dr_ir_signals_count"), fig.SRC_SIGNALS])


TOPIC = Topic(
    intent="ask_signals",
    title="program signals",
    answer=_signals,
    brief=_brief,
)
