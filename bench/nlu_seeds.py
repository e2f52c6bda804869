"""Intent macro-F1 of NLU models trained with several DIET seeds, to judge an NLU data change.

One trained model is one draw: on this small data set a change of a dozen examples moved the
held-out macro-F1 of a single seed by up to 0.03 either way. This trains the NLU part only
(`rasa train nlu`, .venv-rasa) once per seed into a temporary folder, evaluates each model on the
held-out split like `bench/nlu_eval.py` and prints every seed's figure with the mean, min and max.
Compare the mean before and after a data change, never one seed.

    .venv/bin/python bench/nlu_seeds.py [--seeds 2027 1 2] [--holdout tests/nlu_holdout]
                                        [--nlu data/nlu]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from nlu_eval import RASA, ROOT, TARGET_MACRO_F1, macro_f1, run_rasa_test_nlu

CONFIG = ROOT / "config.yml"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[2027, 1, 2])
    parser.add_argument("--holdout", type=Path, default=ROOT / "tests" / "nlu_holdout")
    parser.add_argument("--nlu", type=Path, default=ROOT / "data" / "nlu")
    return parser.parse_args(argv)


def config_with_seed(seed: int) -> dict[str, Any]:
    """config.yml with the DIETClassifier's random_seed replaced."""
    config: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    diet = next(c for c in config["pipeline"] if c["name"] == "DIETClassifier")
    diet["random_seed"] = seed
    return config


def train_nlu(config: Path, nlu: Path, out: Path, name: str) -> Path:
    command = [
        str(RASA), "train", "nlu", "--config", str(config), "--nlu", str(nlu),
        "--out", str(out), "--fixed-model-name", name,
    ]  # fmt: skip
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"rasa train nlu failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return out / f"{name}.tar.gz"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    for path, what in ((args.holdout, "holdout"), (args.nlu, "nlu")):
        if not path.exists():
            sys.exit(f"{what}: {path} does not exist")
    scores: list[float] = []
    with tempfile.TemporaryDirectory(prefix="nlu-seeds-") as folder:
        work = Path(folder)
        for seed in args.seeds:
            started = time.perf_counter()
            config = work / f"config-{seed}.yml"
            config.write_text(yaml.safe_dump(config_with_seed(seed), sort_keys=False))
            model = train_nlu(config, args.nlu, work, f"nlu-{seed}")
            out = work / f"test-{seed}"
            run_rasa_test_nlu(model, args.holdout, out)
            report = json.loads((out / "intent_report.json").read_text())
            score, _ = macro_f1(report)
            scores.append(score)
            took = time.perf_counter() - started
            print(f"seed {seed:>5}: macro-F1 {score:.3f}  ({took:.0f} s)", flush=True)
    print(
        f"macro-F1 over {len(scores)} seeds: mean {statistics.mean(scores):.3f}, "
        f"min {min(scores):.3f}, max {max(scores):.3f}  (target {TARGET_MACRO_F1})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
