"""Visa codes that are not the writer's need (``visa_need``):

- a code held before a US status held now: "I used to be on a J1, now I'm a permanent
  resident", "I was on an H1B before, got my green card in 2023" (only beside a held status:
  "I was on J1 for research, I'll need H1B" keeps its codes for the other rules);
- a code sought for someone else: "do programs sponsor H1B for my friend?", "is J1 ok for my
  husband" (not "for me", not "for my residency");
- a J-1 held for a research post: "(research fellow since 2024, paid, J1)", "on a J1 research
  visa": a research scholar's J-1, not the clinical J-1 needed for residency; offered to
  confirm (not "I'm on J1 research scholar, will need J1 clinical", not "need J1"; an H-1B held
  stays: it can carry over).
"""

from __future__ import annotations

from bot.extraction.kin import KIN
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

_CODES = frozenset({"VISA_J1", "VISA_H1B"})
_PAST_BEFORE = frozenset({"was", "were", "used", "came", "had", "previously", "arrived",
                          "entered", "formerly", "originally"})  # fmt: skip
_PAST_AFTER = frozenset({"before", "previously", "earlier", "originally", "initially"})
_STOPS = frozenset({".", "!", "?", ";", "\n", ",", "now", "but"})
_OTHERS = frozenset({"him", "her", "them"}) | KIN


def without_past_codes(r: Reading, labels: set[str]) -> set[str]:
    """``labels`` without the codes held in the past, when a US status is held now."""
    if "VISA_NONE" not in labels:
        return labels
    past = {m.label for m in r.mentions if m.label in _CODES and _held_before(r, m)}
    now = {m.label for m in r.mentions if m.label in _CODES and not _held_before(r, m)}
    return labels - (past - now)


def _held_before(r: Reading, mention: Mention) -> bool:
    before = [r.doc[i].lower_ for i in range(max(0, mention.start - 5), mention.start)]
    after: list[str] = []
    for i in range(mention.end, min(mention.end + 5, len(r.doc))):
        if r.doc[i].lower_ in _STOPS:
            break
        after.append(r.doc[i].lower_)
    return bool(set(before) & _PAST_BEFORE or set(after) & _PAST_AFTER)


def sought_for_others(r: Reading, mention: Mention) -> bool:
    """ "H1B for my friend", "J1 for him": the code is sought for someone else."""
    words = [r.doc[i].lower_ for i in range(mention.end, min(mention.end + 6, len(r.doc)))]
    for k, word in enumerate(words):
        if word in _STOPS - {","}:
            return False
        if word == "for":
            rest = [w for w in words[k + 1 : k + 4] if w not in {"my", "our", "a"}]
            return bool(rest) and rest[0] in _OTHERS
    return False


_RESEARCH_POST = frozenset({"research", "researcher", "scholar", "postdoc", "lab"})
_NEED = frozenset({"need", "needs", "needed", "require", "requires", "want", "prefer", "apply"})
_SENTENCE_ENDS = frozenset({".", "!", "?", "\n"})


def held_for_research(r: Reading, mention: Mention) -> bool:
    """The code's sentence is about a research post and no need is said beside the code."""
    start, end = mention.start, mention.end
    while start > 0 and r.doc[start - 1].text not in _SENTENCE_ENDS:
        start -= 1
    while end < len(r.doc) and r.doc[end].text not in _SENTENCE_ENDS:
        end += 1
    sentence = {r.doc[i].lower_ for i in range(start, end)}
    near = {r.doc[i].lower_ for i in range(max(start, mention.start - 4), mention.start)}
    return bool(sentence & _RESEARCH_POST) and not sentence & _NEED and not near & {"for"}
