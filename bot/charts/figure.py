"""Draw the applicant against the distributions: one panel per measure, one row per group.

Each row is the middle half of a group (25th to 75th percentile) with its median and sample
size; the applicant is a vertical line (its ``gid`` is ``applicant-<measure>``, so tests read the
value back from the figure's data). matplotlib's object API on the Agg canvas: no pyplot state,
no display, safe in threads.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.charts.data import PROFILE_FIELD, TITLES, Distribution, Measure, of_measure
from bot.profile import ApplicantProfile

APPLICANT_GID = "applicant-{measure}"
BOX_COLOR = "#9db7d5"
MEDIAN_COLOR = "#1f3b5c"
APPLICANT_COLOR = "#d1495b"
XLABELS: dict[Measure, str] = {
    Measure.STEP2CK: "score",
    Measure.PUBLICATIONS: "number (yours: the IR/radiology ones you told me)",
    Measure.ABSTRACTS: "number (yours: the IR/radiology ones you told me)",
}
CAVEAT = (
    "Boxes: the middle half of each group (25th-75th percentile); dark tick: median; "
    "n: applicants in the group.\nCharting Outcomes describes past applicants (non-US IMGs, "
    "{year}); it does not predict a match. Source: {label}."
)


def applicant_value(profile: ApplicantProfile, measure: Measure) -> float | None:
    value = getattr(profile, PROFILE_FIELD[measure])
    return None if value is None else float(value)


def _panel(figure: Figure, index: int, measure: Measure, rows: Sequence[Distribution],
           value: float | None) -> None:  # fmt: skip
    axes = figure.add_subplot(1, len(Measure), index + 1)
    positions = list(range(len(rows)))[::-1]  # first group on top
    for y, row in zip(positions, rows, strict=True):
        axes.barh(y, row.q3 - row.q1, left=row.q1, height=0.5, color=BOX_COLOR)
        axes.plot([row.median, row.median], [y - 0.25, y + 0.25], color=MEDIAN_COLOR, lw=2.5)
    axes.set_yticks(positions)
    axes.set_yticklabels([f"{row.group}\nn={row.n}" for row in rows] if index == 0 else [])
    low = min(row.q1 for row in rows)
    high = max(row.q3 for row in rows)
    if value is not None:
        low, high = min(low, value), max(high, value)
        line = axes.axvline(value, color=APPLICANT_COLOR, lw=2.5)
        line.set_gid(APPLICANT_GID.format(measure=measure.value))
        shown = f"{value:g}"
        axes.annotate(f"You: {shown}", (value, len(rows) - 0.45), color=APPLICANT_COLOR,
                      ha="center", va="bottom", fontsize=10, fontweight="bold",
                      annotation_clip=False)  # fmt: skip
    else:
        axes.text(0.5, 1.0, "yours: not given", transform=axes.transAxes, ha="center",
                  va="bottom", color="#555555", fontsize=9)  # fmt: skip
    margin = max((high - low) * 0.12, 1.0)
    axes.set_xlim(max(0.0, low - margin), high + margin)
    axes.set_ylim(-0.6, len(rows) - 0.2)
    axes.set_title(TITLES[measure], fontsize=11, pad=18)
    axes.set_xlabel(XLABELS[measure], fontsize=8.5, color="#444444")
    axes.grid(axis="x", color="#e6e6e6")
    axes.set_axisbelow(True)
    for y, row in zip(positions, rows, strict=True):
        axes.text(1.0, y, f" n={row.n}", transform=axes.get_yaxis_transform(), va="center",
                  fontsize=8, color="#555555")  # fmt: skip


def build_figure(profile: ApplicantProfile) -> Figure:
    """The whole picture for ``profile`` (fields it lacks are left without a marker)."""
    figure = Figure(figsize=(13, 4.8), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    first: Distribution | None = None
    for index, measure in enumerate(Measure):
        rows = of_measure(measure)
        first = first or rows[0]
        _panel(figure, index, measure, rows, applicant_value(profile, measure))
    assert first is not None
    figure.suptitle("Where you stand among non-US IMGs who applied to DR and Integrated IR",
                    fontsize=13, fontweight="bold")  # fmt: skip
    figure.text(0.01, 0.0, CAVEAT.format(year=first.year, label=first.source_label), fontsize=7.5,
                color="#444444", va="bottom", wrap=True)  # fmt: skip
    figure.get_layout_engine().set(rect=(0, 0.09, 1, 0.91))  # type: ignore[union-attr,call-arg]
    return figure


def render_png(figure: Figure) -> bytes:
    """The figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def applicant_markers(figure: Figure) -> dict[str, float]:
    """The applicant's drawn values by measure, read back from the figure's artists."""
    found: dict[str, float] = {}
    for axes in figure.axes:
        for line in axes.get_lines():
            gid = line.get_gid() or ""
            if gid.startswith("applicant-"):
                xdata = np.asarray(line.get_xdata(), dtype=float)
                found[gid.removeprefix("applicant-")] = float(xdata[0])
    return found
