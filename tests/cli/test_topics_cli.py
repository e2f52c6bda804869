"""``advisor topics train`` as a subprocess: a model the action server can load; bad --out is
refused with one line, and an existing model is left as it was."""

from __future__ import annotations

from pathlib import Path

from kb_cli_support import advisor_runner

from bot.understanding.learned_topics import LearnedTopics


def test_train_saves_a_model_that_loads_and_guesses(tmp_path: Path):
    advisor = advisor_runner(f"sqlite:///{tmp_path / 'unused.db'}", tmp_path)
    out = tmp_path / "models" / "topic.pkl"
    result = advisor("topics", "train", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "examples" in result.stdout and str(out) in result.stdout
    guess = LearnedTopics.load(out)("which DR programs sponsor a J1 for IMGs?")
    assert guess is not None and guess[0] in {"ask_programs", "ask_visa"}


def test_train_refuses_a_folder_as_out(tmp_path: Path):
    advisor = advisor_runner(f"sqlite:///{tmp_path / 'unused.db'}", tmp_path)
    result = advisor("topics", "train", "--out", str(tmp_path))
    assert result.returncode == 2 and "--out" in result.stderr and result.stdout == ""
    assert result.stderr.strip().count("\n") == 0
    missing = advisor("topics")
    assert missing.returncode == 2 and missing.stdout == ""
