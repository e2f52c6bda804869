"""Answers to the FAQ intents, worked out for this applicant's profile (and report, if any).

Each answer compares what the applicant told us with the guide's targets and the sourced
figures in ``bot.answers.figures``, says what is missing when a fact is unknown (with a button
to give it), and ends with a short source line.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from bot.answers import figures as fig
from bot.answers.advice import (
    chance_sources,
    chances_text,
    gaps_message,
    has_chance_numbers,
    next_step_buttons,
)
from bot.answers.citations import source_line
from bot.answers.labels import (
    LEVEL_LABELS,
    PATHWAY_LABELS,
    STANCE_LABELS,
    STEP1_LABELS,
    STEP3_LABELS,
    count_text,
    join_words,
    number_text,
)
from bot.answers.messages import (
    MAX_MESSAGE_CHARS,
    Button,
    Message,
    clip,
    fit_list,
    inform_button,
    intent_button,
)
from bot.profile import ApplicantProfile, ApplicantType, Step1Result, Step3Result, VisaNeed
from bot.report import Pathway, StrategyReport

NOT_LEGAL_ADVICE = (
    "This is information, not legal advice: check ECFMG and an immigration attorney "
    "before you decide."
)


class UnknownFaqIntentError(ValueError):
    """``faq_answer`` was asked about an intent it has no answer for."""


@dataclass(frozen=True)
class _Ask:
    """What one answer works from."""

    profile: ApplicantProfile
    report: StrategyReport | None
    year: int

    @property
    def years_since_graduation(self) -> int | None:
        if self.profile.graduation_year is None:
            return None
        return self.year - self.profile.graduation_year

    @property
    def pathway(self) -> Pathway | None:
        return self.report.pathway if self.report else None


def _message(
    lines: list[str],
    sources: list[str],
    buttons: list[Button] | None = None,
    *,
    footer: str = "",
) -> Message:
    """Lines, a footer kept whole (e.g. the not-legal-advice line) and a source line.

    Under the size limit the source line is trimmed first, then the lines; never the footer.
    """
    room = MAX_MESSAGE_CHARS - 60 - (len(footer) + 1 if footer else 0)
    body = clip("\n".join(line for line in lines if line), room)
    if footer:
        body = f"{body}\n{footer}"
    line = source_line(sources, limit=MAX_MESSAGE_CHARS - len(body) - 1)
    text = f"{body}\n{line}" if line else body
    return Message(text=text, buttons=buttons or [])


def _plain(lines: list[str], buttons: list[Button] | None = None) -> Message:
    return Message(
        text=clip("\n".join(line for line in lines if line), MAX_MESSAGE_CHARS),
        buttons=buttons or [],
    )


def _review_button() -> Button:
    # The pathway goal's form asks for every missing fact that matters, one at a time.
    return intent_button("Answer a few questions", "ask_pathway")


def _relative(value: float, reference: float) -> str:
    if value > reference:
        return "above"
    return "at" if value == reference else "below"


def step2_percentile(score: int) -> int:
    """Rough percentile of a Step 2 CK score from the mean and SD (normal approximation)."""
    z = (score - fig.STEP2_MEAN) / fig.STEP2_SD
    percentile = 50 * (1 + math.erf(z / math.sqrt(2)))
    return min(99, max(1, round(percentile)))


# ---------------------------------------------------------------- research


def _research(ask: _Ask) -> list[Message]:
    p = ask.profile
    low_pubs, high_pubs = fig.GUIDE_PUBLICATIONS
    low_abs, high_abs = fig.GUIDE_ABSTRACTS
    target = (
        f"Strong IMG applicants often have {low_pubs}-{high_pubs} IR publications "
        f"plus several abstracts or posters ({low_abs}-{high_abs})."
    )
    sources = ["guide:research", "guide:faq.publications", fig.SRC_PUBS_DR_IMG]
    if p.ir_publications is None and p.ir_abstracts is None:
        first = _message(
            [
                "I don't know your research output yet. Tell me, e.g. "
                "'I have 1 IR publication and 3 abstracts'.",
                target,
            ],
            sources,
            [_review_button()],
        )
    else:
        have = [
            count_text("ir_publications", p.ir_publications)
            if p.ir_publications is not None
            else "publications not told yet",
            count_text("ir_abstracts", p.ir_abstracts)
            if p.ir_abstracts is not None
            else "abstracts not told yet",
        ]
        lines = [f"You have {join_words(have)}. {target}"]
        if p.ir_publications is not None:
            if p.ir_publications < low_pubs:
                gap = low_pubs - p.ir_publications
                lines.append(f"Publications: aim for at least {gap} more, IR-related.")
            elif p.ir_publications <= high_pubs:
                lines.append("Publications: you're in the range; first-author, IR work counts now.")
            else:
                lines.append("Publications: above the usual range; keep scores and letters level.")
        if p.ir_abstracts is not None and p.ir_abstracts < low_abs:
            lines.append(
                f"Abstracts: {low_abs - p.ir_abstracts} more would reach {low_abs}; "
                "present at SIR, RSNA or CIRSE."
            )
        lines.append(
            f"For scale: non-US IMGs who matched DR in 2026 reported a median of "
            f"{fig.DR_IMG_MATCHED_PUBS_MEDIAN} publications and "
            f"{fig.DR_IMG_MATCHED_ABSTRACTS_MEDIAN} abstracts (any field, self-reported)."
        )
        first = _message(lines, sources)
    how = [
        "How to build it: start with case reports or chart reviews; cold-email IR faculty "
        "who publish (CV, 2-3 sentences on why IR, what you offer: time, data skills)."
    ]
    if (p.research_years or 0) < 1 and (p.ir_publications or 0) < low_pubs:
        low_y, high_y = fig.GUIDE_RESEARCH_FELLOWSHIP_YEARS
        how.append(
            f"A {low_y}-{high_y} year US IR research fellowship is the fastest route to "
            "papers, IR letters and name recognition."
        )
    elif p.research_years:
        how.append(
            f"Your {count_text('research_years', p.research_years)} of research: make sure "
            "it ends in first-author papers and a letter from your IR mentor."
        )
    if p.step2ck_score is not None and p.step2ck_score < fig.DR_IMG_MATCHED_STEP2_MEDIAN:
        how.append(f"With Step 2 CK {p.step2ck_score}, extra research output weighs more for you.")
    return [first, _plain(how)]


# ---------------------------------------------------------------- letters


def _letters(ask: _Ask) -> list[Message]:
    p = ask.profile
    counts = {
        "a US interventional radiologist (IR)": p.us_ir_letters,
        "a US diagnostic radiologist (DR)": p.us_dr_letters,
        "another US physician who knows you well": p.us_other_letters,
    }
    aim = "The aim: one letter each from " + join_words(counts) + "."
    sources = ["guide:letters", "guide:ir_exposure"]
    if all(count is None for count in counts.values()):
        first = _message(
            [
                "I don't know your US letters yet. Tell me, e.g. "
                "'1 US IR letter, no DR letter, 2 from US internists'.",
                aim,
            ],
            sources,
            [_review_button()],
        )
    else:

        def shown(count: int | None) -> str:
            return "?" if count is None else str(count)

        lines = [
            f"Your US letters: IR {shown(p.us_ir_letters)}, DR {shown(p.us_dr_letters)}, "
            f"other {shown(p.us_other_letters)}.",
            aim,
        ]
        missing = [who for who, count in counts.items() if count == 0]
        unknown = [who.split(" (")[0] for who, count in counts.items() if count is None]
        if missing:
            lines.append("Still missing: " + join_words(missing) + ".")
        elif not unknown:
            lines.append("You have the core set; now make sure each one is strong.")
        if unknown:
            lines.append("Not told yet: " + join_words(unknown) + ".")
        first = _message(lines, sources)
    low, high = fig.GUIDE_ROTATION_WEEKS
    how = [
        f"Letters that help come from {low}-{high} week rotations where faculty watch you "
        "work; 1-week observerships rarely lead to a strong one."
    ]
    if p.ir_elective_weeks == 0 and (p.us_ir_letters or 0) == 0:
        how.append(f"For the IR letter, a {low}-week US IR elective is your best route.")
    if p.observership_weeks and p.observership_weeks < low and not p.usce_months:
        how.append(
            f"Your {count_text('observership_weeks', p.observership_weeks)} of observership "
            "is a start: turn those contacts into an elective or a research project."
        )
    how.append(
        "A strong letter gives specific examples (work ethic, reasoning, technical skill, "
        "teamwork) and compares you with US students, e.g. 'top 5% I have taught'."
    )
    return [first, _plain(how)]


# ---------------------------------------------------------------- USMLE


def _step2_lines(p: ApplicantProfile) -> list[str]:
    score = p.step2ck_score
    if score is None:
        return [
            "I don't know your Step 2 CK yet. It is the main number programs screen on; "
            f"aim for the upper quartile (about {fig.STEP2_UPPER_QUARTILE}+). "
            "Tell me your score, e.g. 'my Step 2 is 251'."
        ]
    lines = [
        f"Your Step 2 CK {score} is roughly the {step2_percentile(score)}th percentile "
        f"(mean ~{fig.STEP2_MEAN}, SD ~{fig.STEP2_SD}).",
        f"Non-US IMGs who matched in 2026 had medians of {fig.DR_IMG_MATCHED_STEP2_MEDIAN} "
        f"in DR (n={fig.DR_IMG_MATCHED_N}) and {fig.IR_IMG_MATCHED_STEP2_MEDIAN} in "
        f"Integrated IR (n={fig.IR_IMG_MATCHED_N}, small).",
    ]
    if score >= fig.IR_IMG_MATCHED_STEP2_MEDIAN:
        lines.append("That is at the Integrated IR level: scores won't hold you back.")
    elif score >= fig.STEP2_UPPER_QUARTILE:
        lines.append(
            f"Upper quartile (~{fig.STEP2_UPPER_QUARTILE}+): solid for DR, "
            f"{fig.IR_IMG_MATCHED_STEP2_MEDIAN - score} below the IR median."
        )
    elif score >= fig.DR_IMG_MATCHED_STEP2_MEDIAN:
        lines.append(
            f"Around the DR median, {fig.STEP2_UPPER_QUARTILE - score} short of the upper "
            "quartile: letters, research and USCE must carry more."
        )
    else:
        lines.append(
            f"Below the DR median by {fig.DR_IMG_MATCHED_STEP2_MEDIAN - score}: lean on research, "
            "US letters and US clinical work to show excellence elsewhere."
        )
    if p.step2ck_first_attempt is False:
        lines.append("A Step 2 CK retake is a flag: explain it briefly and show a clear upswing.")
    return lines


def _step1_line(p: ApplicantProfile) -> str:
    if p.step1 is None:
        return "Step 1: not told yet. How did it go?"
    label = STEP1_LABELS[p.step1]
    return {
        Step1Result.PASS_FIRST_ATTEMPT: f"Step 1 {label}: exactly what programs look for.",
        Step1Result.PASS_AFTER_RETAKE: (
            f"Step 1 {label}: this weighs heavily in IR; Step 2 CK, letters and research "
            "have to carry the application."
        ),
        Step1Result.FAILED: (
            "Step 1 failed: you need a pass before applying, and repeated failures can end "
            "an IR application. Make the next attempt your best-prepared exam."
        ),
        Step1Result.NOT_TAKEN: "Step 1 not taken yet: aim to pass on the first attempt.",
    }[p.step1]


def _step3_line(ask: _Ask) -> str:
    p = ask.profile
    status = STEP3_LABELS[p.step3] if p.step3 is not None else "not told yet"
    if p.visa_need is VisaNeed.H1B and p.step3 is not Step3Result.PASSED:
        return (
            f"Step 3 ({status}): you need it passed for an H-1B, "
            "so take it before rank lists are due."
        )
    years = ask.years_since_graduation
    if (
        years is not None
        and years >= fig.OLDER_GRADUATE_YEARS
        and p.step3 is not Step3Result.PASSED
    ):
        return (
            f"Step 3 ({status}): optional, but {years} years after graduation it shows your "
            "knowledge is current."
        )
    return (
        f"Step 3 ({status}): not required to apply; useful for H-1B programs and for "
        "applicants later in their careers."
    )


def _usmle(ask: _Ask) -> list[Message]:
    p = ask.profile
    first = _message(
        _step2_lines(p),
        ["guide:usmle.step2ck", fig.SRC_STEP2_SPREAD, fig.SRC_STEP2_DR_IMG],
    )
    buttons: list[Button] = []
    if p.step1 is None:
        buttons = [
            inform_button("Step 1: passed first try", "step1", "pass_first_attempt"),
            inform_button("Passed after a retake", "step1", "pass_after_retake"),
            inform_button("Not taken yet", "step1", "not_taken"),
        ]
    second = _message(
        [_step1_line(p), _step3_line(ask)],
        ["guide:usmle.step1", "guide:usmle.step3"],
        buttons,
    )
    return [first, second]


# ---------------------------------------------------------------- visa


def _visa_buttons() -> list[Button]:
    return [
        inform_button("J-1", "visa_need", "j1"),
        inform_button("H-1B", "visa_need", "h1b"),
        inform_button("No visa needed", "visa_need", "none"),
        inform_button("Not sure yet", "visa_need", "undecided"),
    ]


def _j1_lines(ask: _Ask) -> list[str]:
    pgy1, dr, ir = fig.DR_ROUTE_YEARS
    route = pgy1 + dr + ir
    lines = [
        "J-1: ECFMG is the only sponsor for residents, for about "
        f"{fig.J1_LIMIT_YEARS} years of training in total.",
        f"The DR route ({pgy1} PGY-1 year + {dr} DR + {ir} Independent IR = {route} years) "
        "uses all of it: no room for a repeated year or a later fellowship. "
        f"Integrated IR takes {fig.INTEGRATED_IR_YEARS}.",
        f"Afterwards a {fig.J1_HOME_YEARS}-year home-country requirement applies.",
        f"About {fig.DR_PROGRAMS_J1_PCT}% of DR programs in a 2023 survey offered J-1.",
    ]
    if ask.pathway is Pathway.STRENGTHEN_THEN_APPLY:
        lines.append("A prelim year on a J-1 before DR uses up part of those years too.")
    return lines


def _h1b_lines(ask: _Ask) -> list[str]:
    p = ask.profile
    step3 = STEP3_LABELS[p.step3] if p.step3 is not None else "not told yet"
    lines = [
        "H-1B: you need all USMLE Steps passed, including Step 3, and eligibility for a "
        f"state licence. Your Step 3: {step3}.",
        f"Only about {fig.DR_PROGRAMS_H1B_PCT}% of DR programs in a 2023 survey offered "
        f"H-1B (vs {fig.DR_PROGRAMS_J1_PCT}% J-1): applying for J-1 too widens your list a lot.",
    ]
    if p.step3 is not Step3Result.PASSED:
        lines.append("Take Step 3 early, before programs rank.")
    return lines


def _visa(ask: _Ask) -> list[Message]:
    p = ask.profile
    rules = [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_H1B_RULES, fig.SRC_SURVEY_J1]
    if p.visa_need is None:
        lines = [
            "Which visa would you need? It changes which programs fit you.",
            f"In a 2023 survey about {fig.DR_PROGRAMS_J1_PCT}% of DR programs offered J-1 "
            f"(ECFMG-sponsored) and {fig.DR_PROGRAMS_H1B_PCT}% H-1B (needs Step 3).",
        ]
        if p.applicant_type is ApplicantType.US_IMG:
            lines.append("As a US citizen or resident you likely need none: tap 'No visa needed'.")
        return [_message(lines, rules, _visa_buttons(), footer=NOT_LEGAL_ADVICE)]
    if p.visa_need is VisaNeed.NONE:
        lines = [
            "You told me you need no visa, so sponsorship doesn't limit your list: every "
            "program is open to you, a real edge over visa-dependent IMGs.",
            f"(In a 2023 survey only {fig.DR_PROGRAMS_H1B_PCT}% of DR programs offered H-1B "
            f"and {fig.DR_PROGRAMS_J1_PCT}% J-1.) If that changes, tell me.",
        ]
        return [_message(lines, [fig.SRC_SURVEY_J1, fig.SRC_SURVEY_H1B], footer=NOT_LEGAL_ADVICE)]
    if p.visa_need is VisaNeed.J1:
        return [
            _message(
                _j1_lines(ask),
                [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_J1_HOME, fig.SRC_SURVEY_J1],
                footer=NOT_LEGAL_ADVICE,
            )
        ]
    if p.visa_need is VisaNeed.H1B:
        return [
            _message(
                _h1b_lines(ask),
                [fig.SRC_H1B_RULES, fig.SRC_SURVEY_H1B, "guide:usmle.step3"],
                footer=NOT_LEGAL_ADVICE,
            )
        ]
    # Undecided: both, then the reason to decide early.
    return [
        _message(_j1_lines(ask), [fig.SRC_J1_SPONSOR, fig.SRC_J1_RULES, fig.SRC_J1_HOME]),
        _message(
            [
                *_h1b_lines(ask),
                "Decide early: the visa decides which programs belong on your list.",
            ],
            [fig.SRC_H1B_RULES, fig.SRC_SURVEY_H1B],
            _visa_buttons(),
            footer=NOT_LEGAL_ADVICE,
        ),
    ]


# ---------------------------------------------------------------- clinical experience


def _clinical_experience(ask: _Ask) -> list[Message]:
    p = ask.profile
    low, high = fig.GUIDE_ROTATION_WEEKS
    sources = ["guide:ir_exposure", "guide:letters"]
    known = {
        "usce_months": p.usce_months,
        "observership_weeks": p.observership_weeks,
        "ir_elective_weeks": p.ir_elective_weeks,
    }
    if all(value is None for value in known.values()):
        first = _message(
            [
                "I don't know your US experience yet. Tell me, e.g. '3 months of US "
                "electives, 2 weeks observership, no IR elective'.",
                "Programs value hands-on US work far above observing.",
            ],
            sources,
            [_review_button()],
        )
    else:
        parts = [
            f"{count_text(field, value)} {label}"
            for field, value, label in (
                ("usce_months", p.usce_months, "hands-on"),
                ("observership_weeks", p.observership_weeks, "of observerships"),
                ("ir_elective_weeks", p.ir_elective_weeks, "of IR electives"),
            )
            if value is not None
        ]
        lines = [f"Your US experience: {join_words(parts)}."]
        if not p.usce_months:
            lines.append(
                "Hands-on US experience is the gap: electives, sub-internships or a prelim "
                "year let faculty see you work, and that is where letters come from."
            )
        if p.ir_elective_weeks == 0 or p.ir_elective_weeks is None:
            lines.append(f"Next: a {low}-week IR elective at a US academic center.")
        elif p.ir_elective_weeks < low:
            lines.append(f"Your IR time is short of {low} weeks: a longer elective gives a letter.")
        else:
            lines.append("Your IR elective time is solid: keep those mentors in touch.")
        first = _message(lines, sources)
    steps = [
        f"Build it in stages: observe IR procedures and clinic; then {low}-{high} week IR "
        "electives; then keep your mentors updated on exams, research and applications.",
        "On an elective: arrive early, stay late, present a case at IR conference, help with "
        "a chart review, and ask for feedback.",
    ]
    if ask.pathway is Pathway.STRENGTHEN_THEN_APPLY:
        steps.append("For you, a US preliminary year would give USCE and new letters at once.")
    return [first, _plain(steps)]


# ---------------------------------------------------------------- personal statement


def _personal_statement(ask: _Ask) -> list[Message]:
    p = ask.profile
    if p.ir_elective_weeks:
        weeks = count_text("ir_elective_weeks", p.ir_elective_weeks)
        origin = (
            f"Open with a real moment from your {weeks} of IR electives: a patient, "
            "a procedure, a mentor."
        )
    else:
        origin = "Open with your first real contact with IR: a patient, a procedure, a mentor."
    first = _message(
        [
            "Your personal statement, one page:",
            f"- {origin}",
            "- Show realism: IR call, complications, and why diagnostic skill matters.",
            "- Use your IMG angle: how training abroad shaped your view of minimally invasive "
            "care and taught you to adapt.",
        ],
        ["guide:personal_statement"],
    )
    framing = {
        Pathway.INTEGRATED_IR_PLUS_DR: (
            "You apply to both: write an IR-led version for Integrated IR and a DR-first "
            "version for DR programs."
        ),
        Pathway.DR_THEN_INDEPENDENT_IR: (
            "Your main applications are DR: lead with DR as your foundation, IR as the "
            "long-term goal through the Independent route."
        ),
        Pathway.STRENGTHEN_THEN_APPLY: (
            "You apply in a later cycle: draft now, and let the research or prelim year give "
            "you the story."
        ),
        Pathway.RECALIBRATE: (
            "Write for the route you choose next; your IR interest can stay as one thread."
        ),
    }
    lines = [
        framing.get(ask.pathway, "") if ask.pathway else "",
        "For DR programs keep IR and DR in balance; avoid 'IR or nothing': aim to be an "
        "excellent diagnostic radiologist who builds on that to practise IR.",
    ]
    years = ask.years_since_graduation
    if years is not None and years >= fig.OLDER_GRADUATE_YEARS:
        lines.append(
            f"Since you graduated {years} years ago, give one or two plain sentences on what "
            "you did in those years."
        )
    second = _message(lines, ["guide:personal_statement", "guide:faq.ir_in_dr_application"])
    return [first, second]


# ---------------------------------------------------------------- interview


def _interview(ask: _Ask) -> list[Message]:
    p = ask.profile
    if p.ir_elective_weeks:
        cases = "Bring 2-3 IR cases from your electives where IR changed the patient's care."
    else:
        cases = "Bring 2-3 IR cases you saw where IR changed the patient's care."
    if p.usce_months:
        adapted = (
            f"Your {count_text('usce_months', p.usce_months)} of US clinical work answer "
            "'how have you adapted to US medicine?'"
        )
    else:
        adapted = (
            "Expect 'why US training, and how have you adapted?': without hands-on US work "
            "yet, an elective before interviews would give you the answer."
        )
    first = _message(
        [
            "Interviews test fit, safety and whether you know what IR involves.",
            f"- {cases}",
            "- Show how IR works with surgery, oncology, vascular medicine and critical care.",
            f"- {adapted}",
        ],
        ["guide:interview"],
    )
    lines = [
        "They will ask: 'If you don't match IR, what then?' A strong answer: you want to be "
        "a very good diagnostic radiologist, would pursue IR through the Independent route, "
        "and stay committed to DR either way. 'I'll just reapply' is weak."
    ]
    if p.match_cycles:
        lines.append(
            f"After {count_text('match_cycles', p.match_cycles)}, be ready to say what you "
            "changed since then."
        )
    return [first, _message(lines, ["guide:interview", "guide:faq.ir_in_dr_application"])]


# ---------------------------------------------------------------- gaps / older graduates


def _active_buttons() -> list[Button]:
    return [
        inform_button("Yes, working in medicine", "clinically_active", True),
        inform_button("No, not right now", "clinically_active", False),
    ]


# The facts without which "what should I work on" can only list the usual first steps, as a
# sentence names them.
_CORE_GAP_FIELDS: dict[str, str] = {
    "step2ck_score": "Step 2 CK",
    "us_ir_letters": "US IR letters",
    "usce_months": "hands-on US experience",
    "ir_publications": "publications",
}


def _gaps(ask: _Ask) -> list[Message]:
    """ "What should I work on?" and "is my graduation gap a problem?" share the intent: the
    profile's top next steps come first, then the graduation gap; questions and buttons last."""
    steps = _profile_steps(ask)
    unknown = [name for f, name in _CORE_GAP_FIELDS.items() if getattr(ask.profile, f) is None]
    graduation = _graduation_gap(ask)
    if not steps or not unknown:
        return [*steps, graduation]
    # The engine counts unknown facts as still to do: say so, and offer the questions.
    review = _review_button()
    note = Message(
        text=f"I don't know your {join_words(unknown)} yet, so these steps count them as still "
        "to do. A few quick questions make them yours.",
        buttons=[] if review in graduation.buttons else [review],
    )
    return [*steps, note, graduation]


