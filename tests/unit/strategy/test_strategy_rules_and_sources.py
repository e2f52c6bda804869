"""The rule tables cite real guide sections and sources; sources render as one human line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.report import ActionCode
from bot.sources import GUIDE_SECTIONS, SOURCES, cite, get_source
from bot.strategy import figures as fig
from bot.strategy import rules
from bot.strategy import thresholds as t

FACTS = Path(__file__).resolve().parents[3] / "knowledge" / "facts"
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


def _facts() -> dict[tuple[str, str], dict[str, str]]:
    """Every row of ``knowledge/facts/*.csv`` by (csv stem, key): the ids' own rows."""
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for path in sorted(FACTS.glob("*.csv")):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows[(path.stem, row["key"])] = row
    return rows


def test_the_facts_folder_is_in_the_repository() -> None:
    assert len(list(FACTS.glob("*.csv"))) >= 5  # the drift tests below never skip


def test_data_sources_keep_the_csv_source_urls() -> None:
    """Each figure's id names a row of knowledge/facts, and its URL is that row's."""
    rows = _facts()
    for source in SOURCES.values():
        if not source.id.startswith("data:"):
            continue
        _, stem, key = source.id.split(":", 2)
        assert (stem, key) in rows, source.id
        assert source.url == rows[(stem, key)]["source_url"], source.id


# (registry value, source id, column): each figure of bot.strategy.figures against its row.
_FIGURES = [
    (fig.DR_IMG_MATCHED_STEP2_MEDIAN, fig.SRC_STEP2_DR_IMG, "median"),
    (fig.DR_IMG_MATCHED_STEP2_Q1, fig.SRC_STEP2_DR_IMG, "q1"),
    (fig.DR_IMG_MATCHED_STEP2_Q3, fig.SRC_STEP2_DR_IMG, "q3"),
    (fig.DR_IMG_MATCHED_N, fig.SRC_STEP2_DR_IMG, "n"),
    (fig.DR_IMG_UNMATCHED_STEP2_MEDIAN, fig.SRC_STEP2_DR_IMG_UNMATCHED, "median"),
    (fig.DR_IMG_UNMATCHED_N, fig.SRC_STEP2_DR_IMG_UNMATCHED, "n"),
    (fig.IR_IMG_MATCHED_STEP2_MEDIAN, fig.SRC_STEP2_IR_IMG, "median"),
    (fig.IR_IMG_MATCHED_STEP2_Q1, fig.SRC_STEP2_IR_IMG, "q1"),
    (fig.IR_IMG_MATCHED_N, fig.SRC_STEP2_IR_IMG, "n"),
    (fig.DR_IMG_MATCHED_RANKS_MEDIAN, fig.SRC_RANKS_DR_IMG, "median"),
    (fig.DR_IMG_UNMATCHED_RANKS_MEDIAN, fig.SRC_RANKS_DR_IMG_UNMATCHED, "median"),
    (fig.DR_MD_MATCHED_STEP2_MEDIAN, fig.SRC_STEP2_DR_MD, "median"),
    (fig.DR_MD_MATCHED_STEP2_Q1, fig.SRC_STEP2_DR_MD, "q1"),
    (fig.DR_MD_MATCHED_STEP2_Q3, fig.SRC_STEP2_DR_MD, "q3"),
    (fig.IR_MD_MATCHED_STEP2_MEDIAN, fig.SRC_STEP2_IR_MD, "median"),
    (fig.IR_MD_MATCHED_STEP2_Q1, fig.SRC_STEP2_IR_MD, "q1"),
    (fig.IR_MD_MATCHED_STEP2_Q3, fig.SRC_STEP2_IR_MD, "q3"),
    (round(100 * fig.DR_IMG_MATCHED / fig.DR_IMG_TOTAL, 1), fig.SRC_MATCH_RATE_DR_IMG, "value"),
    (round(100 * fig.IR_IMG_MATCHED / fig.IR_IMG_TOTAL, 1), fig.SRC_MATCH_RATE_IR_IMG, "value"),
]


@pytest.mark.parametrize(("value", "source_id", "column"), _FIGURES)
def test_registry_figures_match_their_rows(value: float, source_id: str, column: str) -> None:
    _, stem, key = source_id.split(":", 2)
    row = _facts()[(stem, key)]
    assert float(row[column].rstrip("%")) == pytest.approx(value), (source_id, column)


def test_thresholds_read_the_registry() -> None:
    assert (t.STEP2_DR_IMG_MEDIAN.value, t.STEP2_DR_IMG_LOWER_QUARTILE.value) == (
        fig.DR_IMG_MATCHED_STEP2_MEDIAN,
        fig.DR_IMG_MATCHED_STEP2_Q1,
    )
    assert (t.STEP2_IR_IMG_MEDIAN.value, t.STEP2_IR_IMG_LOWER_QUARTILE.value) == (
        fig.IR_IMG_MATCHED_STEP2_MEDIAN,
        fig.IR_IMG_MATCHED_STEP2_Q1,
    )
