"""``bot.channels.actions_down``: the address setting, the reachability check, the apology."""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.channels.actions_down import (
    BACK_IN_A_MOMENT,
    ActionServerCheck,
    check_from_environment,
    replies_or_apology,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("127.0.0.1:5055", ("127.0.0.1", 5055)), ("[::1]:6000", ("::1", 6000))],
)
def test_the_address_comes_from_the_environment(value: str, expected: tuple[str, int]) -> None:
    check = check_from_environment({"ADVISOR_ACTIONS_ADDRESS": value})
    assert check is not None and (check.host, check.port) == expected


@pytest.mark.parametrize("value", ["", "127.0.0.1", "host:port", ":5055"])
def test_no_or_a_malformed_address_means_no_check(value: str) -> None:
    assert check_from_environment({"ADVISOR_ACTIONS_ADDRESS": value}) is None


def test_a_listening_server_is_available_and_a_closed_port_is_not() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert asyncio.run(ActionServerCheck("127.0.0.1", port).available())
    # The port is closed now: refused at once.
    assert not asyncio.run(ActionServerCheck("127.0.0.1", port).available())


def test_replies_pass_unchanged_and_no_reply_becomes_the_apology() -> None:
    replies = [{"recipient_id": "web:1", "text": "Hello"}]
    assert replies_or_apology(replies, "web:1") is replies
    assert replies_or_apology([], "web:1") == [{"recipient_id": "web:1", "text": BACK_IN_A_MOMENT}]
