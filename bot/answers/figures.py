"""The reference figures the answers compare an applicant with, each with its source id.

Copied from ``/work/shared/data`` (the rows the knowledge base loads) and the domain guide, so
that the answer functions stay pure (no database, no files). Each figure names the source id the
knowledge base uses (``data:<csv stem>:<row key>`` or ``guide:<section>``), which
``bot.answers.citations`` renders with how solid it is. When a data row changes, change it here.
"""

from __future__ import annotations

from datetime import date
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


def current_year() -> int:
    """Today's calendar year: the single default for every ``current_year`` parameter."""
    return date.today().year
