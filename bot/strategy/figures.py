"""The one registry of reference figures: each value with the source id it comes from.

Engine (``bot.strategy``) and answers (``bot.answers``) both import it; there is no second
copy. Values are transcribed from the sourced rows in ``knowledge/facts/`` (the rows the
knowledge base loads; ids ``data:<csv stem>:<row key>``) and from the domain guide
(``guide:<section>``); ``bot.sources`` holds each id's URL and source label, and
``tests/unit/strategy/test_strategy_rules_and_sources.py`` checks the values against the CSVs.
When a data row changes, change it here.
"""

from __future__ import annotations

from typing import Final

# Source ids, grouped so that a message can cite what it used.
SRC_STEP2_SPREAD: Final = "data:facts:step2ck_mean_sd"
SRC_STEP2_DR_IMG: Final = "data:charting_outcomes_radiology:dr.non_us_img.matched.step2ck"
SRC_STEP2_IR_IMG: Final = "data:charting_outcomes_radiology:ir.non_us_img.matched.step2ck"
SRC_RANKS_DR_IMG: Final = "data:charting_outcomes_radiology:dr.non_us_img.matched.contiguous_ranks"
SRC_MATCH_RATE_DR_IMG: Final = "data:charting_outcomes_radiology:dr.non_us_img.all.match_rate"
SRC_MATCH_RATE_IR_IMG: Final = "data:charting_outcomes_radiology:ir.non_us_img.all.match_rate"
SRC_PUBS_DR_IMG: Final = "data:charting_outcomes_radiology:dr.non_us_img.matched.publications"
SRC_J1_RULES: Final = "data:visa_img_pd_facts:j1.max_duration"
SRC_J1_HOME: Final = "data:visa_img_pd_facts:j1.home_residence"
SRC_H1B_RULES: Final = "data:visa_img_pd_facts:h1b.requires_step3"
SRC_J1_SPONSOR: Final = "data:visa_img_pd_facts:j1.sole_sponsor"
SRC_SURVEY_J1: Final = "data:visa_img_pd_facts:dr_survey.offer_j1"
SRC_SURVEY_H1B: Final = "data:visa_img_pd_facts:dr_survey.offer_h1b"
SRC_APPS_DR: Final = "data:application_logistics_radiology:apps_per_applicant.dr_2024"
SRC_APPS_IR: Final = "data:application_logistics_radiology:apps_per_applicant.ir_2024"
SRC_SIGNALS: Final = "data:application_logistics_radiology:signals.interview_rate_2024"
SRC_ABSTRACTS_DR_IMG: Final = "data:charting_outcomes_radiology:dr.non_us_img.matched.abstracts"
SRC_PUBS_IR_IMG: Final = "data:charting_outcomes_radiology:ir.non_us_img.matched.publications"
SRC_STEP2_IR_IMG_UNMATCHED: Final = (
    "data:charting_outcomes_radiology:ir.non_us_img.not_matched.step2ck"
)
SRC_STEP2_DR_IMG_UNMATCHED: Final = (
    "data:charting_outcomes_radiology:dr.non_us_img.not_matched.step2ck"
)

# USMLE Step 2 CK spread (secondary source citing USMLE score interpretation data).
STEP2_MEAN: Final = 247
STEP2_SD: Final = 15
STEP2_UPPER_QUARTILE: Final = 257
STEP2_PASSING: Final = 214

# NRMP Charting Outcomes 2026, non-US IMGs (secondary transcription), medians.
DR_IMG_MATCHED_STEP2_MEDIAN: Final = 250
DR_IMG_MATCHED_N: Final = 75
DR_IMG_UNMATCHED_STEP2_MEDIAN: Final = 251
DR_IMG_UNMATCHED_N: Final = 52
DR_IMG_MATCHED_RANKS_MEDIAN: Final = 5.0
DR_IMG_UNMATCHED_RANKS_MEDIAN: Final = 1.5
DR_IMG_MATCHED_PUBS_MEDIAN: Final = 6
DR_IMG_MATCHED_ABSTRACTS_MEDIAN: Final = 5
IR_IMG_MATCHED_STEP2_MEDIAN: Final = 260
IR_IMG_MATCHED_N: Final = 11
IR_IMG_UNMATCHED_STEP2_MEDIAN: Final = 250
IR_IMG_UNMATCHED_N: Final = 10
# IMGs who preferred the specialty: matched / all.
DR_IMG_MATCHED: Final = 102
DR_IMG_TOTAL: Final = 175
IR_IMG_MATCHED: Final = 14
IR_IMG_TOTAL: Final = 29

