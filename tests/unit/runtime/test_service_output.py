"""The supervisor's output filter: library deprecation noise goes, our lines and errors stay."""

from __future__ import annotations

import io
import os
from pathlib import Path

from bot.service_output import OutputFilter, pump

# What Rasa 3.6.21 and the action server printed on a real start (abridged, verbatim lines).
ROOT = Path(__file__).resolve().parents[3]
SITE = f"{ROOT}/.venv-rasa/lib/python3.10/site-packages"
NOISE = f"""{SITE}/rasa/core/tracker_store.py:1044: MovedIn20Warning: Deprecated API features detected! These feature(s) are not compatible with SQLAlchemy 2.0.
  Base: DeclarativeMeta = declarative_base()
{SITE}/pkg_resources/__init__.py:3117: DeprecationWarning: Deprecated call to `pkg_resources.declare_namespace('ruamel')`.
Implementing implicit namespace packages (as specified in PEP 420) is preferred to `pkg_resources.declare_namespace`.
  declare_namespace(pkg)
{SITE}/matplotlib/fontconfig_pattern.py:66: PyparsingDeprecationWarning: 'setParseAction' deprecated - use 'set_parse_action'
  ).setParseAction(self._family)
2026-12-02 11:39:30.123456: I tensorflow/core/platform/cpu_feature_guard.cc:193] This TensorFlow binary is optimized
2026-12-02 11:39:30 INFO     rasa_sdk.executor  - Registered function for 'action_show_programs'.
"""  # noqa: E501
KEPT = f"""[advisor run] started rasa (pid 25705)
2026-12-02 11:39:30 INFO     rasa_sdk.endpoint  - Action endpoint is up and running on http://127.0.0.1:25055
2026-12-02 11:39:38 INFO     root  - Starting Rasa server on http://127.0.0.1:25005
{ROOT}/bot/rasa_extensions/x.py:3: UserWarning: slot 'x' has no mapping
2026-12-02 11:39:40 ERROR    rasa.core.processor  - Encountered an exception while running action
Traceback (most recent call last):
"""


def shown(text: str) -> list[str]:
    output_filter = OutputFilter()
    return [line for line in text.splitlines() if output_filter.keep(line)]


def test_deprecation_warnings_tensorflow_info_and_registrations_are_dropped():
    assert shown(NOISE) == []


def test_our_lines_other_warnings_and_errors_are_kept():
    assert shown(KEPT) == KEPT.splitlines()


def test_colour_codes_do_not_hide_a_deprecation_warning():
    coloured = f"\x1b[0m\x1b[93m{SITE}/x.py:100: FutureWarning: soon\n\x1b[0m  old()\n"
    assert shown(coloured) == []


def test_a_line_after_a_dropped_warning_is_shown():
    assert shown(NOISE + KEPT) == KEPT.splitlines()


def test_an_error_inside_a_warning_block_ends_it_and_is_kept_with_what_follows():
    text = f"{SITE}/a.py:1: DeprecationWarning: old\nValueError: broken\n  frame()\n"
    assert shown(text) == ["ValueError: broken", "  frame()"]


def test_pump_copies_a_pipe_through_the_filter():
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as writer:
        writer.write((NOISE + KEPT).encode())
    out = io.StringIO()
    pump(os.fdopen(read_end, "rb"), out).join(timeout=5)
    assert out.getvalue().splitlines() == KEPT.splitlines()
