"""``bot.channels.actions_down``: the address setting, the health probe, what a turn sends."""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.channels import actions_down
from bot.channels.actions_down import (
    BACK_IN_A_MOMENT,
    NO_ANSWER,
    ActionServerCheck,
    check_from_environment,
    turn_replies,
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


async def _probe_against(status: bytes | None) -> bool:
    """Probe a loopback server that answers ``status`` to any request (None: accepts, never
    answers, as a stopped process's socket does)."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readline()
        if status is None:
            await asyncio.sleep(5)
        else:
            writer.write(status + b"\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        return await ActionServerCheck("127.0.0.1", port, timeout=0.5).available()


def test_only_an_http_200_to_the_health_probe_counts_as_available() -> None:
    assert asyncio.run(_probe_against(b"HTTP/1.1 200 OK"))
    assert not asyncio.run(_probe_against(b"HTTP/1.1 502 Bad Gateway"))
    # Connected but silent (SIGSTOP, hung): not available once the probe's timeout passes.
    assert not asyncio.run(_probe_against(None))
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    # Nobody listens there now: refused at once.
    assert not asyncio.run(ActionServerCheck("127.0.0.1", port).available())


def test_what_a_turn_sends() -> None:
    replies = [{"recipient_id": "web:1", "text": "Hello"}, {"recipient_id": "web:1", "text": "?"}]
    apology = {"recipient_id": "web:1", "text": BACK_IN_A_MOMENT}
    assert asyncio.run(turn_replies(replies, None, None, "web:1")) is replies
    # A custom action call failed after the first message: the rest was a fallback.
    assert asyncio.run(turn_replies(replies, 1, None, "web:1")) == [replies[0], apology]
    # Silent, no failed call, no action server to ask: a plain "no answer", not a restart.
    silent = asyncio.run(turn_replies([], None, None, "web:1"))
    assert silent == [{"recipient_id": "web:1", "text": NO_ANSWER}]
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    down = ActionServerCheck("127.0.0.1", port)
    assert asyncio.run(turn_replies([], None, down, "web:1")) == [apology]


def test_a_call_the_action_server_does_not_answer_is_given_up_once_it_fails_the_probe(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(actions_down, "ANSWERED_RECENTLY_SECONDS", 0.2)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]

    async def never() -> int:
        await asyncio.sleep(60)
        return 0

    async def answered() -> int:
        await asyncio.sleep(0.3)
        return 7

    async def watched_never() -> asyncio.Task[int]:
        task = asyncio.ensure_future(actions_down._watched(never(), down))
        await asyncio.wait({task}, timeout=10)
        return task

    down = ActionServerCheck("127.0.0.1", port)
    task = asyncio.run(watched_never())
    assert task.done(), "still waiting for a server that fails the probe"
    with pytest.raises(asyncio.TimeoutError):
        task.result()
    # Waiting alone is no reason to give up: a call that answers is passed through.
    assert asyncio.run(actions_down._watched(answered(), None)) == 7
