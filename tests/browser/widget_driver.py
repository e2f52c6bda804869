"""Drives the chat widget in a Playwright page the way a person does: click, type, read."""

from __future__ import annotations

import time
from typing import Any

WIDGET = "ir-advisor-widget"
REPLY_TIMEOUT_MS = 45_000
QUIET_SECONDS = 1.0

SKIP_TITLE = "I don't know yet"

# The form's questions (domain.yml utter_ask_*) and how our test applicant answers them: a
# button title to click, or text to type. A non-US IMG on a J-1 with a solid Step 2 CK.
ANSWERS: list[tuple[str, tuple[str, str]]] = [
    ("which describes you best", ("click", "Non-US IMG")),
    ("how did usmle step 1 go", ("click", "Passed, first attempt")),
    ("step 2 ck score", ("type", "248")),
    ("pass step 2 ck on your first attempt", ("click", "Yes, first attempt")),
    ("taken usmle step 3", ("click", "Not taken yet")),
    ("us interventional radiologists", ("type", "1")),
    ("us diagnostic radiologists", ("type", "2")),
    ("other us physicians", ("type", "1")),
    ("peer-reviewed", ("type", "2")),
    ("abstracts, posters", ("type", "3")),
    ("dedicated research position", ("type", "1")),
    ("hands-on us clinical experience", ("type", "6")),
    ("us observerships", ("type", "8")),
    ("radiology rotations or electives", ("type", "4")),
    ("graduate from medical school", ("type", "2021")),
    ("need a visa", ("click", "J-1")),
    ("working in medicine right now", ("click", "Yes")),
    ("match cycles", ("type", "0")),
    ("interviews did you get", ("type", "0")),
    ("which us region", ("click", "Northeast")),
]


class WidgetDriver:
    def __init__(self, page: Any, server_url: str) -> None:
        self.page = page
        self.server_url = server_url

    # --- reading ---------------------------------------------------------------------------

    def bot_texts(self) -> list[str]:
        return list(self.page.locator(f"{WIDGET} >> .msg.bot .bubble").all_inner_texts())

    def user_texts(self) -> list[str]:
        return list(self.page.locator(f"{WIDGET} >> .msg.user .bubble").all_inner_texts())

    def system_texts(self) -> list[str]:
        return list(self.page.locator(f"{WIDGET} >> .msg.system .bubble").all_inner_texts())

    def message_count(self) -> int:
        return int(self.page.locator(f"{WIDGET} >> .msg").count())

    def enabled_replies(self) -> list[str]:
        return list(self.page.locator(f"{WIDGET} >> button.reply:enabled").all_inner_texts())

    def transport(self) -> str | None:
        value = self.page.get_attribute(WIDGET, "data-transport")
        return str(value) if value is not None else None

    def storage(self, key: str) -> str | None:
        value = self.page.evaluate(
            "key => window.localStorage.getItem(key)", f"irAdvisor:{self.server_url}:{key}"
        )
        return str(value) if value is not None else None

    def session_id(self) -> str | None:
        return self.storage("session")

    def panel_open(self) -> bool:
        return bool(self.page.locator(f"{WIDGET} >> .panel").is_visible())

    # --- acting ----------------------------------------------------------------------------

    def wait_for_transport(self) -> str:
        self.page.wait_for_function(
            f"() => document.querySelector('{WIDGET}')?.hasAttribute('data-transport')",
            timeout=REPLY_TIMEOUT_MS,
        )
        return str(self.transport())

    def _await_reply(self, before: int) -> list[str]:
        """Wait until bot messages after index ``before`` arrived and stopped coming."""
        self.page.wait_for_function(
            "([tag, n]) => document.querySelector(tag).shadowRoot"
            ".querySelectorAll('.msg.bot').length > n",
            arg=[WIDGET, before],
            timeout=REPLY_TIMEOUT_MS,
        )
        # socket.io delivers a reply as several events: wait until it is quiet.
        count = len(self.bot_texts())
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < QUIET_SECONDS:
            self.page.wait_for_timeout(250)
            now = len(self.bot_texts())
            if now != count:
                count, quiet_since = now, time.monotonic()
        return self.bot_texts()[before:]

    def open_and_wait_for_greeting(self) -> list[str]:
        before = len(self.bot_texts())
        self.page.click(f"{WIDGET} >> .launcher")
        return self._await_reply(before)

    def send(self, text: str) -> list[str]:
        before = len(self.bot_texts())
        self.page.fill(f"{WIDGET} >> textarea", text)
        self.page.press(f"{WIDGET} >> textarea", "Enter")
        return self._await_reply(before)

    def click_reply(self, title: str) -> list[str]:
        before = len(self.bot_texts())
        button = self.page.locator(f"{WIDGET} >> button.reply:enabled", has_text=title)
        button.first.click()
        return self._await_reply(before)

    def answer_questions(self, reply: list[str], max_turns: int = 30) -> list[tuple[str, str]]:
        """Answer the form's questions until the bot asks none we know; returns what was done."""
        done: list[tuple[str, str]] = []
        for _ in range(max_turns):
            # Every form question offers "I don't know yet"; advice text may mention the same
            # words as a question but never carries that button.
            if SKIP_TITLE not in self.enabled_replies():
                return done
            question = reply[-1].lower() if reply else ""
            # A question we have no answer for (new or reworded) is skipped, as a person might.
            answer = next((a for key, a in ANSWERS if key in question), ("click", SKIP_TITLE))
            how, value = answer
            reply = self.click_reply(value) if how == "click" else self.send(value)
            done.append((how, value))
        raise AssertionError(f"the form did not end after {max_turns} answers: {done}")
