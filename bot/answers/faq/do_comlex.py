"""DO applicants and COMLEX (``ask_do_comlex``): what the sources say, and the gap they leave."""

from __future__ import annotations

from bot.answers.calendar_facts import cal, value
from bot.answers.faq.base import Ask, Topic, brief, sourced
from bot.answers.messages import Message
from bot.profile import ApplicantType

_IMGS = (ApplicantType.NON_US_IMG, ApplicantType.US_IMG)


def _do_comlex(ask: Ask) -> list[Message]:
    kind = ask.profile.applicant_type
    us_do = kind is ApplicantType.US_DO
    first = sourced(
        [
            "How many radiology programs take COMLEX without USMLE: "
            f"{value('exams.2026.radiology_programs_accepting_comlex')} (the NRMP Program "
            "Director Survey reports it per specialty, so check it and each program's "
            "requirements page).",
            "The match-rate figures I use cover non-US IMGs and US MD seniors, not DO "
            "graduates"
            + (": for you I give no number, only the guide's targets." if us_do else "."),
        ],
        [cal("exams.2026.radiology_programs_accepting_comlex"), "guide:usmle.step2ck"],
    )
    if kind in _IMGS or kind is None:
        rule = value("ecfmg.2023.exam_requirements_ecfmg_verifies")
        second = sourced(
            [
                "If your medical school is outside the US, ECFMG "
                f"verifies USMLE for the Match: {rule} (the 2023 rule; check ECFMG for your "
                "season). COMLEX does not stand in for it.",
            ],
            [cal("ecfmg.2023.exam_requirements_ecfmg_verifies")],
        )
        return [first, second]
    rest = sourced(
        [
            "The rest of this advice holds for DO applicants as for others: letters from US "
            "IR and DR faculty, IR research, hands-on experience, and DR as the main route."
        ],
        ["guide:letters", "guide:research", "guide:faq.integrated_or_dr"],
    )
    return [first, rest]


def _brief(ask: Ask) -> str:
    line = (
        "How many radiology programs take COMLEX without USMLE is not in our sources: check "
        "the NRMP Program Director Survey and each program; IMGs need USMLE for ECFMG anyway."
    )
    return brief(line, [cal("ecfmg.2023.exam_requirements_ecfmg_verifies")])


TOPIC = Topic(
    intent="ask_do_comlex",
    title="DO applicants and COMLEX",
    answer=_do_comlex,
    brief=_brief,
)
