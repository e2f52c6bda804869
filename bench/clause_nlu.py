"""What parsing unplaced question clauses adds to a turn (``CLAUSE_NLU``, issue 10).

    .venv/bin/python bench/clause_nlu.py --rasa-url http://127.0.0.1:5005[?token=...] [--repeat 3]

For every message of the development set (``tests/understanding/dev_*.yml``; texts only, no
labels read), finds the question clauses the keyword model cannot place and times the action
server's adapter (``bot.runtime.clause_nlu.RasaClauseIntents``) asking a running Rasa about them.
Prints the share of messages that need a parse, clauses per such message, how many get placed,
and the added time per such message (p50, p95, max) over ``--repeat`` passes.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.runtime.clause_nlu import RasaClauseIntents  # noqa: E402
from bot.understanding import unplaced_question_clauses  # noqa: E402
from bot.understanding.evaluation import DEV_SET_FILES, load_messages  # noqa: E402

DEV_DIR = ROOT / "tests" / "understanding"


async def _timed(parser: RasaClauseIntents, clauses: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    placed = await parser(clauses)
    return (time.perf_counter() - started) * 1000, len(placed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rasa-url", required=True, help="e.g. http://127.0.0.1:5005?token=...")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base, _, query = args.rasa_url.partition("?")
    adapter = RasaClauseIntents(urls=(base,), token=query.removeprefix("token=") or None)
    texts = [m.text for name in DEV_SET_FILES for m in load_messages(DEV_DIR / name)]
    needing = [clauses for text in texts if (clauses := unplaced_question_clauses(text))]
    timings: list[float] = []
    placed = 0
    for _ in range(args.repeat):
        for clauses in needing:
            elapsed, found = asyncio.run(_timed(adapter, clauses))
            timings.append(elapsed)
            placed += found
    clause_count = sum(len(c) for c in needing)
    share = len(needing) / len(texts)
    print(f"messages {len(texts)}; needing a clause parse {len(needing)} ({share:.1%})")
    per_message = clause_count / max(1, len(needing))
    placed_once = placed / args.repeat
    print(
        f"clauses {clause_count} ({per_message:.2f} per such message); "
        f"placed by Rasa {placed_once:.0f} ({placed_once / max(1, clause_count):.1%})"
    )
    if timings:
        ordered = sorted(timings)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(
            f"added per such message over {len(timings)} calls: p50 "
            f"{statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, max {ordered[-1]:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