def _profile_steps(ask: _Ask) -> list[Message]:
    """The strategy's top next steps with their targets and sources (none without a report)."""
    if ask.report is None:
        return []
    steps = gaps_message(ask.report, limit=MAX_MESSAGE_CHARS - 60)
    if steps is None:
        return []
    guide = [source for source in ask.report.sources if source.startswith("guide:")]
    line = source_line(guide, limit=MAX_MESSAGE_CHARS - len(steps.text) - 1)
    return [Message(text=f"{steps.text}\n{line}" if line else steps.text)]


def _graduation_gap(ask: _Ask) -> Message:
    """Whether time since graduation needs explaining, for this graduation year."""
    p = ask.profile
    sources = ["guide:older_graduates", "guide:faq.older_graduate"]
    years = ask.years_since_graduation
    if years is None:
        return _message(
            [
                "A gap after graduation isn't disqualifying, but programs want continuous work "
                "in medicine and a clear explanation of any break.",
                "To judge yours: when did you graduate (or when will you)? Tell me, e.g. "
                "'I graduated in 2019'.",
            ],
            sources,
            [_review_button()],
        )
    graduated = f"You graduated in {p.graduation_year}"
    if years < 0:
        return _message(
            [
                f"You expect to graduate in {p.graduation_year}: no gap to explain.",
                "Finish on time, do well in radiology, medicine and surgery rotations, and "
                "get IR exposure early.",
            ],
            ["guide:school_performance"],
        )
    if years <= 2:
        return _message(
            [
                f"{graduated}: a recent graduate, so gaps are not a concern yet.",
                "Keep it that way: stay in clinical work or research without unexplained "
                "breaks until you start residency.",
            ],
            sources,
        )
    older = years >= fig.OLDER_GRADUATE_YEARS
    lines = [
        f"{graduated}, {years} years ago.",
        "For IR that is harder, not impossible." if older else "",
        "Explain every gap briefly and plainly in ERAS and at interviews.",
        "IR or radiology research counts extra for you; a research position can bridge the gap.",
        "Some older graduates match a broader specialty first and reach IR later; reassess your "
        "chances honestly each cycle."
        if older
        else "",
    ]
    buttons: list[Button] = []
    if p.clinically_active is True:
        lines.append(
            "You're working in medicine now: present it as continuous engagement, ideally with "
            "US-based clinical or research work."
        )
    elif p.clinically_active is False:
        lines.append(
            "Not working in medicine now is the first thing to fix: clinical, research or "
            "teaching work, ideally in the US, before you apply."
        )
    else:
        lines.append("Are you working in medicine now (clinical, research or teaching)?")
        buttons = _active_buttons()
    return _message(lines, sources, buttons)


