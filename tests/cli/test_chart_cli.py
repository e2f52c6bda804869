"""``advisor chart`` as a subprocess: a PNG and its words; bad input exits 2 writing nothing."""

from __future__ import annotations

import json
from pathlib import Path

from kb_cli_support import advisor_runner


def test_chart_writes_a_png(tmp_path: Path):
    advisor = advisor_runner(f"sqlite:///{tmp_path / 'unused.db'}", tmp_path)
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"applicant_type": "non_us_img", "step2ck_score": 266}))
    out = tmp_path / "where.png"
    result = advisor("chart", "--profile", str(profile), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "yours 266" in result.stdout
    assert not (tmp_path / "unused.db").exists()  # no database needed


def test_chart_bad_input(tmp_path: Path):
    advisor = advisor_runner(f"sqlite:///{tmp_path / 'unused.db'}", tmp_path)
    bad_out = advisor("chart", "--profile", "-", "--out", str(tmp_path / "x.jpg"), stdin="{}")
    assert bad_out.returncode == 2 and "--out" in bad_out.stderr and bad_out.stdout == ""
    bad_profile = advisor(
        "chart", "--profile", "-", "--out", str(tmp_path / "x.png"), stdin='{"step2ck_score": 400}'
    )
    assert bad_profile.returncode == 2 and "step2ck_score" in bad_profile.stderr
    assert not (tmp_path / "x.png").exists()
    assert bad_profile.stderr.strip().count("\n") == 0
