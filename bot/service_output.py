"""What the services print, as the ``make run`` terminal shows it: our lines, not library noise.

Rasa 3.6 and the libraries it loads (TensorFlow, SQLAlchemy 1.4, pkg_resources, matplotlib)
print pages of deprecation warnings on every start. The supervisor (bot/runner.py) reads each
service's output and passes every line through one ``OutputFilter`` per service, which drops:

- Python warnings of a deprecation kind (``<file>.py:<line>: DeprecationWarning: ...``, also
  ``PendingDeprecationWarning``, ``FutureWarning``, SQLAlchemy's ``MovedIn20Warning`` and
  pyparsing's), with their message and source lines;
- TensorFlow's own info and warning lines (``I tensorflow/...``, ``W tensorflow/...``) and
  rasa_sdk's one-line-per-action registration list.

Everything else passes, and errors always do: a line that names ERROR, CRITICAL, a traceback
or an exception is never dropped, also inside a warning block.
"""

from __future__ import annotations

import re
import threading
from typing import IO, TextIO

# ``/path/module.py:12: DeprecationWarning: text`` (Python's warnings.formatwarning).
_WARNING_HEADER = re.compile(r"^\S.*?\.py:\d+: (?P<category>\w+): ")
_NOISY_CATEGORIES = re.compile(r"Deprecat|FutureWarning|MovedIn20Warning")
# A new record: a timestamped log line, our supervisor, uvicorn, a traceback, another warning.
_RECORD_START = re.compile(
    r"^(\d{4}-\d\d-\d\d[ T]|\[advisor |advisor |INFO:|WARNING:|ERROR:|Traceback "
    r"|\S.*?\.py:\d+: \w+: )"
)
_NOISY_LINES = (
    # ``2026-12-02 11:39:40.123456: I tensorflow/core/...cc:193] text``
    re.compile(r"^[\d\-]+ [\d:.]+: [IW] (tensorflow|external)/"),
    re.compile(r"INFO\s+rasa_sdk\.executor\s+- Registered function for "),
)
_ALWAYS_KEEP = re.compile(r"ERROR|CRITICAL|Traceback|Exception|Error:")
# Rasa colours its warnings: ``\x1b[93m/path.py:100: UserWarning: ...``.
_COLOUR = re.compile(r"\x1b\[[0-9;]*m")


class OutputFilter:
    """Decides line by line what to show; remembers when it is inside a dropped warning."""

    def __init__(self) -> None:
        self._in_warning = False
        self.dropped = 0

    def keep(self, line: str) -> bool:
        """Whether to show ``line`` (one line of a service's output, with or without newline)."""
        line = _COLOUR.sub("", line)
        if self._in_warning:
            if _ALWAYS_KEEP.search(line):
                self._in_warning = False
                return True
            if line.startswith("  "):  # the warning's source line ends it
                self._in_warning = False
                return self._drop()
            if not _RECORD_START.match(line):  # the rest of a multi-line message
                return self._drop()
            self._in_warning = False
        header = _WARNING_HEADER.match(line)
        if header and _NOISY_CATEGORIES.search(header.group("category")):
            self._in_warning = True
            return self._drop()
        if _ALWAYS_KEEP.search(line):
            return True
        if any(pattern.search(line) for pattern in _NOISY_LINES):
            return self._drop()
        return True

    def _drop(self) -> bool:
        self.dropped += 1
        return False


def pump(source: IO[bytes], out: TextIO) -> threading.Thread:
    """A daemon thread copying ``source`` to ``out`` line by line through an OutputFilter."""

    def copy() -> None:
        output_filter = OutputFilter()
        with source:
            for raw in iter(source.readline, b""):
                line = raw.decode("utf-8", errors="replace")
                if output_filter.keep(line):
                    out.write(line if line.endswith("\n") else line + "\n")
                    out.flush()

    thread = threading.Thread(target=copy, name="service-output", daemon=True)
    thread.start()
    return thread
