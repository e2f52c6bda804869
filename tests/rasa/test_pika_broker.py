"""``AdvisorPikaEventBroker`` (runs inside Rasa) against the real RabbitMQ: what reaches the
queue has the funnel's fields and no text, entity or slot value; the funnel reads it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import uuid
from pathlib import Path

import pytest
from dialogue_assets import ROOT

from bot.analytics.events import FunnelStep, read_event

pytestmark = pytest.mark.rasa

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"
PROBE = Path(__file__).with_name("pika_broker_probe.py")
# The probe's private Step 2 CK score as a number of its own: a float timestamp such as
# 1796332664.41 may hold the digits "266" by chance (a clean-clone run met one).
SCORE = re.compile(r"(?<![\d.])266(?![\d.])")


def published_bodies() -> list[bytes]:
    queue = f"advisor_probe_{uuid.uuid4().hex[:10]}"
    result = subprocess.run(
        [str(RASA_PYTHON), str(PROBE), queue],
        cwd=ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, "RabbitMQ at 127.0.0.1:5672 needed\n" + result.stderr[-4000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 4, result.stdout
    # Rasa's own error log quotes a failed event: nothing private may be in what it publishes.
    assert "Priya" not in result.stderr and not SCORE.search(result.stderr)
    return [line.encode() for line in lines]


def test_only_the_funnels_fields_reach_rabbitmq() -> None:
    bodies = published_bodies()
    for body in bodies:
        text = json.dumps({k: v for k, v in json.loads(body).items() if k != "timestamp"})
        assert "Priya" not in text and "Integrated IR?" not in text
        assert not SCORE.search(text) and "dr_then_independent_ir" not in text
        assert set(json.loads(body)) <= {
            "event",
            "timestamp",
            "sender_id",
            "input_channel",
            "name",
            "parse_data",
            "value",
        }
    user, score, pathway, advice = (read_event(body) for body in bodies)
    assert user.channel == "rest" and user.steps == (FunnelStep.STARTED,)
    assert user.sender_id == "probe-sender"
    assert score.steps == ()
    assert pathway.steps == (FunnelStep.ADVICE,)
    assert advice.action == "action_give_advice" and advice.steps == (FunnelStep.ADVICE,)
    assert json.loads(bodies[0])["parse_data"] == {"intent": {"name": "ask_pathway"}}
