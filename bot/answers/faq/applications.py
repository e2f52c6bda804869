"""How many programs to apply to, and how to use signals on them."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.advice import in_season, main_reasons
from bot.answers.faq.base import Ask, Topic, brief, review_button, sourced
from bot.answers.labels import number_text
from bot.answers.messages import Message, clip_sentences
from bot.profile import VisaNeed
from bot.report import Pathway

# "this cycle" is named as the season the plan is for (never one already under way).
_FOR_YOU = "For you (applying this cycle)"
_NOT_APPLYING_NOW = (Pathway.STRENGTHEN_THEN_APPLY, Pathway.RECALIBRATE)


def _application_count(ask: Ask) -> list[Message]:
    p = ask.profile
    general = (
        f"Many IMGs apply to {fig.GUIDE_DR_APPLICATIONS} DR programs; in 2024 the average DR "
        f"applicant sent {fig.AVG_DR_APPLICATIONS} applications and the average IR applicant "
        f"{fig.AVG_IR_APPLICATIONS} (all applicant types)."
    )
    sources = ["guide:targeting", "guide:dual_application", fig.SRC_APPS_DR]
    if ask.report is None:
        first = sourced(
            [
                "I need a few facts about you to size your list (scores, letters, visa).",
                general,
            ],
            sources,
            [review_button()],
        )
    else:
        apps = ask.report.applications
        lines = [
            f"{in_season(_FOR_YOU, ask.report)}: Integrated IR {apps.integrated_ir}, DR {apps.dr}, "
            f"PGY-1 {apps.pgy1}.",
            general,
        ]
        if not apps.dr and ask.report.pathway in _NOT_APPLYING_NOW:
            # "DR 0" alone reads as "don't bother": say it is the route, and when it changes.
            why = " ".join(clip_sentences(reason, 200) for reason in main_reasons(ask.report, 1))
            lines.append(
                f"DR 0 for now because my read is to strengthen the profile first. {why} "
                "Once that is done, the range above is where the count starts."
            )
        if apps.dr and apps.pgy1:
            lines.append("DR usually starts at PGY-2, so the PGY-1 year is applied for separately.")
        if p.visa_need is VisaNeed.H1B:
            lines.append("Needing H-1B, aim at the top of your range: few programs sponsor it.")
        first = sourced(lines, sources)
    sponsor = {
        None: " and, if you need a visa, sponsor it",
        VisaNeed.NONE: "",
    }.get(p.visa_need, " and sponsor your visa")
    second = sourced(
        [
            "Signals (DR and IR shared one pool in ERAS 2025; ask me about signals for this "
            "season): applicants heard back with an interview from "
            f"about {fig.SIGNALLED_INTERVIEW_PCT}% of programs they signalled vs "
            f"{fig.UNSIGNALLED_INTERVIEW_PCT}% of the rest (2024 survey): spend them on "
            f"programs that took IMGs{sponsor}.",
        ],
        [fig.SRC_SIGNALS],
    )
    return [first, second, _step2_and_ranks()]


def _step2_and_ranks() -> Message:
    """What the 2026 medians do and do not say (never "Step 2 CK barely matters")."""
    return sourced(
        [
            "Step 2 CK is the critical number programs screen on. Non-US IMGs who matched DR "
            "in 2026 and those who didn't had similar medians "
            f"({fig.DR_IMG_MATCHED_STEP2_MEDIAN} vs {fig.DR_IMG_UNMATCHED_STEP2_MEDIAN}), but "
            "both groups had already applied and passed that screening: it says nothing about "
            "the score's effect on getting interviews.",
            "Those who matched ranked more programs (median "
            f"{number_text(fig.DR_IMG_MATCHED_RANKS_MEDIAN)} vs "
            f"{number_text(fig.DR_IMG_UNMATCHED_RANKS_MEDIAN)}) because they had more interviews; "
            "a broad, well-aimed list is how interviews come.",
        ],
        [
            "guide:usmle.step2ck",
            fig.SRC_STEP2_DR_IMG,
            fig.SRC_STEP2_DR_IMG_UNMATCHED,
            fig.SRC_RANKS_DR_IMG,
        ],
    )


def _brief(ask: Ask) -> str:
    if ask.report is not None:
        apps = ask.report.applications
        line = (
            f"{in_season(_FOR_YOU, ask.report)}: Integrated IR {apps.integrated_ir}, DR {apps.dr}, "
            f"PGY-1 {apps.pgy1}."
        )
        if not apps.dr and ask.report.pathway in _NOT_APPLYING_NOW:
            line += " DR 0 for now: my read is to strengthen the profile first."
    else:
        line = (
            f"Many IMGs apply to {fig.GUIDE_DR_APPLICATIONS} DR programs; your number depends "
            "on your scores, letters and visa."
        )
    return brief(line, ["guide:targeting"])


TOPIC = Topic(
    intent="ask_application_count",
    title="how many programs to apply to",
    answer=_application_count,
    brief=_brief,
    covers=("ask_signals",),
)
