"""``advisor kb review``: list, accept or reject facts about programs that users reported in chat.

Without options it lists the pending reports. ``--accept ID`` makes the fact take effect with
the source label "user report, verified <date>" (running processes pick it up on their next
request: the knowledge version is bumped); ``--reject ID`` drops it. An id that is not pending
exits with status 2 and one line naming the pending ids.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from bot.cli.base import SubParsers, UsageError


def register_review(actions: SubParsers) -> None:
    parser = actions.add_parser("review", help="list, accept or reject facts users reported")
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument("--accept", metavar="ID", type=int, help="accept this pending report")
    choice.add_argument("--reject", metavar="ID", type=int, help="reject this pending report")
    parser.add_argument(
        "--verified-on",
        metavar="YYYY-MM-DD",
        type=_date,
        help="the date you checked the link (default: today)",
    )
    parser.add_argument("--json", action="store_true", help="list the pending reports as JSON")
    parser.set_defaults(func=run_review)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"got {text!r}; allowed: a date YYYY-MM-DD") from None


def run_review(args: argparse.Namespace) -> int:
    from bot.bootstrap import build_services
    from bot.corrections.replies import fact_text
    from bot.corrections.service import UnknownReportError
    from bot.settings import get_settings
    from bot.strategy.clock import today

    services = build_services(get_settings())
    corrections = services.corrections
    try:
        if args.accept is not None or args.reject is not None:
            try:
                if args.accept is not None:
                    report = corrections.accept(args.accept, args.verified_on or today())
                    verb = f"Accepted (source: {report.source_label})"
                else:
                    report = corrections.reject(args.reject)
                    verb = "Rejected"
            except UnknownReportError as error:
                ids = ", ".join(str(r.id) for r in corrections.pending()) or "none"
                raise UsageError(f"review: {error}; pending: {ids}") from None
            fact = fact_text(report.fact, report.value)
            print(f"{verb} #{report.id}: {report.program_name} {fact}")
            return 0
        pending = corrections.pending()
    finally:
        services.dispose()
    if args.json:
        rows = [
            {
                "id": r.id,
                "program_id": r.program_id,
                "program": r.program_name,
                "fact": r.fact,
                "value": r.value,
                "link": r.link,
                "message": r.message,
                "reported_at": r.reported_at.isoformat(),
            }
            for r in pending
        ]
        json.dump(rows, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not pending:
        print("No reports are waiting for review.")
        return 0
    for r in pending:
        print(
            f"#{r.id}  {r.program_name} [{r.program_id}] {fact_text(r.fact, r.value)}\n"
            f"      link: {r.link}\n      reported {r.reported_at:%Y-%m-%d %H:%M} UTC: {r.message}"
        )
    print(f"{len(pending)} pending. Accept: advisor kb review --accept ID; reject: --reject ID")
    return 0
