"""Intent macro-F1 of NLU models trained with several DIET seeds, to judge an NLU data change.

One trained model is one draw: on this small data set a change of a dozen examples moved the
held-out macro-F1 of a single seed by up to 0.03 either way. This trains the NLU part only
(`rasa train nlu`, .venv-rasa) once per seed into a temporary folder, evaluates each model on the
held-out split like `bench/nlu_eval.py` and prints every seed's figure with the mean, min and max.
Compare the mean before and after a data change, never one seed.

`--holdout` takes one folder or several files (scored together as one set, e.g. the six files
that existed before a change); each `--also` names another set scored on the same trained models,
so a second figure costs no retraining (one `rasa test nlu` run per seed over every set's files;
each set's macro-F1 is computed from its texts' predictions, checked against rasa's own report
for them all). `--nlu` may point at a copy of the data (a baseline taken
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


def files_of(paths: list[Path]) -> list[Path]:
    """The YAML files of a set: folders expanded, files as given."""
    found: list[Path] = []
    for path in paths:
        found.extend(sorted(path.glob("*.yml")) if path.is_dir() else [path])
    return [path.resolve() for path in found]


def gold_examples(files: list[Path]) -> list[tuple[str, str]]:
    """(text, intent) of every held-out example in the files, once each (rasa merges the files
    of a folder and keeps one of each text with its intent)."""
    found: list[tuple[str, str]] = []
    for path in files:
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block:
                lines = (line.strip() for line in block["examples"].splitlines())
                found.extend(
                    (line[2:].strip(), block["intent"]) for line in lines if line[:2] == "- "
                )
    return list(dict.fromkeys(found))


def predictions(model: Path, files: list[Path], out: Path) -> tuple[dict[str, str], float]:
    """The model's top intent for every text of the files (one `rasa test nlu` run) and rasa's
    own macro-F1 for them all (a check of `set_macro_f1`)."""
    folder = out.with_name(out.name + "-data")
    folder.mkdir()
    for index, path in enumerate(files):
        shutil.copy(path, folder / f"{index:02d}-{path.name}")
    run_rasa_test_nlu(model, folder, out)
    report = json.loads((out / "intent_report.json").read_text())
    predicted: dict[str, str] = {}
    for name in ("intent_errors.json", "intent_successes.json"):
        for item in json.loads((out / name).read_text()) if (out / name).exists() else []:
            predicted[item["text"]] = item["intent_prediction"]["name"]
    return predicted, macro_f1(report)[0]


def set_macro_f1(examples: list[tuple[str, str]], predicted: dict[str, str]) -> float:
    """Macro-F1 over the set's gold intents, as `macro_f1` computes it from rasa's report."""
    missing = [text for text, _ in examples if text not in predicted]
    if missing:
        sys.exit(f"no prediction for {len(missing)} held-out texts, e.g. {missing[0]!r}")
    pairs = [(gold, predicted[text]) for text, gold in examples]
    scores = []
    for intent in sorted({gold for gold, _ in pairs}):
        right = sum(1 for gold, guess in pairs if gold == guess == intent)
        support = sum(1 for gold, _ in pairs if gold == intent)
        guessed = sum(1 for _, guess in pairs if guess == intent)
        scores.append(2 * right / (support + guessed))
    return sum(scores) / len(scores)


def label(paths: list[Path]) -> str:
    return ", ".join(path.name for path in paths)


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
    examples = [gold_examples(files_of(paths)) for paths in sets]
    union = list(dict.fromkeys(path for paths in sets for path in files_of(paths)))
    scores: list[list[float]] = [[] for _ in sets]
    with tempfile.TemporaryDirectory(prefix="nlu-seeds-") as folder:
        work = Path(folder)
        for seed in args.seeds:
            started = time.perf_counter()
            config = work / f"config-{seed}.yml"
            config.write_text(yaml.safe_dump(config_with_seed(seed), sort_keys=False))
            model = train_nlu(config, args.nlu, work, f"nlu-{seed}")
            # One `rasa test nlu` over every set's files; each set is scored from its texts.
            predicted, rasa_all = predictions(model, union, work / f"test-{seed}")
            model.unlink()
            check = set_macro_f1(gold_examples(union), predicted)
            if abs(check - rasa_all) > 0.0005:  # e.g. one text held out twice
                print(f"warning: macro-F1 recomputed {check:.4f}, rasa's {rasa_all:.4f}")
            took = time.perf_counter() - started
            for index, found in enumerate(examples):
                scores[index].append(set_macro_f1(found, predicted))
                print(
                    f"seed {seed:>5}, set {index} ({len(found)} utterances): "
                    f"macro-F1 {scores[index][-1]:.3f}  ({took:.0f} s)",
                    flush=True,
                )
    for index, paths in enumerate(sets):
        print(f"set {index} [{label(paths)}]: macro-F1 over {len(args.seeds)} seeds: ", end="")
        print(summary(scores[index]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
