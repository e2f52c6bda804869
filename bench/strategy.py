"""Reports per second: ``advise()`` on 10,000 random valid profiles, one core.

Run: ``.venv/bin/python bench/strategy.py [--count N] [--seed S]``. Target: 5,000/s or more.
Profiles are built (and validated) before the clock starts; the timed loop is ``advise()``
alone, including its final pydantic validation of the report. Pin it to one core with
``taskset -c 0``; both CPU-time and wall-clock rates are printed.
"""

from __future__ import annotations

import argparse
import random
import time

from bot.profile import (
    ApplicantProfile,
    ApplicantType,
    Region,
    Step1Result,
    Step3Result,
    VisaNeed,
)
from bot.strategy import advise

CURRENT_YEAR = 2026


def _maybe(rng: random.Random, value: object, known: float = 0.8) -> object:
    return value if rng.random() < known else None


def random_profile(rng: random.Random) -> ApplicantProfile:
    """A valid profile with each field unknown about 20% of the time."""
    data = {
        "applicant_type": _maybe(rng, rng.choice(list(ApplicantType))),
        "graduation_year": _maybe(rng, rng.randint(1990, 2030)),
        "step1": _maybe(rng, rng.choice(list(Step1Result))),
        "step2ck_score": _maybe(rng, rng.randint(190, 285)),
        "step2ck_first_attempt": _maybe(rng, rng.random() < 0.85),
        "step3": _maybe(rng, rng.choice(list(Step3Result))),
        "visa_need": _maybe(rng, rng.choice(list(VisaNeed))),
        "usce_months": _maybe(rng, round(rng.uniform(0, 14), 1)),
        "observership_weeks": _maybe(rng, rng.randint(0, 20)),
        "ir_elective_weeks": _maybe(rng, rng.randint(0, 12)),
        "us_ir_letters": _maybe(rng, rng.randint(0, 3)),
        "us_dr_letters": _maybe(rng, rng.randint(0, 3)),
        "us_other_letters": _maybe(rng, rng.randint(0, 3)),
        "ir_publications": _maybe(rng, rng.randint(0, 12)),
        "ir_abstracts": _maybe(rng, rng.randint(0, 15)),
        "research_years": _maybe(rng, rng.choice([0, 0.5, 1, 2, 3])),
        "clinically_active": _maybe(rng, rng.random() < 0.7),
        "match_cycles": _maybe(rng, rng.randint(0, 4)),
        "prior_interviews": _maybe(rng, rng.randint(0, 8)),
        "preferred_regions": _maybe(rng, rng.sample(list(Region), rng.randint(0, 3))),
    }
    return ApplicantProfile.model_validate(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2027)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    profiles = [random_profile(rng) for _ in range(args.count)]
    advise(profiles[0], current_year=CURRENT_YEAR)  # warm up imports and caches
    pathways: dict[str, int] = {}
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    for profile in profiles:
        report = advise(profile, current_year=CURRENT_YEAR)
        pathways[report.pathway.value] = pathways.get(report.pathway.value, 0) + 1
    wall = time.perf_counter() - start_wall
    cpu = time.process_time() - start_cpu
    print(f"profiles: {args.count}")
    print(f"wall_seconds: {wall:.3f}  cpu_seconds: {cpu:.3f}")
    # CPU time is this process's own time on its one core: on a shared machine it is the
    # fair figure; wall time also counts time spent waiting for the core.
    print(f"reports_per_second_cpu: {args.count / cpu:,.0f} (target >= 5,000)")
    print(f"reports_per_second_wall: {args.count / wall:,.0f}")
    print("pathways: " + ", ".join(f"{k}={v}" for k, v in sorted(pathways.items())))


if __name__ == "__main__":
    main()
