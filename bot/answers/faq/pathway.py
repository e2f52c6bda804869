"""The short pathway answer (the full strategy is ``bot.answers.advice``)."""

from __future__ import annotations

from bot.answers.advice import in_season, main_reasons, next_step_buttons, stage_note
from bot.answers.faq.base import Ask, Topic, brief, plain, sourced
from bot.answers.labels import PATHWAY_LABELS, STANCE_LABELS
from bot.answers.messages import Message, clip_sentences, intent_button


def _pathway(ask: Ask) -> list[Message]:
    if ask.report is None:
        return [
            plain(
                [
                    "Your route depends on your scores, letters, research, US experience, "
                    "graduation year and visa. A few quick questions and I'll tell you."
                ],
                [intent_button("Let's start", "ask_pathway")],
            )
        ]
    report = ask.report
    lines = [
        # "this cycle" named as the season the plan is for (never a season already under way).
        f"In short: {in_season(PATHWAY_LABELS[report.pathway], report)}.",
        f"Integrated IR: {in_season(STANCE_LABELS[report.integrated_ir], report)}.",
    ]
    # The "why" lines are the route's own reasons, never the calendar; where the season stands
    # goes to a message of its own, so it never pushes out why Integrated IR is (not) worth it.
    lines.extend(f"Why: {clip_sentences(reason, 300)}" for reason in main_reasons(report))
    note = stage_note(report)
    answer = sourced(
        lines,
        ["guide:faq.integrated_or_dr", "guide:pathways.dr_independent"],
        next_step_buttons(report, show_chances=True),
    )
    return [answer, Message(text=clip_sentences(note, 300))] if note else [answer]


def _brief(ask: Ask) -> str:
    if ask.report is None:
        line = (
            "Your route depends on your scores, letters, research, US experience, graduation "
            "year and visa: a few questions and I'll tell you."
        )
    else:
        line = (
            f"In short: {in_season(PATHWAY_LABELS[ask.report.pathway], ask.report)}; "
            f"Integrated IR: {in_season(STANCE_LABELS[ask.report.integrated_ir], ask.report)}."
        )
    return brief(line, ["guide:faq.integrated_or_dr"])


TOPIC = Topic(
    intent="ask_pathway",
    title="your route: Integrated IR or DR",
    answer=_pathway,
    brief=_brief,
)
