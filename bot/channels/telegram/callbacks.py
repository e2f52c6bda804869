"""Button payloads as Telegram callback data (at most 64 bytes).

A payload that fits is sent as the callback data itself, so a press relays exactly what Rasa
offered. A longer one is kept in a small per-chat table and the button carries a short key
(``#p:<n>``) instead; the table forgets the oldest keys first, and a press on a forgotten key is
reported as an expired button.
"""

from __future__ import annotations

from collections import OrderedDict

CALLBACK_DATA_LIMIT = 64
KEY_PREFIX = "#p:"
# The keyboard of a question that has been answered: pressing it again does nothing.
ANSWERED_DATA = "#answered"


def fits_callback_data(data: str) -> bool:
    """Whether ``data`` is valid Telegram callback data (1 to 64 bytes of UTF-8)."""
    return 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT


class PayloadTable:
    """One chat's mapping from short callback keys to payloads too long for callback data."""

    def __init__(self, capacity: int = 200) -> None:
        self._capacity = capacity
        self._payloads: OrderedDict[str, str] = OrderedDict()
        self._next_key = 0

    def encode(self, payload: str) -> str:
        """The callback data for a button that should send ``payload``."""
        reserved = payload.startswith((KEY_PREFIX, ANSWERED_DATA))
        if fits_callback_data(payload) and not reserved:
            return payload
        key = f"{KEY_PREFIX}{self._next_key}"
        self._next_key += 1
        self._payloads[key] = payload
        while len(self._payloads) > self._capacity:
            self._payloads.popitem(last=False)
        return key

    def decode(self, data: str) -> str | None:
        """The payload a press on ``data`` sends; None when the key has been forgotten."""
        if data.startswith(KEY_PREFIX):
            return self._payloads.get(data)
        return data

    def __len__(self) -> int:
        return len(self._payloads)
