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
    clip_sentences,
    fit_list,
    intent_button,
)
from bot.profile import ApplicantProfile
from bot.report import ActionCode, Pathway, StrategyReport

TOP_GAPS = 3
# A plan may hold up to eleven steps; the chat shows at most this many (the top ones in full,
# the next ones by name), then "and N more", so it leads with the real gap and stays readable.
STEPS_SHOWN = 5
# Room for the engine's free text inside one message (the rest is our framing).
_REASON_CHARS = 200
_WHY_CHARS = 120
_TARGET_CHARS = 150
_CHANCE_CHARS = 220


def main_reasons(report: StrategyReport, count: int = 2) -> list[str]:
    """The engine's leading reasons, without its stated assumptions (those stay in the CLI)
    and without the stage advice (the stage message shows it)."""
    advice = _cycle(report).get("advice")
    shown = set(advice) if isinstance(advice, list) else set()
    reasons = [r for r in report.reasons if not r.startswith("Assumption") and r not in shown]
    return reasons[:count]


def pathway_message(report: StrategyReport) -> Message:
    """The route and the Integrated IR stance in plain words, with the main reasons."""
    lines = [
        f"Your best route: {in_season(PATHWAY_LABELS[report.pathway], report)}.",
        f"Integrated IR: {in_season(STANCE_LABELS[report.integrated_ir], report)}.",
    ]
    lines.extend(f"Why: {clip_sentences(reason, _REASON_CHARS)}" for reason in main_reasons(report))
    comp = report.competitiveness
    lines.append(
        f"Competitiveness now: Integrated IR {LEVEL_LABELS[comp.integrated_ir]}, "
        f"DR {LEVEL_LABELS[comp.dr]}."
    )
    return Message(text=clip("\n".join(lines), MAX_MESSAGE_CHARS))


def shown_steps(report: StrategyReport) -> tuple[list[ActionCode], int]:
    """The plan's steps the chat names, first by priority (at most ``STEPS_SHOWN``), and how
    many more it holds."""
    ordered = [action.code for action in sorted(report.actions, key=lambda a: a.priority)]
    return ordered[:STEPS_SHOWN], max(0, len(ordered) - STEPS_SHOWN)


