"""Fact extraction quality and speed on the labelled utterances.

    .venv/bin/python bench/extraction_eval.py [--labelled PATH] [--repeat N]

Prints exact-slot accuracy (all, tune, held-out), the flag accuracy (rejected fields, skipped,
correction), per-field precision/recall, every failure, the pipeline build time and the
per-utterance latency p50/p95.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.extraction import extract_facts  # noqa: E402
from bot.extraction.evaluation import (  # noqa: E402
    exact_accuracy,
    field_scores,
    load_cases,
    run_cases,
)
from bot.extraction.pipeline import get_pipeline  # noqa: E402

DEFAULT_LABELLED = ROOT / "tests" / "unit" / "extraction" / "labelled.yml"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--repeat", type=int, default=20, help="timing passes over the set")
    args = parser.parse_args()

    cases = load_cases(args.labelled)
    started = time.perf_counter()
    get_pipeline()
    build_ms = (time.perf_counter() - started) * 1000

    results = run_cases(cases)
    tune = [r for r in results if r.case.group != "heldout"]
    heldout = [r for r in results if r.case.group == "heldout"]
    print(f"labelled utterances: {len(results)} (tune {len(tune)}, held-out {len(heldout)})")
    print(f"exact-slot accuracy  all: {exact_accuracy(results):.3f}")
    print(f"exact-slot accuracy tune: {exact_accuracy(tune):.3f}")
    print(f"exact-slot accuracy held-out: {exact_accuracy(heldout):.3f}")
    flags = sum(r.flags_exact for r in results) / len(results)
    print(f"flags (rejected fields, skipped, correction) exact: {flags:.3f}")

    print("\nper-field precision / recall (support = utterances expecting the field)")
    scores = field_scores(results)
    for name in sorted(scores.by_field):
        score = scores.by_field[name]
        print(
            f"  {name:24s} P {score.precision:.2f}  R {score.recall:.2f}  "
            f"support {score.support:3d}  fp {score.false_positive}  fn {score.false_negative}"
        )

    failures = [r for r in results if not (r.facts_exact and r.flags_exact)]
    print(f"\nfailures ({len(failures)}):")
    for r in failures:
        expected = r.case.expected_field or "-"
        print(f"  [{r.case.group}] {r.case.text!r} (expected_field {expected})")
        if not r.facts_exact:
            print(f"      facts want {r.case.facts}\n            got  {r.got.facts}")
        if not r.flags_exact:
            print(
                f"      flags want rejected={r.case.rejected} skipped={r.case.skipped} "
                f"correction={r.case.correction}\n            got  "
                f"rejected={r.got.rejected_fields()} skipped={r.got.skipped} "
                f"correction={r.got.correction}"
            )

    timings: list[float] = []
    for _ in range(args.repeat):
        for case in cases:
            t0 = time.perf_counter()
            extract_facts(case.text, expected_field=case.expected_field)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"\npipeline build (first use): {build_ms:.0f} ms")
    print(
        f"latency per utterance over {len(timings)} calls: "
        f"p50 {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
