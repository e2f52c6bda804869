"""Not saying the same answer twice: ``actions/repeats.py`` (issue 10 item 7)."""

from __future__ import annotations

from typing import Any

import pytest

from actions.repeats import recently_said, unless_unchanged, without_repeats
from bot.answers import Message

LEAD = Message(text="Thanks. That doesn't change my answer above.")
SHARPEN = Message(text="Your visa would sharpen this.")


def said(*texts: str, restart_before: bool = False) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [{"event": "restart"}] if restart_before else []
    events.append({"event": "user", "text": "hi"})
    events += [{"event": "bot", "text": text} for text in texts]
    events.append({"event": "user", "text": "3 months"})
    return events


@pytest.mark.parametrize(
    ("answer", "sharpen", "before", "expected"),
    [
        # Unchanged answer, no sharpening line: the lead alone (the last part of the answer
        # was once taken for the sharpening line and sent again).
        (
            ["Route: DR then IR.", "Programs 1-10"],
            None,
            ["Route: DR then IR.", "Programs 1-10"],
            [LEAD.text],
        ),
        # Unchanged answer, sharpening line new: the lead and the new line.
        (["Route: DR then IR."], SHARPEN, ["Route: DR then IR."], [LEAD.text, SHARPEN.text]),
        # Unchanged answer, sharpening line said already: the lead alone.
        (["Route: DR then IR."], SHARPEN, ["Route: DR then IR.", SHARPEN.text], [LEAD.text]),
        # One part changed: the whole answer goes again (a list keeps its header).
        (
            ["Route: DR then IR.", "Programs 1-10, new"],
            SHARPEN,
            ["Route: DR then IR.", "Programs 1-10"],
            ["Route: DR then IR.", "Programs 1-10, new", SHARPEN.text],
        ),
        # Nothing said before: everything.
        (["Route: DR then IR."], None, [], ["Route: DR then IR."]),
    ],
)
def test_an_unchanged_answer_is_replaced_by_one_line(
    answer: list[str], sharpen: Message | None, before: list[str], expected: list[str]
) -> None:
    messages = [Message(text=text) for text in answer]
    result = unless_unchanged(messages, sharpen, said(*before), LEAD)
    assert [message.text for message in result] == expected


def test_what_was_said_before_a_restart_does_not_count() -> None:
    events = [{"event": "bot", "text": "old answer"}, *said("new answer", restart_before=True)]
    assert recently_said(events, user_turns=None) == {"new answer"}


def test_without_repeats_points_back_once() -> None:
    result = without_repeats([Message(text="a"), Message(text="b")], said("a"))
    assert [message.text for message in result][1:] == ["b"]
    assert len(result) == 2
