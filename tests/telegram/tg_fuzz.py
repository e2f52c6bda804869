"""Fuzzed Telegram updates for the real gateway, and what each answer must be.

Used by test_telegram_fuzz.py (a short, seeded run) and bench/fuzz_telegram.py (10,000 updates).
Each update comes from a chat of its own (so no per-chat limit or earlier turn shapes the answer):

- typed text (hypothesis): empty, whitespace, any Unicode with control characters, mixed scripts
  and emoji, markdown and HTML, JSON and SQL fragments, commands, forged ``/inform{...}`` payloads,
  and lengths around Telegram's 4,096 characters and beyond, up to 100 KB (the Bot API server
  here accepts what Telegram's would not);
- button presses with forged callback data: payloads the bot never offered (out-of-range values,
  unknown slots, broken JSON), keys of the payload table that do not exist, data over 64 bytes.

Checks: every update is answered (a text or photo reaches the chat, or a notice on the pressed
button) within the timeout; the Bot API refused nothing the gateway sent; no "something went
wrong" from the gateway's error handler; a text over ``MAX_MESSAGE_CHARS`` gets the friendly "too
long" reply; and after every update that reached Rasa as a payload the conversation's slots are
all domain slots and its profile slots pass the profile model (bot/profile.py).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from pydantic import ValidationError
from tg_bot_api_server import BotApiError, FakeBotApi

from bot.channels.telegram.gateway import ERROR_TEXT
from bot.profile import ApplicantProfile

PROFILE_FIELDS = set(ApplicantProfile.model_fields)
# The REST channel's limit and the start of its friendly refusal (bot/channels/rest_input.py,
# which imports Rasa and so cannot be imported here).
MAX_MESSAGE_CHARS = 5000
TOO_LONG_START = "That message is too long"
FIRST_CHAT = 7_310_000_000_000
BATCH = 50

FRAGMENTS = [
    "'; DROP TABLE events; --", "1 OR 1=1", '{"sender": "tg:1", "message": "hi"}', "{}", "[]",
    "<script>alert(1)</script>", "<b>bold</b> & <i>", "**bold** _it_ `code` ```pre```",
    "[link](javascript:alert(1))", "\u202e\u0000\u0007\u001b[31m", "Step 2 ２５１", "مرحبا ИР 🩻",
    "👩🏽‍⚕️🇺🇸", "\t\n", "/restart", "/session_start", "/inform", "/inform{",
    '/inform{"step2ck_score": 999}', "/start@ir_match_advisor_test_bot", "/start@other_bot",
    "/help extra words", "/forget", "/profile", "/nosuchcommand", "&amp;&lt;&#0;",
]  # fmt: skip
MARKUP = ["**", "__", "`", "```", "<b>", "</b>", "<a href='x'>", "</a>", "&", "<", ">", "{", "}",
          '"', "\\", "[", "](", ")", "--", ";", "SELECT * FROM profiles", "step 2 ck 250", " ",
          "\n", "é", "ИР", "مرحبا", "中文", "🩻", "\u200b", "\u0000"]  # fmt: skip
FORGED_VALUES = st.one_of(
    st.integers(-(10**9), 10**9), st.floats(allow_nan=True), st.text(max_size=20), st.none(),
    st.lists(st.integers(), max_size=3), st.booleans(),
)  # fmt: skip
LONG_UNITS = ["a", "é", "🩻", "<&>", "Step 2 CK 250. ", "ИР ", "\u0000"]
LONG_LENGTHS = [4095, 4096, 4097, 5000, 5001, 8192, 20_000, 100_000]


def forged_payload() -> st.SearchStrategy[str]:
    keys = st.one_of(st.sampled_from(sorted(PROFILE_FIELDS)), st.text(min_size=1, max_size=12))
    body = st.dictionaries(keys, FORGED_VALUES, min_size=1, max_size=3)
    return body.map(lambda d: "/inform" + json.dumps(d, allow_nan=True))


def _long(length: int) -> st.SearchStrategy[str]:
    return st.sampled_from(LONG_UNITS).map(lambda unit: (unit * length)[:length])


TEXTS = st.one_of(
    st.just(""),
    st.text(alphabet=" \t\n\r\u00a0\u2003\u200b", max_size=20),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60),
    st.lists(st.sampled_from(MARKUP), max_size=12).map("".join),
    st.sampled_from(FRAGMENTS),
    st.sampled_from(LONG_LENGTHS).flatmap(_long),
    st.integers(0, 12_000).flatmap(_long),
    forged_payload(),
)
CALLBACK_DATA = st.one_of(
    forged_payload(),
    forged_payload().map(lambda p: p[: max(1, len(p) // 2)]),  # broken JSON
    st.text(max_size=64),
    st.sampled_from(["#p:0", "#p:999999", "#answered", "/greet", "/ask_pathway", "/restart",
                     "/forget_me", '/inform{"visa_need": "j1"}', '/inform{"evil_slot": 1}']),
    st.text(min_size=65, max_size=400),
)  # fmt: skip


class Kind(Enum):
    TEXT = "typed text"
    BUTTON = "button press"


@dataclass(frozen=True)
class FuzzUpdate:
    kind: Kind
    text: str  # the typed text, or the pressed button's callback data

    @property
    def reaches_rasa_as_payload(self) -> bool:
        """A button's data is relayed as is; typed "/..." is a command the gateway handles."""
        return self.kind is Kind.BUTTON


