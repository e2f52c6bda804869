"""When the action server is down, applicants get a kind "back in a moment", never silence, on
both public channels; when it is back (the supervisor restarts it), the bot answers again.

The action server is killed (SIGKILL) and the messages follow at once: the supervisor needs
seconds to notice and start a new one (imports, binding), the messages a few milliseconds. (The
supervisor cannot be paused instead: it reads Rasa's output, and a paused reader blocks Rasa.)
The stack is the session's shared one (conftest.py); each test ends with the bot answering again.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
from support.replies import new_sender
from support.socketio_polling import PollingSocket
from support.stack import ProductStack

from bot.channels.actions_down import BACK_IN_A_MOMENT, DOWN_RECHECK_SECONDS

pytestmark = pytest.mark.integration


def socketio_replies(stack: ProductStack, message: str) -> list[object]:
    """The bot's texts for one message sent over a new socket.io session."""
    socket = PollingSocket(stack.rasa_url, f"http://127.0.0.1:{stack.web_port}")
    try:
        session = socket.session(None)
        socket.emit("user_uttered", {"message": message, "session_id": session})
        return [event.get("text") for event in socket.events("bot_uttered")]
    finally:
        socket.close()


def say_until_answered(stack: ProductStack, sender: str, message: str) -> list[str]:
    """Send ``message`` every 2 s (at most 2 minutes) until it is not "back in a moment"."""
    deadline = time.monotonic() + 120
    replies = texts(stack.say(sender, message))
    while replies == [BACK_IN_A_MOMENT] and time.monotonic() < deadline:
        time.sleep(2)
        replies = texts(stack.say(sender, message))
    return replies


def action_server_pids(stack: ProductStack) -> list[int]:
    return stack.service_pids(b"rasa_sdk")


@pytest.fixture
def actions_down(stack: ProductStack) -> None:
    pids = action_server_pids(stack)
    assert pids, "no action server process found"
    for pid in pids:
        os.kill(pid, signal.SIGKILL)


def texts(replies: list[dict[str, object]]) -> list[str]:
    return [str(reply.get("text") or "") for reply in replies]


def test_rest_and_socketio_say_back_in_a_moment_then_recover(
    stack: ProductStack, actions_down: None
) -> None:
    sender = new_sender("actions-down")
    assert texts(stack.say(sender, "my step 2 ck score is 250")) == [BACK_IN_A_MOMENT]
    # Not processed, so nothing stored changed: the applicant sends it again later.
    assert "step2ck_score" not in {k for k, v in stack.slots(sender).items() if v is not None}

    assert socketio_replies(stack, "what are my chances?") == [BACK_IN_A_MOMENT]


def test_the_bot_answers_again_once_the_action_server_is_back(stack: ProductStack) -> None:
    sender = new_sender("actions-down")
    replies = say_until_answered(stack, sender, "my step 2 ck score is 250")
    assert replies and BACK_IN_A_MOMENT not in replies, stack.log()
    assert stack.slots(sender)["step2ck_score"] == 250


def test_a_stopped_action_server_gets_back_in_a_moment_and_answers_once_continued(
    stack: ProductStack,
) -> None:
    """SIGSTOP: the process still accepts connections (the kernel does) but answers nothing,
    as a hung server; Rasa alone would wait 5 minutes and then send nothing or a fallback."""
    sender = new_sender("actions-stopped")
    # A custom action answers this one (the previous test's restart may still be under way).
    say_until_answered(stack, sender, "my step 2 ck score is 249")
    pids = action_server_pids(stack)
    assert pids, "no action server process found"
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        # It answered a moment ago, so this message goes in; its action call gets no answer, is
        # given up once no call was answered for a while and the probe fails, and the turn ends
        # with the apology, not with a fallback.
        assert texts(stack.say(sender, "my step 2 ck score is 251")) == [BACK_IN_A_MOMENT]
        # From now on the health probe fails: the apology comes at once, nothing is processed.
        assert texts(stack.say(sender, "my step 2 ck score is 250")) == [BACK_IN_A_MOMENT]
        assert socketio_replies(stack, "what are my chances?") == [BACK_IN_A_MOMENT]
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
    time.sleep(DOWN_RECHECK_SECONDS + 0.5)  # a failed probe is trusted for a moment
    replies = texts(stack.say(sender, "my step 2 ck score is 250"))
    assert replies and BACK_IN_A_MOMENT not in replies, stack.log()
    assert stack.slots(sender)["step2ck_score"] == 250
