"""Shared helpers for the dialogue asset tests: paths and YAML loading of the Rasa files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"
DOMAIN = ROOT / "domain.yml"
NLU_DIR = ROOT / "data" / "nlu"
HOLDOUT_DIR = ROOT / "tests" / "nlu_holdout"
MODEL = ROOT / "models" / "ir-match-advisor.tar.gz"

# CONTRACT section 6 (with the topics added in December 2026), plus the design's own.
CONTRACT_INTENTS = [
    "greet",
    "goodbye",
    "affirm",
    "deny",
    "thank",
    "bot_challenge",
    "help",
    "out_of_scope",
    "inform",
    "ask_pathway",
    "ask_programs",
    "ask_application_count",
    "ask_research",
    "ask_letters",
    "ask_usmle",
    "ask_visa",
    "ask_clinical_experience",
    "ask_personal_statement",
    "ask_interview",
    "ask_contingency",
    "ask_gaps",
    "ask_dr_framing",
    "ask_chances",
    "show_profile",
    "forget_me",
    "ask_esir",
    "ask_signals",
    "ask_timeline",
    "ask_costs",
    "ask_prelim",
]
# The design's own: paging, skipping a question, conversation commands ("start over", ...),
# a program fact reported with a link.
EXTRA_INTENTS = ["more", "skip", "command", "report_program_fact"]


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def load_domain() -> dict[str, Any]:
    domain: dict[str, Any] = load_yaml(DOMAIN)
    return domain


def examples_by_intent(folder: Path) -> dict[str, list[str]]:
    """Every `- intent:` block of the NLU files in a folder, examples without the list dash."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.glob("*.yml")):
        for block in load_yaml(path).get("nlu", []):
            if "intent" not in block:
                continue
            lines = [line.strip() for line in block["examples"].splitlines()]
            found.setdefault(block["intent"], []).extend(
                line[2:].strip() for line in lines if line.startswith("- ")
            )
    return found


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, spaces collapsed: what makes two examples 'the same'."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