# ---------------------------------------------------------------- DR framing


def _dr_framing(ask: _Ask) -> list[Message]:
    lines = [
        "Yes, you can say you're interested in IR when applying to DR: most DR programs "
        "know many residents are.",
        "Frame it as: DR is the foundation you respect, you aim to be an excellent "
        "diagnostic radiologist, and IR through the Independent route is your long-term goal.",
        "Avoid wording that makes DR sound like a backup or a stepping stone.",
    ]
    personal = {
        Pathway.DR_THEN_INDEPENDENT_IR: (
            "DR is your main route, so this framing runs through your whole application; "
            "favour DR programs with strong IR departments."
        ),
        Pathway.INTEGRATED_IR_PLUS_DR: (
            "You apply to both: keep the DR application DR-first, even though your Integrated "
            "IR one leads with IR."
        ),
    }
    if ask.pathway in personal:
        lines.append(personal[ask.pathway])
    return [_message(lines, ["guide:faq.ir_in_dr_application", "guide:dual_application"])]


# ---------------------------------------------------------------- contingency


def _contingency(ask: _Ask) -> list[Message]:
    p = ask.profile
    messages: list[Message] = []
    if ask.report and ask.report.contingency:
        items = [f"- {item}" for item in ask.report.contingency]
        messages.append(Message(text=fit_list("Your plan B, from your profile:", items)))
    else:
        low, high = fig.GUIDE_REASSESS_MONTHS
        messages.append(
            _message(
                [
                    "If you don't match Integrated IR but match DR: you are still on the IR "
                    "path. Seek IR rotations and mentors, and tell your PD early.",
                    "If you match neither: a US research year, more publications and US "
                    "letters, then reapply to DR.",
                    "If you don't match DR: a prelim medicine or surgery year (new US letters, "
                    f"research on the side, reassess after {low}-{high} months) or an IR "
                    "research fellowship.",
                ],
                [
                    "guide:contingency.no_integrated",
                    "guide:contingency.no_dr",
                ],
            )
        )
    lines: list[str] = []
    cycles, interviews = p.match_cycles, p.prior_interviews
    if cycles and interviews == 0 and cycles >= 2:
        lines.append(
            f"You've had {count_text('match_cycles', cycles)} without a DR or IR interview: "
            "that is the point to weigh other routes seriously."
        )
    elif cycles:
        told = (
            f" and {count_text('prior_interviews', interviews)}" if interviews is not None else ""
        )
        lines.append(
            f"You've had {count_text('match_cycles', cycles)}{told}: each cycle, check honestly "
            "what improved."
        )
    lines.append(
        "Recalibrate when several cycles bring no interviews despite improvements, when "
        "exam or visa barriers persist, or when more cycles aren't affordable."
    )
    lines.append(
        "Your IR interest still transfers: DR outside the US, vascular medicine, cardiology, "
        "or interventional work in other health systems."
    )
    messages.append(_message(lines, ["guide:contingency.recalibrate"]))
    return messages


