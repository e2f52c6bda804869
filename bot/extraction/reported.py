"""What someone else told the writer: "my friend who matched DR last year said I need atleast 3
US letters". The person's relative clause ("who matched DR last year") is theirs, so the
clause is cut before the verb of saying; what the writer is told to need ("I need at least 3
US letters", "you need 2 IR pubs") is a requirement, not what the writer has.
"""

from __future__ import annotations

from spacy.tokens import Doc

_RELATIVES = frozenset({"who", "whom", "whose", "that"})
_SAYING = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "thinks", "thought", "suggested",
     "suggests", "recommended", "recommends", "advised", "advises", "mentioned", "insists"}
)  # fmt: skip
# People whose words a writer passes on (not ``context.OTHERS``: reading imports this module).
_PERSONS = frozenset(
    {"friend", "friends", "brother", "sister", "colleague", "colleagues", "classmate", "cousin",
     "wife", "husband", "senior", "seniors", "mentor", "mentors", "batchmate", "roommate",
     "someone", "somebody", "attending", "pd", "advisor", "uncle", "aunt", "dad", "mom",
     "everyone", "people", "upperclassman", "coresident", "coworker", "labmate", "guy", "girl"}
)  # fmt: skip
_STOPS = frozenset({".", ",", ";", ":", "!", "?", "\n", "(", ")", "and", "but"})


def reported_breaks(doc: Doc) -> set[int]:
    """Token positions of a verb of saying after "<person> who/that ...": the clause is cut
    there, so the relative clause keeps the person's facts."""
    breaks: set[int] = set()
    for token in doc:
        if token.lower_ not in _PERSONS or token.i + 2 >= len(doc):
            continue
        if doc[token.i + 1].lower_ not in _RELATIVES:
            continue
        for later in doc[token.i + 3 : token.i + 14]:
            if later.text in _STOPS or "\n" in later.text:
                break
            if later.lower_ in _SAYING:
                breaks.add(later.i)
                break
    return breaks


_NEEDING = frozenset({"need", "needs", "needed", "require", "requires", "required"})
_BOUNDS = frozenset({"at", "least", "atleast", "min", "minimum", "like", "about", "around", "a"})


def required_count(doc: Doc, number_start: int) -> bool:
    """ "I need at least 3 US letters", "you need 2 IR pubs": a number after a verb of needing
    (with "at least", "minimum" between) is what is needed, not what one has."""
    i = number_start - 1
    while i >= 0 and doc[i].lower_ in _BOUNDS and number_start - i <= 3:
        i -= 1
    return i >= 0 and doc[i].lower_ in _NEEDING
