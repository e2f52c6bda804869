"""Visa codes the writer rules out or only guesses at.

- "I really need H1B, I can't do the J1 2-year home rule": a code after a negated verb ("can't
  do the J1", "don't want J1") is not the visa needed;
- "need visa, probably J1 but not sure": a code the writer says right away they are unsure
  of leaves the visa undecided ("need J1, not sure which programs sponsor it" is sure of it);
- "Need a visa, probably J1", "I think H1B", "J1 most likely": a code only guessed at is a
  candidate to confirm, not the need (readers of such messages store no visa; plain "need J1"
  stays a fact);
- "applying for green card", "a waiver for green card", "get a green card": a residence
  status sought is not held;
- "on J1 as a research scholar now, will need H1B": the visa held now is not the need.
"""

from __future__ import annotations

from itertools import pairwise

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading
from bot.extraction.talked_codes import without_others_codes

_CODE_NEGATORS = frozenset({"not", "n't", "nt", "never", "no", "without"})
# Words between a negation and the code it rules out: "can't do the J1", "don't want a J1".
_RULED_OUT_BY = frozenset(
    {"do", "the", "a", "want", "take", "get", "go", "for", "with", "use", "need", "require"}
)
_UNSURE = (("not", "sure"), ("unsure",), ("not", "decided"), ("undecided",), ("idk",))
_BETWEEN = frozenset({"but", ",", "i", "i'm", "im", "am", "'m", "though", "tho", "yet", "still"})
_ENDS = frozenset({".", "!", "?", "\n", ",", ")", ";", "tho", "though", "yet"})


def code_ruled_out(r: Reading, position: int) -> bool:
    """A negation before the code at ``position``, across a verb or article ("no J1",
    "not J1", "can't do the J1", "don't want J1")."""
    for i in range(position - 1, max(-1, position - 5), -1):
        word = r.doc[i].lower_
        if word in _CODE_NEGATORS:
            return True
        if word not in _RULED_OUT_BY:
            return False
    return False


# "J1 is very hard for me", "H1B is impossible for me": a code judged out of reach.
_HARD = frozenset({"hard", "difficult", "impossible", "tough", "problematic", "risky"})
_TO_HARD = frozenset({"is", "'s", "seems", "looks", "very", "really", "too", "so", "quite"})


# "J1 isn't an option (for us)", "J1 is not possible": a code ruled out after it.
_NOT_AFTER = frozenset({"not", "n't", "isnt", "no", "never"})
_CHOICES = frozenset({"option", "possible", "choice", "possibility"})


def code_judged_hard(r: Reading, end: int) -> bool:
    """The code ending at ``end`` is followed by "is (very) hard / impossible" or "is not an
    option"."""
    i = end
    while i < len(r.doc) and r.doc[i].lower_ in _TO_HARD:
        i += 1
    if i > end and i < len(r.doc) and r.doc[i].lower_ in _HARD:
        return True
    after = []
    for token in r.doc[end : end + 5]:  # in the code's own phrase ("need J1, no other option")
        if token.is_punct or token.lower_ == "other":
            break
        after.append(token.lower_)
    negated = [k for k, word in enumerate(after[:3]) if word in _NOT_AFTER]
    return bool(negated) and bool(set(after[negated[0] :]) & _CHOICES)


_ASKING_AUX = frozenset({"do", "does", "will", "would", "should", "must"})


def need_asked(r: Reading, start: int) -> bool:
    """ "do I still need visa sponsorship?": whether a visa is needed, asked, not told."""
    before = [t.lower_ for t in r.doc[max(0, start - 4) : start] if t.lower_ != "still"]
    return any(a in _ASKING_AUX and b in {"i", "we"} for a, b in pairwise(before))


def unsure_of_code(r: Reading, labels: set[str]) -> bool:
    """A code (of those kept, ``labels``) followed at once by "but not sure" and the end of
    its clause."""
    codes = [m for m in r.mentions if m.label in {"VISA_J1", "VISA_H1B"} & labels]
    for code in codes:
        i = code.end
        while i < len(r.doc) and r.doc[i].lower_ in _BETWEEN:
            i += 1
        for words in _UNSURE:
            following = tuple(t.lower_ for t in r.doc[i : i + len(words)])
            after = i + len(words)
            if following == words and (after >= len(r.doc) or r.doc[after].lower_ in _ENDS):
                return True
    return False


_GUESS = frozenset({"probably", "prob", "likely", "maybe", "possibly", "perhaps", "think", "guess"})
_TO_CODE = frozenset({"a", "an", "the", "i", "i'll", "ill", "'ll", "will", "would", "need", "be",
                      "go", "with", "for", "get", "most", "more", "on", "do"})  # fmt: skip


def guessed_code(r: Reading, code: Mention) -> bool:
    """ "probably J1", "I think I need H1B", "J1 most likely": a guess word before the code
    (across fillers) or right after it, at the end of its clause."""
    for i in range(code.start - 1, max(-1, code.start - 5), -1):
        if r.doc[i].lower_ in _GUESS:
            return True
        if r.doc[i].lower_ not in _TO_CODE:
            break
    after = [t.lower_ for t in r.doc[code.end : code.end + 4]]
    after = after[1:] if after[:1] in (["most"], ["i"]) else after
    return bool(after) and after[0] in _GUESS and (len(after) == 1 or after[1] in _ENDS)


