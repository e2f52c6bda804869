"""Find the program a report names: every word of the phrase must be in the program's names.

"emory" + DR matches "Emory University Program" (DR) in Atlanta; "mayo clinic" + DR matches
three programs, which is ambiguous: the user is asked for the full name instead of a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.domain.tracks import Track

_WORD = re.compile(r"[a-z0-9]+")
# Words that do not tell programs apart (and that people add or drop freely).
_FILLER = frozenset({"the", "of", "at", "and", "program", "programs", "residency", "in", "s"})
MAX_LISTED = 3


@dataclass(frozen=True)
class ProgramName:
    """What a report is matched against: one stored program's names and place."""

    id: str
    name: str
    institution: str
    city: str
    state: str
    track: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.institution}, {self.city}, {self.state})"


@dataclass(frozen=True)
class Match:
    """The programs a phrase names: exactly one is a match; several are ambiguous."""

    programs: tuple[ProgramName, ...]

    @property
    def unique(self) -> ProgramName | None:
        return self.programs[0] if len(self.programs) == 1 else None


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower().replace("'", "")) if w not in _FILLER}


def match_program(phrase: str, track: Track | None, programs: Sequence[ProgramName]) -> Match:
    """The programs (of ``track`` when given) whose names hold every word of ``phrase``."""
    wanted = _words(phrase)
    if not wanted:
        return Match(())
    found = []
    for program in programs:
        if track is not None and program.track != track.value:
            continue
        names = _words(f"{program.name} {program.institution} {program.city} {program.state}")
        if wanted <= names:
            found.append(program)
    return Match(tuple(sorted(found, key=lambda p: (p.name, p.id))))
