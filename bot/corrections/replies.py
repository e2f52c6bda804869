"""What the bot says back to a reported fact (one plain message per outcome)."""

from __future__ import annotations

from bot.corrections.parse import ReportedFact
from bot.corrections.service import Outcome, ReportResult
from bot.corrections.store import ReportStatus

EXAMPLE = "Emory DR sponsors H-1B, https://www.example.edu/radiology/visas"

_FACT_TEXT: dict[tuple[str, str], str] = {
    (ReportedFact.VISA_H1B.value, "yes"): "sponsors H-1B visas",
    (ReportedFact.VISA_H1B.value, "no"): "does not sponsor H-1B visas",
    (ReportedFact.VISA_J1.value, "yes"): "takes residents on a J-1 visa",
    (ReportedFact.VISA_J1.value, "no"): "does not take residents on a J-1 visa",
    (ReportedFact.IMG_HISTORY.value, "yes"): "takes international medical graduates",
    (ReportedFact.IMG_HISTORY.value, "no"): "does not take international medical graduates",
}


def fact_text(fact: str, value: str) -> str:
    return _FACT_TEXT[(fact, value)]


def report_reply(result: ReportResult) -> str:
    """The reply to one report, whatever became of it."""
    outcome, report = result.outcome, result.report
    if outcome is Outcome.STORED and report is not None:
        return (
            f"Thank you. I saved your report that {report.program_name} "
            f"{fact_text(report.fact, report.value)} (link: {report.link}). It stays a report, "
            "not a fact, until someone checks the link; until then I keep answering from my "
            "sources."
        )
    if outcome is Outcome.DUPLICATE and report is not None:
        state = (
            "has already been checked and accepted"
            if report.status is ReportStatus.ACCEPTED
            else "is already waiting for review"
        )
        return f"Thanks, that report about {report.program_name} {state}. Nothing new to save."
    if outcome is Outcome.AMBIGUOUS:
        names = "; ".join(p.label for p in result.candidates[:3])
        more = f" and {len(result.candidates) - 3} more" if len(result.candidates) > 3 else ""
        return (
            f'"{result.phrase}" fits several programs: {names}{more}. Please send the report '
            "again with the program's full name (and DR or IR)."
        )
    return _PROBLEMS[outcome].replace("{phrase}", result.phrase)


_PROBLEMS: dict[Outcome, str] = {
    Outcome.NO_LINK: (
        "To record a fact about a program I need a link where it can be checked, such as the "
        f"program's own page. For example: {EXAMPLE}"
    ),
    Outcome.BAD_LINK: (
        "That link does not start with http:// or https://. Please send the full web address "
        f"of the page that says it. For example: {EXAMPLE}"
    ),
    Outcome.NO_FACT: (
        "I can record reports about J-1 or H-1B sponsorship and about whether a program takes "
        f"international graduates. Please say the program, the fact and a link: {EXAMPLE}"
    ),
    Outcome.NO_PROGRAM: (
        'I could not find a program called "{phrase}" in my list. Please use the name the '
        "program uses (for example its university or hospital) and say DR or IR."
    ),
    Outcome.RATE_LIMITED: (
        "You have sent several reports in a short time. I kept the earlier ones; please send "
        "more in an hour."
    ),
}
