"""What a program question asks for, as people say it (pure; no I/O but the gazetteer given).

"Houston only", "programs near Chicago", "within 100 miles of Boston", "not California",
"Texas or Florida", "the Midwest", "only Integrated IR", "prelim programs", "which programs
sponsor H-1B near Chicago?" -> ``ProgramRequest``. A city alone means the city and its
suburbs (``CITY_RADIUS_MILES``); "near" a city means ``NEAR_RADIUS_MILES`` unless a distance
is given. Two-letter state codes count only when written in capitals ("TX"), so "in" and "or"
stay words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.profile import Region, VisaNeed
from bot.programs.models import Track
from bot.programs.places import Gazetteer, Place
from bot.regions import STATE_NAMES, STATE_REGION

CITY_RADIUS_MILES = 30.0
NEAR_RADIUS_MILES = 75.0
BARE_CITY_MIN_POPULATION = 50_000  # a city named without "in"/"near" must be this big
MAX_WORDS = 4

_PGY1 = (Track.TRANSITIONAL, Track.PRELIM_MEDICINE, Track.PRELIM_SURGERY)
_TRACK_WORDS: tuple[tuple[re.Pattern[str], tuple[Track, ...]], ...] = tuple(
    (re.compile(pattern), tracks)
    for pattern, tracks in (
        (r"\bintegrated\b", (Track.INTEGRATED_IR,)),
        (r"\bindependent\b", (Track.INDEPENDENT_IR,)),
        (r"\b(diagnostic radiology|dr programs?|dr residenc\w*|dr only|only dr)\b", (Track.DR,)),
        (r"\bprelim\w* (medicine|im)\b|\bim prelim", (Track.PRELIM_MEDICINE,)),
        (r"\bprelim\w* surg\w*|\bsurg\w* prelim", (Track.PRELIM_SURGERY,)),
        (r"\btransitional\b|\bty programs?\b", (Track.TRANSITIONAL,)),
        (r"\bprelim\w*\b(?! (medicine|im|surg))", (Track.PRELIM_MEDICINE, Track.PRELIM_SURGERY)),
        (r"\bpgy-?1\b|\bintern(ship)? year\b", _PGY1),
    )
)
_REGION_WORDS = {
    "northeast": Region.NORTHEAST,
    "north east": Region.NORTHEAST,
    "new england": Region.NORTHEAST,
    "southeast": Region.SOUTHEAST,
    "south east": Region.SOUTHEAST,
    "midwest": Region.MIDWEST,
    "mid west": Region.MIDWEST,
    "southwest": Region.SOUTHWEST,
    "south west": Region.SOUTHWEST,
    "west coast": Region.WEST,
    "the west": Region.WEST,
    "western": Region.WEST,
}
_NEGATION = re.compile(
    r"\b(not|no|except|excluding|exclude|outside( of)?|any(where|thing) but|avoid|other than|"
    r"apart from|without)\s+"
    r"(in\s+|the\s+)?$"
)
_NEAR = re.compile(
    r"\b(near|around|close to|closer to|by|within \d+ ?(mi|miles?|km) of|"
    r"\d+ ?(mi|miles?|km) (of|from))\s+$"
)
_IN = re.compile(r"\b(in|at|only|to)\s+$")
_DISTANCE = re.compile(r"(\d+)\s?(mi|miles?|km)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]*")


@dataclass(frozen=True)
class ProgramRequest:
    """Filters a program question asked for (empty: none)."""

    states: frozenset[str] = frozenset()
    exclude_states: frozenset[str] = frozenset()
    regions: frozenset[Region] = frozenset()
    exclude_regions: frozenset[Region] = frozenset()
    near: Place | None = None
    radius_miles: float = NEAR_RADIUS_MILES
    tracks: tuple[Track, ...] = ()
    sponsors: VisaNeed | None = None  # only programs a source says sponsor this visa

    @property
    def has_location(self) -> bool:
        return bool(
            self.states or self.exclude_states or self.regions or self.exclude_regions or self.near
        )

    @property
    def is_empty(self) -> bool:
        return not (self.has_location or self.tracks or self.sponsors)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str


def _ngrams(text: str) -> list[_Span]:
    words = list(_WORD.finditer(text))
    spans = []
    for size in range(MAX_WORDS, 0, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            spans.append(_Span(start, end, text[start:end]))
    return spans


def parse_request(text: str, gazetteer: Gazetteer | None = None) -> ProgramRequest:
    """The filters in one message (a gazetteer is needed only to recognise cities)."""
    lower = text.lower()
    states: set[str] = set()
    excluded: set[str] = set()
    regions: set[Region] = set()
    excluded_regions: set[Region] = set()
    near: Place | None = None
    radius = NEAR_RADIUS_MILES
    taken: list[tuple[int, int]] = []
    names = gazetteer.names() if gazetteer is not None else frozenset()

    def free(span: _Span) -> bool:
        return all(span.end <= a or span.start >= b for a, b in taken)

    for span in _ngrams(text):
        if not free(span):
            continue
        key = span.text.lower().strip(".'")
        before = lower[: span.start]
        negated = bool(_NEGATION.search(before))
        state = STATE_NAMES.get(key)
        if state is None and len(key) == 2 and span.text.isupper() and key.upper() in STATE_REGION:
            state = key.upper()
        region = _REGION_WORDS.get(key)
        if key in ("new york city", "nyc", "washington dc") or (
            key == "new york" and lower[span.end : span.end + 5] == " city"
        ):
            state = None
        if state is not None and not (_NEAR.search(before) and key in names):
            (excluded if negated else states).add(state)
        elif region is not None:
            (excluded_regions if negated else regions).add(region)
        elif gazetteer is not None and key in names and not negated:
            place = gazetteer.lookup(key)
            if place is None:
                continue
            prepositioned = bool(_NEAR.search(before) or _IN.search(before))
            if not prepositioned and place.population < BARE_CITY_MIN_POPULATION:
                continue
            near = place
            distance = _DISTANCE.search(lower[max(0, span.start - 30) : span.start])
            if distance:
                value = float(distance.group(1))
                radius = value * 0.621371 if distance.group(2) == "km" else value
            elif not _NEAR.search(before):
                radius = CITY_RADIUS_MILES
        else:
            continue
        taken.append((span.start, span.end))
    tracks: list[Track] = []
    for pattern, found in _TRACK_WORDS:
        if pattern.search(lower):
            tracks.extend(t for t in found if t not in tracks)
    sponsors = None
    if re.search(r"\bh-?1-?b\b", lower):
        sponsors = VisaNeed.H1B
    elif re.search(r"\bj-?1\b", lower):
        sponsors = VisaNeed.J1
    if sponsors is not None and not re.search(r"sponsor|visa|take|accept|offer|program", lower):
        sponsors = None
    return ProgramRequest(
        states=frozenset(states),
        exclude_states=frozenset(excluded),
        regions=frozenset(regions),
        exclude_regions=frozenset(excluded_regions),
        near=near,
        radius_miles=radius,
        tracks=tuple(tracks),
        sponsors=sponsors,
    )


def describe(request: ProgramRequest) -> str:
    """The filters in plain words, e.g. "within 75 miles of Chicago, IL; H-1B sponsors"."""
    parts: list[str] = []
    if request.near is not None:
        parts.append(f"within {request.radius_miles:.0f} miles of {request.near.label}")
    if request.states:
        parts.append("in " + ", ".join(sorted(request.states)))
    if request.regions:
        parts.append("in the " + ", ".join(sorted(r.value for r in request.regions)))
    if request.exclude_states:
        parts.append("not in " + ", ".join(sorted(request.exclude_states)))
    if request.exclude_regions:
        parts.append("not in the " + ", ".join(sorted(r.value for r in request.exclude_regions)))
    if request.tracks:
        parts.append(" and ".join(TRACK_WORDS[t] for t in request.tracks) + " programs")
    if request.sponsors is not None:
        parts.append(f"{'H-1B' if request.sponsors is VisaNeed.H1B else 'J-1'} sponsors")
    return "; ".join(parts)


TRACK_WORDS = {
    Track.INTEGRATED_IR: "Integrated IR",
    Track.INDEPENDENT_IR: "Independent IR",
    Track.DR: "Diagnostic Radiology",
    Track.TRANSITIONAL: "transitional-year",
    Track.PRELIM_MEDICINE: "preliminary medicine",
    Track.PRELIM_SURGERY: "preliminary surgery",
}
