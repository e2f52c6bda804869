"""The chart: drawn from the sourced rows, the applicant's marker at their value, alt in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.text import Text

from bot.charts.alt import alt_text
from bot.charts.data import Measure, distributions, of_measure
from bot.charts.figure import applicant_markers, build_figure, render_png
from bot.profile import ApplicantProfile
from bot.strategy import figures as fig

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_distributions_are_the_registry_figures() -> None:
    step2 = {row.group: row for row in of_measure(Measure.STEP2CK)}
    assert step2["DR, matched"].median == fig.DR_IMG_MATCHED_STEP2_MEDIAN
    assert step2["DR, matched"].n == fig.DR_IMG_MATCHED_N
    assert step2["DR, matched"].q1 == fig.DR_IMG_MATCHED_STEP2_Q1
    assert step2["DR, matched"].q3 == fig.DR_IMG_MATCHED_STEP2_Q3
    assert step2["DR, not matched"].median == fig.DR_IMG_UNMATCHED_STEP2_MEDIAN
    assert step2["DR, not matched"].n == fig.DR_IMG_UNMATCHED_N
    assert step2["Integrated IR, matched"].median == fig.IR_IMG_MATCHED_STEP2_MEDIAN
    assert step2["Integrated IR, matched"].n == fig.IR_IMG_MATCHED_N
    assert step2["Integrated IR, not matched"].n == fig.IR_IMG_UNMATCHED_N
    assert len(distributions()) == 12
    assert all("Charting Outcomes" in row.source_label for row in distributions())


@pytest.mark.parametrize("score", [232, 248, 266])
def test_the_marker_is_at_the_applicants_values(score: int) -> None:
    profile = ApplicantProfile(step2ck_score=score, ir_publications=3, ir_abstracts=0)
    figure = build_figure(profile)
    assert applicant_markers(figure) == {
        "step2ck": float(score),
        "publications": 3.0,
        "abstracts": 0.0,
    }
    # The marker lies inside the drawn range of its panel.
    step2_axes = figure.axes[0]
    low, high = step2_axes.get_xlim()
    assert low < score < high


def test_missing_values_draw_no_marker_and_say_so() -> None:
    figure = build_figure(ApplicantProfile(step2ck_score=250))
    assert applicant_markers(figure) == {"step2ck": 250.0}
    texts = [t.get_text() for t in figure.findobj(Text)]
    assert texts.count("yours: not given") == 2


def test_sample_sizes_and_source_are_printed_on_the_chart() -> None:
    figure = build_figure(ApplicantProfile(step2ck_score=250))
    printed = " ".join(t.get_text() for t in figure.findobj(Text))
    for row in distributions():
        assert f"n={row.n}" in printed
    assert "does not predict a match" in printed
    assert "Charting Outcomes" in printed


def test_the_png_is_written(tmp_path: Path) -> None:
    png = render_png(build_figure(ApplicantProfile(step2ck_score=266, ir_publications=2)))
    assert png.startswith(PNG_SIGNATURE) and len(png) > 10_000
    (tmp_path / "chart.png").write_bytes(png)
    assert (tmp_path / "chart.png").stat().st_size == len(png)


def test_alt_text_says_where_the_applicant_is() -> None:
    text = alt_text(ApplicantProfile(step2ck_score=266, ir_publications=2))
    assert "yours 266, above the middle half of DR, matched (243-262, median 250, n=75)" in text
    assert "within the middle half of Integrated IR, matched (253-266, median 260, n=11)" in text
    assert "Publications: yours 2" in text
    assert "Abstracts, posters, presentations: yours not given" in text
    assert "not a prediction" in text
    low = alt_text(ApplicantProfile(step2ck_score=232))
    assert "yours 232, below the middle half of DR, matched" in low