# ---------------------------------------------------------------- application numbers


def _application_count(ask: _Ask) -> list[Message]:
    p = ask.profile
    general = (
        f"Many IMGs apply to {fig.GUIDE_DR_APPLICATIONS} DR programs; in 2024 the average DR "
        f"applicant sent {fig.AVG_DR_APPLICATIONS} applications and the average IR applicant "
        f"{fig.AVG_IR_APPLICATIONS} (all applicant types)."
    )
    sources = ["guide:targeting", "guide:dual_application", fig.SRC_APPS_DR]
    if ask.report is None:
        first = _message(
            [
                "I need a few facts about you to size your list (scores, letters, visa).",
                general,
            ],
            sources,
            [_review_button()],
        )
    else:
        apps = ask.report.applications
        lines = [
            f"For you this cycle: Integrated IR {apps.integrated_ir}, DR {apps.dr}, "
            f"PGY-1 {apps.pgy1}.",
            general,
        ]
        if apps.dr and apps.pgy1:
            lines.append("DR usually starts at PGY-2, so the PGY-1 year is applied for separately.")
        if p.visa_need is VisaNeed.H1B:
            lines.append("Needing H-1B, aim at the top of your range: few programs sponsor it.")
        first = _message(lines, sources)
    sponsor = {
        None: " and, if you need a visa, sponsor it",
        VisaNeed.NONE: "",
    }.get(p.visa_need, " and sponsor your visa")
    second = _message(
        [
            "Signals: DR and IR share one pool. Applicants heard back with an interview from "
            f"about {fig.SIGNALLED_INTERVIEW_PCT}% of programs they signalled vs "
            f"{fig.UNSIGNALLED_INTERVIEW_PCT}% of the rest (2024 survey): spend them on "
            f"programs that took IMGs{sponsor}.",
            "Non-US IMGs who matched DR in 2026 ranked a median of "
            f"{number_text(fig.DR_IMG_MATCHED_RANKS_MEDIAN)} DR programs vs "
            f"{number_text(fig.DR_IMG_UNMATCHED_RANKS_MEDIAN)} for those who didn't, while "
            f"their Step 2 CK medians were alike ({fig.DR_IMG_MATCHED_STEP2_MEDIAN} vs "
            f"{fig.DR_IMG_UNMATCHED_STEP2_MEDIAN}): interviews, so a broad list, matter most.",
        ],
        [fig.SRC_SIGNALS, fig.SRC_RANKS_DR_IMG],
    )
    return [first, second]


