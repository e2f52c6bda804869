"""Reading a profile file for any subcommand (``advise``, ``programs``): one set of errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bot.cli.base import UsageError
from bot.profile import ApplicantProfile, ProfileError, parse_profile

STDIN = "-"


def read_text(path: str, *, option: str = "--profile") -> str:
    """The file's text (``-`` reads standard input) or a ``UsageError`` naming the option."""
    try:
        if path == STDIN:
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{option}: {path!r} is not UTF-8 text; expected a JSON file") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError(f"{option}: cannot read {path!r}: {reason}") from None


def parse_json(text: str, path: str, *, option: str = "--profile") -> Any:
    """Parsed JSON or a ``UsageError`` with the line and column of the first problem."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{option}: invalid JSON in {path!r} at line {error.lineno}, column {error.colno}: "
            f"{error.msg}"
        ) from None
    except RecursionError:
        raise UsageError(f"{option}: invalid JSON in {path!r}: nested too deeply") from None


def read_profile(path: str, *, option: str = "--profile") -> ApplicantProfile:
    """Read and validate a profile JSON file (``-`` for standard input).

    Raises ``UsageError`` with one line: an unreadable file, invalid JSON (line and column),
    a value that is not an object, or a field that is unknown or out of range (the field name
    and what it allows, from ``bot.profile.parse_profile``).
    """
    data = parse_json(read_text(path, option=option), path, option=option)
    try:
        return parse_profile(data)
    except ProfileError as error:
        raise UsageError(str(error)) from None
