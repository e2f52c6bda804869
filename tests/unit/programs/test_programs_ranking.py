"""Ranking: visa exclusion, one test per scoring factor, tiers, list sizes, explanations."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from bot.kb.repository import ProgramRecord
from bot.profile import ApplicantProfile, ApplicantType, Region, VisaNeed
from bot.programs.export import CSV_COLUMNS, write_csv
from bot.programs.models import ProgramFit, Tier, Track
from bot.programs.ranking import EXPLICIT_TRACK_DEFAULT_SIZE, rank_programs
from bot.programs.scoring import WEIGHTS, Weights, score_program
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


def prog(pid: str, **changes: object) -> ProgramRecord:
    return replace(BASE, id=pid, name=f"Program {pid}", **changes)  # type: ignore[arg-type]


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


IMG_J1 = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, visa_need=VisaNeed.J1)


def ids(items: list[ProgramFit]) -> list[str]:
    return [item.program_id for item in items]


def ranked(programs: list[ProgramRecord], profile: ApplicantProfile = IMG_J1, **kw: object):
    return rank_programs(programs, profile, report(), **kw).items  # type: ignore[arg-type]


# --- visa -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("need", "kept"),
    [
        (VisaNeed.J1, {"both_yes", "j1_only", "unknown"}),
        (VisaNeed.H1B, {"both_yes", "h1b_only", "unknown"}),
        (VisaNeed.UNDECIDED, {"both_yes", "j1_only", "h1b_only", "unknown"}),
        (VisaNeed.NONE, {"both_yes", "j1_only", "h1b_only", "unknown", "neither"}),
        (None, {"both_yes", "j1_only", "h1b_only", "unknown", "neither"}),
    ],
)
def test_programs_known_not_to_sponsor_the_needed_visa_never_appear(
    need: VisaNeed | None, kept: set[str]
) -> None:
    programs = [
        prog("both_yes", visa_j1="yes", visa_h1b="yes"),
        prog("j1_only", visa_j1="yes", visa_h1b="no"),
        prog("h1b_only", visa_j1="no", visa_h1b="yes"),
        prog("unknown"),
        prog("neither", visa_j1="no", visa_h1b="no"),
    ]
    profile = ApplicantProfile(applicant_type=ApplicantType.NON_US_IMG, visa_need=need)
    assert set(ids(ranked(programs, profile))) == kept


def test_known_sponsor_ranks_above_unknown_which_is_flagged() -> None:
    items = ranked([prog("unknown"), prog("sponsor", visa_j1="yes")])
    assert ids(items) == ["sponsor", "unknown"]
    assert any("J-1 visa sponsorship" in u and "verify" in u for u in items[1].unknowns)
    assert not any("J-1" in u for u in items[0].unknowns)
    assert any("Sponsors the J-1 visa" in r for r in items[0].reasons)


# --- one test per factor: changing one fact moves the program the right way -------------


def _position(programs: list[ProgramRecord], pid: str, profile: ApplicantProfile) -> int:
    return ids(ranked(programs, profile)).index(pid)


def test_img_history_moves_a_program_up_and_down() -> None:
    # Equal scores sort by id, so "m" starts in the middle of a..., z...
    others = [prog(f"a{i}") for i in range(3)] + [prog(f"z{i}") for i in range(3)]
    assert _position([*others, prog("m")], "m", IMG_J1) == 3
    assert _position([*others, prog("m", img_history="yes")], "m", IMG_J1) == 0
    assert _position([*others, prog("m", img_history="no")], "m", IMG_J1) == 6


def test_img_history_does_not_matter_for_us_graduates() -> None:
    us_md = ApplicantProfile(applicant_type=ApplicantType.US_MD)
    items = ranked([prog("a", img_history="yes"), prog("b", img_history="no")], us_md)
    assert items[0].score == items[1].score


def test_region_preference_moves_a_program() -> None:
    west = ApplicantProfile(
        applicant_type=ApplicantType.NON_US_IMG, preferred_regions=[Region.WEST]
    )
    assert ids(ranked([prog("boston"), prog("seattle")], west)) == ["boston", "seattle"]
    moved = [prog("boston"), prog("seattle", city="Seattle", state="WA", region="west")]
    items = ranked(moved, west)
    assert ids(items) == ["seattle", "boston"]
    assert any("In a region you prefer (west" in r for r in items[0].reasons)
    assert any("Outside your preferred regions" in r for r in items[1].reasons)


def test_ir_at_the_same_institution_moves_dr_programs_up() -> None:
    programs = [prog("a"), prog("b", ir_affiliated="yes", ir_affiliated_source="derived: x")]
    items = ranked(programs)
    assert ids(items) == ["b", "a"]
    assert any("Independent IR route" in r for r in items[0].reasons)
    assert any("IR residency at the same institution" in u for u in items[1].unknowns)


def test_ir_affiliation_only_counts_for_dr() -> None:
    a = prog("a", track="transitional")
    b = prog("b", track="transitional", ir_affiliated="yes")
    items = ranked([a, b])
    assert items[0].score == items[1].score


@pytest.mark.parametrize(
    ("level", "tier"),
    [(Level.LOW, Tier.REACH), (Level.MODERATE, Tier.TARGET), (Level.HIGH, Tier.LIKELY)],
)
def test_tiers_move_with_competitiveness(level: Level, tier: Tier) -> None:
    program = prog("dr", setting="academic")
    result = rank_programs([program], IMG_J1, report(dr=level)).items[0]
    assert result.tier is tier
    assert any(
        f"competitiveness ({level.value}, from your strategy report)" in r for r in result.reasons
    )


def test_higher_competitiveness_raises_the_score() -> None:
    program = prog("dr")
    low = rank_programs([program], IMG_J1, report(dr=Level.LOW)).items[0]
    high = rank_programs([program], IMG_J1, report(dr=Level.HIGH)).items[0]
    assert high.score > low.score


def test_integrated_ir_follows_the_integrated_ir_level() -> None:
    program = prog("ir", track="integrated_ir")
    low = rank_programs([program], IMG_J1, report(ir=Level.LOW, apps=(5, 0, 0))).items[0]
    high = rank_programs([program], IMG_J1, report(ir=Level.HIGH, apps=(5, 0, 0))).items[0]
    assert (low.tier, high.tier) == (Tier.REACH, Tier.TARGET)


def test_weights_are_in_one_place_and_change_the_order() -> None:
    region_heavy = Weights(visa=0.0, img_history=0.0, attainability=0.0, ir_affiliation=0.0)
    west = ApplicantProfile(preferred_regions=[Region.WEST])
    programs = [
        prog("east_ir", ir_affiliated="yes"),
        prog("west", city="Seattle", state="WA", region="west"),
    ]
    default = rank_programs(programs, west, report()).items
    heavy = rank_programs(programs, west, report(), weights=region_heavy).items
    assert ids(heavy) == ["west", "east_ir"]
    assert WEIGHTS.region > 0 and default[0].score <= 1


def test_pathway_puts_residencies_before_pgy1_years_in_a_mixed_list() -> None:
    programs = [prog("ty", track="transitional"), prog("dr"), prog("pm", track="prelim_medicine")]
    items = rank_programs(programs, IMG_J1, report(apps=(0, 1, 2))).items
    assert ids(items) == ["dr", "pm", "ty"]
    no_pathway = Weights(pathway=0.0)
    flat = rank_programs(programs, IMG_J1, report(apps=(0, 1, 2)), weights=no_pathway).items
    assert ids(flat)[0] != "dr"  # without the factor, the easier PGY-1 years would lead


# --- list sizes and shape ------------------------------------------------------------------


def _many(track: str, count: int) -> list[ProgramRecord]:
    return [prog(f"{track}{i:03}", track=track) for i in range(count)]


def test_list_sizes_follow_the_report_and_dr_comes_with_pgy1() -> None:
    programs = (
        _many("integrated_ir", 10) + _many("dr", 30) + _many("transitional", 10)
        + _many("prelim_medicine", 10) + _many("independent_ir", 5)
    )  # fmt: skip
    result = rank_programs(programs, IMG_J1, report(apps=(3, 12, 7)))
    tracks = [item.track for item in result.items]
    assert tracks.count(Track.INTEGRATED_IR) == 3
    assert tracks.count(Track.DR) == 12
    assert tracks.count(Track.TRANSITIONAL) + tracks.count(Track.PRELIM_MEDICINE) == 7
    assert Track.INDEPENDENT_IR not in tracks
    only_dr = rank_programs(programs, IMG_J1, report(apps=(3, 12, 7)), track=Track.DR)
    only_dr_tracks = [item.track for item in only_dr.items]
    assert only_dr_tracks.count(Track.DR) == 12
    assert len(only_dr_tracks) == 19  # 12 DR + 7 PGY-1 (transitional or preliminary)
    assert set(only_dr_tracks) <= {Track.DR, Track.TRANSITIONAL, Track.PRELIM_MEDICINE}
    independent = rank_programs(programs, IMG_J1, report(), track=Track.INDEPENDENT_IR)
    assert len(independent.items) == 5
    limited = rank_programs(programs, IMG_J1, report(apps=(3, 12, 7)), limit=4)
    assert len(limited.items) == 4


def test_zero_count_track_is_left_out_unless_asked_for() -> None:
    programs = _many("integrated_ir", 30)
    assert rank_programs(programs, IMG_J1, report(apps=(0, 5, 5))).items == []
    asked = rank_programs(programs, IMG_J1, report(apps=(0, 5, 5)), track=Track.INTEGRATED_IR)
    assert len(asked.items) == EXPLICIT_TRACK_DEFAULT_SIZE


def test_shortfall_is_reported_when_the_knowledge_base_is_too_small() -> None:
    result = rank_programs(_many("dr", 3), IMG_J1, report(apps=(0, 10, 0)))
    assert len(result.items) == 3
    assert result.shortfalls() == [
        "dr: the strategy suggests 10 programs; the knowledge base has 3 eligible "
        "(load more with advisor kb load --source DIR)"
    ]


def test_items_follow_the_contract_best_fit_first() -> None:
    programs = [prog("a", visa_j1="yes", img_history="yes"), prog("b"), prog("c", img_history="no")]
    items = ranked(programs)
    scores = [item.score for item in items]
    assert scores == sorted(scores, reverse=True)
    for item in items:
        ProgramFit.model_validate(item.model_dump(mode="json"))
        assert 0 <= item.score <= 1
        assert item.source_url == "https://example.org/list"


def test_factor_breakdown_is_a_weighted_mean() -> None:
    result = score_program(
        prog("a", visa_j1="yes"), IMG_J1, {"integrated_ir": Level.LOW, "dr": Level.MODERATE}
    )
    weights = sum(f.weight for f in result.factors)
    assert result.score == round(sum(f.value * f.weight for f in result.factors) / weights, 4)
    assert {f.name for f in result.factors} == {
        "attainability",
        "visa",
        "img_history",
        "ir_affiliation",
        "pathway",
    }


def test_csv_export_has_one_row_per_program() -> None:
    items = ranked([prog("a", visa_j1="yes"), prog("b")])
    out = io.StringIO()
    write_csv(items, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [row["program_id"] for row in rows] == ["a", "b"]
    assert rows[0]["rank"] == "1" and "Sponsors the J-1 visa" in rows[0]["reasons"]
