"""Program-list benchmark: does the list separate applicants, and is it fast enough?

1. Separation, on the project's own knowledge base (``knowledge/``, loaded into a temporary
   SQLite file): a strong and a weak profile (non-US IMG, J-1, one US IR letter, Step 2 CK 266
   and 232). Per profile: list size, distinct scores, tier counts and the largest tier's share;
   between the two: top-20 overlap and Spearman rank correlation over the programs both lists
   hold. Both for the default list (the strategy's counts) and the DR programs of the
   ``track=dr`` list (without its PGY-1 part).
   Targets: top-20 overlap < 50%, no tier > 60% of a list.
2. Speed, on a generated knowledge base of 5,000 programs (with sourced facts for some):
   p95 list time for 1,000 random profiles. Target < 20 ms.

``--compare DIR`` also runs part 1 with the code and knowledge of another checkout (e.g. a
``git worktree add /tmp/wt-programs HEAD`` copy) and prints both side by side. Part 1 uses only
calls that exist there too (``load``, ``program_list``, ``advise``). Run:

    .venv/bin/python bench/programs.py [--compare /tmp/wt-programs] [--programs 5000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.db import make_engine, transaction
from bot.kb.loader import default_knowledge_dir, load
from bot.kb.schemas import PROGRAM_OPTIONAL, PROGRAM_REQUIRED
from bot.profile import ApplicantProfile, ApplicantType, Region, Step1Result, VisaNeed
from bot.programs.service import program_list
from bot.regions import STATE_REGION
from bot.strategy import advise

PROFILES = {
    "strong (266)": {
        "applicant_type": "non_us_img",
        "visa_need": "j1",
        "step2ck_score": 266,
        "us_ir_letters": 1,
    },
    "weak (232)": {
        "applicant_type": "non_us_img",
        "visa_need": "j1",
        "step2ck_score": 232,
        "us_ir_letters": 1,
    },
}
TOP = 20
TRACK_MIX = {
    "dr": 0.30,
    "integrated_ir": 0.10,
    "independent_ir": 0.08,
    "transitional": 0.22,
    "prelim_medicine": 0.18,
    "prelim_surgery": 0.12,
}
KNOWN = ("yes", "no", "unknown", "unknown")
FACT_COLUMNS = ("program_id", "fact", "value", "as_of", "strength", "source_url", "source_label")


# --- part 1: separation ----------------------------------------------------------------------


def spearman(a: list[str], b: list[str]) -> float | None:
    """Rank correlation over the programs both lists hold (None: fewer than 3 in common)."""
    common = [pid for pid in a if pid in set(b)]
    if len(common) < 3:
        return None
    rank_a = {pid: i for i, pid in enumerate(common)}
    order_b = [pid for pid in b if pid in rank_a]
    rank_b = {pid: i for i, pid in enumerate(order_b)}
    n = len(common)
    d2 = sum((rank_a[pid] - rank_b[pid]) ** 2 for pid in common)
    return 1 - 6 * d2 / (n * (n * n - 1))


def list_figures(items: list[Any]) -> dict[str, Any]:
    tiers: dict[str, int] = {}
    for item in items:
        tiers[item.tier.value] = tiers.get(item.tier.value, 0) + 1
    return {
        "size": len(items),
        "distinct_scores": len({item.score for item in items}),
        "tiers": tiers,
        "largest_tier_share": max(tiers.values()) / len(items) if items else 0.0,
        "ids": [item.program_id for item in items],
    }


def separation() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(f"sqlite:///{Path(scratch) / 'kb.db'}")
        load(engine, default_knowledge_dir())
        out: dict[str, Any] = {}
        for name, fields in PROFILES.items():
            profile = ApplicantProfile.model_validate(fields)
            report = advise(profile)
            with transaction(engine) as session:
                default = program_list(session, profile, report).items
                dr = [
                    item
                    for item in program_list(session, profile, report, track=_dr_track()).items
                    if item.track == _dr_track()
                ]
            out[name] = {
                "default": list_figures(default),
                "dr": list_figures(dr),
                "pathway": str(report.pathway.value),
            }
        engine.dispose()
    strong, weak = (out[name] for name in PROFILES)
    for kind in ("default", "dr"):
        a, b = strong[kind]["ids"], weak[kind]["ids"]
        overlap = len(set(a[:TOP]) & set(b[:TOP])) / max(1, min(TOP, len(a), len(b)))
        out[f"{kind}_top20_overlap"] = overlap
        out[f"{kind}_spearman"] = spearman(a, b)
    return out


def _dr_track() -> Any:
    from bot.programs.models import Track

    return Track.DR


def print_separation(label: str, figures: dict[str, Any]) -> None:
    print(f"== {label}")
    for kind in ("default", "dr"):
        rho = figures[f"{kind}_spearman"]
        print(
            f"  {kind} list: top-20 overlap {figures[f'{kind}_top20_overlap']:.0%} "
            f"(target < 50%), Spearman {'n/a' if rho is None else f'{rho:.2f}'}"
        )
        for name in PROFILES:
            data = figures[name][kind]
            print(
                f"    {name:13} {figures[name]['pathway']:24} size {data['size']:3}  distinct "
                f"scores {data['distinct_scores']:3}  tiers {data['tiers']}  largest tier "
                f"{data['largest_tier_share']:.0%} (target <= 60%)"
            )


# --- part 2: speed ---------------------------------------------------------------------------


def generate(folder: Path, count: int, rng: random.Random) -> None:
    states = sorted(STATE_REGION)
    columns = [*PROGRAM_REQUIRED, *PROGRAM_OPTIONAL]
    tracks = list(TRACK_MIX)
    weights = list(TRACK_MIX.values())
    facts: list[dict[str, object]] = []
    with (folder / "generated.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for index in range(count):
            track = rng.choices(tracks, weights)[0]
            pid = f"gen-{index:05}"
            writer.writerow(
                {
                    "id": pid,
                    "name": f"Generated {track} program {index}",
                    "institution": f"Generated institution {index // 3}",
                    "city": f"City {index % 400}",
                    "state": rng.choice(states),
                    "track": track,
                    "positions": rng.randint(1, 12),
                    "visa_j1": rng.choice(KNOWN),
                    "visa_h1b": rng.choice(KNOWN),
                    "img_history": rng.choice(KNOWN),
                    "setting": rng.choice(("academic", "community", "unknown")),
                    "ir_affiliated": rng.choice(KNOWN) if track == "dr" else "unknown",
                    "source_url": "https://example.org/generated",
                    "source_label": "generated for the benchmark",
                    "source_year": 2026,
                    "last_verified": "2026-11-28",
                }
            )
            if rng.random() < 0.15:
                facts.append(_fact(pid, "reputation_rank", str(rng.randint(1, 70)), "opinion"))
            if rng.random() < 0.10:
                strength = rng.choice(("solid", "secondhand", "weak"))
                facts.append(_fact(pid, "sponsors_j1", rng.choice(("yes", "no")), strength))
            if rng.random() < 0.02:
                facts.append(_fact(pid, "min_step2ck", str(rng.randint(220, 250)), "solid"))
    with (folder / "generated_facts.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=FACT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(facts)


def _fact(pid: str, fact: str, value: str, strength: str) -> dict[str, object]:
    return {
        "program_id": pid,
        "fact": fact,
        "value": value,
        "as_of": "2025",
        "strength": strength,
        "source_url": "https://example.org/generated",
        "source_label": "generated for the benchmark",
    }


def random_profile(rng: random.Random) -> ApplicantProfile:
    return ApplicantProfile(
        applicant_type=rng.choice(list(ApplicantType)),
        graduation_year=rng.randint(2005, 2027),
        step1=rng.choice([Step1Result.PASS_FIRST_ATTEMPT, Step1Result.PASS_AFTER_RETAKE]),
        step2ck_score=rng.randint(215, 275),
        visa_need=rng.choice([*VisaNeed, None]),
        us_ir_letters=rng.randint(0, 2),
        ir_publications=rng.randint(0, 6),
        usce_months=rng.choice([0, 1, 3, 6, 12]),
        preferred_regions=rng.sample(list(Region), rng.randint(0, 3)) or None,
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def speed(programs: int, profiles: int, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "knowledge"
        folder.mkdir()
        generate(folder, programs, rng)
        engine = make_engine(f"sqlite:///{Path(scratch) / 'bench.db'}")
        started = time.perf_counter()
        result = load(engine, folder)
        load_seconds = time.perf_counter() - started
        list_ms: list[float] = []
        cpu_ms: list[float] = []
        sizes: list[int] = []
        for _ in range(profiles):
            profile = random_profile(rng)
            report = advise(profile)
            started, cpu_started = time.perf_counter(), time.process_time()
            with transaction(engine) as session:
                items = program_list(session, profile, report).items
            list_ms.append((time.perf_counter() - started) * 1000)
            cpu_ms.append((time.process_time() - cpu_started) * 1000)
            sizes.append(len(items))
        engine.dispose()
    print(f"== speed: {result.programs_added} generated programs, load {load_seconds:.2f} s")
    print(
        f"  program list, {profiles} random profiles: p50 {percentile(list_ms, 0.5):.1f} ms, "
        f"p95 {percentile(list_ms, 0.95):.1f} ms (target < 20 ms), max {max(list_ms):.1f} ms; "
        f"mean list size {statistics.mean(sizes):.0f}; load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"  CPU time of the same calls: p50 {percentile(cpu_ms, 0.5):.1f} ms, "
        f"p95 {percentile(cpu_ms, 0.95):.1f} ms (wall time includes waiting for a CPU)"
    )


def compare(checkout: Path) -> dict[str, Any]:
    """Part 1 run with another checkout's code and knowledge (its own ``bot`` package)."""
    env = dict(os.environ, PYTHONPATH=str(checkout))
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--separation-json"],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--programs", type=int, default=5000)
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compare", type=Path, metavar="DIR", help="another checkout")
    parser.add_argument("--separation-json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-speed", action="store_true", help="skip the speed part")
    args = parser.parse_args()
    if args.separation_json:
        print(json.dumps(separation()))
        return
    if args.compare is not None:
        print_separation(f"before: {args.compare}", compare(args.compare))
    print_separation("this checkout", separation())
    if not args.no_speed:
        speed(args.programs, args.profiles, args.seed)


if __name__ == "__main__":
    main()