# Domain guide targets (its own numbers).
GUIDE_PUBLICATIONS: Final = (2, 5)
GUIDE_ABSTRACTS: Final = (3, 10)
GUIDE_ROTATION_WEEKS: Final = (4, 8)
GUIDE_DR_APPLICATIONS: Final = "60-100+"
GUIDE_RESEARCH_FELLOWSHIP_YEARS: Final = (1, 2)
GUIDE_REASSESS_MONTHS: Final = (6, 12)

# ECFMG J-1 and the training lengths it has to cover.
J1_LIMIT_YEARS: Final = 7
DR_ROUTE_YEARS: Final = (1, 4, 2)  # PGY-1, DR, Independent IR
INTEGRATED_IR_YEARS: Final = 6  # intern year + 5 IR/DR years
J1_HOME_YEARS: Final = 2

# Acad Radiol 2023 survey of DR programs (121 of 195 answered).
DR_PROGRAMS_J1_PCT: Final = 73
DR_PROGRAMS_H1B_PCT: Final = 23
DR_PROGRAMS_WITH_IMG_PCT: Final = 66

# ERAS 2024 averages, all applicant types (secondary, Radiology Business citing JACR).
AVG_DR_APPLICATIONS: Final = 72
AVG_IR_APPLICATIONS: Final = 37
# Shared DR+IR signals (AAMC, ERAS 2025 season); interview rates signalled vs not (2024 survey).
SIGNALS_GOLD: Final = 6
SIGNALS_SILVER: Final = 6
SIGNALLED_INTERVIEW_PCT: Final = 60
UNSIGNALLED_INTERVIEW_PCT: Final = 9

# Years since graduation from which gaps and recency become a question programs ask.
OLDER_GRADUATE_YEARS: Final = 5

# Further source ids the rules cite.
SRC_STEP2_PASS: Final = "data:facts:step2ck_passing_2022"
SRC_STEP2_DR_MD: Final = "data:charting_outcomes_radiology:dr.us_md.matched.step2ck"
SRC_STEP2_IR_MD: Final = "data:charting_outcomes_radiology:ir.us_md.matched.step2ck"
SRC_RANKS_DR_IMG_UNMATCHED: Final = (
    "data:charting_outcomes_radiology:dr.non_us_img.not_matched.contiguous_ranks"
)
SRC_IR_US_SHARE: Final = "data:facts:nrmp2024_ir_us_seniors_share"
SRC_MATCH_RATE_US_MD: Final = "data:facts:nrmp2023_match_rate_us_md"
SRC_MATCH_RATE_NON_US_IMG: Final = "data:facts:nrmp2023_match_rate_non_us_img"

# NRMP 2024: share of Integrated IR positions filled by US seniors; overall 2023 match rates.
IR_US_SENIORS_SHARE_PCT: Final = 91.4
MATCH_RATE_US_MD_PCT: Final = 93.7
MATCH_RATE_NON_US_IMG_PCT: Final = 59.4
# Non-US IMGs who matched DR: Step 2 CK quartiles (n=75); US MD seniors who matched.
DR_IMG_MATCHED_STEP2_Q1: Final = 243
DR_IMG_MATCHED_STEP2_Q3: Final = 262
IR_IMG_MATCHED_STEP2_Q1: Final = 253
DR_MD_MATCHED_STEP2_MEDIAN: Final = 257
DR_MD_MATCHED_STEP2_Q1: Final = 249
DR_MD_MATCHED_STEP2_Q3: Final = 265
IR_MD_MATCHED_STEP2_MEDIAN: Final = 255
IR_MD_MATCHED_STEP2_Q1: Final = 246
IR_MD_MATCHED_STEP2_Q3: Final = 264
# US MD seniors with a reported Step 2 CK who preferred the specialty: matched / unmatched.
DR_MD_MATCHED: Final = 629
DR_MD_UNMATCHED: Final = 37
IR_MD_MATCHED: Final = 128
IR_MD_UNMATCHED: Final = 15