UPDATES = st.one_of(
    st.builds(FuzzUpdate, st.just(Kind.TEXT), TEXTS),
    st.builds(FuzzUpdate, st.just(Kind.TEXT), TEXTS),
    st.builds(FuzzUpdate, st.just(Kind.BUTTON), CALLBACK_DATA),
)


def generate(count: int, seed: int) -> list[FuzzUpdate]:
    """``count`` distinct updates from hypothesis, the same ones for the same seed (drawn in
    batches: hypothesis's own bookkeeping per example is slow next to drawing one)."""
    found: dict[FuzzUpdate, None] = {}  # distinct updates, in order
    batch = st.lists(UPDATES, min_size=BATCH, max_size=BATCH, unique=True)
    while len(found) < count:

        @settings(
            max_examples=max(1, (count - len(found)) // BATCH + 1),
            database=None,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis_seed(seed + len(found))
        @given(batch)
        def collect(updates: list[FuzzUpdate]) -> None:
            found.update(dict.fromkeys(updates))

        collect()
    return list(found)[:count]


@dataclass
class Outcome:
    update: FuzzUpdate
    chat: int
    seconds: float | None = None  # update handed out -> first message to the chat
    first_reply: str = ""
    slot_problem: str = ""


@dataclass
class FuzzRun:
    """Sends updates through the loopback Bot API server and records what came back."""

    api: FakeBotApi
    tracker: Callable[[str], dict[str, Any]]  # Rasa's tracker of a sender, by its HTTP API
    timeout: float = 120.0
    outcomes: list[Outcome] = field(default_factory=list)
    domain_slots: set[str] = field(default_factory=set)

    async def run(self, updates: list[FuzzUpdate], concurrency: int) -> list[Outcome]:
        gate = asyncio.Semaphore(concurrency)
        first = FIRST_CHAT + len(self.outcomes) * 7

        async def one(index: int, update: FuzzUpdate) -> Outcome:
            async with gate:
                return await self.send(first + index * 7, update)

        self.outcomes += await asyncio.gather(*(one(i, u) for i, u in enumerate(updates)))
        return self.outcomes

    async def send(self, chat: int, update: FuzzUpdate) -> Outcome:
        outcome = Outcome(update, chat)
        started = time.monotonic()
        query = ""
        if update.kind is Kind.BUTTON:
            pushed = await asyncio.to_thread(self.api.press_forged_button, chat, update.text)
            query = pushed["callback_query"]["id"]
        else:
            await asyncio.to_thread(self.api.send_text, chat, update.text)
        while time.monotonic() - started < self.timeout:
            sent = [c for c in self.api.calls(chat_id=chat) if c.method in REPLY_METHODS]
            # A press on an answered keyboard is answered by a notice on the button alone.
            sent = sent or [c for c in self.api.query_answers(query) if c.params.get("text")]
            if sent:
                outcome.seconds = sent[0].at - started
                outcome.first_reply = str(sent[0].params.get("text", "(photo)"))
                break
            await asyncio.sleep(0.05)
        if update.reaches_rasa_as_payload and outcome.seconds is not None:
            tracker = await asyncio.to_thread(self.tracker, f"tg:{chat}")
            outcome.slot_problem = self.slot_problem(tracker)
        return outcome

    def slot_problem(self, tracker: dict[str, Any]) -> str:
        slots: dict[str, Any] = tracker.get("slots") or {}
        self.domain_slots = self.domain_slots or set(slots)
        written = {e.get("name") for e in tracker.get("events") or [] if e.get("event") == "slot"}
        unknown = sorted(str(n) for n in written - self.domain_slots)
        if unknown:
            return f"unknown slots written: {unknown}"
        profile = {k: v for k, v in slots.items() if k in PROFILE_FIELDS and v is not None}
        try:
            ApplicantProfile.model_validate(profile)
        except ValidationError as error:
            return f"profile slots out of range: {str(error.errors()[0])[:160]}"
        return ""


REPLY_METHODS = ("sendMessage", "sendPhoto")


def problems(api: FakeBotApi, outcomes: list[Outcome]) -> list[str]:
    """Everything that breaks the rules of the module doc, one line each."""
    found: list[str] = []
    for outcome in outcomes:
        what = f"{outcome.update.kind.value} {outcome.update.text[:60]!r}"
        if outcome.seconds is None:
            found.append(f"no answer to {what}")
            continue
        refused = [
            str(c.result)
            for c in api.calls(chat_id=outcome.chat)
            if isinstance(c.result, BotApiError) and c.method != "editMessageReplyMarkup"
        ]
        if refused:
            found.append(f"the Bot API refused {refused[0]!r} for {what}")
        if outcome.first_reply == ERROR_TEXT:
            found.append(f"the gateway's error handler answered {what}")
        text = outcome.update.text
        too_long = outcome.update.kind is Kind.TEXT and len(text) > MAX_MESSAGE_CHARS
        if too_long and not text.startswith("/") and TOO_LONG_START not in outcome.first_reply:
            found.append(
                f"no 'too long' reply to {len(text)} characters: {outcome.first_reply:.80}"
            )
        if outcome.slot_problem:
            found.append(f"{outcome.slot_problem} by {what}")
    return found
