"""The REST input channel's cached action-result validation, run in Rasa's own environment."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = """
import time
from rasa.core.actions.action import RemoteAction
from bot.channels.rest_input import AdvisorRestInput

action = RemoteAction("action_x", None)
good = {"events": [{"event": "slot", "name": "step2ck_score", "value": 251}], "responses": []}
start = time.perf_counter(); action._validate_action_result(good)
uncached = time.perf_counter() - start
channel = AdvisorRestInput.from_credentials(None)
assert channel.name() == "rest"
start = time.perf_counter()
for _ in range(20):
    assert action._validate_action_result(good) is True
cached = (time.perf_counter() - start) / 20
try:
    action._validate_action_result({"events": [{"event": "no_such_event"}]})
except Exception as error:
    assert type(error).__name__ == "ValidationError", error
    assert "Failed to validate Action server response" in str(error)
else:
    raise AssertionError("an invalid response was accepted")
print(f"uncached {uncached * 1000:.1f} ms, cached {cached * 1000:.2f} ms")
"""


def test_responses_are_still_validated_with_the_compiled_schema():
    result = subprocess.run(
        [str(ROOT / ".venv-rasa" / "bin" / "python"), "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "cached" in result.stdout
