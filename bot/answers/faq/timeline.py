"""The application calendar: how an ERAS/NRMP season runs, where today falls in it, when Step 2
CK must be back, and SOAP week (``ask_timeline``)."""

from __future__ import annotations

from datetime import date

from bot.answers.calendar_facts import cal, value
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import ApplicantType, Step3Result, VisaNeed
from bot.strategy.rules import STEP3_TIMING_H1B

# The last season with official (AAMC/NRMP) dates in our sources, and the latest with any.
_OFFICIAL_MATCH_YEAR = 2026
_LATEST_MATCH_YEAR = 2027
_US_GRADUATES = (ApplicantType.US_MD, ApplicantType.US_DO)


def match_year(today: date) -> int:
    """The Match year of the season under way: a season opens in June for next March."""
    return today.year + 1 if today.month >= 6 else today.year


def _phase(today: date) -> str:
    """Where a date falls in the yearly pattern of the seasons in our sources."""
    month = today.month
    if 6 <= month <= 8:
        return "MyERAS is open: applications go out from early September."
    if month == 9:
        return "Applications go out early in the month; programs start reviewing late in it."
    if month >= 10 or month <= 2:
        return (
            "interview season, until rank lists are due around early March; new applications "
            "wait for the next season."
        )
    if month == 3:
        return "Match Week is the third week of March, with SOAP Monday to Thursday of it."
    return "Between seasons: the next MyERAS season opens in early June."


def _season_pattern() -> Message:
    return sourced(
        [
            "How a season runs (the 2026 Match, the last with official dates in our sources):",
            f"- MyERAS opened {value('eras.2026.eras_season_begins_myeras')};",
            f"- applications from {value('eras.2026.residency_applicants_begin_submitting')};",
            f"- programs reviewed from {value('eras.2026.residency_programs_begin_reviewing')};",
            f"- NRMP registration opened {value('match.2026.applicant_registration_opens')};",
            f"- Match Week {value('match.2026.match_week')}, SOAP for unmatched applicants "
            f"Monday-Thursday ({value('soap.2026.soap_dates').split('= ')[-1]}), "
            f"Match Day {value('match.2026.match_day')}.",
        ],
        [
            cal("eras.2026.eras_season_begins_myeras"),
            cal("match.2026.applicant_registration_opens"),
            cal("soap.2026.soap_dates"),
        ],
    )


def _this_season(today: date) -> Message:
    year = match_year(today)
    now = f"Now ({today:%B %Y}): {_phase(today)}"
    if year == _LATEST_MATCH_YEAR:
        lines = [
            f"This season ({year} Match, training from July {year}), secondary sources only: "
            f"MyERAS opened {value('eras.2027.myeras_opens_eras_season')}; applications "
            f"{value('eras.2027.applicants_begin_submitting_applications')}; rank lists due "
            f"{value('match.2027.rank_order_list_deadline')}; Match Week in the third week of "
            f"March (NRMP rule); Match Day {year}: {value('match.2027.match_day')}.",
            now,
        ]
        keys = [
            "eras.2027.myeras_opens_eras_season",
            "eras.2027.applicants_begin_submitting_applications",
            "match.2027.rank_order_list_deadline",
            "match.rule.when_match_week_happens",
        ]
    elif year == _OFFICIAL_MATCH_YEAR:
        lines = [now]
        keys = ["match.rule.when_match_week_happens"]
    else:
        lines = [
            f"Our sources have dates up to the {_LATEST_MATCH_YEAR} Match: check AAMC's ERAS "
            f"timeline and NRMP's Match calendar for the {year} Match.",
            now,
        ]
        keys = ["match.rule.when_match_week_happens"]
    return sourced(lines, [cal(key) for key in keys])


def exam_messages(ask: Ask) -> list[Message]:
    """When Step 2 CK must be back (and ECFMG's deadline, and Step 3 for H-1B)."""
    p = ask.profile
    lines = [
        "Step 2 CK: the score must be back before programs review applications in late "
        f"September. ECFMG says: {value('step2_release.2021.step_2_ck_score')}; summer "
        "reporting has been delayed before (2019). Counting back 8 weeks from early September, "
        "sit it by early July.",
    ]
    if p.step2ck_score is not None:
        lines.append(f"Your Step 2 CK score ({p.step2ck_score}) is back, so this deadline is met.")
    keys = ["step2_release.2021.step_2_ck_score", "step2_release.2019.seasonal_delay_step_2"]
    if p.applicant_type not in _US_GRADUATES:
        lines.append(
            "For IMGs, ECFMG must verify your Step 1 and Step 2 CK passes by the rank order "
            "list deadline, or you are withdrawn from the Match."
        )
        keys += ["ecfmg.rule.ecfmg_verification_deadline_take", "ecfmg.2021.what_happens_if_ecfmg"]
    messages = [sourced(lines, [cal(key) for key in keys])]
    if p.visa_need is VisaNeed.H1B and p.step3 is not Step3Result.PASSED:
        messages.append(sourced([STEP3_TIMING_H1B], ["guide:usmle.step3"]))
    return messages


def _timeline(ask: Ask) -> list[Message]:
    return [_season_pattern(), _this_season(ask.today), *exam_messages(ask)]


def _brief(ask: Ask) -> str:
    line = (
        "A season: MyERAS opens in early June, applications go out in early September, programs "
        "review from late September, rank lists are due around early March, and Match Week "
        "(with SOAP, Monday-Thursday) is the third week of March."
    )
    return brief(
        line,
        [
            cal("eras.2026.residency_applicants_begin_submitting"),
            cal("match.rule.when_match_week_happens"),
        ],
    )


TOPIC = Topic(
    intent="ask_timeline",
    title="the application calendar",
    answer=_timeline,
    brief=_brief,
)
