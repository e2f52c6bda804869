"""Token-spec helpers and shared tokens for the pattern modules (spaCy Matcher syntax)."""

from __future__ import annotations

from typing import Any

TokenSpec = dict[str, Any]
Pattern = list[TokenSpec]


def w(*words: str, op: str | None = None) -> TokenSpec:
    """One token whose lower-case text is one of ``words``."""
    spec: TokenSpec = {"LOWER": {"IN": list(words)}}
    if op:
        spec["OP"] = op
    return spec


def rx(regex: str) -> TokenSpec:
    """One token whose lower-case text matches ``regex``."""
    return {"LOWER": {"REGEX": regex}}


def exact(*texts: str) -> TokenSpec:
    """One token with exactly this text (case matters: "DR" the specialty, not "Dr." Smith)."""
    return {"TEXT": {"IN": list(texts)}}


HYPHEN = w("-", op="?")
STEP = w("step", "stp", "steps", "setp", "stpe", "usmle")
NEGATORS = ("not", "n't", "nt", "never", "dont", "didnt", "havent", "hasnt")
