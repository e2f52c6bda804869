"""A message written for the applicant by someone else ("I am writing for my son, he is the
applicant", "My wife is the applicant, I'm just typing for her", "Dad here, my daughter is
applying DR"): the applicant's facts are told in the third person and the writer's own ("I
myself am a pharmacist", "I'm a US citizen myself") are not the applicant's. Such a message is
read with the persons swapped: the applicant's "he/she/his/her" become "I/my", the writer's
"I/my" become the other person's, so the usual rules (someone else's clause says nothing) apply.

Only a declared proxy counts: "asking for my cousin: he's 2015 grad" with no word that the
writer writes or types for them stays someone else's post.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_MALE = {"son", "brother", "husband", "hubby", "fiance", "fiancé", "dad", "father", "him", "he"}
_FEMALE = {"daughter", "sister", "wife", "fiancee", "mom", "mother", "her", "she"}
_PEOPLE = "son|daughter|brother|sister|husband|hubby|wife|fiance|fiancé|fiancee"
_OWNER = rf"my\s+(?:(?:younger|older|little|elder|big|baby)\s+)?(?P<kin>{_PEOPLE})"
_DECLARED = [
    # "writing for my son", "typing for her", "I translate for him", "on behalf of my wife"
    rf"\b(?:writing|typing|translat\w*|posting|messaging|on\s+behalf\s+of)\s+(?:this\s+)?"
    rf"(?:for|about|of)?\s*(?:{_OWNER}|(?P<pro>him|her)\b)",
    # "my wife is the applicant", "my daughter is applying DR", "she's the one applying"
    rf"\b{_OWNER}\s*(?:is|'s)\s+(?:the\s+applicant|the\s+one\s+applying|applying)",
    # "he is the applicant", "she's the one applying" ("he's applying with 6 pubs" is not)
    r"\b(?P<pro2>he|she)\s*(?:is|'s)\s+the\s+(?:applicant|one\s+applying)",
    # "Mom here. My son is ...", "Dad here, my daughter ..."
    rf"^\W*(?:mom|mum|dad|mother|father|wife|husband)\s+here\W+{_OWNER}",
]


def applicant_gender(text: str) -> str | None:
    """ "m" or "f" when the writer declares writing for a male or female applicant."""
    for pattern in _DECLARED:
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            word = next(g for g in match.groups() if g).lower()
            return "m" if word in _MALE else "f" if word in _FEMALE else None
    return None


_THIRD = {
    "m": {"he": "I", "he's": "I'm", "him": "me", "his": "my", "himself": "myself"},
    "f": {"she": "I", "she's": "I'm", "her": "my", "hers": "mine", "herself": "myself"},
}
_FIRST = {
    "m": {"i": "she", "i'm": "she's", "im": "she's", "i've": "she's", "me": "her", "my": "her",
          "myself": "herself", "mine": "hers"},
    "f": {"i": "he", "i'm": "he's", "im": "he's", "i've": "he's", "me": "him", "my": "his",
          "myself": "himself", "mine": "his"},
}  # fmt: skip
_SELF = "Applicantself"  # "my son" while the words are swapped, then "I"
# After the applicant's new "I" / the writer's new "he/she", the verb agrees.
_AS_FIRST = {"is": "am", "has": "have", "does": "do", "was": "was", "'s": "'m"}
_AS_THIRD = {"am": "is", "have": "has", "do": "does"}
# "for her because", "with her.": "her" as an object is "me", before a noun "my".
_OBJECT_AFTER = {"because", "and", "to", "in", "for", "with", "so", "but", "as", "at", "on"}


def as_applicant(text: str) -> str:
    """``text`` with the persons swapped when it is written for the applicant, else as is."""
    gender = applicant_gender(text)
    if gender is None:
        return text
    third, first = _THIRD[gender], _FIRST[gender]
    text = re.sub(rf"\b{_OWNER}\b", _owner(gender), text, flags=re.IGNORECASE)
    tokens = re.findall(r"[A-Za-z]+(?:'[a-z]+)?|[^A-Za-z]+", text)
    out: list[str] = []
    previous = ""  # what the last word became: "I" (applicant) or "writer"
    for i, token in enumerate(tokens):
        low = token.lower()
        if not token.strip() or not token[0].isalpha():
            out.append(token)
            continue
        if token == _SELF:
            out.append("I")
            previous = "I"
        elif low == "her" and gender == "f":
            following = next((t for t in tokens[i + 1 :] if t.strip()), "")
            object_ = not following[:1].isalpha() or following.lower() in _OBJECT_AFTER
            out.append("me" if object_ else "my")
            previous = ""
        elif low in third:
            out.append(third[low])
            previous = "I" if third[low] == "I" else ""
        elif low in first and token != "IM":  # upper-case "IM" is internal medicine
            out.append(first[low])
            # "I myself am": the verb after "myself" still agrees with the writer's "I"
            previous = "writer" if low == "i" or (low == "myself" and previous) else ""
        elif previous == "I" and low in _AS_FIRST:
            out.append(_AS_FIRST[low])
            previous = ""
        elif previous == "writer" and low in _AS_THIRD:
            out.append(_AS_THIRD[low])
            previous = ""
        else:
            out.append(token)
            previous = ""
    return "".join(out)


def _owner(gender: str) -> Callable[[re.Match[str]], str]:
    """ "my son" -> "I" when the son is the applicant; another relative stays."""

    def replace(match: re.Match[str]) -> str:
        kin = match.group("kin").lower()
        mine = (kin in _MALE) == (gender == "m")
        return _SELF if mine else match.group(0)

    return replace