# ---------------------------------------------------------------- chances


def _applicant_type_buttons() -> list[Button]:
    return [
        inform_button("Non-US IMG", "applicant_type", "non_us_img"),
        inform_button("US citizen IMG", "applicant_type", "us_img"),
        inform_button("US MD", "applicant_type", "us_md"),
        inform_button("US DO", "applicant_type", "us_do"),
    ]


def _chances(ask: _Ask) -> list[Message]:
    p = ask.profile
    caveat = "NRMP says its data is not built to predict one person's match: use it as a range."
    estimate = chances_text(ask.report) if ask.report else None
    if ask.report and estimate and has_chance_numbers(ask.report):
        lines = ["Your rough chances (past applicants' rates):", estimate, caveat]
        return [_message(lines, chance_sources(ask.report))]
    if estimate:  # the engine explains why it gives no number
        lines = ["No personal number for you yet:", estimate]
    else:
        lines = ["I can't give you a trustworthy personal number: the data behind it is thin."]
    dr_rate = round(100 * fig.DR_IMG_MATCHED / fig.DR_IMG_TOTAL)
    ir_rate = round(100 * fig.IR_IMG_MATCHED / fig.IR_IMG_TOTAL)
    lines.append(
        f"For scale: in 2026, {fig.DR_IMG_MATCHED} of {fig.DR_IMG_TOTAL} non-US IMGs who "
        f"preferred DR matched (~{dr_rate}%); in Integrated IR {fig.IR_IMG_MATCHED} of "
        f"{fig.IR_IMG_TOTAL} (~{ir_rate}%, a tiny sample)."
    )
    if p.applicant_type in (ApplicantType.US_MD, ApplicantType.US_DO, ApplicantType.US_IMG):
        lines.append("These are non-US IMG figures; your group differs, so treat them loosely.")
    if p.step2ck_score is not None:
        lines.append(
            f"Your Step 2 CK {p.step2ck_score} is "
            f"{_relative(p.step2ck_score, fig.DR_IMG_MATCHED_STEP2_MEDIAN)} the DR matched "
            f"median ({fig.DR_IMG_MATCHED_STEP2_MEDIAN}) and "
            f"{_relative(p.step2ck_score, fig.IR_IMG_MATCHED_STEP2_MEDIAN)} the Integrated IR "
            f"one ({fig.IR_IMG_MATCHED_STEP2_MEDIAN})."
        )
    if ask.report:
        comp = ask.report.competitiveness
        lines.append(
            f"My read of your profile: Integrated IR {LEVEL_LABELS[comp.integrated_ir]}, "
            f"DR {LEVEL_LABELS[comp.dr]}."
        )
    lines.append(caveat)
    buttons: list[Button] = []
    if p.applicant_type is None:
        buttons = _applicant_type_buttons()
    elif ask.report is None:
        buttons = [_review_button()]
    return [_message(lines, [fig.SRC_MATCH_RATE_DR_IMG, fig.SRC_MATCH_RATE_IR_IMG], buttons)]


