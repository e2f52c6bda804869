"""``advisor programs --profile FILE [--limit N] [--track T] [--ask TEXT] [--json] [--csv FILE]``.

The ranked program list (CONTRACT section 5). The list sizes follow the strategy report's
application counts; an empty knowledge base exits with status 2 and asks for ``kb load``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli.base import SubParsers, UsageError
from bot.cli.io import read_profile
from bot.cli.terminal import Styler
from bot.programs.models import Track
from bot.programs.ranking import ProgramList


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"got {text!r}; allowed: a whole number of 1 or more")
    return value


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "programs",
        help="ranked program list for an applicant profile",
        description="Programs ranked by fit for a profile (JSON file, '-' for stdin).",
    )
    parser.add_argument("--profile", required=True, metavar="FILE", help="profile JSON, or -")
    parser.add_argument("--limit", type=_positive, metavar="N", help="at most N programs")
    parser.add_argument(
        "--track",
        choices=[track.value for track in Track],
        metavar="T",
        help="only this track (" + ", ".join(t.value for t in Track) + "); dr adds its PGY-1 list",
    )
    parser.add_argument(
        "--ask",
        metavar="TEXT",
        help='the question as people ask it, e.g. "H-1B sponsors near Chicago", "not California"',
    )
    parser.add_argument("--json", action="store_true", help="print JSON (CONTRACT section 5)")
    parser.add_argument("--csv", metavar="FILE", type=Path, help="also write the list as CSV")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    profile = read_profile(args.profile)
    from bot.db import create_schema, make_engine, transaction
    from bot.programs.places import default_gazetteer
    from bot.programs.request import parse_request
    from bot.programs.service import EmptyKnowledgeBaseError, program_list
    from bot.settings import get_settings
    from bot.strategy import advise

    report = advise(profile)
    track = Track(args.track) if args.track else None
    gazetteer = default_gazetteer() if args.ask else None
    request = parse_request(args.ask, gazetteer) if args.ask else None
    engine = make_engine(get_settings().database_url)
    try:
        create_schema(engine)
        with transaction(engine) as session:
            result = program_list(
                session,
                profile,
                report,
                track=track,
                request=request,
                limit=args.limit,
                gazetteer=gazetteer,
            )
    except EmptyKnowledgeBaseError as error:
        raise UsageError(str(error)) from None
    finally:
        engine.dispose()
    if args.csv is not None:
        write_csv_file(result, args.csv)
    if args.json:
        json.dump([item.model_dump(mode="json") for item in result.items], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render(result, Styler.for_stream(sys.stdout)))
    return 0


def write_csv_file(result: ProgramList, path: Path) -> None:
    from bot.programs.export import write_csv

    try:
        with path.open("w", encoding="utf-8", newline="") as out:
            write_csv(result.items, out)
    except OSError as error:
        raise UsageError(f"--csv: cannot write {str(path)!r}: {error.strerror or error}") from None


_TIER_STYLE = {"likely": "green", "target": "yellow", "reach": "red"}


def render(result: ProgramList, style: Styler) -> str:
    lines = [style("Your program list (best fit first)", "bold")]
    if not result.items:
        lines.append("  No program in the knowledge base fits these filters.")
    for rank, item in enumerate(result.items, start=1):
        tier = style(item.tier.value, _TIER_STYLE[item.tier.value])
        lines.append(
            f"{rank:>3}. {item.name} ({item.city}, {item.state}) [{item.track.value}] "
            f"{tier} score {item.score:.2f}"
        )
        lines.append(f"       J-1: {item.visa_j1.value}  H-1B: {item.visa_h1b.value}")
        lines.extend(f"       + {reason}" for reason in item.reasons)
        lines.extend(style(f"       ? {unknown}", "dim") for unknown in item.unknowns)
    from bot.answers.programs import list_note

    note = list_note(result)
    if note:
        lines.append(style(f"Note: {note}", "dim"))
    for shortfall in result.shortfalls():
        lines.append(style(f"Note: {shortfall}", "dim"))
    return "\n".join(lines) + "\n"
