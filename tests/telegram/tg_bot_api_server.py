"""A real HTTP server on loopback that speaks the part of the Telegram Bot API the gateway uses.

It is not a mock of our code: python-telegram-bot talks to it over HTTP exactly as it talks to
api.telegram.org (``TELEGRAM_API_BASE_URL`` points PTB at it). It hands out queued updates through
``getUpdates`` (long polling), records every call, and checks what the real Bot API checks and
our code could get wrong: the bot token, HTML entities (only Telegram's tags, every ``<`` and
``&`` escaped), the 4096-character message limit, the 64-byte callback data limit.

Methods: getMe, getUpdates, sendMessage, sendPhoto, sendChatAction, editMessageReplyMarkup,
answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook, getWebhookInfo.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

BOT_USER = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "IR Match Advisor",
    "username": "ir_match_advisor_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Parameters PTB sends JSON-encoded inside the form body.
JSON_PARAMETERS = {"reply_markup", "link_preview_options", "commands", "allowed_updates"}
INT_PARAMETERS = {"chat_id", "message_id", "offset", "limit", "timeout"}
# Tags Telegram's HTML parse mode accepts.
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "tg-emoji", "code", "pre", "blockquote",
}  # fmt: skip
_TAG_RE = re.compile(r"<(/?)([a-z-]+)(?:\s+[^<>]*)?>")
_ENTITY_RE = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
LONG_POLL_CAP_SECONDS = 1.0


class LoopbackServer(ThreadingHTTPServer):
    """A threaded HTTP server with room for many simultaneous connections."""

    daemon_threads = True
    request_queue_size = 128  # the default 5 makes a burst of connections wait a second

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hung up (a timed-out call, a stopped gateway) is not a server error.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class BotApiError(Exception):
    """An error answer of the Bot API: HTTP status, description, optional retry_after."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass
