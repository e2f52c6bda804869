"""``advisor kb check|load|stats`` as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from kb_cli_support import advisor_runner

from bot.kb.loader import default_knowledge_dir

PROGRAM_HEADER = "id,name,institution,city,state,track,source_url,last_verified\n"
GOOD_ROW = "p1,Program One,Inst One,Boston,MA,dr,https://example.org/a,2026-11-01\n"


def _folder(root: Path, rows: str) -> Path:
    folder = root / "org"
    folder.mkdir(exist_ok=True)
    (folder / "programs.csv").write_text(PROGRAM_HEADER + rows, encoding="utf-8")
    return folder


def test_check_project_knowledge(tmp_path: Path) -> None:
    run = advisor_runner(f"sqlite:///{tmp_path / 'a.db'}", tmp_path)
    result = run("kb", "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: 618 programs and 263 facts in 14 files")


def test_check_reports_each_error_with_file_row_column(tmp_path: Path) -> None:
    rows = (
        GOOD_ROW
        + "p2,Two,Inst,Austin,TX,cardiology,https://example.org/a,2026-11-01\n"
        + "p3,Three,Inst,Nowhere,QQ,dr,https://example.org/a,2026-11-01\n"
        + "p1,Dup,Inst,Boston,MA,dr,https://example.org/a,2026-11-01\n"
        + "p4,Four,Inst,Boston,MA,dr,,2026-11-01\n"
        + "p5,Five,Inst,Boston,MA,dr,not-a-url,2026-11-01\n"
        + "p6,Six,Inst,Boston,MA,dr,https://example.org/a,yesterday\n"
    )
    folder = _folder(tmp_path, rows)
    result = advisor_runner(f"sqlite:///{tmp_path / 'a.db'}", tmp_path)(
        "kb", "check", "--source", str(folder)
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    path = folder / "programs.csv"
    assert [line.split(": ", 1)[0] for line in lines[:-1]] == [
        f"{path}:3:track",
        f"{path}:4:state",
        f"{path}:5:id",
        f"{path}:6:source_url",
        f"{path}:7:source_url",
        f"{path}:8:last_verified",
    ]
    assert lines[-1] == "advisor: error: 6 error(s) in the knowledge files"
    assert result.stdout == ""


def test_missing_source_is_one_line(tmp_path: Path) -> None:
    result = advisor_runner(f"sqlite:///{tmp_path / 'a.db'}", tmp_path)(
        "kb", "check", "--source", str(tmp_path / "nope")
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr


def test_load_is_idempotent_all_or_nothing_and_counted(tmp_path: Path) -> None:
    run = advisor_runner(f"sqlite:///{tmp_path / 'kb.db'}", tmp_path)
    first = run("kb", "load")
    assert first.returncode == 0, first.stderr
    assert "programs 618 added, 0 updated, 0 unchanged" in first.stdout
    again = run("kb", "load", "--source", str(default_knowledge_dir()))
    assert "programs 0 added, 0 updated, 618 unchanged" in again.stdout
    stats_before = json.loads(run("kb", "stats", "--json").stdout)
    assert stats_before["by_track"]["dr"] == 193
    assert stats_before["programs_by_source_year"] == {"2026": 618}

    bad = _folder(
        tmp_path, GOOD_ROW + "p2,Two,Inst,Austin,ZZ,dr,https://example.org/a,2026-11-01\n"
    )
    refused = run("kb", "load", "--source", str(bad))
    assert refused.returncode == 2
    assert f"{bad / 'programs.csv'}:3:state:" in refused.stderr
    assert "nothing was loaded" in refused.stderr
    assert json.loads(run("kb", "stats", "--json").stdout) == stats_before

    good = _folder(tmp_path, GOOD_ROW)
    added = run("kb", "load", "--source", str(good))
    assert "programs 1 added" in added.stdout
    text = run("kb", "stats")
    assert text.returncode == 0
    assert "Programs: 619" in text.stdout and "Programs by track:" in text.stdout


def test_check_validates_the_guide_in_the_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path, GOOD_ROW)
    (folder / "guide.yaml").write_text("version: 1\nsections: []\n", encoding="utf-8")
    result = advisor_runner(f"sqlite:///{tmp_path / 'a.db'}", tmp_path)(
        "kb", "check", "--source", str(folder)
    )
    assert result.returncode == 2
    assert f"{folder / 'guide.yaml'}:1:source:" in result.stderr
