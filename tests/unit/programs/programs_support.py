"""Small records, facts and reports for the program-list tests."""

from __future__ import annotations

from dataclasses import replace

from bot.kb.repository import ProgramFactRecord, ProgramRecord
from bot.profile import ApplicantProfile, ApplicantType, VisaNeed
from bot.report import (
    Applications,
    Competitiveness,
    IntegratedIRStance,
    Level,
    Pathway,
    StrategyReport,
)

BASE = ProgramRecord(
    id="base",
    name="Base Program",
    institution="Base Institution",
    city="Boston",
    state="MA",
    region="northeast",
    track="dr",
    positions=None,
    visa_j1="unknown",
    visa_h1b="unknown",
    visa_source_url=None,
    img_history="unknown",
    img_source_url=None,
    setting="unknown",
    ir_affiliated="unknown",
    ir_affiliated_source=None,
    source_url="https://example.org/list",
    source_label="test list",
)
YEAR = 2026


def prog(pid: str, **changes: object) -> ProgramRecord:
    fields: dict[str, object] = {"name": f"Program {pid}", **changes}
    return replace(BASE, id=pid, **fields)  # type: ignore[arg-type]


def fact(
    pid: str, kind: str, value: str, strength: str = "solid", as_of: str = "2025"
) -> ProgramFactRecord:
    year = int(as_of[:4]) if as_of[:4].isdigit() else None
    return ProgramFactRecord(
        program_id=pid,
        fact=kind,
        value=value,
        as_of=as_of,
        year=year,
        strength=strength,
        source_url=f"https://example.org/{pid}/{kind}",
        source_label=f"label {strength}",
        detail=None,
    )


def report(
    *, ir: Level = Level.LOW, dr: Level = Level.MODERATE, apps: tuple[int, int, int] = (0, 50, 50)
) -> StrategyReport:
    return StrategyReport(
        pathway=Pathway.DR_THEN_INDEPENDENT_IR,
        integrated_ir=IntegratedIRStance.NOT_RECOMMENDED,
        competitiveness=Competitiveness(integrated_ir=ir, dr=dr),
        applications=Applications(integrated_ir=apps[0], dr=apps[1], pgy1=apps[2]),
        actions=[],
        contingency=[],
        reasons=[],
        sources=[],
        missing=[],
    )


def img(step2: int | None = None, **fields: object) -> ApplicantProfile:
    return ApplicantProfile(
        applicant_type=ApplicantType.NON_US_IMG,
        visa_need=VisaNeed.J1,
        step2ck_score=step2,
        **fields,
    )


STATES = ("MA", "NY", "FL", "GA", "IL", "OH", "TX", "AZ", "CA", "WA")
REGIONS = {
    "MA": "northeast",
    "NY": "northeast",
    "FL": "southeast",
    "GA": "southeast",
    "IL": "midwest",
    "OH": "midwest",
    "TX": "southwest",
    "AZ": "southwest",
    "CA": "west",
    "WA": "west",
}


def varied_catalog(count: int = 120) -> tuple[list[ProgramRecord], list[ProgramFactRecord]]:
    """DR programs spread over selectivity (rankings, academic, IMG-friendly) and regions."""
    programs: list[ProgramRecord] = []
    facts: list[ProgramFactRecord] = []
    for n in range(count):
        state = STATES[n % len(STATES)]
        pid = f"p{n:03}"
        programs.append(
            prog(
                pid,
                state=state,
                region=REGIONS[state],
                setting="academic" if n % 3 == 0 else "unknown",
                ir_affiliated="yes" if n % 4 == 0 else "unknown",
            )
        )
        if n % 2 == 0:
            facts.append(fact(pid, "reputation_rank", str(1 + (n * 7) % 70), "opinion"))
        if n % 5 == 1:
            facts.append(fact(pid, "accepts_img", "yes (ECFMG certificate)"))
        if n % 6 == 1:
            facts.append(fact(pid, "sponsors_j1", "yes"))
    return programs, facts
