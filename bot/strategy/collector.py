"""Source ids a report cites, in the order they were first cited."""

from __future__ import annotations


class Collector:
    """Source ids in the order they were cited; repeats are dropped once at the end."""

    __slots__ = ("cited",)

    def __init__(self) -> None:
        self.cited: list[str] = []

    def cite(self, *source_ids: str) -> None:
        self.cited.extend(source_ids)

    def sources(self) -> list[str]:
        return list(dict.fromkeys(self.cited))


# The tables, flattened once for the hot loops: each rule with its citations and whether its
# texts are templates (``str.format`` only runs where a text has placeholders). Codes are kept
# as strings: an enum's ``.value`` and hash are slow in a loop run ~25 times per report.
