"""A whole advising conversation over Telegram: loopback Bot API server -> real gateway -> REAL Rasa
(the repo's trained model) -> REAL action server -> database, and back.

The stack is started the way an operator starts it: ``make run`` with ``TELEGRAM_BOT_TOKEN`` set
(and ``TELEGRAM_API_BASE_URL`` pointing at the loopback Bot API server), so the supervisor starts
the gateway itself. Free ports and temporary databases; nothing here stands
in for Rasa.

The applicant answers each question the bot asks, by pressing the offered button when there is
one and by typing otherwise, so the test follows whatever order the form asks in.
"""

from __future__ import annotations

import html
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from support.shared_stack import SharedProduct
from support.stack import ROOT, ProductStack
from support.waiting import wait_until
from tg_bot_api_server import BotApiError, Call, FakeBotApi

pytestmark = [pytest.mark.integration, pytest.mark.telegram]

ARTIFACTS = ROOT / "tests" / "artifacts"
CHAT = 640001
SENDER = f"tg:{CHAT}"
PATHWAYS = {
    "integrated_ir_plus_dr",
    "dr_then_independent_ir",
    "strengthen_then_apply",
    "recalibrate",
}

# The applicant: what they press when a question offers buttons...
BUTTON_ANSWERS = (
    '"applicant_type":"non_us_img"',
    '"step1":"pass_first_attempt"',
    '"visa_need":"j1"',
    '"step2ck_first_attempt":true',
    '"step3":"not_taken"',
    '"clinically_active":true',
    '"preferred_regions":"northeast"',
    '"cycle_stage":"preparing"',  # asked first while a season is under way
)
# ...and what they type otherwise (first matching phrase of the question wins).
TYPED_ANSWERS = (
    ("step 2 ck", "248"),
    ("interventional radiologists", "1"),
    ("diagnostic radiologists", "2"),
    ("other us physicians", "1"),
    ("publications", "2"),
    ("abstracts", "3"),
    ("research position", "0"),
    ("clinical experience", "6"),
    ("observership", "4"),
    ("rotations or electives", "4"),
    ("graduate", "2021"),
    ("match cycles", "0"),
    ("interviews", "0"),
)


@dataclass(frozen=True)
class TelegramStack:
    """``make run`` with the gateway, and the loopback Bot API server it talks to."""

    api: FakeBotApi
    product: ProductStack

    @property
    def log_path(self) -> Path:
        return self.product.log_path

    def tracker(self) -> dict[str, Any]:
        return self.product.tracker(SENDER)


@pytest.fixture(scope="module")
def stack(product: SharedProduct) -> TelegramStack:
    """The session's shared ``make run`` with ``TELEGRAM_BOT_TOKEN`` set, so the supervisor started
    the gateway too, pointed at the loopback Bot API server (``tests/support/shared_stack.py``)."""
    return TelegramStack(product.bot_api, product.stack)


class Applicant:
    """The Telegram user: sends, presses, and reads what the bot sent since the last turn."""

    def __init__(self, stack: TelegramStack) -> None:
        self.stack = stack
        self.api = stack.api
        self.transcript: list[str] = []

    def _turn(self, act: Any) -> list[Call]:
        before = len(self.api.calls("sendMessage", CHAT))
        act()
        self.api.wait_for(
            lambda api: len(api.calls("sendMessage", CHAT)) > before,
            timeout=60,
            what="the bot's reply",
        )
        # Rasa answers in one batch; the gateway sends it message by message. Wait for quiet.
        count = -1
        while count != len(self.api.calls("sendMessage", CHAT)):
            count = len(self.api.calls("sendMessage", CHAT))
            time.sleep(0.8)
        replies = self.api.calls("sendMessage", CHAT)[before:]
        for reply in replies:
            titles = [button["text"] for button in keyboard(reply)]
            self.transcript.append(f"BOT:  {html.unescape(reply.params['text'])}")
            if titles:
                self.transcript.append(f"      buttons: {' | '.join(titles)}")
        return replies

    def say(self, text: str) -> list[Call]:
        self.transcript.append(f"USER: {text}")
        return self._turn(lambda: self.api.send_text(CHAT, text))

    def press(self, message: Call, payload_part: str) -> list[Call]:
        buttons = keyboard(message)
        [button] = [b for b in buttons if payload_part in b["callback_data"]][:1]
        data = button["callback_data"]
        self.transcript.append(f"USER: [presses {button['text']!r} -> {data}]")
        return self._turn(lambda: self.api.press_button(CHAT, message.result["message_id"], data))

    def answer_questions(self, replies: list[Call], limit: int = 25) -> list[Call]:
        """Answer the form's questions until it closes; return every bot message meanwhile."""
        everything = list(replies)
        for _ in range(limit):
            if self.stack.tracker().get("active_loop", {}).get("name") != "profile_form":
                return everything
            question = replies[-1]
            payloads = [b["callback_data"] for b in keyboard(question)]
            chosen = next((a for a in BUTTON_ANSWERS if any(a in p for p in payloads)), None)
            if chosen is not None:
                replies = self.press(question, chosen)
            else:
                text = question.params["text"].lower()
                typed = next((value for phrase, value in TYPED_ANSWERS if phrase in text), None)
                replies = self.say(typed) if typed else self.press(question, "/skip")
            everything += replies
        pytest.fail(f"the form did not close after {limit} answers: {texts(everything)[-5:]}")


