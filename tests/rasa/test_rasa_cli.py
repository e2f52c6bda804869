"""Rasa's own checks, run as subprocesses with .venv-rasa: `rasa data validate` and the test
stories under tests/stories with `--fail-on-prediction-errors`. The model comes from `make train`,
which retrains only when domain.yml, config.yml or data/ changed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from dialogue_assets import MODEL, RASA, ROOT, load_domain

from actions.turn import SMALL_TALK

pytestmark = [pytest.mark.rasa, pytest.mark.timeout(1800)]


def _rasa_env() -> dict[str, str]:
    return dict(os.environ, RASA_TELEMETRY_ENABLED="false")


# Small-talk replies that action_answer_turn sends by name (one list: actions/turn.py).
SENT_BY_THE_DISPATCHER = tuple(SMALL_TALK.values())
# Finer answer topics: intents for their buttons, without NLU examples (docs/dialogue.md).
FINER_TOPICS = (
    "ask_exam_timing",
    "ask_do_comlex",
    "ask_switching",
    "ask_trained_radiologist",
    "ask_research_position",
    "ask_observership",
)


def _unavoidable_warnings() -> set[str]:
    """Rasa warns that form questions, utter_default and the small-talk replies appear in no
    story, though the form, the fallback action and the dispatcher send them; any other warning
    is a real finding."""
    asks = {name for name in load_domain()["responses"] if name.startswith("utter_ask_")}
    sent = {*asks, "utter_default", *SENT_BY_THE_DISPATCHER}
    unused = {f"The utterance '{name}' is not used in any story or rule." for name in sent}
    return unused | {
        f"The intent '{intent}' is listed in the domain file, but is not found in the NLU "
        "training data."
        for intent in FINER_TOPICS
    }


@pytest.fixture(scope="module")
def trained_model() -> Path:
    result = subprocess.run(
        ["make", "--no-print-directory", "train"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert MODEL.is_file()
    return MODEL


def test_rasa_data_validate_is_clean() -> None:
    result = subprocess.run(
        [str(RASA), "data", "validate", "--domain", "domain.yml", "--data", "data"],
        cwd=ROOT,
        env=_rasa_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    warnings = set(re.findall(r"UserWarning: (.+)", output))
    assert warnings - _unavoidable_warnings() == set()
    assert "No story structure conflicts found" in output


def test_test_stories_pass_without_prediction_errors(trained_model: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [
            str(RASA),
            "test",
            "core",
            "--model",
            str(trained_model),
            "--stories",
            "tests/stories",
            "--fail-on-prediction-errors",
            "--no-plot",
            "--out",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=_rasa_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    correct = re.search(
        r"Evaluation Results on CONVERSATION level:.*?Correct:\s+(\d+) / (\d+)", output, re.S
    )
    assert correct, output[-4000:]
    assert correct.group(1) == correct.group(2)
    assert int(correct.group(2)) >= 2


def test_make_train_does_nothing_when_the_inputs_did_not_change(trained_model: Path) -> None:
    before = trained_model.stat().st_mtime_ns
    question = subprocess.run(
        ["make", "--no-print-directory", "-q", "train"], cwd=ROOT, capture_output=True, check=False
    )
    assert question.returncode == 0  # make -q: 0 means up to date
    rerun = subprocess.run(
        ["make", "--no-print-directory", "train"], cwd=ROOT, capture_output=True, check=False
    )
    assert rerun.returncode == 0
    assert trained_model.stat().st_mtime_ns == before