__all__ = [
    "AVG_DR_APPLICATIONS",
    "AVG_IR_APPLICATIONS",
    "DR_IMG_MATCHED",
    "DR_IMG_MATCHED_ABSTRACTS_MEDIAN",
    "DR_IMG_MATCHED_N",
    "DR_IMG_MATCHED_PUBS_MEDIAN",
    "DR_IMG_MATCHED_RANKS_MEDIAN",
    "DR_IMG_MATCHED_STEP2_MEDIAN",
    "DR_IMG_MATCHED_STEP2_Q1",
    "DR_IMG_MATCHED_STEP2_Q3",
    "DR_IMG_TOTAL",
    "DR_IMG_UNMATCHED_N",
    "DR_IMG_UNMATCHED_RANKS_MEDIAN",
    "DR_IMG_UNMATCHED_STEP2_MEDIAN",
    "DR_MD_MATCHED",
    "DR_MD_MATCHED_STEP2_MEDIAN",
    "DR_MD_MATCHED_STEP2_Q1",
    "DR_MD_MATCHED_STEP2_Q3",
    "DR_MD_UNMATCHED",
    "DR_PROGRAMS_H1B_PCT",
    "DR_PROGRAMS_J1_PCT",
    "DR_PROGRAMS_WITH_IMG_PCT",
    "DR_ROUTE_YEARS",
    "GUIDE_ABSTRACTS",
    "GUIDE_DR_APPLICATIONS",
    "GUIDE_PUBLICATIONS",
    "GUIDE_REASSESS_MONTHS",
    "GUIDE_RESEARCH_FELLOWSHIP_YEARS",
    "GUIDE_ROTATION_WEEKS",
    "INTEGRATED_IR_YEARS",
    "IR_IMG_MATCHED",
    "IR_IMG_MATCHED_N",
    "IR_IMG_MATCHED_STEP2_MEDIAN",
    "IR_IMG_MATCHED_STEP2_Q1",
    "IR_IMG_TOTAL",
    "IR_IMG_UNMATCHED_N",
    "IR_IMG_UNMATCHED_STEP2_MEDIAN",
    "IR_MD_MATCHED",
    "IR_MD_MATCHED_STEP2_MEDIAN",
    "IR_MD_MATCHED_STEP2_Q1",
    "IR_MD_MATCHED_STEP2_Q3",
    "IR_MD_UNMATCHED",
    "IR_US_SENIORS_SHARE_PCT",
    "J1_HOME_YEARS",
    "J1_LIMIT_YEARS",
    "MATCH_RATE_NON_US_IMG_PCT",
    "MATCH_RATE_US_MD_PCT",
    "OLDER_GRADUATE_YEARS",
    "SIGNALLED_INTERVIEW_PCT",
    "SIGNALS_GOLD",
    "SIGNALS_SILVER",
    "SRC_ABSTRACTS_DR_IMG",
    "SRC_APPS_DR",
    "SRC_APPS_IR",
    "SRC_H1B_RULES",
    "SRC_IR_US_SHARE",
    "SRC_J1_HOME",
    "SRC_J1_RULES",
    "SRC_J1_SPONSOR",
    "SRC_MATCH_RATE_DR_IMG",
    "SRC_MATCH_RATE_IR_IMG",
    "SRC_MATCH_RATE_NON_US_IMG",
    "SRC_MATCH_RATE_US_MD",
    "SRC_PUBS_DR_IMG",
    "SRC_PUBS_IR_IMG",
    "SRC_RANKS_DR_IMG",
    "SRC_RANKS_DR_IMG_UNMATCHED",
    "SRC_SIGNALS",
    "SRC_STEP2_DR_IMG",
    "SRC_STEP2_DR_IMG_UNMATCHED",
    "SRC_STEP2_DR_MD",
    "SRC_STEP2_IR_IMG",
    "SRC_STEP2_IR_IMG_UNMATCHED",
    "SRC_STEP2_IR_MD",
    "SRC_STEP2_PASS",
    "SRC_STEP2_SPREAD",
    "SRC_SURVEY_H1B",
    "SRC_SURVEY_J1",
    "STEP2_MEAN",
    "STEP2_PASSING",
    "STEP2_SD",
    "STEP2_UPPER_QUARTILE",
    "UNSIGNALLED_INTERVIEW_PCT",
]
