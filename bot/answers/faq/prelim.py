"""Preliminary or transitional year: why DR applicants need a PGY-1, how the NRMP links it to
the DR rank list, and what it means for this applicant (``ask_prelim``)."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.calendar_facts import cal, value
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import VisaNeed
from bot.report import Pathway


def _what() -> Message:
    return sourced(
        [
            "Most DR positions are advanced (PGY-2): in NRMP terms they start the year after "
            "the Match, after a year of preliminary training, so you apply for that PGY-1 year "
            "separately. DR programs starting at PGY-1: "
            f"{value('prelim.2007.share_dr_programs_starting')} (NRMP data 2007-2016).",
            "To the NRMP a transitional year and a preliminary medicine or surgery year are the "
            "same kind of one-year PGY-1 position. Our sources don't compare them for "
            "radiology: ask the DR programs you want whether they prefer one.",
        ],
        [
            cal("program_type.rule.advanced_most_dr_positions"),
            cal("prelim.2007.share_dr_programs_starting"),
            cal("program_type.rule.p_preliminary_includes_transitional"),
            "guide:dual_application",
        ],
    )


def _ranking() -> Message:
    return sourced(
        [
            "Ranking: with DR (advanced) programs on your list you can add a supplemental rank "
            "list of PGY-1 programs for each; some institutions link their DR and PGY-1 "
            "programs.",
            "Matched to DR but to no PGY-1? You're still committed to the DR position and must "
            "find a PGY-1 yourself, in SOAP or later: so apply broadly for PGY-1 too.",
        ],
        [
            cal("prelim.rule.supplemental_rank_order_lists"),
            cal("prelim.rule.joint_advanced_preliminary_arrangements"),
            cal("prelim.rule.matched_advanced_but_not"),
            "guide:dual_application",
        ],
    )


def _for_you(ask: Ask) -> Message | None:
    lines: list[str] = []
    sources: list[str] = []
    if ask.report is not None and ask.report.applications.pgy1:
        apps = ask.report.applications
        lines.append(f"Your plan: {apps.pgy1} PGY-1 programs alongside {apps.dr} DR.")
        sources.append("guide:dual_application")
    if ask.pathway is Pathway.STRENGTHEN_THEN_APPLY:
        lines.append(
            "A prelim year can also be your strengthening year: US clinical work, new US "
            "letters and research on the side, then reassess."
        )
        sources.append("guide:contingency.no_dr")
    if ask.profile.visa_need is VisaNeed.J1:
        pgy1, dr, ir = fig.DR_ROUTE_YEARS
        lines.append(
            f"On a J-1, every year counts toward the {fig.J1_LIMIT_YEARS}-year limit: the DR "
            f"route ({pgy1}+{dr}+{ir}) uses all of it, so a second prelim year leaves one "
            "year: enough for Independent IR only after ESIR, which shortens it to one."
        )
        sources += [fig.SRC_J1_RULES, cal("esir.rule.how_esir_shortens_training")]
    return sourced(lines, sources) if lines else None


def _prelim(ask: Ask) -> list[Message]:
    personal = _for_you(ask)
    return [_what(), _ranking(), *([personal] if personal else [])]


def _brief(ask: Ask) -> str:
    line = (
        "Most DR positions start at PGY-2, so you also need a PGY-1: a transitional year or a "
        "preliminary medicine or surgery year (the NRMP treats them alike), ranked on a "
        "supplemental list."
    )
    return brief(
        line,
        [
            cal("program_type.rule.advanced_most_dr_positions"),
            cal("prelim.rule.supplemental_rank_order_lists"),
        ],
    )


TOPIC = Topic(
    intent="ask_prelim",
    title="preliminary or transitional year",
    answer=_prelim,
    brief=_brief,
)
