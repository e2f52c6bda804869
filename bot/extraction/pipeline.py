"""The spaCy pipeline: ``spacy.blank("en")`` plus Matchers, built on first use and cached.

Nothing here runs at import; ``get_pipeline()`` builds once per process (about 0.3 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from bot.extraction.patterns import (
    AUX_PATTERNS,
    COUNTRIES,
    MAIN_PATTERNS,
    REGION_PHRASES,
    STATE_PHRASES,
    WORD_STATE_CODES,
    Pattern,
)
from bot.extraction.patterns.typos import typo_patterns
from bot.regions import STATE_REGION


@dataclass(frozen=True)
class Mention:
    """A matched phrase: its label, token span [start, end) and an optional value."""

    label: str
    start: int
    end: int
    text: str
    value: Any = None


@dataclass(frozen=True)
class Pipeline:
    nlp: Any  # spacy.Language; spaCy ships no type information
    main: Matcher
    aux: Matcher
    phrases: PhraseMatcher

    def main_mentions(self, doc: Doc) -> list[Mention]:
        """Non-overlapping main-layer mentions (the longest match wins), left to right."""
        spans = [Span(doc, start, end, label=key) for key, start, end in self.main(doc)]
        mentions: list[Mention] = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            if span.label_ == "SRC_DR_LETTER":
                mentions.append(Mention("SRC_DR", span.start, span.start + 1, span[0].text))
                mentions.append(Mention("LETTER", span.start + 1, span.end, span[1:].text))
            else:
                mentions.append(_mention(span))
        return mentions

    def aux_mentions(self, doc: Doc) -> list[Mention]:
        """Non-overlapping applicant-type, country, region and state mentions."""
        spans = [Span(doc, start, end, label=key) for key, start, end in self.aux(doc)]
        spans += [Span(doc, start, end, label=key) for key, start, end in self.phrases(doc)]
        mentions = []
        for span in sorted(filter_spans(spans), key=lambda s: s.start):
            mention = _mention(span)
            if mention.label == "STATE_CODE":
                code = span.text.upper()
                mention = Mention("STATE", span.start, span.end, span.text, (code, True))
            elif mention.label.startswith("STATE:"):
                code = mention.label.split(":", 1)[1]
                mention = Mention("STATE", span.start, span.end, span.text, (code, False))
            elif mention.label.startswith("REGION:"):
                region = mention.label.split(":", 1)[1]
                mention = Mention("REGION", span.start, span.end, span.text, region)
            mentions.append(mention)
        return mentions


def _mention(span: Span) -> Mention:
    return Mention(span.label_, span.start, span.end, span.text)


def _fast_first_token(patterns: list[Pattern]) -> list[Pattern]:
    """The same patterns with a first token ``{"LOWER": {"IN": words}}`` split per word.

    spaCy tests exact ``LOWER`` values in C but ``IN`` sets in Python, once per token and
    pattern start; splitting the first token makes matching several times faster.
    """
    fast: list[Pattern] = []
    for pattern in patterns:
        first = pattern[0]
        words = first.get("LOWER", {}).get("IN") if isinstance(first.get("LOWER"), dict) else None
        if words is None or "OP" in first or len(first) != 1:
            fast.append(pattern)
            continue
        fast.extend([{"LOWER": word}, *pattern[1:]] for word in words)
    return fast


@lru_cache(maxsize=1)
def get_pipeline() -> Pipeline:
    """Build the tokenizer and matchers once (first call) and reuse them."""
    nlp = spacy.blank("en")
    main = Matcher(nlp.vocab, validate=True)
    typos = typo_patterns()
    for label, patterns in MAIN_PATTERNS.items():
        main.add(label, _fast_first_token(patterns) + typos.get(label, []))
    aux = Matcher(nlp.vocab, validate=True)
    for label, patterns in AUX_PATTERNS.items():
        aux.add(label, _fast_first_token(patterns))
    aux.add("STATE_CODE", [[{"TEXT": {"IN": sorted(STATE_REGION)}}]])
    # Lower-case codes ("ca, wa") count only as an answer to the region question; codes that
    # are English words ("in", "or", "me") never do.
    lower_codes = sorted(code.lower() for code in STATE_REGION if code not in WORD_STATE_CODES)
    aux.add("STATE_CODE", [[{"TEXT": {"IN": lower_codes}}]])
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrases.add("COUNTRY", [nlp.make_doc(name) for name in COUNTRIES])
    for region, names in REGION_PHRASES.items():
        phrases.add(f"REGION:{region}", [nlp.make_doc(name) for name in names])
    by_state: dict[str, list[str]] = {}
    for name, code in STATE_PHRASES.items():
        by_state.setdefault(code, []).append(name)
    for code, state_names in by_state.items():
        phrases.add(f"STATE:{code}", [nlp.make_doc(name) for name in state_names])
    return Pipeline(nlp=nlp, main=main, aux=aux, phrases=phrases)
