"""The numbers behind the rules, each tied to the source it comes from.

The guide says "upper quartile", "strong", "apply broadly"; these constants turn that into
numbers. A threshold with ``sources`` comes from a sourced figure (``bot.sources``); one with
``assumption`` has no figure behind it, and the assumption is said in the report's reasons.
Edit a value here and every rule that uses it follows.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.strategy import figures as fig


@dataclass(frozen=True)
class Threshold:
    value: float
    sources: tuple[str, ...] = ()
    assumption: str | None = None

    def __int__(self) -> int:
        return int(self.value)


_STEP2_SPREAD = fig.SRC_STEP2_SPREAD
_STEP2_PASS = fig.SRC_STEP2_PASS
_DR_IMG_STEP2 = fig.SRC_STEP2_DR_IMG
_IR_IMG_STEP2 = fig.SRC_STEP2_IR_IMG
_DR_MD_STEP2 = fig.SRC_STEP2_DR_MD
_IR_MD_STEP2 = fig.SRC_STEP2_IR_MD

# --- USMLE Step 2 CK -------------------------------------------------------------------------
# Minimum passing score since July 2022.
STEP2_PASSING = Threshold(fig.STEP2_PASSING, (_STEP2_PASS,))
# "Upper quartile of all test-takers" (guide): mean 247 + 0.67 SD 15 = about 257.
STEP2_UPPER_QUARTILE = Threshold(fig.STEP2_UPPER_QUARTILE, (_STEP2_SPREAD,))
# 2026 non-US IMGs who matched DR: median 250, lower quartile 243 (n=75).
STEP2_DR_IMG_MEDIAN = Threshold(fig.DR_IMG_MATCHED_STEP2_MEDIAN, (_DR_IMG_STEP2,))
STEP2_DR_IMG_LOWER_QUARTILE = Threshold(fig.DR_IMG_MATCHED_STEP2_Q1, (_DR_IMG_STEP2,))
# 2026 non-US IMGs who matched Integrated IR: median 260, lower quartile 253 (n=11).
STEP2_IR_IMG_MEDIAN = Threshold(fig.IR_IMG_MATCHED_STEP2_MEDIAN, (_IR_IMG_STEP2,))
STEP2_IR_IMG_LOWER_QUARTILE = Threshold(fig.IR_IMG_MATCHED_STEP2_Q1, (_IR_IMG_STEP2,))
# 2026 US MD seniors who matched: DR median 257 (quartiles 249-265), Integrated IR median 255
# (quartiles 246-264). Used for US MD and, by assumption, US DO graduates.
STEP2_IR_US_MEDIAN = Threshold(
    fig.IR_MD_MATCHED_STEP2_MEDIAN,
    (_IR_MD_STEP2,),
    "US DO graduates are judged by the US MD figures (no DO data here)",
)
STEP2_IR_US_LOWER_QUARTILE = Threshold(fig.IR_MD_MATCHED_STEP2_Q1, (_IR_MD_STEP2,))
STEP2_DR_US_LOWER_QUARTILE = Threshold(fig.DR_MD_MATCHED_STEP2_Q1, (_DR_MD_STEP2,))

# --- Experience, letters, research (guide targets; no outcome data) -----------------------
# Guide: 4-8 week rotations where faculty can observe you; we ask for two of them.
USCE_MONTHS_TARGET = Threshold(
    2, ("guide:letters",), "about 2 months of hands-on US experience (two 4-8 week rotations)"
)
# A prelim year or residency-length US experience counts as strong.
USCE_MONTHS_STRONG = Threshold(
    6, ("guide:pathways.on_ramps",), "6+ months of hands-on US work (e.g. a prelim year)"
)
IR_ELECTIVE_WEEKS_TARGET = Threshold(4, ("guide:ir_exposure",))
# Guide: 3-10 IR abstracts/posters, 2-5 IR publications.
IR_ABSTRACTS_TARGET = Threshold(3, ("guide:research",))
IR_PUBLICATIONS_TARGET = Threshold(2, ("guide:faq.publications",))
IR_PUBLICATIONS_STRONG = Threshold(5, ("guide:faq.publications",))
RESEARCH_YEARS_STRONG = Threshold(1, ("guide:pathways.on_ramps",))
US_LETTERS_TARGET = Threshold(3, ("guide:letters",))

# --- Graduation and gaps (guide is qualitative) -------------------------------------------
RECENT_GRADUATE_MAX_YEARS = Threshold(
    3,
    ("guide:pathways.integrated",),
    "'recent graduate' means 3 years or less since graduation (the guide gives no number)",
)
OLDER_GRADUATE_MIN_YEARS = Threshold(
    5,
    ("guide:older_graduates",),
    "'older graduate' means 5 or more years since graduation (the guide gives no number)",
)
LONG_GAP_YEARS = Threshold(
    10, ("guide:faq.older_graduate",), "10+ years since graduation weighs double"
)

# --- Applications (guide: "often 60-100+ DR programs for many IMGs") ----------------------
DR_APPLICATIONS_IMG = {"high": 60, "moderate": 80, "low": 100}
# ERAS 2024: the average DR applicant (all types) sent 72 applications.
DR_APPLICATIONS_US = {"high": 45, "moderate": 60, "low": 75}
DR_APPLICATIONS_SOURCES = (
    "guide:targeting",
    fig.SRC_APPS_DR,
)
# Fewer programs sponsor visas (73% J-1, 23% H-1B), so more applications to find enough.
VISA_EXTRA_DR_APPLICATIONS = 10
OLDER_EXTRA_DR_APPLICATIONS = 10
DR_APPLICATIONS_CAP = 120
# ERAS 2024: the average Integrated IR applicant sent 37 applications.
IR_APPLICATIONS = {"recommended": 35, "upside_option": 20, "not_recommended": 0}
IR_APPLICATIONS_SOURCES = (fig.SRC_APPS_IR,)
PGY1_APPLICATIONS_IMG = {"high": 20, "moderate": 25, "low": 30}
PGY1_APPLICATIONS_US = {"high": 12, "moderate": 15, "low": 20}
PGY1_APPLICATIONS_ASSUMPTION = (
    "PGY-1 counts are our assumption: the guide says only to be realistic and broad"
)
# Strengthening year: a preliminary year as the on-ramp.
PGY1_APPLICATIONS_ON_RAMP = 35

# --- Competitiveness scoring (our weighting; the guide ranks factors only in words) --------
DR_LEVEL_HIGH = 5
DR_LEVEL_MODERATE = 0
SCORING_ASSUMPTION = (
    "how much each factor weighs is our assumption; the guide ranks them only in words"
)

# --- Visa -----------------------------------------------------------------------------------
J1_LIMIT_YEARS = fig.J1_LIMIT_YEARS
DR_ROUTE_YEARS = sum(fig.DR_ROUTE_YEARS)  # PGY-1 + 4 DR + 2 Independent IR
INTEGRATED_ROUTE_YEARS = fig.INTEGRATED_IR_YEARS
