"""``advisor``: the project's command line (CONTRACT section 1).

Subcommands live one per module in ``bot.cli``; each exposes ``register(subparsers) -> None``,
which adds its parser and sets ``func(args) -> int`` (the exit status). To add a subcommand,
write the module and append its name to ``COMMAND_MODULES``; the module and the command it
registers share one name.

When the first argument names a command, only that command's module is imported (some pull in
SQLAlchemy, Telegram or web servers, which would slow every other command's start); help and
unknown commands import them all, so the list of choices is complete.

Bad input (``UsageError``, including argparse's own usage errors) exits with status 2 and one
line on standard error; nothing goes to standard output.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import cast

from pydantic import ValidationError

from bot.cli.base import OneLineArgumentParser, UsageError
from bot.settings import Settings, settings_error_text

# Order = order in ``advisor --help``.
COMMAND_MODULES: tuple[str, ...] = (
    "advise",
    "programs",
    "chart",
    "kb",
    "run",
    "chat",
    "web",
    "telegram",
    "stats",
    "analytics",
    "topics",
)

USAGE_ERROR_STATUS = 2


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``advisor`` parser: every subcommand, or just ``only`` when it names one."""
    parser = OneLineArgumentParser(
        prog="advisor",
        description="IR Match Advisor: strategy and programs for IMGs applying to IR.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in (only,) if only in COMMAND_MODULES else COMMAND_MODULES:
        module = importlib.import_module(f"bot.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (the console script exits with it)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list[0] if args_list else None)
    try:
        args = parser.parse_args(args_list)
        func = cast(Callable[[argparse.Namespace], int], args.func)
        return func(args)
    except UsageError as error:
        message = " ".join(str(error).split())  # always exactly one line
        print(f"advisor: error: {message}", file=sys.stderr)
        return USAGE_ERROR_STATUS
    except ValidationError as error:
        if error.title != Settings.__name__:
            raise
        message = " ".join(settings_error_text(error).split())
        print(f"advisor: error: {message}", file=sys.stderr)
        return USAGE_ERROR_STATUS


if __name__ == "__main__":
    sys.exit(main())
