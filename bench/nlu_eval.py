"""Intent accuracy of the trained model on the held-out NLU split (tests/nlu_holdout).

Trains nothing: runs `rasa test nlu` (.venv-rasa) against the model `make train` produced and
reads its reports. Prints the intent macro-F1 over the held-out intents (target >= 0.92), the
share of messages whose top confidence is under the FallbackClassifier threshold (in the running
bot they get the two-stage fallback instead of an answer), the weakest intents and the most
frequent confusion pairs. `rasa test nlu` scores the classifier's own top intent (it undoes
fallback predictions), so a low-confidence but right guess counts as right here.

    .venv/bin/python bench/nlu_eval.py [--model models/ir-match-advisor.tar.gz]
                                       [--holdout tests/nlu_holdout (folder or file)] [--top 10]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
CONFIG = ROOT / "config.yml"
TARGET_MACRO_F1 = 0.92


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "ir-match-advisor.tar.gz")
    parser.add_argument("--holdout", type=Path, default=ROOT / "tests" / "nlu_holdout")
    parser.add_argument("--top", type=int, default=10, help="confusion pairs to print")
    parser.add_argument("--errors", action="store_true", help="also print every misclassified text")
    return parser.parse_args(argv)


def run_rasa_test_nlu(model: Path, holdout: Path, out: Path) -> None:
    command = [
        str(RASA), "test", "nlu", "--model", str(model), "--nlu", str(holdout),
        "--out", str(out), "--no-plot", "--successes",
    ]  # fmt: skip
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"rasa test nlu failed ({result.returncode}):\n{result.stderr[-3000:]}")


def macro_f1(report: dict[str, Any]) -> tuple[float, dict[str, float]]:
    """Mean F1 over the intents that occur in the held-out split (support > 0).

    Rasa's own "macro avg" also averages in nlu_fallback, which has no gold examples; leaving it
    out keeps the figure about our intents while fallbacks still count as misses (recall).
    """
    per_intent = {
        name: float(scores["f1-score"])
        for name, scores in report.items()
        if isinstance(scores, dict) and scores.get("support", 0) > 0 and "avg" not in name
    }
    return sum(per_intent.values()) / len(per_intent), per_intent


def fallback_threshold() -> float:
    """The FallbackClassifier threshold of config.yml."""
    pipeline = yaml.safe_load(CONFIG.read_text())["pipeline"]
    component = next(c for c in pipeline if c["name"] == "FallbackClassifier")
    return float(component["threshold"])


def read_json_list(path: Path) -> list[dict[str, Any]]:
    return json.loads(path.read_text()) if path.exists() else []


def confusion_pairs(errors: list[dict[str, Any]]) -> Counter[tuple[str, str]]:
    return Counter((error["intent"], error["intent_prediction"]["name"]) for error in errors)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.model.is_file():
        sys.exit(f"model: {args.model} does not exist; run `make train` first")
    if not args.holdout.exists():
        sys.exit(f"holdout: {args.holdout} does not exist (a folder or a YAML file)")
    with tempfile.TemporaryDirectory(prefix="nlu-eval-") as folder:
        out = Path(folder)
        run_rasa_test_nlu(args.model, args.holdout, out)
        report = json.loads((out / "intent_report.json").read_text())
        errors = read_json_list(out / "intent_errors.json")
        successes = read_json_list(out / "intent_successes.json")

    score, per_intent = macro_f1(report)
    total = sum(int(report[name]["support"]) for name in per_intent)
    threshold = fallback_threshold()
    low = [p for p in errors + successes if p["intent_prediction"]["confidence"] < threshold]
    low_right = sum(1 for p in low if p["intent_prediction"]["name"] == p["intent"])
    print(f"held-out utterances: {total} over {len(per_intent)} intents")
    print(f"intent accuracy:     {report['accuracy']:.3f}")
    print(f"intent macro-F1:     {score:.3f}  (target {TARGET_MACRO_F1})")
    print(
        f"under the fallback threshold {threshold}: {len(low)} ({len(low) / total:.1%}) "
        f"of the messages, {low_right} of them with the right top intent"
    )
    print("weakest intents (F1):")
    for name, f1 in sorted(per_intent.items(), key=lambda item: item[1])[:5]:
        print(f"  {name:<26} {f1:.3f}")
    print(f"top confusion pairs (gold -> predicted), {len(errors)} errors in all:")
    for (gold, predicted), count in confusion_pairs(errors).most_common(args.top):
        print(f"  {count:>3}  {gold} -> {predicted}")
    if args.errors:
        print("misclassified (gold -> predicted, confidence):")
        for error in sorted(errors, key=lambda e: e["intent"]):
            guess = error["intent_prediction"]
            print(
                f"  {error['intent']} -> {guess['name']} {guess['confidence']:.2f}: {error['text']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