# ---------------------------------------------------------------- pathway (short)


def _pathway(ask: _Ask) -> list[Message]:
    if ask.report is None:
        return [
            _plain(
                [
                    "Your route depends on your scores, letters, research, US experience, "
                    "graduation year and visa. A few quick questions and I'll tell you."
                ],
                [intent_button("Let's start", "ask_pathway")],
            )
        ]
    report = ask.report
    lines = [
        f"In short: {PATHWAY_LABELS[report.pathway]}.",
        f"Integrated IR: {STANCE_LABELS[report.integrated_ir]}.",
    ]
    if report.reasons:
        lines.append(f"Why: {clip(report.reasons[0], 200)}")
    return [
        _message(
            lines,
            ["guide:faq.integrated_or_dr", "guide:pathways.dr_independent"],
            next_step_buttons(report, show_chances=True),
        )
    ]


_ANSWERS: dict[str, Callable[[_Ask], list[Message]]] = {
    "ask_research": _research,
    "ask_letters": _letters,
    "ask_usmle": _usmle,
    "ask_visa": _visa,
    "ask_clinical_experience": _clinical_experience,
    "ask_personal_statement": _personal_statement,
    "ask_interview": _interview,
    "ask_gaps": _gaps,
    "ask_dr_framing": _dr_framing,
    "ask_contingency": _contingency,
    "ask_application_count": _application_count,
    "ask_chances": _chances,
    "ask_pathway": _pathway,
}

FAQ_INTENTS: tuple[str, ...] = tuple(_ANSWERS)


def faq_answer(
    intent: str,
    profile: ApplicantProfile,
    report: StrategyReport | None,
    *,
    current_year: int | None = None,
) -> list[Message]:
    """The answer to one FAQ intent for this applicant, as one to three messages.

    ``report`` is the strategy for this profile when the caller has one (some answers use the
    pathway and application numbers); ``current_year`` defaults to this calendar year.
    """
    answer = _ANSWERS.get(intent)
    if answer is None:
        raise UnknownFaqIntentError(
            f"no FAQ answer for intent {intent!r}; known: {', '.join(FAQ_INTENTS)}"
        )
    year = current_year if current_year is not None else fig.current_year()
    return answer(_Ask(profile=profile, report=report, year=year))
