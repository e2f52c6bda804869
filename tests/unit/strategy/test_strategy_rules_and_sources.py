"""The rule tables cite real guide sections and sources; sources render as one human line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.report import ActionCode
from bot.sources import GUIDE_SECTIONS, SOURCES, cite, get_source
from bot.strategy import rules
from bot.strategy import thresholds as t

SHARED_DATA = Path("/work/shared/data")
TEAM_GUIDE_IDS = {
    "guide:challenge",
    "guide:pathways.integrated",
    "guide:pathways.dr_independent",
    "guide:pathways.on_ramps",
    "guide:usmle.step1",
    "guide:usmle.step2ck",
    "guide:usmle.step3",
    "guide:school_performance",
    "guide:older_graduates",
    "guide:letters",
    "guide:ir_exposure",
    "guide:research",
    "guide:targeting",
    "guide:dual_application",
    "guide:personal_statement",
    "guide:interview",
    "guide:contingency.no_integrated",
    "guide:contingency.no_dr",
    "guide:contingency.recalibrate",
    "guide:faq.integrated_or_dr",
    "guide:faq.publications",
    "guide:faq.ir_in_dr_application",
    "guide:faq.older_graduate",
}

ALL_RULES = (
    *rules.DR_FACTORS,
    *rules.PATHWAY_RULES,
    *rules.IMG_INTEGRATED_GATES,
    *rules.US_INTEGRATED_LEVELS,
    *rules.ACTION_RULES,
    *rules.CONTINGENCY_RULES,
    *rules.NOTE_RULES,
)


def test_guide_sections_are_the_shared_ids() -> None:
    assert set(GUIDE_SECTIONS) == TEAM_GUIDE_IDS


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda rule: rule.name)
def test_every_rule_cites_a_guide_section_and_known_sources(rule: rules.Factor) -> None:
    assert rule.section in GUIDE_SECTIONS
    for source_id in rule.sources:
        assert source_id in SOURCES


def test_rule_names_are_unique_within_each_table() -> None:
    for table in (
        rules.DR_FACTORS,
        rules.PATHWAY_RULES,
        rules.IMG_INTEGRATED_GATES,
        rules.ACTION_RULES,
        rules.CONTINGENCY_RULES,
    ):
        names = [rule.name for rule in table]
        assert len(names) == len(set(names))


def test_every_action_code_has_a_rule() -> None:
    assert {rule.code for rule in rules.ACTION_RULES} == set(ActionCode)


def test_thresholds_cite_known_sources() -> None:
    for value in vars(t).values():
        if isinstance(value, t.Threshold):
            assert value.sources or value.assumption
            assert all(source in SOURCES for source in value.sources)
    for source_id in (*t.DR_APPLICATIONS_SOURCES, *t.IR_APPLICATIONS_SOURCES):
        assert source_id in SOURCES


def test_cite_renders_guide_and_data_sources() -> None:
    assert cite("guide:usmle.step2ck") == "Domain guide: USMLE Step 2 CK"
    line = cite("data:charting_outcomes_radiology:dr.non_us_img.matched.step2ck")
    assert "median 250" in line and "secondary" in line and line.count("\n") == 0
    assert "https://github.com/saieeshb/img-match-2026" in line
    assert "primary (ECFMG)" in cite("data:visa_img_pd_facts:j1.max_duration")
    assert "commercial guide (opinion)" in cite("data:facts:step2ck_radiology_bands")


def test_unknown_source_id_is_a_clear_key_error() -> None:
    with pytest.raises(KeyError, match="unknown source id 'data:nope:x'"):
        get_source("data:nope:x")


def _csv_urls(stem: str) -> set[str]:
    with (SHARED_DATA / f"{stem}.csv").open(encoding="utf-8") as handle:
        return {row.get("source_url", "") for row in csv.DictReader(handle)}


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data folder not on this machine")
def test_data_sources_keep_the_csv_source_urls() -> None:
    """Each figure's URL is the one its CSV row gives (the copy has not drifted)."""
    for source in SOURCES.values():
        if not source.id.startswith("data:"):
            continue
        stem = source.id.split(":")[1]
        assert source.url in _csv_urls(stem), source.id


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared data folder not on this machine")
def test_charting_outcomes_figures_match_the_csv() -> None:
    with (SHARED_DATA / "charting_outcomes_radiology.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    def row(specialty: str, cohort: str, measure: str) -> dict[str, str]:
        return next(
            r
            for r in rows
            if r["specialty"] == specialty
            and r["cohort"] == cohort
            and r["measure"] == measure
            and r["applicant_group"] == "Non-US-citizen IMG"
        )

    dr = row("Radiology-Diagnostic", "matched", "step2ck")
    assert (float(dr["median"]), float(dr["q1"])) == (
        t.STEP2_DR_IMG_MEDIAN.value,
        t.STEP2_DR_IMG_LOWER_QUARTILE.value,
    )
    ir = row("Interventional Radiology (Integrated)", "matched", "step2ck")
    assert (float(ir["median"]), float(ir["q1"])) == (
        t.STEP2_IR_IMG_MEDIAN.value,
        t.STEP2_IR_IMG_LOWER_QUARTILE.value,
    )
    assert row("Radiology-Diagnostic", "all", "imgMatched")["value"] == "102"
    assert row("Radiology-Diagnostic", "all", "imgNotMatched")["value"] == "73"
    assert row("Interventional Radiology (Integrated)", "all", "imgMatched")["value"] == "14"
    assert row("Interventional Radiology (Integrated)", "all", "imgNotMatched")["value"] == "15"
