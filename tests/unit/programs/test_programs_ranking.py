"""Ranking: exclusions with reasons, tiers that separate applicants, balance, explanations."""

from __future__ import annotations

import csv
import io

from programs_support import YEAR, fact, img, prog, report, varied_catalog

from bot.profile import ApplicantProfile, ApplicantType, Region, VisaNeed
from bot.programs.catalog import make_catalog
from bot.programs.explain import SOURCE_PREFIX
from bot.programs.export import CSV_COLUMNS, write_csv
from bot.programs.filters import hard_reason
from bot.programs.models import ProgramFit, Tier, Track
from bot.programs.ranking import EXPLICIT_TRACK_DEFAULT_SIZE, rank_programs, tier_counts
from bot.report import Level


def ids(items: list[ProgramFit]) -> list[str]:
    return [item.program_id for item in items]


def ranked(programs, facts=(), profile: ApplicantProfile | None = None, **kw):  # type: ignore[no-untyped-def]
    rep = kw.pop("rep", report())
    return rank_programs(
        programs, profile or img(250), rep, facts=facts, current_year=YEAR, **kw
    ).items


# --- exclusions ---------------------------------------------------------------------------


def test_verified_visa_refusal_excludes_but_a_forum_no_only_lowers() -> None:
    programs = [prog("solid-no"), prog("forum-no"), prog("plain")]
    facts = [fact("solid-no", "sponsors_j1", "no"), fact("forum-no", "sponsors_j1", "no", "weak")]
    items = ranked(programs, facts)
    assert "solid-no" not in ids(items)
    assert ids(items) == ["plain", "forum-no"]
    forum = items[1]
    assert forum.visa_j1.value == "unknown"
    assert any("reported, unverified" in reason for reason in forum.reasons)


def test_the_program_rows_own_refusal_still_excludes() -> None:
    assert ranked([prog("a", visa_j1="no"), prog("b")]) and "a" not in ids(
        ranked([prog("a", visa_j1="no"), prog("b")])
    )


def test_solid_minimum_score_and_graduation_cutoff_are_hard_filters_with_reasons() -> None:
    programs = [prog("min240"), prog("yog3"), prog("open")]
    facts = [fact("min240", "min_step2ck", "240"), fact("yog3", "yog_cutoff_years", "3")]
    profile = img(232, graduation_year=2018)
    assert ids(ranked(programs, facts, profile)) == ["open"]
    kept = ids(ranked(programs, facts, img(245, graduation_year=2025)))
    assert set(kept) == {"min240", "yog3", "open"}
    catalog = make_catalog(programs, facts)
    dr = catalog.by_track["dr"]
    reason = hard_reason(dr, dr.index("min240") or 0, profile, YEAR)
    assert reason is not None and "Step 2 CK 240" in reason and "232" in reason
    reason = hard_reason(dr, dr.index("yog3") or 0, profile, YEAR)
    assert reason is not None and "3 years" in reason


def test_a_closed_program_is_removed_with_its_source() -> None:
    programs = [prog("closed"), prog("open")]
    facts = [fact("closed", "status", "closed (hospital closed 2024)", "secondhand", "2024")]
    assert ids(ranked(programs, facts)) == ["open"]
    dr = make_catalog(programs, facts).by_track["dr"]
    reason = hard_reason(dr, dr.index("closed") or 0, img(250), YEAR)
    assert reason is not None and "closed" in reason and "https://example.org/closed" in reason


# --- tiers and order separate applicants ----------------------------------------------------


def test_strong_and_weak_applicants_get_different_tiers_and_order() -> None:
    programs, facts = varied_catalog()
    strong = ranked(programs, facts, img(266), rep=report(dr=Level.HIGH, apps=(0, 40, 0)))
    weak = ranked(programs, facts, img(232), rep=report(dr=Level.LOW, apps=(0, 40, 0)))
    assert ids(strong)[:10] != ids(weak)[:10]
    assert len(set(ids(strong)[:20]) & set(ids(weak)[:20])) < 15
    by_id = {item.program_id: item.tier for item in weak}
    shared = [item for item in strong if item.program_id in by_id]
    assert any(by_id[item.program_id] != item.tier for item in shared)
    # A top-ranked academic centre is a reach for the weak applicant.
    top = make_catalog(programs, facts).by_track["dr"]
    assert top.evidence[0].prestige == 1.0  # p000: rank 1


def test_no_tier_holds_more_than_60_percent_when_the_tiers_exist() -> None:
    programs, facts = varied_catalog()
    for level, step2 in ((Level.HIGH, 266), (Level.MODERATE, 250), (Level.LOW, 232)):
        items = ranked(programs, facts, img(step2), rep=report(dr=level, apps=(0, 40, 0)))
        counts = tier_counts(items)
        assert len(items) == 40
        assert max(counts.values()) <= 0.6 * len(items), (level, counts)


