"""``advisor kb check|load|stats|review``: validate, load, count; review reported facts.

``check`` and ``load`` report every problem as ``file:row:column: message`` on standard error
and exit with status 2; ``load`` then writes nothing (one transaction, all or nothing).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli.base import SubParsers, UsageError
from bot.cli.kb_review import register_review
from bot.kb.loader import (
    KnowledgeSourceError,
    KnowledgeValidationError,
    RowError,
    default_knowledge_dir,
    load,
    read_knowledge,
)

ERROR_STATUS = 2


def register(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "kb",
        help="check, load or count the knowledge base",
        description="Knowledge base: program and fact CSV files (see knowledge/README.md).",
    )
    actions = parser.add_subparsers(dest="kb_action", metavar="ACTION", required=True)
    source_help = "folder of knowledge CSV files (default: the project's knowledge/)"

    check_parser = actions.add_parser("check", help="validate every file; load nothing")
    check_parser.add_argument("--source", metavar="DIR", type=Path, help=source_help)
    check_parser.set_defaults(func=run_check)

    load_parser = actions.add_parser("load", help="load a folder in one transaction")
    load_parser.add_argument("--source", metavar="DIR", type=Path, help=source_help)
    load_parser.set_defaults(func=run_load)

    stats_parser = actions.add_parser("stats", help="counts by track, visa and source year")
    stats_parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    stats_parser.set_defaults(func=run_stats)

    register_review(actions)


def _source(args: argparse.Namespace) -> Path:
    return args.source if args.source is not None else default_knowledge_dir()


def _report_errors(errors: list[RowError]) -> int:
    for error in errors:
        print(error, file=sys.stderr)
    print(f"advisor: error: {len(errors)} error(s) in the knowledge files", file=sys.stderr)
    return ERROR_STATUS


def run_check(args: argparse.Namespace) -> int:
    source = _source(args)
    try:
        parsed = read_knowledge(source)
    except KnowledgeSourceError as error:
        raise UsageError(str(error)) from None
    errors = list(parsed.errors) + guide_errors(source)
    if errors:
        return _report_errors(errors)
    print(
        f"OK: {len(parsed.programs)} programs and {len(parsed.facts)} facts "
        f"in {len(parsed.files)} files under {source}"
    )
    return 0


def guide_errors(source: Path) -> list[RowError]:
    """Problems in the folder's ``guide.yaml`` (if it has one), as row errors."""
    from bot.guide import GUIDE_FILE, GuideError, load_guide

    path = source / GUIDE_FILE
    if not path.exists():
        return []
    try:
        load_guide(path)
    except GuideError as error:
        return [RowError(str(path), error.line, error.field, error.message)]
    return []


def run_load(args: argparse.Namespace) -> int:
    from bot.corrections.service import CorrectionService
    from bot.db import create_schema, make_engine
    from bot.settings import get_settings

    source = _source(args)
    engine = make_engine(get_settings().database_url)
    try:
        result = load(engine, source)
        create_schema(engine)
        reapplied = CorrectionService(engine).reapply_accepted()
    except KnowledgeSourceError as error:
        raise UsageError(str(error)) from None
    except KnowledgeValidationError as error:
        _report_errors(error.errors)
        print("advisor: nothing was loaded", file=sys.stderr)
        return ERROR_STATUS
    finally:
        engine.dispose()
    if reapplied:
        print(f"Re-applied {reapplied} accepted user report(s).")
    print(
        f"Loaded {source} ({len(result.files)} files): programs {result.programs_added} added, "
        f"{result.programs_updated} updated, {result.programs_unchanged} unchanged; facts "
        f"{result.facts_added} added, {result.facts_updated} updated, "
        f"{result.facts_unchanged} unchanged"
    )
    return 0


def run_stats(args: argparse.Namespace) -> int:
    from bot.db import create_schema, make_engine, transaction
    from bot.kb.stats import knowledge_stats
    from bot.settings import get_settings

    engine = make_engine(get_settings().database_url)
    try:
        create_schema(engine)
        with transaction(engine) as session:
            stats = knowledge_stats(session)
    finally:
        engine.dispose()
    if args.json:
        json.dump(stats.to_json_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    lines = [f"Programs: {stats.programs}    Facts: {stats.facts}"]
    sections = (
        ("Programs by track", stats.by_track),
        ("J-1 sponsorship", stats.visa_j1),
        ("H-1B sponsorship", stats.visa_h1b),
        ("IMG history", stats.img_history),
        ("DR programs with IR at the same institution", stats.ir_affiliated_dr),
        ("Programs by source year", stats.programs_by_source_year),
        ("Facts by year", stats.facts_by_year),
        ("Facts by source kind", stats.facts_by_source_kind),
    )
    for title, counts in sections:
        lines.append(f"{title}:")
        lines.extend(f"  {key:<16} {value:>5}" for key, value in counts.items())
        if not counts:
            lines.append("  (none)")
    print("\n".join(lines))
    return 0
