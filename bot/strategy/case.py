"""The facts the rules read, derived once from a profile, plus the decisions made so far.

Unknown counts (letters, publications, months) read as 0 where a rule needs a number, so a
missing fact never helps; ``*_known`` flags let a rule tell "none" from "not told".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.profile import (
    ApplicantProfile,
    ApplicantType,
    CycleStage,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.report import IntegratedIRStance, Level, Pathway
from bot.strategy import thresholds as t
from bot.strategy.season import SeasonPosition, planning_date, position

_IMG_TYPES = (ApplicantType.NON_US_IMG, ApplicantType.US_IMG)
_US_GRAD_TYPES = (ApplicantType.US_MD, ApplicantType.US_DO)


@dataclass(slots=True)
class Case:
    """One applicant's facts (filled by ``from_profile``) and the engine's decisions."""

    profile: ApplicantProfile
    current_year: int
    # Who: an unknown type is advised as an IMG, the case this advisor is built for.
    type_known: bool
    img: bool
    non_us_img: bool
    us_grad: bool
    # When: years since graduation (negative or 0 for students); None when unknown.
    years_since_graduation: int | None
    student: bool
    recent: bool
    older: bool
    long_gap: bool
    graduate: bool
    # Exams.
    step2: int | None
    step2_failed: bool
    step2_retake: bool
    step1: Step1Result | None
    step1_first_attempt: bool
    step1_failed: bool
    step3_passed: bool
    step3_failed: bool
    # Visa.
    visa: VisaNeed | None
    needs_sponsorship: bool
    # Experience, letters, research (unknown = 0).
    usce_months: float
    usce_known: bool
    ir_elective_weeks: float
    ir_letters: int
    dr_letters: int
    us_letters: int
    letters_known: bool
    publications: int
    abstracts: int
    research_years: float
    ir_research_target_met: bool  # the guide's entry level: 2+ publications or 3+ abstracts
    clinically_active: bool | None
    cycles: int
    interviews: int | None
    # An earlier cycle with interviews but no match: the next one must change something.
    interviewed_unmatched: bool
    # Where the applicant and the date are in the cycle.
    stage: CycleStage | None
    season: SeasonPosition
    # Decisions, filled in by the engine in this order.
    dr_points: int = 0
    dr_level: Level = Level.MODERATE
    ir_level: Level = Level.LOW
    pathway: Pathway = Pathway.DR_THEN_INDEPENDENT_IR
    stance: IntegratedIRStance = IntegratedIRStance.NOT_RECOMMENDED
    ir_apps: int = 0
    dr_apps: int = 0
    pgy1_apps: int = 0
    plan_season: int = 0  # the September the application plan is for
    applications_out: bool = False  # this season's applications are already with programs
    notes: list[str] = field(default_factory=list)

    @property
    def applying_now(self) -> bool:
        return self.pathway in (Pathway.INTEGRATED_IR_PLUS_DR, Pathway.DR_THEN_INDEPENDENT_IR)

    @property
    def graduation_text(self) -> str:
        years = self.years_since_graduation
        if years is None:
            return "graduation year not given"
        if years <= 0:
            return "you are still a student"
        return f"you graduated {years} year{'s' if years != 1 else ''} ago"

    @property
    def sponsorship_note(self) -> str:
        """ " (sponsoring your visa)" after a kind of program, for an applicant who needs one."""
        return " (sponsoring your visa)" if self.needs_sponsorship else ""

    @property
    def step3_suggestion(self) -> str:
        """ ", Step 3" in a list of things to add, unless Step 3 is already passed."""
        return "" if self.step3_passed else " and Step 3"

    @property
    def on_ramp_words(self) -> str:
        """The on-ramp that fits the gap: a preliminary year once research is done."""
        research_done = (
            self.research_years >= t.RESEARCH_YEARS_STRONG.value
            or self.publications >= t.IR_PUBLICATIONS_STRONG.value
            or self.ir_research_target_met
        )
        if research_done and self.usce_months < t.USCE_MONTHS_STRONG.value:
            return "a US preliminary year (your research is already there; US clinical work is not)"
        return "a research position or preliminary year"

    @property
    def research_to_add(self) -> str:
        """The guide's research targets, naming as met the part this applicant already has."""
        abstracts = "3-10 IR abstracts or posters (SIR, RSNA, CIRSE)"
        publications = "2-5 IR publications"
        if self.publications >= t.IR_PUBLICATIONS_TARGET.value:
            return f"{abstracts}; your {self.publications} IR publications already meet the 2-5"
        if self.abstracts >= t.IR_ABSTRACTS_TARGET.value:
            return f"{publications}; your {self.abstracts} abstracts already meet the 3-10"
        return f"{abstracts} and {publications}"

    @property
    def step2_text(self) -> str:
        return "not given" if self.step2 is None else str(self.step2)

    @classmethod
    def from_profile(
        cls, profile: ApplicantProfile, current_year: int, today: date | None = None
    ) -> Case:
        """``today`` places the case in the season; without it, ``current_year``'s window."""
        p = profile
        # A season that ended unmatched counts as an earlier cycle (if not counted already).
        cycles = p.match_cycles or 0
        if p.cycle_stage is CycleStage.UNMATCHED:
            cycles = max(cycles, 1)
        kind = p.applicant_type
        years = None if p.graduation_year is None else current_year - p.graduation_year
        student = years is not None and years <= 0
        letters = (p.us_ir_letters, p.us_dr_letters, p.us_other_letters)
        step1 = p.step1
        return cls(
            profile=p,
            current_year=current_year,
            type_known=kind is not None,
            img=kind is None or kind in _IMG_TYPES,
            non_us_img=kind is None or kind is ApplicantType.NON_US_IMG,
            us_grad=kind in _US_GRAD_TYPES,
            years_since_graduation=years,
            student=student,
            recent=years is not None and years <= t.RECENT_GRADUATE_MAX_YEARS.value,
            older=years is not None and years >= t.OLDER_GRADUATE_MIN_YEARS.value,
            long_gap=years is not None and years >= t.LONG_GAP_YEARS.value,
            graduate=years is not None and years >= 1,
            step2=p.step2ck_score,
            step2_failed=p.step2ck_score is not None and p.step2ck_score < t.STEP2_PASSING.value,
            step2_retake=p.step2ck_first_attempt is False,
            step1=step1,
            step1_first_attempt=step1 is Step1Result.PASS_FIRST_ATTEMPT,
            step1_failed=step1 is Step1Result.FAILED,
            step3_passed=p.step3 is Step3Result.PASSED,
            step3_failed=p.step3 is Step3Result.FAILED,
            visa=p.visa_need,
            # Unknown visa need for a non-US IMG is handled as needing sponsorship.
            needs_sponsorship=p.visa_need in (VisaNeed.J1, VisaNeed.H1B, VisaNeed.UNDECIDED)
            or (p.visa_need is None and (kind is None or kind is ApplicantType.NON_US_IMG)),
            usce_months=p.usce_months or 0.0,
            usce_known=p.usce_months is not None,
            ir_elective_weeks=p.ir_elective_weeks or 0.0,
            ir_letters=p.us_ir_letters or 0,
            dr_letters=p.us_dr_letters or 0,
            us_letters=sum(n or 0 for n in letters),
            letters_known=any(n is not None for n in letters),
            publications=p.ir_publications or 0,
            abstracts=p.ir_abstracts or 0,
            research_years=p.research_years or 0.0,
            ir_research_target_met=(p.ir_publications or 0) >= t.IR_PUBLICATIONS_TARGET.value
            or (p.ir_abstracts or 0) >= t.IR_ABSTRACTS_TARGET.value,
            clinically_active=p.clinically_active,
            cycles=cycles,
            interviews=p.prior_interviews,
            interviewed_unmatched=cycles >= 1 and (p.prior_interviews or 0) > 0,
            stage=p.cycle_stage,
            season=position(today or planning_date(current_year)),
        )
