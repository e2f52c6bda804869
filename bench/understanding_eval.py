"""Whole-message understanding on the development set, per file, as users get it.

    .venv/bin/python bench/understanding_eval.py [--rasa-url URL [--no-clause-nlu]] [--failures]
                                                 [FILE ...]

Each message goes through the dispatcher's own code: facts by ``bot.extraction`` (what
``action_validate_slot_mappings`` stores), ``bot.understanding.understand`` with the message's
NLU intent, and ``bot.dialogue.plan_turn`` with the topics the bot has answers for. Without
``--rasa-url`` there is no NLU intent (keywords only); with it, the whole message goes to the
running Rasa server's ``POST /model/parse`` (a ``make run``), exactly as the action gets it,
with its confidence, and each question clause the keywords cannot place is parsed on its own by
the action server's adapter (``bot.runtime.clause_nlu``; ``--no-clause-nlu`` leaves that out).
The learned topic model the action server loads (``TOPIC_MODEL_PATH``, trained by ``make train``)
guesses each message's main topic as there; ``--no-learned`` leaves it out (keywords' order).

Prints per file: the share of messages that end in a fallback (no answer, no facts: the bot
says it could not place the question), topic agreement for every question and for the main one,
facts stored exact-slot, the labelled facts not stored but asked by the reply's one confirming
question ("confirm", counted apart: a "Yes" stores them), the share of messages with a wrong fact
stored, the share whose first
reply answers the question asked, and distress/command agreement. Targets (held-out files):
fallback <= 10%, topics >= 85%, facts >= 90%, wrong facts <= 2%, answered first >= 85%.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bot.dialogue import plan_turn  # noqa: E402
from bot.dialogue.confirm import to_confirm  # noqa: E402
from bot.dialogue.turn import answerable_topics  # noqa: E402
from bot.runtime.clause_nlu import RasaClauseIntents  # noqa: E402
from bot.settings import get_settings  # noqa: E402
from bot.understanding import Understanding, understand, unplaced_question_clauses  # noqa: E402
from bot.understanding.evaluation import DEV_SET_FILES, Reply, load_messages, score  # noqa: E402
from bot.understanding.learned_topics import load_guesser  # noqa: E402

DEV_DIR = ROOT / "tests" / "understanding"


def rasa_intent(client: httpx.Client, url: str, text: str) -> tuple[str | None, float]:
    """The whole message's intent and confidence, as the dispatcher gets them."""
    base, _, token = url.partition("?")
    response = client.post(
        f"{base}/model/parse" + (f"?{token}" if token else ""), json={"text": text}
    )
    response.raise_for_status()
    intent = response.json().get("intent") or {}
    name = intent.get("name")
    return (str(name) if name else None), float(intent.get("confidence") or 0.0)


def clause_topics(url: str, text: str) -> dict[str, str]:
    """Rasa's intents for the unplaced question clauses: the action server's own adapter."""
    base, _, query = url.partition("?")
    token = query.removeprefix("token=") or None
    clauses = unplaced_question_clauses(text)
    return asyncio.run(RasaClauseIntents(urls=(base,), token=token)(clauses)) if clauses else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rasa-url", help="e.g. http://127.0.0.1:5005 (token: add ?token=...)")
    parser.add_argument("--failures", action="store_true", help="list every failing message")
    parser.add_argument(
        "--no-clause-nlu",
        dest="clause_nlu",
        action="store_false",
        help="with --rasa-url: the whole message's intent only (as with CLAUSE_NLU=false)",
    )
    parser.add_argument(
        "--no-learned",
        dest="learned",
        action="store_false",
        help="without the learned topic model (as with LEARNED_TOPICS=false)",
    )
    args = parser.parse_args()
    files = args.files or [DEV_DIR / name for name in DEV_SET_FILES if (DEV_DIR / name).exists()]
    client = httpx.Client(timeout=30)
    answerable = answerable_topics()
    guesser = load_guesser(get_settings().topic_model_file()) if args.learned else None

    def run(text: str) -> Understanding:
        guess = guesser(text) if guesser else None
        if not args.rasa_url:
            return understand(text, answer_topics=answerable, guess=guess)
        intent, confidence = rasa_intent(client, args.rasa_url, text)
        by_clause = clause_topics(args.rasa_url, text) if args.clause_nlu else {}
        return understand(
            text,
            message_intent=intent,
            message_confidence=confidence,
            answer_topics=answerable,
            classify=by_clause.get,
            guess=guess,
        )

    def reply(understood: Understanding) -> Reply:
        plan = plan_turn(understood, answerable)
        return plan.kind, plan.main

    def confirm(understood: Understanding) -> tuple[str, Any] | None:
        """The one confirming question the reply asks (nothing known yet)."""
        asked = to_confirm(understood.facts.uncertain, {})
        return (asked.field, asked.value) if asked else None

    mode = f"keywords + Rasa /model/parse ({args.rasa_url})" if args.rasa_url else "keywords"
    mode += "; learned main topic" if guesser else "; no learned model"
    print(f"topic model: {mode}; answer topics: {len(answerable)}")
    header = (
        "file                   msgs fallback topics  main  facts confirm wrong answered flags"
        "  ms/msg"
    )
    print(header)
    for path in files:
        cases = load_messages(path)
        started = time.perf_counter()
        scores = score(cases, run, reply, confirm)
        per_message = (time.perf_counter() - started) * 1000 / max(1, len(cases))
        print(
            f"{path.name:22} {scores.messages:4} {scores.fallback_share:8.1%} "
            f"{scores.topic_agreement:6.1%} {scores.main_topic_agreement:5.1%} "
            f"{scores.facts_exact_slot:6.1%} {scores.facts_confirmed_share:7.1%} "
            f"{scores.wrong_facts_share:5.1%} "
            f"{scores.answered_first:8.1%} {scores.flags_agreement:5.1%} {per_message:7.1f}"
        )
        if args.failures:
            for failure in scores.failures:
                print(f"    {failure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
