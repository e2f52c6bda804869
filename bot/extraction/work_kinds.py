"""Work that is named but not counted as its anchor's field: research done remotely ("a
remote research collab for 14 months": the labels never count it as research years) and a
paper word that only says what abstracts are about ("2 case report abstracts": abstracts)."""

from __future__ import annotations

from bot.extraction.reading import Anchor, Reading

_REMOTE = frozenset({"remote", "remotely", "virtual", "virtually", "online"})


def remote_research(r: Reading, anchor: Anchor) -> bool:
    """ "a remote research collab with an IR group for about 14 months", "doing research
    remotely for a year": time on remote work is no research year (the labels never count it)."""
    if anchor.label != "RESEARCH":
        return False
    clause = r.clause_of(anchor.start)
    if clause is None:
        return False
    return any(r.doc[i].lower_ in _REMOTE for i in range(clause.start, clause.end))


def abstracts_of(r: Reading, anchor: Anchor) -> bool:
    """ "2 case report abstracts", "paper posters": a paper word right before an abstract word
    says what the abstracts are about; the abstracts are what is counted."""
    return anchor.label == "PUB" and any(
        m.label == "ABSTRACT" and m.start == anchor.end for m in r.mentions
    )