def gaps_message(report: StrategyReport, limit: int = MAX_MESSAGE_CHARS) -> Message | None:
    """The top next steps, each with its concrete target (and why, where room allows), then
    the next ones by name and "and N more", in at most ``limit`` characters."""
    actions = sorted(report.actions, key=lambda action: action.priority)[:TOP_GAPS]
    if not actions:
        return None
    header = f"Your top {len(actions)} next steps:" if len(actions) > 1 else "Your next step:"
    later = _later_steps(report)
    whys = [f"\n   Why: {clip_sentences(action.why, _WHY_CHARS)}" for action in actions]
    # The targets matter most: drop the whys from the last step up, then shorten the targets,
    # until the text fits; every step keeps its number and name.
    for chars in (_TARGET_CHARS, _TARGET_CHARS * 2 // 3, _TARGET_CHARS // 3):
        targets = [
            f"{number}. {_action_label(action.code, report)}: "
            f"{clip_sentences(action.target, chars)}"
            for number, action in enumerate(actions, start=1)
        ]
        for keep in range(len(actions), -1, -1):
            items = [t + (whys[i] if i < keep else "") for i, t in enumerate(targets)]
            text = "\n".join([header, *items, *later])
            if len(text) <= limit:
                return Message(text=text)
    names = [f"{n}. {_action_label(a.code, report)}" for n, a in enumerate(actions, start=1)]
    return Message(text=clip("\n".join([header, *names, *later]), limit))


def _later_steps(report: StrategyReport) -> list[str]:
    """ "Then: A; B (and 4 more)." for the steps after the top ones, or nothing."""
    codes, more = shown_steps(report)
    names = [_action_label(code, report) for code in codes[TOP_GAPS:]]
    if not names:
        return []
    tail = f" (and {more} more)" if more else ""
    return [f"Then: {'; '.join(names)}{tail}."]


def _cycle(report: StrategyReport) -> Mapping[str, object]:
    """The engine's ``cycle`` key (stage, season, stage advice), or empty when absent."""
    cycle = (report.model_extra or {}).get("cycle")
    return cycle if isinstance(cycle, Mapping) else {}


def stage_note(report: StrategyReport) -> str | None:
    """The first line of the engine's advice for where the applicant is in the season ("Your
    applications for this season are in: the work now is interviews."), if any."""
    advice = _cycle(report).get("advice")
    first = advice[0] if isinstance(advice, list) and advice else None
    return first if isinstance(first, str) else None


def _applications_heading(report: StrategyReport) -> str:
    """ "Applications for September 2027" when the engine names the season, else this cycle."""
    plan = _cycle(report).get("plan_season")
    return (
        f"Applications for September {plan}" if isinstance(plan, int) else "Applications this cycle"
    )


def in_season(label: str, report: StrategyReport) -> str:
    """A label's "this cycle" named as the season the plan is for (or none when this season's
    applications are already out)."""
    cycle = _cycle(report)
    if cycle.get("applications_out"):
        label = label.replace("apply to ", "your route: ").replace(" this cycle", " (applied)")
        return label.replace("applications (applied)", "new applications")
    plan = cycle.get("plan_season")
    if isinstance(plan, int):
        return label.replace("this cycle", f"for September {plan}")
    return label


def stage_message(report: StrategyReport) -> Message | None:
    """Where the applicant is in the season and what that means now (None when it does not
    change the plan)."""
    advice = _cycle(report).get("advice")
    if not isinstance(advice, list) or not advice:
        return None
    items = [f"- {item}" for item in advice]
    return Message(text=fit_list("Where you are in the cycle:", items))


def _action_label(code: ActionCode, report: StrategyReport) -> str:
    """The action's label, except "alongside DR" when no DR applications are planned."""
    if code is ActionCode.APPLY_PGY1 and report.applications.dr == 0:
        return "Apply to a preliminary year first"
    return ACTION_LABELS[code]


def applications_message(report: StrategyReport) -> Message:
    """How many programs of each kind to apply to, and for which season."""
    apps = report.applications
    heading = _applications_heading(report)
    if _cycle(report).get("applications_out"):
        return Message(
            text="Applications: none now. This season's are already with programs, so the "
            "next steps are interviews, your rank list and, if needed, SOAP."
        )
    if apps.integrated_ir == apps.dr == apps.pgy1 == 0:
        if report.pathway is Pathway.RECALIBRATE:
            text = (
                f"{heading}: none until you have decided, ideally with a mentor, "
                "whether another cycle is worth it and what would be different."
            )
        else:
            text = (
                f"{heading}: none. Your plan is to build the profile first and "
                "apply in a later cycle, when the applications will count."
            )
        return Message(text=text)
    lines = [
        f"{heading}:",
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


_TRACK_NAMES = {"dr": "DR", "integrated_ir": "Integrated IR"}


def _estimate_body(track: str, estimate: object) -> str | None:
    if isinstance(estimate, str):
        return clip_sentences(estimate, _CHANCE_CHARS) if estimate.strip() else None
    if not isinstance(estimate, Mapping):
        return None
    percent, sample = estimate.get("estimate_percent"), estimate.get("sample")
    basis = estimate.get("basis")
    if isinstance(percent, Mapping) and isinstance(sample, Mapping) and isinstance(basis, str):
        # The structured estimate fits a phone better than the engine's full summary.
        try:
            low, high = int(percent["low"]), int(percent["high"])
            matched, unmatched = int(sample["matched"]), int(sample["unmatched"])
        except (KeyError, TypeError, ValueError):
            pass
        else:
            group = clip(basis, 120)
            return f"about {low}-{high}% ({matched} of {matched + unmatched} {group} matched)"
    brief = estimate.get("brief")
    if isinstance(brief, str) and brief.strip():  # a count said whole, never clipped
        return brief
    summary = estimate.get("summary") or estimate.get("text")
    if isinstance(summary, str) and summary.strip():
        if percent is None:  # the heading already says there is no number
            summary = summary.removeprefix("no estimate: ")
        return clip_sentences(summary, _CHANCE_CHARS)
    return None


def chances_text(report: StrategyReport) -> str | None:
    """The engine's chance estimate (the extra ``chances`` key), read defensively.

    Shape from ``bot.strategy.chances``: ``{"dr": {...}, "integrated_ir": {...}}`` with
    ``estimate_percent`` {low, high}, ``sample`` {matched, unmatched}, ``basis`` and
    ``summary`` (``estimate_percent`` is None when the data cannot support a number, and the
    summary says why). A plain string per track or for the whole is accepted too; anything
    else is ignored rather than shown wrongly.
    """
    extra = report.model_extra or {}
    chances = extra.get("chances")
    if isinstance(chances, str) and chances.strip():
        return clip_sentences(chances, 2 * _CHANCE_CHARS)
    if not isinstance(chances, Mapping):
        return None
    bodies: dict[str, list[str]] = {}  # one body, the tracks it applies to
    for track, estimate in chances.items():
        line = _estimate_body(str(track), estimate)
        if line is not None:
            label = _TRACK_NAMES.get(str(track), str(track).replace("_", " "))
            bodies.setdefault(line, []).append(label)
    if not bodies:
        return None
    return "\n".join(f"- {join_words(labels)}: {body}" for body, labels in bodies.items())


def chance_sources(report: StrategyReport) -> list[str]:
    """The source ids the chance estimates name (for their source line)."""
    chances = (report.model_extra or {}).get("chances")
    ids: list[str] = []
    if isinstance(chances, Mapping):
        for estimate in chances.values():
            sources = estimate.get("sources") if isinstance(estimate, Mapping) else None
            if isinstance(sources, list):
                ids.extend(str(source) for source in sources)
    return ids


def has_chance_numbers(report: StrategyReport) -> bool:
    """Whether any track carries a numeric estimate (not only the reason there is none)."""
    chances = (report.model_extra or {}).get("chances")
    if not isinstance(chances, Mapping):
        return isinstance(chances, str) and bool(chances.strip())
    return any(
        isinstance(estimate, str)
        or (isinstance(estimate, Mapping) and estimate.get("estimate_percent") is not None)
        for estimate in chances.values()
    )


def chances_message(report: StrategyReport) -> Message | None:
    """The chance estimate with the caveat NRMP itself gives (None without an estimate)."""
    text = chances_text(report)
    if text is None:
        return None
    heading = (
        "Rough chances (past applicants' rates, not a prediction):"
        if has_chance_numbers(report)
        else "Chances: no number for you yet."
    )
    body = f"{heading}\n{text}\nNRMP says its data is not built to predict one person's match."
    return Message(text=_with_sources(clip(body, MAX_MESSAGE_CHARS - 80), chance_sources(report)))


def next_step_buttons(report: StrategyReport, *, show_chances: bool = True) -> list[Button]:
    """Programs, the chart, the first to-do explained, plan B, personal statement (chances)."""
    buttons = [intent_button("See programs", "ask_programs")]
    buttons.append(intent_button("Show me where I stand", "show_chart"))
    first = min(report.actions, key=lambda action: action.priority, default=None)
    if first is not None:
        buttons.append(intent_button("What should I do first?", ACTION_FAQ_INTENT[first.code]))
    if show_chances:
        buttons.append(intent_button("My chances", "ask_chances"))
    buttons.append(intent_button("Personal statement help", "ask_personal_statement"))
    buttons.append(intent_button("If I don't match", "ask_contingency"))
    unique: dict[str, Button] = {}
    for button in buttons:
        unique.setdefault(button.payload, button)
    return list(unique.values())


# Context facts (not profile labels): said as the question the applicant can answer.
_CONTEXT_LABELS = {"cycle_stage": "whether you applied this season (and where you are now)"}


def _missing_label(field: str) -> str:
    return _CONTEXT_LABELS.get(field) or field_label(field)


def closing_message(report: StrategyReport, profile: ApplicantProfile) -> Message:
    """What would sharpen the advice, the sources, and the buttons for what comes next."""
    missing = [
        _missing_label(field) for field in report.missing if getattr(profile, field, 1) is None
    ]
    if missing:
        text = (
            f"This advice would get sharper if you tell me: {join_words(missing[:4])}. "
            "Just type it, e.g. 'I have 2 publications'. What next?"
        )
    else:
        text = f"That's the plan: {PATHWAY_SHORT_LABELS[report.pathway]}. What next?"
    return Message(
        text=_with_sources(text, report.sources),
        buttons=next_step_buttons(report, show_chances=chances_text(report) is None),
    )


def strategy_messages(report: StrategyReport, profile: ApplicantProfile) -> list[Message]:
    """The whole advice as a few phone-sized messages, buttons on the last one."""
    parts: list[Message | None] = [
        stage_message(report),
        pathway_message(report),
        gaps_message(report),
        applications_message(report),
        contingency_message(report),
        chances_message(report),
        closing_message(report, profile),
    ]
    return [message for message in parts if message is not None]


def _with_sources(text: str, sources: list[str]) -> str:
    text = clip(text, MAX_MESSAGE_CHARS - 80)
    line = source_line(sources, limit=MAX_MESSAGE_CHARS - len(text) - 1)
    return f"{text}\n{line}" if line else text