# The word right before a status ("for", "get" ...) makes it sought, not held.
_SEEKING = frozenset({"for", "get", "getting", "obtain", "apply", "applying", "awaiting"})


def sought(r: Reading, start: int) -> bool:
    """The mention at ``start`` follows "for" / "get" ("applying for a green card")."""
    before = [t.lower_ for t in r.doc[max(0, start - 2) : start] if t.lower_ not in {"a", "the"}]
    return bool(before) and before[-1] in _SEEKING


# "the J1 home requirement is a problem", "J1 2-year rule": the rule talked about, not the need.
_RULE_STARTS = ("home", "2-year", "2 year", "two-year", "two year", "2yr", "212")
_RULE_WORDS = frozenset({"requirement", "requirements", "rule", "rules", "restriction"})
_HAVING = frozenset({"has", "have", "had", "with", "comes", "the", "a", "that", "this", "its"})


def code_as_obstacle(r: Reading, code: Mention, labels: set[str]) -> bool:
    """ "H1B needed because the J1 home requirement is a problem": a code named with its
    rules while the other code is also named is the obstacle, not the need."""
    others = _CODES - {code.label}
    if not others & labels or code.end >= len(r.doc):
        return False
    start = code.end  # "J1 has the 2 year home rule"
    while start < len(r.doc) - 1 and r.doc[start].lower_ in _HAVING:
        start += 1
    following = r.doc[start : start + 4].text.lower().replace(" - ", "-")
    return (
        following.startswith(_RULE_STARTS)
        or r.doc[start].lower_ in _RULE_WORDS
        or _rule_of(r, code.start)
    )


def _rule_of(r: Reading, start: int) -> bool:
    """ "the 2 year home rule of J1", "the home requirement of the J1": the rule before it."""
    before = [t.lower_ for t in r.doc[max(0, start - 3) : start]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-2:-1] != [] and before[-1:] == ["of"] and before[-2] in _RULE_WORDS


_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_CODE_VALUES = {"VISA_J1": "j1", "VISA_H1B": "h1b"}
# Statuses that need no sponsorship for residency, offered as an alternative to a code.
_NO_SPONSOR = frozenset({"ead", "h4", "h-4", "gc", "greencard", "green", "citizenship"})


def code_or_no_sponsor(r: Reading, code: Mention) -> bool:
    """ "I'd need H1B or maybe H4 EAD, not sure": the writer may need no sponsorship at all;
    the code is only a candidate to confirm."""
    following = [t.lower_ for t in r.doc[code.end : code.end + 5]]
    if "or" not in following:
        return False
    rest = following[following.index("or") + 1 :]
    return bool(set(rest) & _NO_SPONSOR)


def without_obstacles(r: Reading, labels: set[str]) -> set[str]:
    """``labels`` without the codes named only as an obstacle or in others' talk."""
    return without_others_codes(r, labels) - {
        m.label for m in r.mentions if m.label in _CODES and code_as_obstacle(r, m, labels)
    }


def hedged_code(r: Reading, labels: set[str]) -> str | None:
    """The one code kept, when it is offered beside a status needing no sponsorship."""
    codes = labels & _CODES
    hedged = [m for m in r.mentions if m.label in codes and code_or_no_sponsor(r, m)]
    return _CODE_VALUES[hedged[0].label] if hedged and len(codes) == 1 else None


# Allowed to work, not a US citizen or permanent resident: no US IMG.
NOT_RESIDENT = frozenset(
    {"ead", "h4", "h-4", "asylum", "asylee", "refugee", "tps", "daca", "dependent", "dependant"}
)


def not_resident(r: Reading) -> bool:
    """ "I'm on H4 EAD", "asylee", "on a dependent visa": no citizen or permanent resident."""
    return any(token.lower_ in NOT_RESIDENT for token in r.doc)


# "on J1", "my J1 waiver", "my current H1B": a visa held (or once held), not the one needed.
_HELD = frozenset({"on", "holding", "hold", "my", "current", "previous", "former", "old"})
_NEEDING = frozenset({"need", "needs", "needed", "require", "requires", "required", "want"})


def status_not_need(r: Reading, mention: Mention) -> bool:
    """ "I'm on J1 as a research scholar now, will need H1B for residency": the visa the writer
    is on now, when another one is said to be needed, is not the need."""
    before = r.doc[mention.start - 1].lower_ if mention.start > 0 else ""
    following = {t.lower_ for t in r.doc[mention.end : mention.end + 2]}
    if mention.label in _CODES and following & {"research", "researcher", "scholar"}:
        return before not in _NEEDING  # "J1 research visa": the research post's, held
    if mention.label not in _CODES or before not in _HELD:
        return False
    others = [m for m in r.mentions if m.label in _CODES and m.label != mention.label]
    return any(
        {r.doc[i].lower_ for i in range(max(0, m.start - 3), m.start)} & _NEEDING for m in others
    )
