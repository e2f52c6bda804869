"""``advisor advise --profile FILE [--json]``: the strategy report for a profile."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from bot.cli.base import SubParsers
from bot.cli.io import read_profile
from bot.cli.terminal import Styler, bullet


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "advise",
        help="strategy report for an applicant profile",
        description="Strategy report for an applicant profile (JSON file, '-' for stdin).",
    )
    parser.add_argument("--profile", required=True, metavar="FILE", help="profile JSON, or -")
    parser.add_argument(
        "--json", action="store_true", help="print the report as JSON (CONTRACT section 4)"
    )
    parser.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="advise as on this date (default: today): the season's calendar depends on it",
    )
    parser.set_defaults(func=run)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2026-12-02, got {text!r}") from None


def run(args: argparse.Namespace) -> int:
    profile = read_profile(args.profile)
    # Imported here so `advisor --help` and other subcommands stay quick.
    from bot.strategy import advise

    report = advise(profile, today=args.today)
    if args.json:
        json.dump(report.model_dump(mode="json"), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(report.model_dump(mode="json"), Styler.for_stream(sys.stdout)))
    return 0


_TRACK_LABELS = {"dr": "Diagnostic Radiology", "integrated_ir": "Integrated IR"}
_CHANCES_CAVEAT = (
    "NRMP says Charting Outcomes is not designed to predict an individual match: these are "
    "past groups' rates with their sample sizes, never a guarantee."
)
_LEVEL_STYLE = {"high": "green", "moderate": "yellow", "low": "red"}


def render(report: dict[str, Any], style: Styler) -> str:
    """The report as readable terminal text: sections with bullets."""
    lines: list[str] = []

    def heading(title: str) -> None:
        lines.append("")
        lines.append(style(title, "bold", "cyan"))

    pathway = str(report["pathway"]).replace("_", " ")
    lines.append(style("IR Match Advisor: your strategy", "bold"))
    lines.append(f"  Pathway: {style(pathway, 'bold')}")
    lines.append(f"  Integrated IR: {str(report['integrated_ir']).replace('_', ' ')}")
    comp = report["competitiveness"]
    lines.append(
        "  Competitiveness: Integrated IR "
        + style(comp["integrated_ir"], _LEVEL_STYLE[comp["integrated_ir"]])
        + ", DR "
        + style(comp["dr"], _LEVEL_STYLE[comp["dr"]])
    )
    apps = report["applications"]
    raw_cycle = report.get("cycle")
    cycle: dict[str, Any] = raw_cycle if isinstance(raw_cycle, dict) else {}
    plan = cycle.get("plan_season")
    season = f" (for applications in September {plan})" if plan else ""
    if cycle.get("applications_out"):
        season = " (this season's applications are already out)"
    lines.append(
        f"  Applications: Integrated IR {apps['integrated_ir']}, DR {apps['dr']}, "
        f"PGY-1 {apps['pgy1']}{season}"
    )
    if cycle.get("advice"):
        heading(f"Where you are in the cycle (as of {cycle.get('today')})")
        lines.extend(bullet(str(item)) for item in cycle["advice"])

    chances = report.get("chances")
    if isinstance(chances, dict) and chances:
        heading("Match chances (estimates, not predictions)")
        for track, estimate in chances.items():
            if isinstance(estimate, dict):
                label = _TRACK_LABELS.get(track, track)
                lines.append(bullet(f"{label}: {estimate.get('summary', '')}"))
        lines.append(bullet(style(_CHANCES_CAVEAT, "dim")))

    heading("What to do next")
    for action in report["actions"]:
        lines.append(bullet(f"{action['priority']}. {action['target']}", mark="*"))
        lines.append(bullet(f"why: {action['why']}", indent=6))

    heading("If things do not go to plan")
    lines.extend(bullet(item) for item in report["contingency"])

    heading("Why")
    shown = set(cycle.get("advice") or ())
    lines.extend(bullet(item) for item in report["reasons"] if item not in shown)

    if report["missing"]:
        heading("Tell me these to sharpen the advice (most useful first)")
        from bot.answers.labels import field_label

        lines.append(bullet(", ".join(field_label(name) for name in report["missing"])))

    heading("Sources")
    from bot.sources import cite

    lines.extend(bullet(style(cite(source_id), "dim")) for source_id in report["sources"])
    if cycle.get("advice"):
        lines.extend(bullet(style(text, "dim")) for text in _calendar_sources(cycle))
    return "\n".join(lines) + "\n"


def _calendar_sources(cycle: dict[str, Any]) -> list[str]:
    """One line per calendar row the season's dates rest on (``knowledge/calendar.yaml``)."""
    from bot.kb.calendar import calendar_row

    out: list[str] = []
    for step in cycle.get("calendar") or ():
        source_id = step.get("source_id") if isinstance(step, dict) else None
        if not isinstance(source_id, str):
            continue
        row = calendar_row(source_id.rsplit(":", 1)[1])
        value = row.value.replace("NOT FOUND", "not found in our sources")
        out.append(f"Calendar: {row.item}: {value} ({row.citation}): {row.source_url}")
    return out