class Call:
    """One recorded Bot API call."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the server answered (e.g. the sent message)


def visible_text(text: str, parse_mode: str | None) -> str:
    """The text Telegram would show, refusing HTML it would refuse ("can't parse entities")."""
    if parse_mode is None:
        return text
    if parse_mode.upper() != "HTML":
        raise BotApiError(400, f"Bad Request: unsupported parse_mode {parse_mode}")
    stack: list[str] = []
    plain: list[str] = []
    position = 0
    for match in _TAG_RE.finditer(text):
        plain.append(text[position : match.start()])
        closing, tag = match.group(1) == "/", match.group(2)
        if tag not in ALLOWED_TAGS:
            raise BotApiError(400, f"Bad Request: can't parse entities: unsupported tag {tag}")
        if closing:
            if not stack or stack.pop() != tag:
                raise BotApiError(400, f"Bad Request: can't parse entities: unexpected </{tag}>")
        else:
            stack.append(tag)
        position = match.end()
    plain.append(text[position:])
    if stack:
        raise BotApiError(400, f"Bad Request: can't parse entities: unclosed <{stack[-1]}>")
    joined = "".join(plain)
    if "<" in joined or ">" in joined:
        raise BotApiError(400, "Bad Request: can't parse entities: unescaped < or >")
    for amp in re.finditer("&", joined):
        if not _ENTITY_RE.match(joined, amp.start()):
            raise BotApiError(400, "Bad Request: can't parse entities: unescaped &")
    return html.unescape(joined)


def utf16_length(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


class FakeBotApi:
    """The server and its state; use as a context manager (starts on a free loopback port)."""

    def __init__(self, token: str = "123456:TEST-gateway-token") -> None:
        self.token = token
        self._lock = threading.Condition()
        self._updates: list[dict[str, Any]] = []
        self._calls: list[Call] = []
        self._calls_by_chat: dict[Any, list[Call]] = {}
        self._calls_by_query: dict[Any, list[Call]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(100)
        self._callback_ids = itertools.count(1)
        self.webhook_url = ""
        self._scripted_failures: dict[tuple[str, int], list[BotApiError]] = {}
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
        }
        self._server = LoopbackServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """PTB's base_url form (the token is appended)."""
        return f"http://127.0.0.1:{self.port}/bot"

    def __enter__(self) -> FakeBotApi:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # --- what tests drive ------------------------------------------------------------------

    def push_update(self, body: dict[str, Any]) -> dict[str, Any]:
        """Queue an update (``update_id`` is added) and return it."""
        with self._lock:
            update = {"update_id": next(self._update_ids), **body}
            self._updates.append(update)
            self._lock.notify_all()
        return update

    def user_message(self, chat_id: int, text: str, **extra: Any) -> dict[str, Any]:
        """The ``message`` object of a private-chat message from the user."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Applicant"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Applicant"},
            **extra,
        }
        if text:
            message["text"] = text
            if text.startswith("/"):
                command = text.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return message

    def send_text(self, chat_id: int, text: str) -> dict[str, Any]:
        """The user types ``text`` (a command when it starts with ``/``)."""
        return self.push_update({"message": self.user_message(chat_id, text)})

    def send_sticker(self, chat_id: int) -> dict[str, Any]:
        """The user sends a sticker (no text)."""
        sticker = {
            "file_id": "sticker-1",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self.push_update({"message": self.user_message(chat_id, "", sticker=sticker)})

    def press_button(self, chat_id: int, message_id: int, data: str) -> dict[str, Any]:
        """The user presses the inline button with callback ``data`` under the bot's message."""
        with self._lock:
            message = self._messages[(chat_id, message_id)]
        query = {
            "id": f"cbq-{next(self._callback_ids)}",
            "from": {"id": chat_id, "is_bot": False, "first_name": "Applicant"},
            "chat_instance": f"ci-{chat_id}",
            "message": message,
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def press_forged_button(self, chat_id: int, data: str) -> dict[str, Any]:
        """A press with ``data`` the bot never offered, under a message of the bot (a modified
        client can send any callback data; Telegram limits it to 64 bytes, this server does not)."""
        keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": data}]]}
        message = self._bot_message(chat_id, text="A question?", reply_markup=keyboard)
        return self.press_button(chat_id, message["message_id"], data)

    def fail_next(self, method: str, chat_id: int, error: BotApiError) -> None:
        """Answer the next ``method`` call for ``chat_id`` with ``error`` (e.g. a 429 or 500)."""
        with self._lock:
            self._scripted_failures.setdefault((method, chat_id), []).append(error)

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        """Recorded calls, optionally of one method and/or for one chat."""
        with self._lock:
            recorded = self._calls if chat_id is None else self._calls_by_chat.get(chat_id, [])
            return [call for call in recorded if method is None or call.method == method]

    def query_answers(self, query_id: str) -> list[Call]:
        """The answerCallbackQuery calls for one button press (they name no chat)."""
        with self._lock:
            return list(self._calls_by_query.get(query_id, []))

    def wait_for(
        self, predicate: Callable[[FakeBotApi], bool], timeout: float = 15.0, what: str = ""
    ) -> None:
        """Wait until ``predicate(self)`` holds; fail with the recorded calls otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self):
                return
            time.sleep(0.02)
        methods = [(c.method, c.params.get("chat_id")) for c in self.calls()]
        raise AssertionError(f"timed out waiting for {what or predicate}; calls: {methods[-30:]}")

    def wait_for_messages(self, chat_id: int, count: int, timeout: float = 15.0) -> list[Call]:
        """Wait until the bot sent ``count`` text messages to ``chat_id``; return them all."""
        self.wait_for(
            lambda api: len(api.calls("sendMessage", chat_id)) >= count,
            timeout,
            f"{count} sendMessage to {chat_id}",
        )
        return self.calls("sendMessage", chat_id)

    # --- the Bot API -----------------------------------------------------------------------

    def _handle(self, method: str, params: dict[str, Any]) -> Any:
        call = Call(method, params)
        handler = self._methods.get(method)
        try:
            if handler is None:
                raise BotApiError(404, "Not Found: method not found")
            with self._lock:
                failures = self._scripted_failures.get((method, params.get("chat_id", 0)), [])
                failure = failures.pop(0) if failures else None
            if failure is not None:
                raise failure
            call.result = handler(params)
        except BotApiError as error:
            call.result = error
            raise
        finally:
            with self._lock:
                self._calls.append(call)
                self._calls_by_chat.setdefault(params.get("chat_id"), []).append(call)
                if "callback_query_id" in params:
                    self._calls_by_query.setdefault(params["callback_query_id"], []).append(call)
        return call.result

    def _get_me(self, params: dict[str, Any]) -> Any:
        return BOT_USER

    def _get_updates(self, params: dict[str, Any]) -> Any:
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), LONG_POLL_CAP_SECONDS)
        deadline = time.monotonic() + wait
        with self._lock:
            while True:
                # Updates below the offset are confirmed: Telegram forgets them.
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                remaining = deadline - time.monotonic()
                if self._updates or remaining <= 0:
                    return list(self._updates[: int(params.get("limit") or 100)])
                self._lock.wait(remaining)

    def _bot_message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Applicant"},
            "from": BOT_USER,
            **content,
        }
        with self._lock:
            self._messages[(chat_id, message["message_id"])] = message
        return message

    @staticmethod
    def _check_markup(markup: Any) -> None:
        if markup is None:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                    raise BotApiError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _send_message(self, params: dict[str, Any]) -> Any:
        text = visible_text(str(params.get("text", "")), params.get("parse_mode"))
        if not text.strip():
            raise BotApiError(400, "Bad Request: message text is empty")
        if utf16_length(text) > 4096:
            raise BotApiError(400, "Bad Request: message is too long")
        self._check_markup(params.get("reply_markup"))
        content: dict[str, Any] = {"text": text}
        if params.get("reply_markup"):
            content["reply_markup"] = params["reply_markup"]
        return self._bot_message(int(params["chat_id"]), **content)

    def _send_photo(self, params: dict[str, Any]) -> Any:
        if not str(params.get("photo", "")).startswith(("http://", "https://")):
            raise BotApiError(400, "Bad Request: wrong remote file identifier specified")
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 640, "height": 480}]
        return self._bot_message(int(params["chat_id"]), photo=photo)

    def _send_chat_action(self, params: dict[str, Any]) -> Any:
        return True

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> Any:
        key = (int(params["chat_id"]), int(params["message_id"]))
        markup = params.get("reply_markup")
        self._check_markup(markup)
        with self._lock:
            if key not in self._messages:
                raise BotApiError(400, "Bad Request: message to edit not found")
            message = dict(self._messages[key])
            if markup:
                message["reply_markup"] = markup
            else:
                message.pop("reply_markup", None)
            self._messages[key] = message
        return message

    def _answer_callback_query(self, params: dict[str, Any]) -> Any:
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> Any:
        return True

    def _delete_webhook(self, params: dict[str, Any]) -> Any:
        self.webhook_url = ""
        return True

    def _set_webhook(self, params: dict[str, Any]) -> Any:
        self.webhook_url = str(params["url"])
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> Any:
        return {"url": self.webhook_url, "has_custom_certificate": False, "pending_update_count": 0}

    # --- HTTP ------------------------------------------------------------------------------

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: tests read the recorded calls instead."""

            def do_GET(self) -> None:
                self.do_POST()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                try:
                    method = self._method()
                    result = api._handle(method, self._params(body))
                    self._reply(200, {"ok": True, "result": result})
                except BotApiError as error:
                    self._reply(error.status, error.body())

            def _method(self) -> str:
                prefix = f"/bot{api.token}/"
                if not self.path.startswith(prefix):
                    raise BotApiError(401, "Unauthorized")
                return self.path[len(prefix) :].split("?", 1)[0]

            def _params(self, body: bytes) -> dict[str, Any]:
                content_type = self.headers.get("Content-Type", "")
                if not body:
                    return {}
                if content_type.startswith("application/json"):
                    return dict(json.loads(body))
                if not content_type.startswith("application/x-www-form-urlencoded"):
                    raise BotApiError(400, f"Bad Request: unsupported content type {content_type}")
                params: dict[str, Any] = {}
                for key, values in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                    value: Any = values[0]
                    if key in JSON_PARAMETERS:
                        value = json.loads(value)
                    elif key in INT_PARAMETERS:
                        value = int(value)
                    params[key] = value
                return params

            def _reply(self, status: int, payload: Any) -> None:
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
