"""The rules of the domain guide as data: one table per kind of decision.

A domain expert edits this file (and the numbers in ``thresholds.py``); the engine in
``engine.py`` only walks the tables. Every rule has a ``name``, the guide ``section`` it comes
from, a ``when`` test on the applicant's ``Case`` (``c``), and its texts. Texts are templates:
``{c.step2}``, ``{c.dr_apps}`` and the like are filled from the case. Sources are ids from
``bot.sources`` (the guide section is always cited too).

Tables, in the order the engine uses them:

1. ``DR_FACTORS``: points towards DR competitiveness (level: high >= 5, moderate >= 0, else low).
2. ``PATHWAY_RULES``: reasons to recalibrate or to strengthen before applying (first match wins;
   otherwise the applicant applies now: Integrated IR plus DR when the stance allows it).
3. ``IMG_INTEGRATED_GATES``: all must hold before an IMG is told to try Integrated IR.
4. ``US_INTEGRATED_LEVELS``: Integrated IR level for US MD/DO graduates (the contrast case).
5. ``ACTION_RULES``: actions, most important first (``rank``); one action per code.
6. ``CONTINGENCY_RULES``: plan B per outcome.
7. ``NOTE_RULES``: guide advice that is not an action code (framing, school, observerships);
   added to ``reasons``.
8. ``MISSING_ORDER``: which unknown fields limit the advice most.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.profile import Step1Result, VisaNeed
from bot.report import ActionCode, Level, Pathway
from bot.strategy import figures as fig
from bot.strategy import thresholds as t
from bot.strategy.case import Case

Test = Callable[[Case], bool]

# Source ids used by several rules (from the one registry, ``bot.strategy.figures``).
CO_DR_IMG_STEP2 = fig.SRC_STEP2_DR_IMG
CO_IR_IMG_STEP2 = fig.SRC_STEP2_IR_IMG
CO_DR_MD_STEP2 = fig.SRC_STEP2_DR_MD
CO_IR_MD_STEP2 = fig.SRC_STEP2_IR_MD
CO_DR_RANKS = fig.SRC_RANKS_DR_IMG
CO_DR_RANKS_UNMATCHED = fig.SRC_RANKS_DR_IMG_UNMATCHED
STEP2_SPREAD = fig.SRC_STEP2_SPREAD
STEP2_PASS = fig.SRC_STEP2_PASS
IR_US_SHARE = fig.SRC_IR_US_SHARE
J1_SPONSOR = fig.SRC_J1_SPONSOR
J1_LIMIT = fig.SRC_J1_RULES
J1_HOME = fig.SRC_J1_HOME
H1B_STEP3 = fig.SRC_H1B_RULES
OFFER_J1 = fig.SRC_SURVEY_J1
OFFER_H1B = fig.SRC_SURVEY_H1B
APPS_DR = fig.SRC_APPS_DR
SIGNALS = fig.SRC_SIGNALS
MATCH_RATE_US_MD = fig.SRC_MATCH_RATE_US_MD
MATCH_RATE_NON_US_IMG = fig.SRC_MATCH_RATE_NON_US_IMG

UPPER_Q = int(t.STEP2_UPPER_QUARTILE)
DR_MEDIAN = int(t.STEP2_DR_IMG_MEDIAN)
DR_LOW_Q = int(t.STEP2_DR_IMG_LOWER_QUARTILE)
PASSING = int(t.STEP2_PASSING)
IR_IMG_MEDIAN = int(t.STEP2_IR_IMG_MEDIAN)
IR_IMG_LOW_Q = int(t.STEP2_IR_IMG_LOWER_QUARTILE)
IR_US_MEDIAN = int(t.STEP2_IR_US_MEDIAN)
IR_US_LOW_Q = int(t.STEP2_IR_US_LOWER_QUARTILE)
DR_US_LOW_Q = int(t.STEP2_DR_US_LOWER_QUARTILE)
# Plain numbers for the tests below (read once; a rule runs for every report).
IR_ABSTRACTS_TARGET = t.IR_ABSTRACTS_TARGET.value
IR_ELECTIVE_WEEKS_TARGET = t.IR_ELECTIVE_WEEKS_TARGET.value
IR_PUBLICATIONS_STRONG = t.IR_PUBLICATIONS_STRONG.value
IR_PUBLICATIONS_TARGET = t.IR_PUBLICATIONS_TARGET.value
RESEARCH_YEARS_STRONG = t.RESEARCH_YEARS_STRONG.value
USCE_MONTHS_STRONG = t.USCE_MONTHS_STRONG.value
USCE_MONTHS_TARGET = t.USCE_MONTHS_TARGET.value
US_LETTERS_TARGET = t.US_LETTERS_TARGET.value


def _step2_at_least(score: int) -> Test:
    return lambda c: c.step2 is not None and c.step2 >= score


def _step2_between(low: int, high: int) -> Test:
    """``low <= step2 < high``."""
    return lambda c: c.step2 is not None and low <= c.step2 < high


@dataclass(frozen=True)
class Factor:
    """Points towards DR competitiveness when ``when`` holds."""

    name: str
    section: str
    when: Test
    points: int
    reason: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class PathwayRule:
    """A reason not to apply now: recalibrate, or strengthen the profile first."""

    name: str
    section: str
    pathway: Pathway
    when: Test
    reason: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gate:
    """One condition an IMG must meet before Integrated IR is worth applications."""

    name: str
    section: str
    passes: Test
    shortfall: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class LevelRule:
    """Integrated IR level for US graduates: the first rule that holds sets the level."""

    name: str
    section: str
    level: Level
    when: Test
    reason: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionRule:
    """An action (CONTRACT ``actions[].code``) with its concrete target."""

    name: str
    code: ActionCode
    section: str
    rank: int
    when: Test
    why: str
    target: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class ContingencyRule:
    name: str
    section: str
    when: Test
    text: str
    sources: tuple[str, ...] = ()


# --- 1. DR competitiveness --------------------------------------------------------------------
# Why the weights are what they are (our scale; the guide ranks factors only in words):
# - Step 2 CK is the guide's "critical numeric signal", so it moves most: +3 in the upper
#   quartile, +2 at the matched median, +1 inside the matched range, -1 below it, -3 not passed.
# - Exam failures weigh like the guide warns: Step 1 not passed -4, a retake -2 (Step 1) or -1.
# - Hands-on US experience is the other signal programs can check (+1 two months, +2 six).
# - Basics everyone is expected to have (a radiology letter, three letters, no visa need) earn
#   nothing; lacking them costs a point. Research beyond the basics earns +1 each step.
# - Earlier unmatched cycles count against: -1 after one, -3 after two or more, so a
#   twice-unmatched 247 with an ordinary record is not "high" (high needs +5).
# IMG Step 2 CK bands come from 2026 non-US IMGs who matched DR (median 250, quartiles 243-262)
# and the all-takers upper quartile (about 257); US graduates' from US MD seniors (DR median 257,
# lower quartile 249).
DR_FACTORS: tuple[Factor, ...] = (
    Factor(
        "us_graduate_baseline",
        "guide:challenge",
        lambda c: c.us_grad,
        2,
        "US graduates match far more often than non-US IMGs (93.7% vs 59.4% of all "
        "applicants in 2023).",
        (MATCH_RATE_US_MD, MATCH_RATE_NON_US_IMG),
    ),
    Factor(
        "step2_upper_quartile",
        "guide:usmle.step2ck",
        _step2_at_least(UPPER_Q),
        3,
        f"Step 2 CK {{c.step2}} is in the upper quartile of all takers (about {UPPER_Q}+).",
        (STEP2_SPREAD,),
    ),
    Factor(
        "img_step2_at_dr_median",
        "guide:usmle.step2ck",
        lambda c: not c.us_grad and _step2_between(DR_MEDIAN, UPPER_Q)(c),
        2,
        f"Step 2 CK {{c.step2}} is at or above the median ({DR_MEDIAN}) of non-US IMGs who "
        "matched DR in 2026.",
        (CO_DR_IMG_STEP2,),
    ),
    Factor(
        "img_step2_in_dr_range",
        "guide:usmle.step2ck",
        lambda c: not c.us_grad and _step2_between(DR_LOW_Q, DR_MEDIAN)(c),
        1,
        f"Step 2 CK {{c.step2}} is inside the middle half ({DR_LOW_Q}-262) of non-US IMGs who "
        "matched DR in 2026.",
        (CO_DR_IMG_STEP2,),
    ),
    Factor(
        "img_step2_below_dr_range",
        "guide:usmle.step2ck",
        lambda c: not c.us_grad and _step2_between(PASSING, DR_LOW_Q)(c),
        -1,
        f"Step 2 CK {{c.step2}} is below the lower quartile ({DR_LOW_Q}) of non-US IMGs who "
        "matched DR in 2026: research and US performance must carry more weight.",
        (CO_DR_IMG_STEP2,),
    ),
    Factor(
        "us_step2_in_dr_range",
        "guide:usmle.step2ck",
        lambda c: c.us_grad and _step2_between(DR_US_LOW_Q, UPPER_Q)(c),
        1,
        f"Step 2 CK {{c.step2}} is inside the middle half ({DR_US_LOW_Q}-265) of US MD seniors "
        "who matched DR in 2026.",
        (CO_DR_MD_STEP2,),
    ),
    Factor(
        "us_step2_below_dr_range",
        "guide:usmle.step2ck",
        lambda c: c.us_grad and _step2_between(PASSING, DR_US_LOW_Q)(c),
        -1,
        f"Step 2 CK {{c.step2}} is below the lower quartile ({DR_US_LOW_Q}) of US MD seniors who "
        "matched DR in 2026.",
        (CO_DR_MD_STEP2,),
    ),
    Factor(
        "step2_not_passed",
        "guide:usmle.step2ck",
        lambda c: c.step2_failed,
        -3,
        f"Step 2 CK {{c.step2}} is below the passing score ({PASSING}).",
        (STEP2_PASS,),
    ),
    Factor(
        "step2_retake",
        "guide:usmle.step2ck",
        lambda c: c.step2_retake,
        -1,
        "Step 2 CK was not passed on the first attempt.",
    ),
    Factor(
        "step1_retake",
        "guide:usmle.step1",
        lambda c: c.step1 is Step1Result.PASS_AFTER_RETAKE,
        -2,
        "Step 1 was passed after a retake; the guide calls a first-attempt pass vital.",
    ),
    Factor(
        "step1_not_passed",
        "guide:usmle.step1",
        lambda c: c.step1_failed,
        -4,
        "Step 1 is not passed yet; multiple failures can end an IR application.",
    ),
    Factor(
        "img_no_us_experience",
        "guide:letters",
        lambda c: c.img and c.usce_known and c.usce_months == 0,
        -2,
        "No hands-on US clinical experience yet.",
    ),
    Factor(
        "img_us_experience",
        "guide:letters",
        lambda c: c.img and USCE_MONTHS_TARGET <= c.usce_months < USCE_MONTHS_STRONG,
        1,
        "{c.profile.usce_months:g} months of hands-on US clinical experience.",
    ),
    Factor(
        "img_long_us_experience",
        "guide:pathways.on_ramps",
        lambda c: c.img and c.usce_months >= USCE_MONTHS_STRONG,
        2,
        "{c.profile.usce_months:g} months of hands-on US clinical work (prelim-year length).",
    ),
    Factor(
        "no_us_letters",
        "guide:letters",
        lambda c: c.letters_known and c.us_letters == 0,
        -1,
        "No letters from US physicians yet.",
    ),
    Factor(
        "no_radiology_letter",
        "guide:letters",
        lambda c: c.letters_known and c.us_letters > 0 and c.ir_letters + c.dr_letters == 0,
        -1,
        "No letter from a US radiologist yet, which radiology programs expect.",
    ),
    Factor(
        "ir_research",
        "guide:research",
        lambda c: c.ir_research_target_met,
        1,
        "IR research at the guide's entry level (2+ publications or 3+ abstracts).",
    ),
    Factor(
        "strong_research",
        "guide:faq.publications",
        lambda c: (
            c.publications >= IR_PUBLICATIONS_STRONG or c.research_years >= RESEARCH_YEARS_STRONG
        ),
        1,
        "Substantial research (5+ IR publications or a year or more in a research position).",
    ),
    Factor(
        "older_graduate",
        "guide:older_graduates",
        lambda c: c.older and not c.long_gap,
        -1,
        "{c.years_since_graduation} years since graduation: programs will ask about recency.",
    ),
    Factor(
        "long_since_graduation",
        "guide:faq.older_graduate",
        lambda c: c.long_gap,
        -2,
        "{c.years_since_graduation} years since graduation: harder, though not impossible.",
    ),
    Factor(
        "not_clinically_active",
        "guide:older_graduates",
        lambda c: c.graduate and c.clinically_active is False,
        -1,
        "Not working in medicine now: a gap programs will ask about.",
    ),
    Factor(
        "step3_passed_when_it_counts",
        "guide:usmle.step3",
        lambda c: c.step3_passed and (c.older or c.visa is VisaNeed.H1B),
        1,
        "Step 3 passed, which helps late-career and H-1B applicants.",
    ),
    Factor(
        "h1b_without_step3",
        "guide:usmle.step3",
        lambda c: c.visa is VisaNeed.H1B and not c.step3_passed,
        -1,
        "H-1B needs Step 3 passed; without it only J-1 programs remain.",
        (H1B_STEP3,),
    ),
    Factor(
        "one_unmatched_cycle",
        "guide:contingency.no_dr",
        lambda c: c.cycles == 1,
        -1,
        "One earlier cycle without a match: programs will look for what changed since.",
    ),
    Factor(
        "several_unmatched_cycles",
        "guide:contingency.recalibrate",
        lambda c: c.cycles >= 2,
        -3,
        "{c.cycles} earlier cycles without a match: each further cycle is harder.",
    ),
)


# --- 2. Pathway: reasons not to apply now (first match wins) ----------------------------------
PATHWAY_RULES: tuple[PathwayRule, ...] = (
    PathwayRule(
        "repeated_cycles_without_interviews",
        "guide:contingency.recalibrate",
        Pathway.RECALIBRATE,
        lambda c: c.cycles >= 2 and c.interviews == 0,
        "{c.cycles} cycles without a DR or IR interview: the guide's signal to recalibrate.",
    ),
    PathwayRule(
        "persistent_exam_failures",
        "guide:contingency.recalibrate",
        Pathway.RECALIBRATE,
        lambda c: c.step1_failed and (c.step2_failed or c.step2_retake),
        "Step 1 not passed and Step 2 CK failed too: a persistent academic barrier.",
    ),
    PathwayRule(
        "h1b_with_failed_step3",
        "guide:contingency.recalibrate",
        Pathway.RECALIBRATE,
        lambda c: c.visa is VisaNeed.H1B and c.step3_failed,
        "You need an H-1B and Step 3 is failed: H-1B needs it passed, a persistent visa barrier "
        "until Step 3 is passed or another visa route (J-1) is open to you.",
        (H1B_STEP3,),
    ),
    PathwayRule(
        "step1_not_passed",
        "guide:usmle.step1",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.step1_failed,
        "Step 1 must be passed before any program can rank you (ECFMG certification needs it).",
    ),
    PathwayRule(
        "step2_not_passed",
        "guide:usmle.step2ck",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.step2_failed,
        f"Step 2 CK {{c.step2}} is below the passing score ({PASSING}): pass it first.",
        (STEP2_PASS,),
    ),
    PathwayRule(
        "step1_not_taken",
        "guide:usmle.step1",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.step1 is Step1Result.NOT_TAKEN and not c.student,
        "Step 1 is not taken yet: programs (and, for IMGs, ECFMG certification) need it "
        "passed, and they read a first-attempt pass as vital. Pass it before you apply.",
    ),
    PathwayRule(
        "cycle_without_interviews",
        "guide:contingency.no_dr",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.cycles >= 1 and c.interviews == 0,
        "An earlier cycle brought no interviews: the application is not yet at the DR "
        "threshold, so strengthen it before the next one.",
    ),
    PathwayRule(
        "inactive_older_graduate",
        "guide:older_graduates",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.older and c.clinically_active is False,
        "{c.years_since_graduation} years since graduation and not working in medicine now: "
        "show recent, continuous engagement first.",
    ),
    PathwayRule(
        "no_us_footprint",
        "guide:letters",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: (
            c.img and c.usce_known and c.usce_months == 0 and c.letters_known and c.us_letters == 0
        ),
        "No US clinical experience and no US letters yet: programs cannot judge you.",
    ),
    PathwayRule(
        "dr_competitiveness_low",
        "guide:pathways.on_ramps",
        Pathway.STRENGTHEN_THEN_APPLY,
        lambda c: c.dr_level is Level.LOW,
        "DR competitiveness is low today: {c.on_ramp_words} first gives the next application "
        "a real chance.",
    ),
)


# --- 3. Integrated IR for IMGs: every gate must hold ------------------------------------------
# The guide: Integrated IR is a "bonus shot" for exceptionally strong IMGs. In 2024, 91.4% of
# Integrated IR positions went to US seniors, so an IMG's level is at most moderate.
IMG_INTEGRATED_GATES: tuple[Gate, ...] = (
    Gate(
        "step2_upper_quartile",
        "guide:faq.integrated_or_dr",
        _step2_at_least(UPPER_Q),
        f"Step 2 CK ({{c.step2_text}}) is not in the upper quartile (about {UPPER_Q}+); "
        f"non-US IMGs who matched Integrated IR in 2026 had a median of {IR_IMG_MEDIAN} "
        f"(lower quartile {IR_IMG_LOW_Q}, n=11).",
        (STEP2_SPREAD, CO_IR_IMG_STEP2),
    ),
    Gate(
        "step1_first_attempt",
        "guide:usmle.step1",
        lambda c: c.step1_first_attempt,
        "Step 1 is not known to be a first-attempt pass.",
    ),
    Gate(
        "step2_first_attempt",
        "guide:faq.integrated_or_dr",
        lambda c: not c.step2_retake,
        "Step 2 CK was not a first-attempt pass.",
    ),
    Gate(
        "us_ir_letter",
        "guide:letters",
        lambda c: c.ir_letters >= 1,
        "No letter from a US interventional radiologist yet.",
    ),
    Gate(
        "ir_research",
        "guide:research",
        lambda c: c.ir_research_target_met,
        "IR research below the guide's level (2+ publications or 3+ abstracts).",
    ),
    Gate(
        "us_clinical_experience",
        "guide:pathways.integrated",
        lambda c: (
            c.usce_months >= USCE_MONTHS_TARGET or c.ir_elective_weeks >= IR_ELECTIVE_WEEKS_TARGET
        ),
        "Not yet the strong US clinical experience Integrated IR expects.",
    ),
    Gate(
        "recent_graduate",
        "guide:pathways.integrated",
        lambda c: c.recent,
        "Integrated IR fits final-year students and recent graduates (3 years or less) "
        "without gaps; {c.graduation_text}.",
    ),
)


# --- 4. Integrated IR for US MD/DO graduates (first match wins, else low) --------------------
US_INTEGRATED_LEVELS: tuple[LevelRule, ...] = (
    LevelRule(
        "us_strong",
        "guide:pathways.integrated",
        Level.HIGH,
        lambda c: (
            _step2_at_least(IR_US_MEDIAN)(c)
            and c.step1_first_attempt
            and not c.step2_retake
            and (c.ir_letters >= 1 or c.ir_research_target_met)
        ),
        f"Step 2 CK {{c.step2}} is at or above the median ({IR_US_MEDIAN}) of US MD seniors "
        "who matched Integrated IR in 2026, with IR letters or research behind it.",
        (CO_IR_MD_STEP2,),
    ),
    LevelRule(
        "us_in_range",
        "guide:faq.integrated_or_dr",
        Level.MODERATE,
        _step2_at_least(IR_US_LOW_Q),
        f"Step 2 CK {{c.step2}} is inside the range of US MD seniors who matched Integrated IR "
        f"in 2026 (lower quartile {IR_US_LOW_Q}).",
        (CO_IR_MD_STEP2,),
    ),
)


# --- Step 3 timing: one text, used by the actions below and by the visa and USMLE answers.
# The guide: useful but not mandatory before applying, and it makes you more competitive for
# H-1B programs; those programs decide whom to interview when they screen applications.
STEP3_TIMING_H1B = (
    "For H-1B, pass Step 3 before programs screen applications (September; they start "
    "reviewing late in the month): an H-1B needs it passed, and programs choose whom to "
    "interview and rank with that in mind."
)
STEP3_TIMING_OTHERS = (
    "Otherwise Step 3 is useful but not required before applying; passed early, it helps "
    "older graduates and a weaker record."
)

# --- 5. Actions (most important first; one per code) ------------------------------------------
_APPLYING: Test = lambda c: c.applying_now  # noqa: E731 - a named test reads better here
# A year of research or 5+ IR publications: another research year is not the gap.
_RESEARCH_DONE: Test = lambda c: (  # noqa: E731
    c.research_years >= RESEARCH_YEARS_STRONG or c.publications >= IR_PUBLICATIONS_STRONG
)
_STRENGTHENING: Test = lambda c: c.pathway is Pathway.STRENGTHEN_THEN_APPLY  # noqa: E731
# Needs a visa, neither J-1 nor H-1B chosen yet.
_VISA_UNDECIDED: Test = lambda c: (  # noqa: E731
    c.needs_sponsorship and c.visa not in (VisaNeed.J1, VisaNeed.H1B)
)
# The gap is hands-on US work, not research: research done or at the guide's level, exams
# passed, and less than a preliminary year's worth of US clinical months.
_PRELIM_IS_THE_GAP: Test = lambda c: (  # noqa: E731
    (_RESEARCH_DONE(c) or c.ir_research_target_met)
    and not c.step1_failed
    and not c.step2_failed
    and c.usce_months < USCE_MONTHS_STRONG
)

ACTION_RULES: tuple[ActionRule, ...] = (
    ActionRule(
        "pass_step2_retake",
        ActionCode.RAISE_STEP2CK,
        "guide:usmle.step2ck",
        10,
        lambda c: c.step2_failed,
        f"Step 2 CK {{c.step2}} is below the passing score ({PASSING}); nothing moves until "
        "it is passed.",
        f"Pass Step 2 CK on the retake, aiming for {DR_MEDIAN}+ (median of IMGs who matched DR).",
        (STEP2_PASS, CO_DR_IMG_STEP2),
    ),
    ActionRule(
        "step3_blocks_h1b",
        ActionCode.TAKE_STEP3,
        "guide:usmle.step3",
        11,
        lambda c: (
            c.visa is VisaNeed.H1B
            and c.step3_failed
            and not c.step1_failed
            and c.step1 is not Step1Result.NOT_TAKEN
        ),
        "Without a passed Step 3 no program can sponsor your H-1B.",
        "Retake and pass Step 3, or find out whether a J-1 is open to you; until one of them "
        "holds, do not spend on applications.",
        (H1B_STEP3, OFFER_J1),
    ),
    ActionRule(
        "recalibrate_now",
        ActionCode.CONSIDER_ALTERNATIVES,
        "guide:contingency.recalibrate",
        12,
        lambda c: c.pathway is Pathway.RECALIBRATE,
        "Repeated cycles without interviews or a lasting barrier call for an honest rethink.",
        "Decide with a mentor by a set date: one clearly improved cycle, or DR outside the US, "
        "vascular medicine, cardiology or another interventional field.",
    ),
    ActionRule(
        "change_after_interviews",
        ActionCode.APPLY_BROADLY,
        "guide:interview",
        15,
        lambda c: c.interviewed_unmatched and c.applying_now,
        "{c.interviews} interviews but no match: programs saw you, so the next application must "
        "show growth; 'I'll just try again' is weak.",
        "Before reapplying: new IR publications or abstracts, new US letters from the last "
        "year, new hands-on US work, then {c.dr_apps} DR programs aimed at those that interview "
        "IMGs like you.",
        (CO_DR_RANKS, APPS_DR),
    ),
    ActionRule(
        "take_step2_img",
        ActionCode.TAKE_STEP2CK,
        "guide:usmle.step2ck",
        20,
        lambda c: c.step2 is None and not c.us_grad,
        "Step 2 CK is the main number programs compare; the guide calls it the critical signal.",
        f"Step 2 CK in the upper quartile (about {UPPER_Q}+); at least {DR_MEDIAN}, the median "
        "of IMGs who matched DR.",
        (STEP2_SPREAD, CO_DR_IMG_STEP2),
    ),
    ActionRule(
        "take_step2_us",
        ActionCode.TAKE_STEP2CK,
        "guide:usmle.step2ck",
        20,
        lambda c: c.step2 is None and c.us_grad,
        "Step 2 CK is the main number programs compare now that Step 1 is pass/fail.",
        f"Step 2 CK of {IR_US_MEDIAN}+ (median of US MD seniors who matched Integrated IR).",
        (CO_IR_MD_STEP2,),
    ),
    ActionRule(
        "step3_for_h1b",
        ActionCode.TAKE_STEP3,
        "guide:usmle.step3",
        22,
        lambda c: (
            c.visa is VisaNeed.H1B
            and not c.step3_passed
            and not c.step1_failed
            and c.step1 is not Step1Result.NOT_TAKEN
        ),
        "An H-1B for residency needs every USMLE Step passed, Step 3 included.",
        STEP3_TIMING_H1B,
        (H1B_STEP3,),
    ),
    ActionRule(
        "research_year_first",
        ActionCode.RESEARCH_POSITION,
        "guide:pathways.on_ramps",
        25,
        lambda c: _STRENGTHENING(c) and not c.step1_failed and not _RESEARCH_DONE(c),
        "A US research position builds publications, US letters and program familiarity.",
        "A 1-2 year US IR or radiology research position: 2-5 publications and an IR letter "
        "by its end.",
    ),
    ActionRule(
        "prelim_year_leads",
        ActionCode.PRELIM_YEAR,
        "guide:contingency.no_dr",
        23,
        lambda c: _STRENGTHENING(c) and _PRELIM_IS_THE_GAP(c),
        "Your research is already there; what programs cannot see yet is your hands-on US "
        "clinical work and fresh US letters from it.",
        "A US preliminary medicine or surgery (or transitional) year first: hands-on US work "
        "and new US letters; reassess DR after 6-12 months.",
    ),
    ActionRule(
        "prelim_year_first",
        ActionCode.PRELIM_YEAR,
        "guide:contingency.no_dr",
        26,
        lambda c: _STRENGTHENING(c) and not c.step1_failed and not c.step2_failed,
        "A US preliminary year gives hands-on US work, new US letters and time for IR research.",
        "A US preliminary medicine or surgery (or transitional) year; reassess DR after "
        "6-12 months.",
    ),
    ActionRule(
        "on_ramp_pgy1",
        ActionCode.APPLY_PGY1,
        "guide:pathways.on_ramps",
        27,
        lambda c: _STRENGTHENING(c) and c.pgy1_apps > 0,
        "The preliminary year is the guide's on-ramp: US work and letters before DR.",
        "Apply to {c.pgy1_apps} preliminary medicine/surgery or transitional-year "
        "programs{c.sponsorship_note} in September {c.plan_season}.",
    ),
    ActionRule(
        "engagement_after_a_gap",
        ActionCode.SHOW_CONTINUOUS_ENGAGEMENT,
        "guide:faq.older_graduate",
        24,
        lambda c: c.older and c.clinically_active is False,
        "An older graduate not working in medicine now must first show recent engagement.",
        "Start continuous clinical, research or teaching work now, ideally in the US, and keep "
        "it going until you apply.",
    ),
    ActionRule(
        "research_offsets_step2",
        ActionCode.BUILD_IR_RESEARCH,
        "guide:usmle.step2ck",
        28,
        lambda c: c.step2 is not None and c.step2 < DR_MEDIAN and not c.ir_research_target_met,
        "A passed Step 2 CK cannot be retaken; the guide says lean on research to offset it.",
        "{c.research_to_add}.",
    ),
    ActionRule(
        "us_clinical_experience",
        ActionCode.GET_US_CLINICAL_EXPERIENCE,
        "guide:letters",
        30,
        lambda c: c.img and c.usce_months < USCE_MONTHS_TARGET,
        "Programs want to see you work in US medicine; 1-week observerships rarely yield "
        "strong letters.",
        "At least 2 months of hands-on US clinical work, in 4-8 week rotations where faculty "
        "see you daily.",
    ),
    ActionRule(
        "us_ir_letter",
        ActionCode.GET_US_IR_LETTER,
        "guide:letters",
        35,
        lambda c: c.ir_letters < 1,
        "The guide expects at least one strong letter from a US interventional radiologist.",
        "One letter from a US interventional radiologist who worked with you for 4+ weeks.",
    ),
    ActionRule(
        "ir_elective",
        ActionCode.DO_IR_ELECTIVE,
        "guide:ir_exposure",
        40,
        lambda c: c.ir_elective_weeks < IR_ELECTIVE_WEEKS_TARGET,
        "Progressive IR exposure shows you know what IR training demands.",
        "A 4-8 week US IR elective that ends in a letter; present a case at IR conference.",
    ),
    ActionRule(
        "us_dr_letter",
        ActionCode.GET_US_DR_LETTER,
        "guide:letters",
        45,
        lambda c: c.dr_letters < 1,
        "DR programs read a US diagnostic radiologist's letter as proof of fit.",
        "One letter from a US diagnostic radiologist, plus a third from another US specialty.",
    ),
    ActionRule(
        "step3_late_career",
        ActionCode.TAKE_STEP3,
        "guide:usmle.step3",
        50,
        lambda c: (
            not c.step3_passed
            and not c.step1_failed  # Step 1 comes first; Step 3 only after it
            and c.step1 is not Step1Result.NOT_TAKEN
            and (
                c.older
                or (c.visa is VisaNeed.UNDECIDED)
                or (c.step2 is not None and PASSING <= c.step2 < DR_LOW_Q)
            )
        ),
        "Step 3 helps late-career applicants, strengthens a weaker record and keeps H-1B open.",
        "Pass Step 3 before programs screen applications (September; they start reviewing late "
        "in the month).",
        (H1B_STEP3,),
    ),
    ActionRule(
        "continuous_engagement",
        ActionCode.SHOW_CONTINUOUS_ENGAGEMENT,
        "guide:older_graduates",
        55,
        lambda c: (
            (c.graduate and c.clinically_active is False)
            or (c.older and c.clinically_active is None)
        ),
        "Programs look for recent, continuous work in medicine after graduation.",
        "Continuous clinical, research or teaching work, ideally in the US, up to the day "
        "you apply.",
    ),
    ActionRule(
        "explain_gap",
        ActionCode.EXPLAIN_GAP,
        "guide:faq.older_graduate",
        56,
        lambda c: (c.graduate and c.clinically_active is False) or c.long_gap,
        "Unexplained gaps raise questions; a clear account removes them.",
        "One plain sentence per gap in the application, and the same answer at interview.",
    ),
    ActionRule(
        "ir_research",
        ActionCode.BUILD_IR_RESEARCH,
        "guide:research",
        60,
        lambda c: c.publications < IR_PUBLICATIONS_TARGET or c.abstracts < IR_ABSTRACTS_TARGET,
        "IR research shows commitment and gives programs a reason to know your name.",
        "{c.research_to_add}.",
    ),
    ActionRule(
        "j1_sponsors",
        ActionCode.TARGET_VISA_SPONSORS,
        "guide:targeting",
        70,
        lambda c: c.visa is VisaNeed.J1,
        "Only programs that take ECFMG-sponsored J-1 residents can rank you.",
        "Apply only where J-1 is accepted (about 73% of DR programs in a 2023 survey).",
        (OFFER_J1, J1_SPONSOR, J1_LIMIT),
    ),
    ActionRule(
        "h1b_sponsors",
        ActionCode.TARGET_VISA_SPONSORS,
        "guide:targeting",
        70,
        lambda c: c.visa is VisaNeed.H1B,
        "Few DR programs sponsor H-1B, so the list has to be built around them.",
        "Apply to H-1B sponsors (about 23% of DR programs) and add J-1 programs as a fallback.",
        (OFFER_H1B, OFFER_J1, H1B_STEP3),
    ),
    ActionRule(
        "undecided_visa",
        ActionCode.TARGET_VISA_SPONSORS,
        "guide:targeting",
        70,
        lambda c: _VISA_UNDECIDED(c) and not c.step3_passed,
        "Your visa route is not settled; J-1 keeps the most DR programs open.",
        "Plan on J-1 unless you will pass Step 3 in time (73% of DR programs take J-1, 23% H-1B).",
        (OFFER_J1, OFFER_H1B),
    ),
    ActionRule(
        "undecided_visa_step3_passed",
        ActionCode.TARGET_VISA_SPONSORS,
        "guide:targeting",
        70,
        lambda c: _VISA_UNDECIDED(c) and c.step3_passed,
        "Your visa route is not settled; with Step 3 passed, H-1B programs can consider you too.",
        "Target programs that take J-1 (73% of DR programs) and those that sponsor H-1B (23%).",
        (OFFER_J1, OFFER_H1B, H1B_STEP3),
    ),
    ActionRule(
        "apply_broadly_img",
        ActionCode.APPLY_BROADLY,
        "guide:targeting",
        80,
        lambda c: _APPLYING(c) and not c.us_grad,
        "IMGs who matched DR had more interviews to rank (median 5 programs vs 1.5 unmatched); "
        "interviews come from a broad list aimed at programs that take IMGs.",
        "Apply to {c.dr_apps} DR programs that take IMGs and have strong IR, in September "
        "{c.plan_season}.",
        (CO_DR_RANKS, CO_DR_RANKS_UNMATCHED, APPS_DR),
    ),
    ActionRule(
        "apply_broadly_us",
        ActionCode.APPLY_BROADLY,
        "guide:targeting",
        80,
        lambda c: _APPLYING(c) and c.us_grad,
        "The average DR applicant sent 72 applications in 2024.",
        "Apply to {c.dr_apps} DR programs, favouring those with strong IR departments, in "
        "September {c.plan_season}.",
        (APPS_DR,),
    ),
    ActionRule(
        "apply_pgy1",
        ActionCode.APPLY_PGY1,
        "guide:dual_application",
        85,
        lambda c: c.pgy1_apps > 0,
        "Most DR positions start at PGY-2 and need a separate first year.",
        "Apply to {c.pgy1_apps} preliminary medicine/surgery or transitional-year programs, "
        "with the DR applications.",
    ),
    ActionRule(
        "set_a_limit",
        ActionCode.CONSIDER_ALTERNATIVES,
        "guide:contingency.recalibrate",
        95,
        lambda c: c.cycles >= 2 or c.step1_failed,
        "Several cycles or an exam barrier: decide now how many more cycles are realistic.",
        "Agree a limit with a mentor and a plan B: DR abroad, vascular medicine or cardiology.",
    ),
)


# A recalibrate report leads with the barrier and the decision, not with an application plan:
# only these codes stay in it (the rest would be to-dos for a cycle that is not planned).
RECALIBRATE_ACTIONS: frozenset[ActionCode] = frozenset(
    {
        ActionCode.RAISE_STEP2CK,
        ActionCode.TAKE_STEP3,
        ActionCode.CONSIDER_ALTERNATIVES,
        ActionCode.SHOW_CONTINUOUS_ENGAGEMENT,
    }
)


# --- 6. Contingency per outcome ---------------------------------------------------------------
CONTINGENCY_RULES: tuple[ContingencyRule, ...] = (
    ContingencyRule(
        "soap_if_unmatched",
        "guide:contingency.no_dr",
        lambda c: c.applications_out,
        "If Match Week (the third week of March) brings no match: take part in SOAP that week; "
        "a preliminary or transitional PGY-1 position is US experience toward DR.",
    ),
    ContingencyRule(
        "interviewed_but_unmatched_again",
        "guide:interview",
        lambda c: c.interviewed_unmatched and c.pathway is not Pathway.RECALIBRATE,
        "If the next application also brings interviews but no match: ask programs that "
        "interviewed you for feedback, practise interviews with US faculty, and add what was "
        "missing (US letters, research, US experience) rather than sending the same "
        "application.",
    ),
    ContingencyRule(
        "dr_but_not_integrated",
        "guide:contingency.no_integrated",
        lambda c: c.pathway is Pathway.INTEGRATED_IR_PLUS_DR,
        "No Integrated IR match but a DR match: you are still on the IR path. Seek IR "
        "rotations, projects and mentors in residency and tell your program director early "
        "that you aim for Independent IR.",
    ),
    ContingencyRule(
        "neither_matched",
        "guide:contingency.no_integrated",
        lambda c: c.pathway is Pathway.INTEGRATED_IR_PLUS_DR,
        "Neither matched: a US research year in IR or radiology, more publications and US "
        "letters, then reapply to DR (and to Integrated IR only if the profile still supports "
        "it).",
    ),
    ContingencyRule(
        "no_dr_match",
        "guide:contingency.no_dr",
        lambda c: c.pathway is Pathway.DR_THEN_INDEPENDENT_IR,
        "No DR match: a US preliminary medicine or surgery year or a dedicated IR research "
        "fellowship, new US letters, a fresh look after 6-12 months, then reapply to DR.",
    ),
    ContingencyRule(
        "strengthening_without_interviews",
        "guide:contingency.no_dr",
        lambda c: c.pathway is Pathway.STRENGTHEN_THEN_APPLY,
        "If the strengthening year still brings no DR interviews: keep the IR research going, "
        "add US letters{c.step3_suggestion}, and reassess with your mentors before another cycle.",
    ),
    ContingencyRule(
        "repeated_cycles",
        "guide:contingency.recalibrate",
        lambda c: c.pathway is not Pathway.RECALIBRATE,
        "Repeated cycles: if cycles pass with no DR or IR interviews despite improvements, "
        "exam or visa barriers persist, or your personal or financial situation makes more "
        "cycles unrealistic, recalibrate rather than repeat the same application.",
    ),
    ContingencyRule(
        "alternative_careers",
        "guide:contingency.recalibrate",
        lambda c: c.pathway is Pathway.RECALIBRATE or c.cycles >= 2,
        "Your IR work still counts elsewhere: diagnostic radiology outside the US, vascular "
        "medicine, cardiology or interventional roles in other systems, or a hybrid career "
        "bringing minimally invasive care to places that lack it.",
    ),
    ContingencyRule(
        "one_more_cycle",
        "guide:contingency.recalibrate",
        lambda c: c.pathway is Pathway.RECALIBRATE,
        "If you try once more: only with a visibly different application (new US letters, "
        "research{c.step3_suggestion}) and a deadline agreed in advance.",
    ),
    ContingencyRule(
        "j1_clock",
        "guide:targeting",
        lambda c: c.visa is VisaNeed.J1,
        "On a J-1, PGY-1 + 4 DR + 2 Independent IR years use the whole 7-year ECFMG limit "
        "(with ESIR during DR, Independent IR is one year, leaving one spare). A preliminary "
        "year can be that PGY-1; a second clinical year without ESIR would leave no room for "
        "IR. Check with ECFMG before adding one.",
        (J1_LIMIT,),
    ),
)


# --- 7. Notes: guide advice without an action code, added to the reasons -------------------
NOTE_RULES: tuple[ContingencyRule, ...] = (
    ContingencyRule(
        "frame_dr_as_foundation",
        "guide:faq.ir_in_dr_application",
        lambda c: c.applying_now and not c.applications_out,
        "In DR applications and the personal statement, present DR as a foundation you value "
        "and IR through the Independent route as the plan; avoid 'IR or nothing'.",
        ("guide:personal_statement",),
    ),
    ContingencyRule(
        "use_every_signal",
        "guide:targeting",
        lambda c: c.applying_now and not c.applications_out,
        "Spend every program signal (DR and IR share one pool) on realistic programs that take "
        "applicants like you: signalled programs interviewed about 60% of applicants in a 2024 "
        "survey, others about 9%.",
        (SIGNALS,),
    ),
    ContingencyRule(
        "interview_plan_b",
        "guide:interview",
        lambda c: c.applying_now,
        "At interview, answer 'what if you do not match IR?' with a growth plan: an excellent "
        "diagnostic radiologist first, IR through the Independent pathway.",
    ),
    ContingencyRule(
        "observerships_are_not_hands_on",
        "guide:letters",
        lambda c: (
            c.img and (c.profile.observership_weeks or 0) > 0 and c.usce_months < USCE_MONTHS_TARGET
        ),
        "Observerships ({c.profile.observership_weeks:g} weeks) show interest but rarely lead "
        "to strong letters; hands-on 4-8 week rotations do.",
    ),
    ContingencyRule(
        "j1_home_residence",
        "guide:targeting",
        lambda c: c.visa is VisaNeed.J1,
        "An ECFMG J-1 carries a two-year home-country physical presence requirement after "
        "training (INA 212(e)): plan for it, or for a waiver, from the start.",
        (J1_HOME,),
    ),
    ContingencyRule(
        "ir_recruits_own_dr_residents",
        "guide:pathways.dr_independent",
        lambda c: c.applying_now or c.applications_out,
        "Many IR programs fill Independent IR positions with their own DR residents: a DR "
        "program with a strong IR department is worth more to you than its name alone.",
    ),
    ContingencyRule(
        "school_unknown_to_programs",
        "guide:school_performance",
        lambda c: c.img and not c.applications_out,
        "Programs may not know your school or its grading, and with Step 1 pass/fail they weigh "
        "school grades, the school's standing and research more: show class rank or decile, "
        "honours and an improving grade trend wherever the application allows.",
        ("guide:usmle.step1", "guide:challenge"),
    ),
    ContingencyRule(
        "picking_integrated_programs",
        "guide:targeting",
        lambda c: c.img and c.ir_apps > 0,
        "For your Integrated IR applications, pick programs that have matched IMGs before, "
        "academic centres with strong IR research, some smaller or less famous institutions, "
        "and several regions, and check each one's visa sponsorship.",
    ),
    ContingencyRule(
        "kinds_of_research",
        "guide:research",
        lambda c: not c.ir_research_target_met and not c.applications_out,
        "Research that counts in IR: case reports and reviews to start, quality-improvement or "
        "teaching projects, chart reviews that grow out of an observership, remote work for a "
        "US IR group; a paid or unpaid research position of one to three years goes furthest.",
        ("guide:pathways.on_ramps",),
    ),
    ContingencyRule(
        "why_us_training",
        "guide:interview",
        lambda c: c.img and (c.applying_now or c.applications_out),
        "Every IMG is asked why US training: have a specific answer, and examples of how you "
        "have already adapted to US medicine.",
    ),
    ContingencyRule(
        "student_step1_first",
        "guide:usmle.step1",
        lambda c: c.student and c.step1 is Step1Result.NOT_TAKEN,
        "Step 1 comes first: pass it on the first attempt (programs read that as vital) well "
        "before your application season; the plan below assumes you will.",
    ),
    ContingencyRule(
        "students_finish_strong",
        "guide:school_performance",
        lambda c: c.student,
        "As a student: strong radiology, medicine and surgery rotations, early IR exposure and "
        "finishing on time without gaps all count.",
    ),
)


# --- 8. Missing facts, most important first ---------------------------------------------------
# (field, when it matters). ``prior_interviews`` jumps to the front after a failed cycle.
MISSING_ORDER: tuple[tuple[str, Test], ...] = (
    ("applicant_type", lambda c: True),
    ("step2ck_score", lambda c: True),
    ("step1", lambda c: True),
    ("visa_need", lambda c: not c.us_grad),
    ("graduation_year", lambda c: True),
    ("match_cycles", lambda c: True),
    ("us_ir_letters", lambda c: True),
    ("usce_months", lambda c: c.img),
    ("ir_publications", lambda c: True),
    ("ir_abstracts", lambda c: True),
    ("us_dr_letters", lambda c: True),
    ("ir_elective_weeks", lambda c: True),
    ("step2ck_first_attempt", lambda c: c.step2 is not None),
    ("clinically_active", lambda c: not c.student),
    ("step3", lambda c: c.visa is VisaNeed.H1B or c.older or c.visa is VisaNeed.UNDECIDED),
    ("us_other_letters", lambda c: True),
    ("research_years", lambda c: True),
)