def test_list_spreads_over_regions_when_none_is_preferred() -> None:
    programs, facts = varied_catalog()
    items = ranked(programs, facts, img(250), rep=report(apps=(0, 30, 0)))
    assert len({item.region for item in items}) >= 4
    regional = ranked(
        programs, facts, img(250, preferred_regions=[Region.WEST]), rep=report(apps=(0, 30, 0))
    )
    assert regional[0].region is Region.WEST


def test_verified_sponsor_ranks_above_unknown() -> None:
    items = ranked([prog("a"), prog("b")], [fact("b", "sponsors_j1", "yes (J-1 only)")])
    assert ids(items) == ["b", "a"]
    assert items[0].visa_j1.value == "yes"
    assert any(u.startswith("J-1 sponsorship") for u in items[1].unknowns)


def test_ties_are_said_not_hidden() -> None:
    items = ranked([prog("a"), prog("b")])
    assert items[0].score == items[1].score and ids(items) == ["a", "b"]
    assert all("set it apart" in item.reasons[0] for item in items)
    assert all(any(u.startswith("How selective") for u in item.unknowns) for item in items)


# --- list sizes and groups ---------------------------------------------------------------------


def test_list_sizes_follow_the_report_and_dr_comes_with_pgy1() -> None:
    programs = (
        [prog(f"d{n}") for n in range(10)]
        + [prog(f"t{n}", track="transitional") for n in range(10)]
        + [prog(f"i{n}", track="integrated_ir") for n in range(10)]
    )
    items = ranked(programs, rep=report(apps=(2, 3, 4)))
    tracks = [item.track for item in items]
    assert tracks.count(Track.INTEGRATED_IR) == 2 and tracks.count(Track.DR) == 3
    assert tracks.count(Track.TRANSITIONAL) == 4
    only_ir = ranked(programs, rep=report(apps=(0, 3, 4)), track=Track.INTEGRATED_IR)
    assert len(only_ir) == EXPLICIT_TRACK_DEFAULT_SIZE // 2  # 10 in the catalog
    dr = ranked(programs, rep=report(apps=(2, 3, 4)), track=Track.DR)
    assert {item.track for item in dr} == {Track.DR, Track.TRANSITIONAL}


def test_shortfall_is_reported() -> None:
    result = rank_programs([prog("a")], img(250), report(apps=(0, 5, 0)), current_year=YEAR)
    assert result.shortfalls() and "suggests 5" in result.shortfalls()[0]


# --- explanations ------------------------------------------------------------------------------


def test_reasons_are_plain_and_sources_come_last() -> None:
    programs = [
        prog("a", ir_affiliated="yes", ir_affiliated_source="derived: IR program 4160800001")
    ]
    facts = [
        fact("a", "sponsors_j1", "yes", "solid", "undated"),
        fact("a", "reputation_rank", "12", "opinion", "2026"),
    ]
    item = ranked(programs, facts)[0]
    assert item.reasons[0].startswith(("Reach for you", "Target for you", "Likely for you"))
    assert "one editorial opinion" in item.reasons[0]
    assert item.reasons[-1].startswith(SOURCE_PREFIX)
    assert "4160800001" in item.reasons[-1]
    assert not any("4160800001" in reason or "derived" in reason for reason in item.reasons[:-1])
    assert any("undated" in reason for reason in item.reasons)


def test_old_facts_are_marked() -> None:
    item = ranked([prog("a")], [fact("a", "sponsors_j1", "yes", "secondhand", "2019-06-10")])[0]
    assert any("may be out of date" in reason for reason in item.reasons)


def test_us_graduates_see_no_img_facts() -> None:
    profile = ApplicantProfile(applicant_type=ApplicantType.US_MD, visa_need=VisaNeed.NONE)
    item = ranked([prog("a")], profile=profile)[0]
    assert not any("IMG" in text for text in [*item.reasons, *item.unknowns])


def test_items_follow_the_contract_and_csv_export() -> None:
    programs, facts = varied_catalog(30)
    items = ranked(programs, facts, rep=report(apps=(0, 10, 0)))
    for item in items:
        ProgramFit.model_validate(item.model_dump())
    scores = [item.score for item in items]
    assert scores == sorted(scores, reverse=True)
    out = io.StringIO()
    write_csv(items, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 10 and list(rows[0]) == list(CSV_COLUMNS)
    assert {Tier(row["tier"]) for row in rows} <= set(Tier)
