"""Fact extraction quality and speed on the labelled utterances.

    .venv/bin/python bench/extraction_eval.py [--labelled PATH] [--dev FILE ...] [--repeat N]
                                              [--dev-failures]

Prints exact-slot accuracy (all, tune, held-out), the flag accuracy (rejected fields, skipped,
correction), per-field precision/recall, every failure, the pipeline build time and the
per-utterance latency p50/p95. Then, per file (labelled tune, labelled held-out and the
understanding development set ``tests/understanding/dev_*.yml``, read as whole messages): facts
stored (exact-slot: labelled facts stored with the labelled value), the share of messages
with a wrong fact stored, and the labelled facts stored or offered to confirm (``uncertain``).
Issue 10's targets on held-out messages: stored >= 90%, wrong <= 2%.
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
    CaseResult,
    exact_accuracy,
    field_scores,
    load_cases,
    load_dev_messages,
    run_cases,
    slot_figures,
)
from bot.extraction.pipeline import get_pipeline  # noqa: E402
from bot.understanding.evaluation import DEV_SET_FILES  # noqa: E402

DEFAULT_LABELLED = ROOT / "tests" / "unit" / "extraction" / "labelled.yml"
DEV_DIR = ROOT / "tests" / "understanding"


def print_slot_figures(name: str, results: list[CaseResult], show_failures: bool) -> None:
    figures = slot_figures(results)
    print(
        f"  {name:26s} msgs {figures.messages:4d}  facts stored {figures.stored_share:.3f} "
        f"({figures.stored}/{figures.slots})  wrong facts {figures.wrong_share:.3f} "
        f"({figures.wrong_messages})  stored or to confirm {figures.stored_or_asked_share:.3f}"
    )
    for failure in figures.failures if show_failures else []:
        print(f"      {failure}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--repeat", type=int, default=20, help="timing passes over the set")
    parser.add_argument("--dev", nargs="*", type=Path, help="development-set files")
    parser.add_argument("--dev-failures", action="store_true", help="list dev-set misses")
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
                f"      flags want rejected={r.case.rejected} uncertain={r.case.uncertain} "
                f"skipped={r.case.skipped} "
                f"correction={r.case.correction}\n            got  "
                f"rejected={r.got.rejected_fields()} uncertain={r.got.uncertain_fields()} "
                f"skipped={r.got.skipped} "
                f"correction={r.got.correction}"
            )

    print("\nfacts stored (exact-slot) and messages with a wrong fact stored, per file")
    print_slot_figures("labelled tune", tune, False)
    print_slot_figures("labelled held-out", heldout, False)
    dev_files = args.dev or [DEV_DIR / n for n in DEV_SET_FILES if (DEV_DIR / n).exists()]
    for path in dev_files:
        print_slot_figures(path.name, run_cases(load_dev_messages(path)), args.dev_failures)

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
