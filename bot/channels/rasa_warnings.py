"""Rasa warnings that quote what a user sent are dropped inside the Rasa process.

Rasa 3.6 warns (Python ``UserWarning``, printed on stderr at every log level) when a message that
starts with ``/`` does not parse as an intent payload, and quotes the message: "Failed to parse
arguments in line '/inform{...'", "Parsed an intent '...' which is not defined", "Parsed an entity
'...'", "Invalid entity specification: ...". A button payload is ours, but a typed ``/...`` or a
forged button press is free text of the user's, and INFO logs hold no free text (issue 13). The
channels (``rest_input.py``, ``web/rasa_socketio.py``) install these filters when Rasa loads them;
what Rasa does with the message is unchanged (it is understood as text or as the nearest intent).

Standard library only: it runs inside Rasa.
"""

from __future__ import annotations

import warnings

USER_TEXT_WARNINGS = (
    r"Failed to parse arguments in line ",
    r"Parsed an intent '",
    r"Parsed an entity '",
    r"Invalid entity specification: ",
)


def drop_warnings_that_quote_users() -> None:
    """Ignore Rasa's warnings that quote a user's message (idempotent)."""
    for pattern in USER_TEXT_WARNINGS:
        warnings.filterwarnings("ignore", message=pattern)
