"""The chart in words: the alt text of the image and the message sent with it."""

from __future__ import annotations

from bot.charts.data import TITLES, Distribution, Measure, of_measure
from bot.charts.figure import applicant_value
from bot.profile import ApplicantProfile


def _where(value: float, row: Distribution) -> str:
    if value < row.q1:
        return "below the middle half of"
    if value > row.q3:
        return "above the middle half of"
    return "within the middle half of"


def _range(row: Distribution) -> str:
    return f"{row.q1:g}-{row.q3:g}, median {row.median:g}, n={row.n}"


def measure_sentence(profile: ApplicantProfile, measure: Measure) -> str:
    rows = of_measure(measure)
    title = TITLES[measure]
    value = applicant_value(profile, measure)
    if value is None:
        groups = "; ".join(f"{row.group} {_range(row)}" for row in rows)
        return f"{title}: yours not given. Middle halves: {groups}."
    parts = [f"{_where(value, row)} {row.group} ({_range(row)})" for row in rows]
    return f"{title}: yours {value:g}, " + "; ".join(parts) + "."


def alt_text(profile: ApplicantProfile) -> str:
    """What the picture shows, sentence by sentence (also the text sent beside it)."""
    year = of_measure(Measure.STEP2CK)[0].year
    lead = (
        "Chart: you against non-US IMGs who applied to DR and Integrated IR (NRMP Charting "
        f"Outcomes {year}, a secondary transcription; past applicants, not a prediction)."
    )
    return " ".join([lead, *(measure_sentence(profile, m) for m in Measure)])
