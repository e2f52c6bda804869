"""Reading a reported fact from a message: program phrase, track, fact, value, link."""

from __future__ import annotations

import pytest

from bot.corrections.matching import ProgramName, match_program
from bot.corrections.parse import ParsedReport, ParseProblem, ReportedFact, parse_report
from bot.domain.tracks import Track


@pytest.mark.parametrize(
    ("text", "phrase", "track", "fact", "value"),
    [
        (
            "Emory DR sponsors H-1B, https://med.emory.edu/x",
            "emory",
            Track.DR,
            ReportedFact.VISA_H1B,
            "yes",
        ),
        (
            "Mayo Clinic Arizona IR does not sponsor J1 visas - https://mayo.edu/ir.",
            "mayo clinic arizona",
            Track.INTEGRATED_IR,
            ReportedFact.VISA_J1,
            "no",
        ),
        (
            "report: Baylor diagnostic radiology accepts IMGs https://www.bcm.edu/p",
            "baylor",
            Track.DR,
            ReportedFact.IMG_HISTORY,
            "yes",
        ),
        (
            "Correction: University of Utah radiology no longer takes IMGs (https://utah.edu/r)",
            "university of utah",
            Track.DR,
            ReportedFact.IMG_HISTORY,
            "no",
        ),
        (
            "Emory sponsors h1b for independent IR https://emory.edu/a",
            "emory",
            Track.INDEPENDENT_IR,
            ReportedFact.VISA_H1B,
            "yes",
        ),
        (
            "Temple doesn't sponsor J-1 http://temple.edu/r",
            "temple",
            None,
            ReportedFact.VISA_J1,
            "no",
        ),
    ],
)
def test_reports_are_read(text, phrase, track, fact, value):
    parsed = parse_report(text)
    assert isinstance(parsed, ParsedReport)
    assert (parsed.program_phrase, parsed.track, parsed.fact, parsed.value) == (
        phrase, track, fact, value,
    )  # fmt: skip
    assert parsed.link.startswith("http")
    assert not parsed.link.endswith((".", ")"))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Emory DR sponsors H-1B", ParseProblem.NO_LINK),
        ("Emory DR sponsors H-1B ftp://emory.edu/a", ParseProblem.BAD_LINK),
        ("Emory DR sponsors H-1B javascript:alert(1)", ParseProblem.BAD_LINK),
        ("Emory DR sponsors H-1B www.emory.edu/radiology", ParseProblem.BAD_LINK),
        ("Emory DR sponsors H-1B https://localhost/x", ParseProblem.BAD_LINK),
        ("Emory DR is a great place https://emory.edu", ParseProblem.NO_FACT),
        ("DR sponsors H-1B https://emory.edu", ParseProblem.NO_PROGRAM),
    ],
)
def test_bad_reports_name_their_problem(text, problem):
    assert parse_report(text) is problem


PROGRAMS = [
    ProgramName(
        "1", "Emory University - Diagnostic Radiology", "Emory University", "Atlanta", "GA", "dr"
    ),
    ProgramName(
        "2",
        "Emory University - Integrated Interventional Radiology",
        "Emory University",
        "Atlanta",
        "GA",
        "integrated_ir",
    ),
    ProgramName(
        "3",
        "Mayo Clinic (Arizona) - Diagnostic Radiology",
        "Mayo Clinic (Arizona)",
        "Phoenix",
        "AZ",
        "dr",
    ),
    ProgramName(
        "4",
        "Mayo Clinic (Rochester) - Diagnostic Radiology",
        "Mayo Clinic (Rochester)",
        "Rochester",
        "MN",
        "dr",
    ),
]


def test_matching_needs_every_word_and_respects_the_track():
    assert match_program("emory", Track.DR, PROGRAMS).unique == PROGRAMS[0]
    assert len(match_program("emory", None, PROGRAMS).programs) == 2
    assert [p.id for p in match_program("mayo clinic", Track.DR, PROGRAMS).programs] == ["3", "4"]
    assert match_program("mayo clinic arizona", Track.DR, PROGRAMS).unique == PROGRAMS[2]
    assert match_program("mayo rochester", None, PROGRAMS).unique == PROGRAMS[3]
    assert match_program("stanford", Track.DR, PROGRAMS).programs == ()
    assert match_program("the program", Track.DR, PROGRAMS).programs == ()
