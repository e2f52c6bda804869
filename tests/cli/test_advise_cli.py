"""``advisor advise`` as a subprocess: JSON per CONTRACT section 4, a readable terminal report,
and every bad-input path (exit 2, one stderr line naming the field, nothing on stdout)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.report import StrategyReport

CONTRACT_KEYS = {
    "pathway",
    "integrated_ir",
    "competitiveness",
    "applications",
    "actions",
    "contingency",
    "reasons",
    "sources",
    "missing",
}
PROFILE: dict[str, Any] = {
    "applicant_type": "non_us_img",
    "graduation_year": 2023,
    "step1": "pass_first_attempt",
    "step2ck_score": 246,
    "visa_need": "j1",
    "usce_months": 2,
    "us_dr_letters": 1,
    "us_other_letters": 1,
    "ir_publications": 1,
    "clinically_active": True,
}


def advisor(
    *args: str, stdin: str | bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "bot.cli.main", *args],
        input=data,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


def test_json_report_follows_the_contract(profile_file: Path) -> None:
    result = advisor("advise", "--profile", str(profile_file), "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    data = json.loads(result.stdout)
    assert set(data) >= CONTRACT_KEYS
    assert set(data) - CONTRACT_KEYS <= {"chances", "cycle"}
    report = StrategyReport.model_validate(data)
    assert report.pathway.value == "dr_then_independent_ir"
    assert report.integrated_ir.value == "not_recommended"
    assert data["applications"]["dr"] > 0 and data["applications"]["pgy1"] > 0
    assert {a["code"] for a in data["actions"]} >= {"get_us_ir_letter", "apply_broadly"}


def test_profile_from_stdin(profile_file: Path) -> None:
    from_file = advisor("advise", "--profile", str(profile_file), "--json")
    from_stdin = advisor("advise", "--profile", "-", "--json", stdin=json.dumps(PROFILE))
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)


def test_empty_profile_says_what_it_can() -> None:
    result = advisor("advise", "--profile", "-", "--json", stdin="{}")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    facts = [name for name in data["missing"] if name != "cycle_stage"]  # stage: by date
    assert facts[:2] == ["applicant_type", "step2ck_score"]
    assert any(a["code"] == "take_step2ck" for a in data["actions"])


def test_terminal_report_has_sections_and_no_colour_when_piped(profile_file: Path) -> None:
    result = advisor("advise", "--profile", str(profile_file))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    for heading in (
        "Pathway: dr then independent ir",
        "What to do next",
        "If things do not go to plan",
        "Why",
        "Sources",
        "Match chances",
    ):
        assert heading in text
    assert "Domain guide: Letters of recommendation" in text
    assert "\x1b[" not in text


def test_terminal_report_names_missing_facts_in_words() -> None:
    result = advisor("advise", "--profile", "-", stdin=json.dumps({"applicant_type": "us_img"}))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    section = text.split("sharpen the advice")[1].split("Sources")[0]
    assert "Step 2 CK" in section
    assert "step2ck_score" not in section and "_" not in section


def test_terminal_report_is_coloured_on_a_tty(profile_file: Path) -> None:
    leader, follower = pty.openpty()
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.cli.main", "advise", "--profile", str(profile_file)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the pty closes when the child exits
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 0
    assert b"\x1b[1;36mWhat to do next\x1b[0m" in b"".join(chunks)


def _assert_usage_error(result: subprocess.CompletedProcess[bytes], *needles: str) -> None:
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode()
    assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    assert stderr.startswith("advisor: error: ")
    for needle in needles:
        assert needle in stderr, stderr


def test_missing_file(tmp_path: Path) -> None:
    result = advisor("advise", "--profile", str(tmp_path / "absent.json"), "--json")
    _assert_usage_error(result, "--profile", "absent.json", "No such file")


def test_unreadable_path_a_directory(tmp_path: Path) -> None:
    _assert_usage_error(advisor("advise", "--profile", str(tmp_path)), "--profile", "cannot read")


def test_unreadable_bytes_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"step1": "\xff"}')
    _assert_usage_error(advisor("advise", "--profile", str(path)), "--profile", "not UTF-8")


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "step2ck_score": 250,\n  "step1": \n}\n', encoding="utf-8")
    _assert_usage_error(
        advisor("advise", "--profile", str(path), "--json"), "--profile", "line 4, column 1"
    )


def test_invalid_json_on_stdin() -> None:
    result = advisor("advise", "--profile", "-", stdin='{"step2ck_score": ')
    _assert_usage_error(result, "--profile", "invalid JSON", "'-'")


def test_json_that_is_not_an_object() -> None:
    result = advisor("advise", "--profile", "-", stdin="[1, 2]")
    _assert_usage_error(result, "profile", "JSON object")


def test_unknown_field() -> None:
    result = advisor("advise", "--profile", "-", stdin='{"step4": 1}')
    _assert_usage_error(result, "step4", "unknown field", "step2ck_score")


def test_out_of_range_value() -> None:
    result = advisor("advise", "--profile", "-", "--json", stdin='{"step2ck_score": 301}')
    _assert_usage_error(result, "step2ck_score", "1 to 300")


def test_negative_count() -> None:
    result = advisor("advise", "--profile", "-", stdin='{"us_ir_letters": -1}')
    _assert_usage_error(result, "us_ir_letters", "0 or more")


def test_bad_enum_value() -> None:
    result = advisor("advise", "--profile", "-", stdin='{"visa_need": "o1"}')
    _assert_usage_error(result, "visa_need", "none, j1, h1b, undecided")


def test_bad_region_in_list() -> None:
    result = advisor("advise", "--profile", "-", stdin='{"preferred_regions": ["north"]}')
    _assert_usage_error(result, "preferred_regions", "northeast")


def test_profile_option_is_required() -> None:
    _assert_usage_error(advisor("advise", "--json"), "advise", "--profile")


def test_unknown_option_and_command() -> None:
    _assert_usage_error(advisor("advise", "--profile", "-", "--yaml"), "--yaml")
    _assert_usage_error(advisor("advice"), "advice")
    _assert_usage_error(advisor(), "COMMAND")


def test_nothing_is_written_on_bad_input(tmp_path: Path) -> None:
    before = sorted(p.name for p in tmp_path.iterdir())
    advisor("advise", "--profile", "-", stdin="not json", cwd=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_console_script_runs_advise(profile_file: Path) -> None:
    script = Path(sys.executable).parent / "advisor"
    if not script.exists():
        pytest.skip("the advisor console script is not installed in this environment")
    result = subprocess.run(
        [str(script), "advise", "--profile", str(profile_file), "--json"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pathway"] == "dr_then_independent_ir"
    help_text = advisor("--help")
    assert help_text.returncode == 0 and b"advise" in help_text.stdout
