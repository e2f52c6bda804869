"""Intent macro-F1 of NLU models trained with several DIET seeds, to judge an NLU data change.

One trained model is one draw: on this small data set a change of a dozen examples moved the
held-out macro-F1 of a single seed by up to 0.03 either way. This trains the NLU part only
(`rasa train nlu`, .venv-rasa) once per seed into a temporary folder, evaluates each model on the
held-out split like `bench/nlu_eval.py` and prints every seed's figure with the mean, min and max.
Compare the mean before and after a data change, never one seed.

`--holdout` takes one folder or several files (scored together as one set, e.g. the six files
that existed before a change); each `--also` names another set scored on the same trained models,
so a second figure costs no retraining. `--nlu` may point at a copy of the data (a baseline taken
before editing data/nlu while the runs go on).

    .venv/bin/python bench/nlu_seeds.py [--seeds 2027 1 2] [--holdout tests/nlu_holdout]
                                        [--also FILE_OR_FOLDER ...] [--nlu data/nlu]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
    parser.add_argument(
        "--holdout", type=Path, nargs="+", default=[ROOT / "tests" / "nlu_holdout"],
        help="a folder or several YAML files, scored together",
    )  # fmt: skip
    parser.add_argument(
        "--also", type=Path, nargs="+", action="append", default=[],
        help="another held-out set (folder or files) scored on the same models; repeatable",
    )  # fmt: skip
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


def as_one_set(paths: list[Path], folder: Path) -> Path:
    """One folder or file as is; several files copied into `folder` (rasa reads one path)."""
    if len(paths) == 1:
        return paths[0]
    folder.mkdir()
    for index, path in enumerate(paths):
        if not path.is_file():
            sys.exit(f"holdout: with several paths each must be a file: {path}")
        shutil.copy(path, folder / f"{index:02d}-{path.name}")
    return folder


def label(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths)


def score_model(model: Path, holdout: Path, out: Path) -> tuple[float, int]:
    run_rasa_test_nlu(model, holdout, out)
    report = json.loads((out / "intent_report.json").read_text())
    score, per_intent = macro_f1(report)
    return score, sum(int(report[name]["support"]) for name in per_intent)


def summary(scores: list[float]) -> str:
    return (
        f"mean {statistics.mean(scores):.3f}, min {min(scores):.3f}, max {max(scores):.3f}  "
        f"(per seed {' / '.join(f'{s:.3f}' for s in scores)}; target {TARGET_MACRO_F1})"
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sets: list[list[Path]] = [args.holdout, *args.also]
    for path in [args.nlu, *(p for paths in sets for p in paths)]:
        if not path.exists():
            sys.exit(f"{path} does not exist")
    scores: list[list[float]] = [[] for _ in sets]
    with tempfile.TemporaryDirectory(prefix="nlu-seeds-") as folder:
        work = Path(folder)
        holdouts = [as_one_set(paths, work / f"set-{i}") for i, paths in enumerate(sets)]
        for seed in args.seeds:
            started = time.perf_counter()
            config = work / f"config-{seed}.yml"
            config.write_text(yaml.safe_dump(config_with_seed(seed), sort_keys=False))
            model = train_nlu(config, args.nlu, work, f"nlu-{seed}")
            for index, holdout in enumerate(holdouts):
                score, total = score_model(model, holdout, work / f"test-{seed}-{index}")
                scores[index].append(score)
                took = time.perf_counter() - started
                print(
                    f"seed {seed:>5}, set {index} ({total} utterances): macro-F1 {score:.3f}"
                    f"  ({took:.0f} s)",
                    flush=True,
                )
            model.unlink()
    for index, paths in enumerate(sets):
        print(f"set {index} [{label(paths)}]: macro-F1 over {len(args.seeds)} seeds: ", end="")
        print(summary(scores[index]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
