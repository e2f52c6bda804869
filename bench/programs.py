"""Program-list benchmark: a generated knowledge base of 5,000 programs on SQLite.

Prints the load time (validation + one transaction) and the latency of building the program
list for 1,000 random profiles (knowledge-version check, ranking and explanations; the first
call also reads the catalog; the strategy report is computed first and timed separately).
Target: list p95 under 20 ms. Run:

    .venv/bin/python bench/programs.py [--programs 5000] [--profiles 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bot.db import make_engine, transaction
from bot.kb.loader import load
from bot.kb.schemas import PROGRAM_OPTIONAL, PROGRAM_REQUIRED
from bot.profile import ApplicantProfile, ApplicantType, Region, Step1Result, VisaNeed
from bot.programs.service import program_list
from bot.regions import STATE_REGION
from bot.strategy import advise

# Roughly the real mix: many PGY-1 and DR programs, fewer IR programs.
TRACK_MIX = {
    "dr": 0.30,
    "integrated_ir": 0.10,
    "independent_ir": 0.08,
    "transitional": 0.22,
    "prelim_medicine": 0.18,
    "prelim_surgery": 0.12,
}
KNOWN = ("yes", "no", "unknown", "unknown")


def generate(folder: Path, count: int, rng: random.Random) -> None:
    states = sorted(STATE_REGION)
    columns = [*PROGRAM_REQUIRED, *PROGRAM_OPTIONAL]
    tracks = list(TRACK_MIX)
    weights = list(TRACK_MIX.values())
    with (folder / "generated.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for index in range(count):
            track = rng.choices(tracks, weights)[0]
            writer.writerow(
                {
                    "id": f"gen-{index:05}",
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--programs", type=int, default=5000)
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "knowledge"
        folder.mkdir()
        generate(folder, args.programs, rng)
        engine = make_engine(f"sqlite:///{Path(scratch) / 'bench.db'}")
        started = time.perf_counter()
        result = load(engine, folder)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        load(engine, folder)
        reload_seconds = time.perf_counter() - started

        advise_ms: list[float] = []
        list_ms: list[float] = []
        list_cpu_ms: list[float] = []
        sizes: list[int] = []
        for _ in range(args.profiles):
            profile = random_profile(rng)
            started = time.perf_counter()
            report = advise(profile)
            advise_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            cpu_started = time.process_time()
            with transaction(engine) as session:
                programs = program_list(session, profile, report)
            list_cpu_ms.append((time.process_time() - cpu_started) * 1000)
            list_ms.append((time.perf_counter() - started) * 1000)
            sizes.append(len(programs.items))
        engine.dispose()

    print(f"knowledge base: {result.programs_added} generated programs (SQLite file)")
    print(f"load (validate + one transaction): {load_seconds:.2f} s; reload unchanged: "
          f"{reload_seconds:.2f} s")  # fmt: skip
    print(
        f"program list, {args.profiles} random profiles: p50 {percentile(list_ms, 0.50):.1f} ms, "
        f"p95 {percentile(list_ms, 0.95):.1f} ms, max {max(list_ms):.1f} ms "
        f"(target p95 < 20 ms); mean list size {statistics.mean(sizes):.0f}"
    )
    print(
        f"  CPU time of the same calls: p50 {percentile(list_cpu_ms, 0.50):.1f} ms, "
        f"p95 {percentile(list_cpu_ms, 0.95):.1f} ms; machine load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall time includes waiting for a CPU)"
    )
    print(
        f"strategy report (not in the list figure): p50 {percentile(advise_ms, 0.50):.2f} ms, "
        f"p95 {percentile(advise_ms, 0.95):.2f} ms"
    )


if __name__ == "__main__":
    main()