def keyboard(message: Call) -> list[dict[str, str]]:
    markup = message.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def texts(messages: list[Call]) -> list[str]:
    return [str(m.params["text"]) for m in messages]


def slots(stack: TelegramStack) -> dict[str, Any]:
    result: dict[str, Any] = stack.tracker().get("slots", {})
    return result


@pytest.fixture
def applicant(stack: TelegramStack) -> Iterator[Applicant]:
    """The applicant; the conversation is saved to tests/artifacts/ for review."""
    applicant = Applicant(stack)
    assert "[advisor run] telegram" in stack.log_path.read_text()
    try:
        yield applicant
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        (ARTIFACTS / "telegram-conversation.txt").write_text("\n".join(applicant.transcript) + "\n")


def test_whole_advising_conversation_over_telegram(
    stack: TelegramStack, applicant: Applicant
) -> None:
    assert [c["command"] for c in stack.api.calls("setMyCommands")[0].params["commands"]] == [
        "start",
        "help",
        "profile",
        "forget",
        "restart",
    ]

    # /start greets through Rasa, with the main options as inline buttons.
    greeting = applicant.say("/start")
    assert "IR Match Advisor" in " ".join(texts(greeting))
    assert any(b["callback_data"] == "/ask_pathway" for b in keyboard(greeting[-1]))

    # Pressing "Which pathway fits me?" starts the questions; answer them all.
    first_question = applicant.press(greeting[-1], "/ask_pathway")
    [edit] = stack.api.calls("editMessageReplyMarkup", CHAT)[-1:]
    assert edit.params["reply_markup"]["inline_keyboard"][0][0]["text"].startswith("✓ ")
    conversation = applicant.answer_questions(first_question)

    facts = slots(stack)
    assert facts["applicant_type"] == "non_us_img"
    # In a season under way the stage is asked first and takes one of the three questions.
    assert facts["step1"] == "pass_first_attempt" or facts["cycle_stage"] == "preparing"
    assert facts["step2ck_score"] == 248
    # Answer first: at most three facts are asked before the first personal answer.
    assert facts["visa_need"] is None
    assert facts["recommended_pathway"] in PATHWAYS, texts(conversation)[-3:]
    advice = " ".join(texts(conversation[-4:]))
    assert len(advice) > 200, advice

    # Every message went out as HTML the Bot API accepted (no fallback, no refusal).
    refused = [c for c in stack.api.calls("sendMessage", CHAT) if isinstance(c.result, BotApiError)]
    assert refused == []
    assert {c.params.get("parse_mode") for c in stack.api.calls("sendMessage", CHAT)} == {"HTML"}
    assert stack.api.calls("answerCallbackQuery")

    # The advice offers next steps as buttons; "See programs" asks what it still needs, then lists.
    # (The last message may be "this would sharpen the advice"; the buttons are on the advice.)
    offering = [
        m for m in conversation if any("programs" in b["text"].lower() for b in keyboard(m))
    ]
    assert offering, [(texts([m])[0][:80], keyboard(m)) for m in conversation[-3:]]
    [programs_button] = [b for b in keyboard(offering[-1]) if "programs" in b["text"].lower()]
    programs = applicant.answer_questions(
        applicant.press(offering[-1], programs_button["callback_data"])
    )
    assert slots(stack)["preferred_regions"] == ["northeast"]
    assert slots(stack)["visa_need"] == "j1"  # the program list asks the visa first
    program_text = " ".join(texts(programs))
    assert "Programs 1-" in program_text and "J-1 " in program_text, program_text[:500]

    # A typed correction outside the form updates the stored fact.
    applicant.say("actually my step 2 ck is 251")
    assert slots(stack)["step2ck_score"] == 251

    # /profile shows what the bot keeps; /forget erases it through the forget_me path.
    profile = " ".join(texts(applicant.say("/profile")))
    assert "251" in profile and "J-1" in profile, profile
    applicant.say("/forget")
    assert wait_until(lambda: slots(stack).get("step2ck_score") is None, every=0.5)
    assert slots(stack).get("applicant_type") is None
    # Nothing in the whole stack's output (gateway, Rasa, actions at their INFO) names the chat.
    assert str(CHAT) not in stack.log_path.read_text(errors="replace")
    user_texts = [e.get("text") for e in stack.tracker()["events"] if e.get("event") == "user"]
    assert "actually my step 2 ck is 251" not in user_texts, json.dumps(user_texts)[:500]
