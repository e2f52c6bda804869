"""Preferred regions: regions, states and cities named with a preference word."""

from __future__ import annotations

from bot.extraction.kin import said_of_kin
from bot.extraction.patterns import AMBIGUOUS_STATE_CODES, EXCEPT_CUES, PREFERENCE_CUES
from bot.extraction.pipeline import Mention
from bot.extraction.place_cues import (
    advised_by_others,
    anywhere_not_wanted,
    cues_for_an_answer,
    only_beside,
)
from bot.extraction.reading import Reading
from bot.extraction.region_wishes import a_setting, anywhere_off_topic
from bot.profile import Region
from bot.regions import region_of_state

ALL_REGIONS = tuple(region.value for region in Region)
# Phrases that mean "anywhere" only when the sentence is about places.
_ANYWHERE_IF_PLACES = frozenset(
    {"doesn't matter", "does n't matter", "no preference", "all of them", "all over"}
)
_PLACE_WORDS = frozenset(
    {"location", "locations", "region", "regions", "state", "states", "city", "cities", "where",
     "geography", "place", "places", "area", "areas", "country", "us", "usa", "anywhere"}
)  # fmt: skip


_PROGRAM_WORDS = frozenset({"program", "programs", "programmes"})


def preferred_regions(r: Reading) -> None:
    asked = r.expected == "preferred_regions"
    places = [m for m in r.aux if m.label in {"REGION", "STATE"}]
    wanted: set[str] = set()
    excluded: set[str] = set()
    anywhere = False
    for place in places:
        if not asked and said_of_kin(r, place.start):
            continue  # "My brother is a PGY-3 at Detroit and he says I should only apply DR"
        # "Which programs in Texas take J1?" may mean a preference (read only to confirm it).
        words = r.sentence_words(place.start)
        if "like" in words and not _likes(r, place.start):
            words = words - {"like"}  # "states like Tennessee and Florida": such as
        words = words - _cues_for_a_specialty(r, place)
        words = words - cues_for_an_answer(r, words, PREFERENCE_CUES)  # "want to know if"
        if not words & _APPLYING:
            words = words - _MOSTLY  # "mostly CT/MRI", "mostly chart review": no applying
        if "only" in words and not only_beside(r, place):
            words = words - {"only"}  # "I only have one letter, from an attending in Miami"
        if anywhere_not_wanted(r, place) or (not asked and advised_by_others(r, place)):
            continue  # "haven't applied anywhere", "my senior says apply everywhere"
        if not asked and (a_setting(r, place) or anywhere_off_topic(r, place)):
            continue  # "observership in Houston", "don't want my info stored anywhere"
        # ... but only a place in the sentence that asks for programs, not "USCE in NJ".
        asks_programs = r.program_question and bool(words & _PROGRAM_WORDS)
        cue = bool(words & PREFERENCE_CUES) or asks_programs or _listed(r, place, places)
        if not (asked or cue or place.value == "anywhere"):
            continue
        if place.text.lower() in _ANYWHERE_IF_PLACES and not (asked or words & _PLACE_WORDS):
            continue  # "J1 or H1B doesn't matter": not about where
        regions = _regions_of(place, asked)
        if _excluded(r, place.start):
            excluded |= regions
        elif place.value == "anywhere":
            anywhere = True
        else:
            wanted |= regions
    if anywhere and not wanted:
        wanted = set(ALL_REGIONS)  # "ok with anywhere but I'd really like the southeast": named
    # "all" / "any" answer the asked regions, not inside a question ("how much will all this cost?")
    words = {token.lower_ for token in r.doc if token.i not in r.asked}
    if (excluded and not wanted) or (asked and not wanted and words & {"all", "any"}):
        wanted = set(ALL_REGIONS)
    chosen = [region for region in ALL_REGIONS if region in wanted - excluded]
    if chosen:
        r.out.add("preferred_regions", chosen)


