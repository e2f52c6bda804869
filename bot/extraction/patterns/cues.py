"""Cue patterns: no/none, yes, skip, correction."""

from __future__ import annotations

from bot.extraction.patterns.tokens import Pattern, w

CUE_PATTERNS: dict[str, list[Pattern]] = {
    "NEG": [
        [w("no", "none", "without", "nothing", "nil", "nope", "nah", "never", "n")],
        [w("not"), w("any")],
        # mixed-language writing: Spanish "nada de radiología", "ningún paper"; Tagalog "wala
        # pang radiology paper" (not a bare "wala", the Hindi "of": "IR wala")
        [w("nada", "ningún", "ningun", "ninguna", "ninguno")],
        [w("wala"), w("pa", "pang", "pong", "po")],
        # "not one interview", "not a single interview": none at all
        [w("not"), w("one")],
        [w("not", "without"), w("a"), w("single")],
        [w("n't", "nt", "dont"), w("have"), w("any", op="?")],
        # "I haven't done any USCE", "didn't get any interviews", "never got an interview"
        [
            w("n't", "nt", "not", "never"),
            w("done", "do", "did", "get", "got", "gotten", "had", "have", "received", "receive"),
            w("any", "a", "an", "single"),
        ],
    ],
    "YES": [
        [
            w(
                "yes",
                "yeah",
                "yep",
                "yup",
                "ya",
                "yea",
                "sure",
                "correct",
                "affirmative",
                "y",
                "definitely",
                "absolutely",
                "ofc",
            )
        ],
    ],
    "SKIP": [
        [w("do", "did"), w("n't", "nt", "not"), w("know")],
        [w("dont", "dunno", "idk", "unsure", "skip", "skipping")],
        [w("dont"), w("know")],
        [w("not"), w("sure", "certain")],
        [w("no"), w("idea", "clue")],
        [
            w("prefer", "rather", "want", "like"),
            w("not"),
            w("to", op="?"),
            w("say", "share", "answer", "tell", "disclose"),
        ],
        [w("have", "has"), w("n't", "nt", "not"), w("yet", op="?"), w("decided")],
        [w("havent", "not"), w("yet", op="?"), w("decided")],
        [w("next"), w("question")],
        [w("ask"), w("me"), w("later")],
    ],
    "CORRECTION": [
        [
            w(
                "actually",
                "actualy",
                "acutally",
                "correction",
                "oops",
                "whoops",
                "typo",
                "misspoke",
                "sorry",
            )
        ],
        [w("i"), w("meant", "mean")],
        [w("no"), w(",", op="?"), w("wait")],
        [w("wait")],
        [w("my"), w("bad", "mistake")],
        [w("scratch"), w("that")],
        [w("let"), w("me"), w("correct")],
    ],
}
