"""ESIR (Early Specialization in IR) and the DR-with-ESIR route to Independent IR
(``ask_esir``)."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.calendar_facts import cal, value
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import VisaNeed
from bot.report import Pathway

_DR_ROUTES = (Pathway.DR_THEN_INDEPENDENT_IR, Pathway.INTEGRATED_IR_PLUS_DR)


def _what() -> Message:
    return sourced(
        [
            "ESIR (Early Specialization in IR) is a track inside a DR residency, approved by "
            "the ACGME's radiology committee: "
            f"{value('esir.rule.ir_months_within_dr')} ({value('esir.rule.make_up_12_rotations')}) "
            "and at least 500 image-guided procedures.",
            f"What it buys: {value('esir.rule.how_esir_shortens_training')}. The Independent IR "
            "program director still decides, and can uncommonly ask for both years.",
        ],
        [
            cal("esir.rule.who_approves_esir"),
            cal("esir.rule.ir_months_within_dr"),
            cal("esir.rule.make_up_12_rotations"),
            cal("esir.rule.procedure_minimum_effect"),
            cal("esir.rule.how_esir_shortens_training"),
            cal("esir.rule.independent_ir_program_director"),
        ],
    )


def _where_and_when() -> Message:
    return sourced(
        [
            "Which DR programs have it: SIR says 'many'; a current count was "
            f"{value('esir.2026.current_number_esir_approved')} (historically "
            f"{value('esir.2016.number_esir_approved_dr')}, later "
            f"{value('esir.rule.number_institutions_approved_esir')} institutions). Check each DR "
            "program's site; how residents "
            "enter the track there is up to the program.",
            "Independent IR (2 years, for DR graduates): one NRMP match for ESIR and non-ESIR "
            "applicants on the December-cycle timeline; you apply through one ERAS track. "
            f"2025 match: interviews {value('independent_ir.2025.interview_window')}, Match Day "
            f"{value('independent_ir.2025.match_day')}; later dates "
            f"{value('independent_ir.2026.interview_window_ranking_match')}.",
        ],
        [
            cal("esir.2023.how_common_esir_total"),
            cal("esir.2016.number_esir_approved_dr"),
            cal("esir.rule.number_institutions_approved_esir"),
            cal("independent_ir.2023.length_who_can_apply"),
            cal("independent_ir.rule.one_match_esir_non"),
            cal("independent_ir.2025.interview_window"),
        ],
    )


def _for_you(ask: Ask) -> Message | None:
    lines: list[str] = []
    sources: list[str] = []
    if ask.pathway in _DR_ROUTES:
        lines.append(
            "For you, with DR as a route to IR: favour DR programs with ESIR and a strong IR "
            "department; IR programs often take their own DR residents into Independent IR."
        )
        sources += ["guide:pathways.dr_independent", "guide:targeting"]
    if ask.profile.visa_need is VisaNeed.J1:
        pgy1, dr, ir = fig.DR_ROUTE_YEARS
        lines.append(
            f"On a J-1 ({fig.J1_LIMIT_YEARS} years of training in all), {pgy1}+{dr}+{ir} uses "
            f"every year; with ESIR ({pgy1}+{dr}+1) one year is left for a repeat or a delay."
        )
        sources += [fig.SRC_J1_RULES, cal("esir.rule.how_esir_shortens_training")]
    return sourced(lines, sources) if lines else None


def _esir(ask: Ask) -> list[Message]:
    personal = _for_you(ask)
    return [_what(), _where_and_when(), *([personal] if personal else [])]


def _brief(ask: Ask) -> str:
    line = (
        "ESIR is an IR track inside DR residency (12 IR or IR-related rotations); it shortens "
        "Independent IR from 2 years to 1 (6 years in all instead of 7)."
    )
    return brief(
        line, [cal("esir.rule.ir_months_within_dr"), cal("esir.rule.how_esir_shortens_training")]
    )


TOPIC = Topic(
    intent="ask_esir",
    title="ESIR (Early Specialization in IR)",
    answer=_esir,
    brief=_brief,
)