_SPECIALTIES = frozenset({"ir", "dr", "radiology", "interventional", "surgery", "medicine"})
_TO_SPECIALTY = frozenset(
    {"with", "in", "to", "do", "doing", "for", "pursue", "the", "a", "an", "another", "some"}
)  # "want to do an IR one next"
_MOSTLY = frozenset({"mostly", "mainly", "focus", "focusing"})
_APPLYING = frozenset({"apply", "applying", "application", "applications", "program", "programs"})


def _cues_for_a_specialty(r: Reading, place: Mention) -> set[str]:
    """Preference words after the place whose object is a specialty ("an IR elective in
    Pittsburgh which made me fall in love with IR"): they want the specialty, not the place
    ("I want IR in the northeast" still wants the northeast)."""
    clause = r.clause_of(place.start)
    sentence = [c for c in r.clauses if clause is not None and c.sentence == clause.sentence]
    found: set[str] = set()
    for i in (i for c in sentence for i in range(c.start, c.end) if i >= place.end):
        if r.doc[i].lower_ not in PREFERENCE_CUES:
            continue
        j = i + 1
        while j < len(r.doc) and r.doc[j].lower_ in _TO_SPECIALTY:
            j += 1
        there = {t.lower_ for t in r.doc[j + 1 : j + 4]} & {"there", "here"}
        if j < len(r.doc) and r.doc[j].lower_ in _SPECIALTIES and not there:
            found.add(r.doc[i].lower_)  # not "Texas, I want to do IR there"
    return found


_LIKERS = frozenset({"i", "we", "'d", "d", "would", "really", "also", "do", "i'd", "they'd"})


def _likes(r: Reading, position: int) -> bool:
    """ "I'd like the northeast", "would really like Texas": "like" said by someone wanting."""
    clause = r.clause_of(position)
    sentence = [c for c in r.clauses if clause is not None and c.sentence == clause.sentence]
    tokens = [i for c in sentence for i in range(c.start, c.end)]
    return any(
        r.doc[i].lower_ == "like" and i > 0 and r.doc[i - 1].lower_ in _LIKERS for i in tokens
    )


_LIST_WORDS = frozenset({"or", "and", "the", "pls", "please", "plz", "only", "thanks", "thx"})


def _listed(r: Reading, place: Mention, places: list[Mention]) -> bool:
    """ "northeast or midwest pls": a sentence that only names regions as a choice says where
    the writer looks (not "the midwest and the south have many programs")."""
    clause = r.clause_of(place.start)
    sentence = [c for c in r.clauses if clause is not None and c.sentence == clause.sentence]
    inside = {i for m in places for i in range(m.start, m.end)}
    words = {r.doc[i].lower_ for c in sentence for i in range(c.start, c.end) if i not in inside}
    if not words <= _LIST_WORDS:
        return False
    for other in places:
        if other is place or other.label != "REGION" or place.label != "REGION":
            continue
        low, high = sorted((place, other), key=lambda m: m.start)
        between = {r.doc[i].lower_ for i in range(low.end, high.start)}
        if between and between <= _LIST_WORDS | {",", "/"}:
            return True
    return False


def _regions_of(place: Mention, asked: bool) -> set[str]:
    if place.label == "REGION":
        if place.value == "anywhere":
            return set(ALL_REGIONS)
        if place.value == "east_coast":
            return {Region.NORTHEAST.value, Region.SOUTHEAST.value}
        return {str(place.value)}
    code, is_code = place.value
    if is_code and not asked and (place.text != code or code in AMBIGUOUS_STATE_CODES):
        return set()
    return {region_of_state(code).value}


def _excluded(r: Reading, position: int) -> bool:
    """A place after "except", "excluding", "anywhere but", "not"."""
    for i in range(max(0, position - 4), position):
        word = r.doc[i].lower_
        if word in {"except", "excluding", "not"}:
            return True
        if word in EXCEPT_CUES and i > 0 and r.doc[i - 1].lower_ == "anywhere":
            # "anywhere but the midwest"; not "open to anywhere but I prefer the midwest"
            return not {t.lower_ for t in r.doc[i + 1 : position]} & PREFERENCE_CUES
    return False
