"""Big cities abroad that IMGs name for where they come from or trained ("graduated in 2017 from
lagos", "MBBS from Karachi"): a country's cue for the applicant type, only after "from" (a city
one works or lives in, "IM attending in Cairo", says nothing of the school).
"""

from __future__ import annotations

from bot.extraction.patterns.tokens import Pattern, w

_CITIES = (
    "lagos", "abuja", "ibadan", "karachi", "lahore", "islamabad", "rawalpindi", "peshawar",
    "dhaka", "kathmandu", "cairo", "mumbai", "chennai", "kolkata", "hyderabad", "bangalore",
    "manila", "tehran", "baghdad", "damascus", "amman", "beirut", "khartoum", "nairobi", "accra",
    "riyadh", "jeddah", "kyiv", "kharkiv", "lviv", "almaty", "tashkent", "bogota", "caracas",
    "hanoi", "cebu", "bogotá", "lima", "guadalajara",
)  # fmt: skip

# "a DR letter from my chair in Riyadh": also where a letter comes from (not a US letter).
FOREIGN_CITIES = frozenset(_CITIES)

CITY_PATTERNS: dict[str, list[Pattern]] = {
    "COUNTRY": [
        [w("from"), w(*_CITIES)],
        # "graduated in Manila", "Graduated 2022 sa Cebu" (Tagalog "sa": in): the school's city
        [
            w("graduated", "graduate", "grad", "studied"),
            {"LIKE_NUM": True, "OP": "?"},
            w("sa", "in", "at"),
            w(*_CITIES),
        ],
        [w("from"), w("new"), w("delhi")],
        [w("from"), w("sao", "são"), w("paulo")],
    ],
}
