"""The strategy report as a few short chat messages (pathway, gaps, numbers, plan B, chances)."""

from __future__ import annotations

from collections.abc import Mapping

from bot.answers.citations import source_line
from bot.answers.labels import (
    ACTION_FAQ_INTENT,
    ACTION_LABELS,
    LEVEL_LABELS,
    PATHWAY_LABELS,
    PATHWAY_SHORT_LABELS,
    STANCE_LABELS,
    field_label,
    join_words,
)
from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Button,
    Message,
    clip,
    fit_list,
    intent_button,
)
from bot.profile import ApplicantProfile
from bot.report import Pathway, StrategyReport

TOP_GAPS = 3
# Room for the engine's free text inside one message (the rest is our framing).
_REASON_CHARS = 220
_WHY_CHARS = 90
_TARGET_CHARS = 100


def pathway_message(report: StrategyReport) -> Message:
    """The route and the Integrated IR stance in plain words, with the main reason."""
    lines = [
        f"Your best route: {PATHWAY_LABELS[report.pathway]}.",
        f"Integrated IR: {STANCE_LABELS[report.integrated_ir]}.",
    ]
    if report.reasons:
        lines.append(f"Main reason: {clip(report.reasons[0], _REASON_CHARS)}")
    comp = report.competitiveness
    lines.append(
        f"Competitiveness now: Integrated IR {LEVEL_LABELS[comp.integrated_ir]}, "
        f"DR {LEVEL_LABELS[comp.dr]}."
    )
    return Message(text=_with_sources("\n".join(lines), report.sources))


def gaps_message(report: StrategyReport) -> Message | None:
    """The top gaps to close, each with why and its concrete target (None when none)."""
    actions = sorted(report.actions, key=lambda action: action.priority)[:TOP_GAPS]
    if not actions:
        return None
    items = [
        f"{number}. {ACTION_LABELS[action.code]}. {clip(action.why, _WHY_CHARS)}\n"
        f"   Target: {clip(action.target, _TARGET_CHARS)}"
        for number, action in enumerate(actions, start=1)
    ]
    header = f"Your top {len(actions)} gaps to close:" if len(actions) > 1 else "Your top gap:"
    return Message(text=fit_list(header, items))


def applications_message(report: StrategyReport) -> Message:
    """How many programs of each kind to apply to this cycle."""
    apps = report.applications
    if apps.integrated_ir == apps.dr == apps.pgy1 == 0:
        text = (
            "Applications this cycle: none. Your plan is to build the profile first and apply "
            "in a later cycle, when the applications will count."
        )
        return Message(text=text)
    lines = [
        "Applications this cycle:",
        f"- Integrated IR: {apps.integrated_ir}",
        f"- Diagnostic Radiology (DR): {apps.dr}",
        f"- PGY-1 (prelim/transitional): {apps.pgy1}",
    ]
    if apps.dr and apps.pgy1:
        lines.append(
            "Most DR positions start at PGY-2, so the PGY-1 year is a separate application."
        )
    if apps.integrated_ir == 0 and report.pathway is not Pathway.INTEGRATED_IR_PLUS_DR:
        lines.append("No Integrated IR applications: they would cost money for little chance.")
    return Message(text="\n".join(lines))


def contingency_message(report: StrategyReport) -> Message | None:
    """Plan B in one message."""
    if not report.contingency:
        return None
    items = [f"- {item}" for item in report.contingency]
    return Message(text=fit_list("If it doesn't work out:", items))


def chances_text(report: StrategyReport) -> str | None:
    """The engine's chance estimate (an extra ``chances`` key), read defensively.

    Expected shape: ``{"dr": {"summary": "..."}, "integrated_ir": {...}}``; a plain string per
    track or for the whole is accepted too. Anything else is ignored rather than shown wrongly.
    """
    extra = report.model_extra or {}
    chances = extra.get("chances")
    if isinstance(chances, str) and chances.strip():
        return clip(chances, 450)
    if not isinstance(chances, Mapping):
        return None
    lines: list[str] = []
    for track, estimate in chances.items():
        summary: object = estimate
        if isinstance(estimate, Mapping):
            summary = estimate.get("summary") or estimate.get("text")
        if isinstance(summary, str) and summary.strip():
            label = {"dr": "DR", "integrated_ir": "Integrated IR"}.get(str(track), str(track))
            lines.append(f"- {label}: {clip(summary, 200)}")
    if not lines:
        return None
    return "\n".join(lines)


def chances_message(report: StrategyReport) -> Message | None:
    """The chance estimate with the caveat NRMP itself gives (None without an estimate)."""
    text = chances_text(report)
    if text is None:
        return None
    body = (
        "Rough chances (ranges from past applicants, not a prediction):\n"
        f"{text}\nNRMP says its data is not built to predict an individual match."
    )
    return Message(text=clip(body, MAX_MESSAGE_CHARS))


def next_step_buttons(report: StrategyReport, *, show_chances: bool = True) -> list[Button]:
    """Programs, the first to-do explained, plan B, personal statement (and chances)."""
    buttons = [intent_button("See programs", "ask_programs")]
    first = min(report.actions, key=lambda action: action.priority, default=None)
    if first is not None:
        buttons.append(intent_button("What should I do first?", ACTION_FAQ_INTENT[first.code]))
    if show_chances:
        buttons.append(intent_button("My chances", "ask_chances"))
    buttons.append(intent_button("Personal statement help", "ask_personal_statement"))
    buttons.append(intent_button("If I don't match", "ask_contingency"))
    return buttons


def closing_message(report: StrategyReport, profile: ApplicantProfile) -> Message:
    """What would sharpen the advice, and the buttons for what comes next."""
    missing = [field_label(field) for field in report.missing if getattr(profile, field, 1) is None]
    if missing:
        text = (
            f"This advice would get sharper if you tell me: {join_words(missing[:4])}. "
            "Just type it, e.g. 'I have 2 publications'. What next?"
        )
    else:
        text = f"That's the plan: {PATHWAY_SHORT_LABELS[report.pathway]}. What next?"
    return Message(
        text=clip(text, MAX_MESSAGE_CHARS),
        buttons=next_step_buttons(report, show_chances=chances_text(report) is None),
    )


def strategy_messages(report: StrategyReport, profile: ApplicantProfile) -> list[Message]:
    """The whole advice as a few phone-sized messages, buttons on the last one."""
    parts: list[Message | None] = [
        pathway_message(report),
        gaps_message(report),
        applications_message(report),
        contingency_message(report),
        chances_message(report),
        closing_message(report, profile),
    ]
    return [message for message in parts if message is not None]


def _with_sources(text: str, sources: list[str]) -> str:
    line = source_line(sources, limit=max(60, MAX_MESSAGE_CHARS - len(text) - 1))
    return f"{text}\n{line}" if line else text
