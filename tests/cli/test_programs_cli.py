"""``advisor programs`` as a subprocess: empty database, JSON contract, filters, CSV export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from kb_cli_support import advisor_runner

from bot.db import make_engine
from bot.kb.loader import default_knowledge_dir, load
from bot.profile import parse_profile
from bot.programs.models import ProgramFit
from bot.strategy import advise

PROFILE = {
    "applicant_type": "non_us_img",
    "graduation_year": 2023,
    "step1": "pass_first_attempt",
    "step2ck_score": 248,
    "visa_need": "j1",
    "preferred_regions": ["west"],
}
# An organisation's extra rows: a West-coast DR program known to refuse J-1, with IMG history.
EXTRA = (
    "id,name,institution,city,state,track,visa_j1,visa_h1b,img_history,source_url,last_verified\n"
    "org-nj1,No J-1 Radiology,Org Hospital,Seattle,WA,dr,no,yes,yes,https://example.org/p,2026-11-01\n"
)


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("programs")
    url = f"sqlite:///{root / 'kb.db'}"
    engine = make_engine(url)
    load(engine, default_knowledge_dir())
    extra = root / "org"
    extra.mkdir()
    (extra / "org.csv").write_text(EXTRA, encoding="utf-8")
    load(engine, extra)
    engine.dispose()
    return url


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    return path


def test_empty_database_exits_2_and_asks_for_kb_load(tmp_path: Path, profile_file):
    result = advisor_runner(f"sqlite:///{tmp_path / 'empty.db'}", tmp_path)(
        "programs", "--profile", str(profile_file)
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert "advisor kb load" in result.stderr


def test_json_list_follows_the_contract_and_the_report(loaded_db, profile_file, tmp_path):
    result = advisor_runner(loaded_db, tmp_path)(
        "programs", "--profile", str(profile_file), "--json"
    )
    assert result.returncode == 0, result.stderr
    items = [ProgramFit.model_validate(item) for item in json.loads(result.stdout)]
    report = advise(parse_profile(PROFILE))
    counts = report.applications
    tracks = [item.track.value for item in items]
    assert tracks.count("integrated_ir") == min(counts.integrated_ir, 103)
    assert tracks.count("dr") == min(counts.dr, 194 - 1)  # the org's no-J-1 program is excluded
    assert sum(t in ("transitional", "prelim_medicine", "prelim_surgery") for t in tracks) == (
        counts.pgy1
    )
    assert "org-nj1" not in {item.program_id for item in items}
    assert all(item.visa_j1.value != "no" for item in items)
    scores = [item.score for item in items]
    assert scores == sorted(scores, reverse=True)
    assert all(item.unknowns for item in items if item.visa_j1.value == "unknown")


def test_no_visa_need_keeps_the_program(loaded_db, tmp_path: Path):
    profile = tmp_path / "citizen.json"
    profile.write_text(json.dumps({**PROFILE, "visa_need": "none"}), encoding="utf-8")
    result = advisor_runner(loaded_db, tmp_path)(
        "programs", "--profile", str(profile), "--json", "--track", "dr"
    )
    items = json.loads(result.stdout)
    assert "org-nj1" in {item["program_id"] for item in items}


def test_track_limit_and_csv(loaded_db, profile_file, tmp_path: Path):
    out = tmp_path / "list.csv"
    result = advisor_runner(loaded_db, tmp_path)(
        "programs", "--profile", str(profile_file), "--track", "dr", "--limit", "5",
        "--json", "--csv", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 5
    assert {i["track"] for i in items} <= {
        "dr",
        "transitional",
        "prelim_medicine",
        "prelim_surgery",
    }
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["program_id"] for row in rows] == [i["program_id"] for i in items]


def test_text_output_from_stdin(loaded_db, tmp_path):
    result = advisor_runner(loaded_db, tmp_path)(
        "programs", "--profile", "-", "--limit", "3", stdin=json.dumps(PROFILE)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Your program list (best fit first)")
    assert "  1. " in result.stdout and "  4. " not in result.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--limit", "0"), "--limit"),
        (("--track", "cardiology"), "--track"),
        (("--csv", "/nonexistent-dir/x.csv"), "--csv"),
    ],
)
def test_bad_options_exit_2_with_one_line(loaded_db, profile_file, args, fragment, tmp_path):
    result = advisor_runner(loaded_db, tmp_path)("programs", "--profile", str(profile_file), *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and fragment in result.stderr


def test_bad_profile_exits_2(loaded_db, tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"visa_need": "green"}', encoding="utf-8")
    result = advisor_runner(loaded_db, tmp_path)("programs", "--profile", str(bad))
    assert result.returncode == 2
    assert "visa_need" in result.stderr and result.stdout == ""
