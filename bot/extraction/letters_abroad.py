"""Letters from home are not US letters: "1 from my radiology professor back home", "a DR
letter from my professor in India", "1 from my radiology chair in Riyadh", "1 non-US letter from
radiology" counted as US letters (the CONTRACT's letter fields are US letters only; a wrong fact
is worse than none)."""

from __future__ import annotations

import re

from bot.extraction.patterns.cities import FOREIGN_CITIES
from bot.extraction.pipeline import Mention
from bot.extraction.reading import Clause, Reading

_ABROAD = re.compile(
    r"\b(home|abroad|overseas|foreign|non ?- ?us|nonus|my country|not (from )?(the )?us)\b"
)  # "a letter from my chair in Mexico (not US)"
# The words a letter's source may sit among: "professor back home", "professor in India".
_AROUND = 6


def from_abroad(r: Reading, clause: Clause, near: int, source: Mention) -> bool:
    """Whether the words around the count and its source say the letter is from abroad."""
    low = max(clause.start, min(near, source.start) - 1)
    high = min(clause.end, max(near, source.end) + _AROUND)
    words = [r.doc[i].lower_ for i in range(low, high)]
    if _ABROAD.search(" ".join(words)) or set(words) & FOREIGN_CITIES:
        return True  # "professor back home", "my radiology chair in Riyadh"
    return any(m.label == "COUNTRY" and low <= m.start < high for m in r.aux)
