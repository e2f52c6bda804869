"""Which places are wishes (issue 10: a wrong region is worse than none). A message names many
places that are not where the writer wants to train: where an observership, an elective, a
letter's attending, an interview or a hospital was ("only 8 weeks observership in Houston",
"1 IR letter from a US attending in Baltimore", "I forgot the one in Cleveland"), and
"anywhere" in a sense that has nothing to do with applying ("I don't want my info stored
anywhere"). A place is a setting when a word for such an experience stands just before it in
its phrase with no wish word between; "anywhere" is a wish only in a clause about going,
applying or training, or being open to places.
"""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# Things that happened somewhere: the place after them is where, not where one wants to be.
_SETTINGS = frozenset(
    {"observership", "observerships", "obs", "observed", "observing", "elective", "electives",
     "rotation", "rotations", "rotated", "usce", "externship", "externships", "clerkship",
     "clerkships", "letter", "letters", "lor", "lors", "attending", "attendings", "hospital",
     "hospitals", "interview", "interviews", "interviewed", "born", "grew", "lived",
     "living", "lives", "worked", "working", "works", "job", "matched", "research",
     "researcher", "fellowship", "conference", "poster", "presented", "scrubbed", "shadowing",
     "shadowed", "visiting", "visited", "senior", "friend", "cousin", "mentor", "pd",
     # Where someone trains now: "my sister is a PGY-3 DR resident in Michigan".
     "resident", "residents",
     # Where one is or comes from: "moved to Florida last year", "currently in Boston".
     "moved", "currently", "based", "reside", "residing", "relocated", "settled", "raised"}
)  # fmt: skip
# "I am from California", "Hello from Chicago": only right before the place.
_ORIGINS = frozenset({"from"})
# Words that make what follows a wish again ("USCE done, I want Texas"); they end the look-back.
_WISHES = frozenset(
    {"prefer", "preferably", "preferred", "want", "wanna", "like", "love", "hoping", "hope",
     "ideally", "open", "target", "targeting", "rather", "consider", "considering", "wish",
     "aiming", "stay", "apply", "applying", "train", "training", "relocate", "move"}
)  # fmt: skip
_ENDS = frozenset({".", "!", "?", ";", ":", "(", ")", "but", "so"})
_REACH = 6


def a_setting(r: Reading, place: Mention) -> bool:
    """ "observership in Houston", "attending in Baltimore", "the one in Cleveland": the place
    says where something happened, not where the writer wants to be."""
    for i in range(place.start - 1, max(-1, place.start - 1 - _REACH), -1):
        token = r.doc[i]
        word = token.lower_
        if word in _ENDS or word in _WISHES or "\n" in token.text:
            return False
        if word == "," and not _place_before(r, i):
            return False  # "USCE done, Texas preferred"; not "USCE in NY, NJ"
        if word in _SETTINGS or (word in _ORIGINS and i >= place.start - 2):
            return True
        if word == "one" and i > 0 and r.doc[i - 1].lower_ == "the":
            return True  # "the one in Cleveland": an interview or program already named
    return False


def _place_before(r: Reading, comma: int) -> bool:
    return any(m.end == comma for m in r.aux if m.label in {"REGION", "STATE"})


# Words that make "anywhere" about where one trains: going, applying, being open to places.
_ABOUT_PLACES = frozenset(
    {"apply", "applying", "applied", "application", "applications", "train", "training", "go",
     "going", "match", "matching", "relocate", "relocating", "move", "moving", "open", "ok",
     "okay", "fine", "flexible", "happy", "willing", "consider", "considering", "residency",
     "program", "programs", "spot", "position", "positions", "region", "regions", "location",
     "locations", "state", "states", "country", "geography", "preference", "prefer", "mind",
     "work", "live", "anywhere", "everywhere"}
)  # fmt: skip
_ANY_WORDS = frozenset({"anywhere", "everywhere"})


def anywhere_off_topic(r: Reading, place: Mention) -> bool:
    """ "I dont want my info stored anywhere": "anywhere" in a clause that says nothing about
    going, applying or being open to places (the phrase itself may say it: "any region")."""
    if place.value != "anywhere" or place.text.lower() not in _ANY_WORDS:
        return False
    clause = r.clause_of(place.start)
    start = clause.start if clause is not None else max(0, place.start - 8)
    end = clause.end if clause is not None else min(len(r.doc), place.end + 4)
    words = {r.doc[i].lower_ for i in range(start, end) if not place.start <= i < place.end}
    if r.expected == "preferred_regions":
        return False
    return not words & _ABOUT_PLACES
