"""What every subcommand module shares: the usage error and the subparsers type."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

# The object ``ArgumentParser.add_subparsers()`` returns; each subcommand module's
# ``register(subparsers)`` adds its own parser to it and sets ``func``. argparse has no public
# name for it, and it is only generic for the type checker.
if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    SubParsers = argparse._SubParsersAction


class UsageError(Exception):
    """Bad input from the user: ``main`` prints ``str()`` as one line and exits with status 2.

    The message names the field (or option) and what is allowed, e.g.
    ``step2ck_score: got 400; allowed: a whole number from 1 to 300``.
    """


class OneLineArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage errors as a ``UsageError`` (one line) instead of exiting."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # The top-level prog is already in main's "advisor: error:" prefix; name subcommands.
        command = self.prog.removeprefix("advisor").strip()
        raise UsageError(f"{command}: {message}" if command else message)
