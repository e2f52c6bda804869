"""The learned model's sure guess leads the message (``learned_topics``).

A long post's main question is often placed by the keyword model on a side topic its words name
("... 2 US IR letters, need J1 ... so integrated IR or DR?" names letters and visas). When the
learned model, which read the whole message, is sure of another answer topic, that topic is
answered first and the keyword topics follow. A question the writer marks as the main one
("my real question is ...", ``emphasis``) keeps its place.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.understanding import emphasis
from bot.understanding.models import Question
from bot.understanding.topics import OUT_OF_SCOPE, coarse

# How sure the learned model must be to lead: chosen on the validation files (docs/dialogue.md,
# "3 December, night"); below it the keyword model's order stands.
LEARNED_MAIN_PROBABILITY = 0.6


def learned_first(
    found: list[Question], parts: Sequence[str], guess: tuple[str, float] | None
) -> list[Question]:
    """``found`` with the guessed topic first when the guess is sure and the message asks a
    question the writer did not mark as the main one."""
    if guess is None or not found:
        return found
    topic, probability = guess
    if probability < LEARNED_MAIN_PROBABILITY or topic == OUT_OF_SCOPE:
        return found
    if any(emphasis.marked_main(part) for part in parts):
        return found
    if found[0].topic == OUT_OF_SCOPE:
        return found  # scope is the rules' call: a kind "not ours" is never replaced
    if found[0].topic and coarse(found[0].topic) == topic:
        return found
    same = next((q for q in found if q.topic and coarse(q.topic) == topic), None)
    if same is not None:
        return [same, *(q for q in found if q is not same)]
    return [Question(text=found[0].text, topic=topic), *found]
