"""The real gateway (``advisor telegram``, long polling) against a loopback Bot API server.

Rasa's side here is the stand-in of tg_rasa_standin.py, a small HTTP server answering Rasa's REST
endpoint with replies each test scripts: these tests are about rendering and error paths
(escaping, splitting, keyboards, Rasa errors and slowness, rate limits, commands). The whole
conversation with the real Rasa and action servers is in test_telegram_end_to_end.py.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from support.stack import free_port
from tg_bot_api_server import BotApiError, FakeBotApi
from tg_gateway_process import TEST_RASA_TIMEOUT, TEST_RATE_LIMIT, GatewayProcess, gateway_env
from tg_rasa_standin import RasaStandIn, Scripted

from bot.channels.actions_down import BACK_IN_A_MOMENT
from bot.channels.telegram.gateway import (
    COMMANDS,
    ERROR_TEXT,
    EXPIRED_BUTTON_TEXT,
    NOT_TEXT_TEXT,
    TRY_AGAIN_TEXT,
    UNKNOWN_COMMAND_TEXT,
)

pytestmark = [pytest.mark.telegram, pytest.mark.usefixtures("polling_gateway")]

GREETING: list[dict[str, Any]] = [
    {
        "text": "Hi! I <b>advise</b> IMGs on IR & DR. Source: [NRMP](https://www.nrmp.org/)",
        "buttons": [
            {"title": "Which pathway fits me?", "payload": "/ask_pathway"},
            {"title": "J-1", "payload": '/inform{"visa_need":"j1"}'},
        ],
    }
]


def replies(items: list[dict[str, Any]]) -> Scripted:
    return Scripted(replies=items)


def test_message_is_relayed_as_the_chat_and_the_reply_rendered(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510001
    rasa_standin.script(f"tg:{chat}", lambda message: replies(GREETING))
    bot_api.send_text(chat, "hello there")

    [sent] = bot_api.wait_for_messages(chat, 1)
    assert rasa_standin.messages_from(f"tg:{chat}") == ["hello there"]
    assert sent.params["parse_mode"] == "HTML"
    assert sent.params["text"] == (
        "Hi! I &lt;b&gt;advise&lt;/b&gt; IMGs on IR &amp; DR. "
        'Source: <a href="https://www.nrmp.org/">NRMP</a>'
    )
    assert sent.params["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Which pathway fits me?", "callback_data": "/ask_pathway"}],
            [{"text": "J-1", "callback_data": '/inform{"visa_need":"j1"}'}],
        ]
    }
    typing = bot_api.calls("sendChatAction", chat)
    assert typing and typing[0].params["action"] == "typing"
    assert typing[0].at <= sent.at


def test_button_press_is_answered_marked_and_its_payload_relayed(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510002
    rasa_standin.script(
        f"tg:{chat}",
        lambda message: replies(
            GREETING if message == "hi" else [{"text": f"You chose {message}"}]
        ),
    )
    bot_api.send_text(chat, "hi")
    [question] = bot_api.wait_for_messages(chat, 1)
    message_id = question.result["message_id"]

    bot_api.press_button(chat, message_id, '/inform{"visa_need":"j1"}')
    sent = bot_api.wait_for_messages(chat, 2)

    assert rasa_standin.messages_from(f"tg:{chat}") == ["hi", '/inform{"visa_need":"j1"}']
    assert sent[1].params["text"] == 'You chose /inform{"visa_need":"j1"}'
    [answered] = bot_api.calls("answerCallbackQuery")[-1:]
    assert answered.params["callback_query_id"].startswith("cbq-")
    [edit] = bot_api.calls("editMessageReplyMarkup", chat)
    assert edit.params["message_id"] == message_id
    assert edit.params["reply_markup"]["inline_keyboard"] == [
        [{"text": "✓ J-1", "callback_data": "#answered"}]
    ]
    assert answered.at <= edit.at <= sent[1].at

    # Pressing the answered keyboard again does not reach Rasa.
    bot_api.press_button(chat, message_id, "#answered")
    bot_api.wait_for(lambda api: len(api.calls("answerCallbackQuery")) >= 2, what="2nd answer")
    time.sleep(0.3)
    assert len(rasa_standin.messages_from(f"tg:{chat}")) == 2


def test_payload_longer_than_64_bytes_goes_through_a_short_key(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510003
    long_payload = '/inform{"preferred_regions":["northeast","southeast","midwest","west"]}'
    assert len(long_payload.encode()) > 64
    buttons = [{"title": "All but the southwest", "payload": long_payload}]
    rasa_standin.script(
        f"tg:{chat}",
        lambda message: replies(
            [{"text": "Which regions?", "buttons": buttons}]
            if message == "regions"
            else [{"text": "noted"}]
        ),
    )
    bot_api.send_text(chat, "regions")
    [question] = bot_api.wait_for_messages(chat, 1)
    data = question.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert data.startswith("#p:") and len(data.encode()) <= 64

    bot_api.press_button(chat, question.result["message_id"], data)
    bot_api.wait_for_messages(chat, 2)
    assert rasa_standin.messages_from(f"tg:{chat}") == ["regions", long_payload]

    # A key the gateway never handed out (e.g. from before a restart) is reported as expired.
    bot_api.press_button(chat, question.result["message_id"], "#p:999999")
    sent = bot_api.wait_for_messages(chat, 3)
    assert sent[2].params["text"] == EXPIRED_BUTTON_TEXT
    assert len(rasa_standin.messages_from(f"tg:{chat}")) == 2


def test_many_chats_at_once_each_get_their_reply(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chats = range(511001, 511013)
    for chat in chats:
        bot_api.send_text(chat, f"hello from {chat}")
    for chat in chats:
        [reply] = bot_api.wait_for_messages(chat, 1)
        assert reply.params["text"] == f"echo: hello from {chat}"


def test_messages_of_one_chat_are_relayed_and_answered_in_order(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510014
    # The first answer is the slowest: without the per-chat lock the replies would swap.
    delays = {"one": 0.8, "two": 0.3, "three": 0.0}
    rasa_standin.script(
        f"tg:{chat}",
        lambda message: Scripted(replies=[{"text": message}], delay_seconds=delays[message]),
    )
    for text in delays:
        bot_api.send_text(chat, text)
    sent = bot_api.wait_for_messages(chat, 3)
    assert [call.params["text"] for call in sent] == ["one", "two", "three"]
    assert rasa_standin.messages_from(f"tg:{chat}") == ["one", "two", "three"]


def test_long_reply_is_split_at_word_boundaries_under_the_limit(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510004
    words = [f"word{i}&<{i % 7}>" for i in range(1500)]  # escaping makes the HTML longer
    lines = [" ".join(words[i : i + 9]) for i in range(0, len(words), 9)]
    long_text = "\n".join(lines)
    assert len(long_text) > 3 * 4096
    buttons = [{"title": "More", "payload": "/more"}]
    rasa_standin.script(
        f"tg:{chat}", lambda message: replies([{"text": long_text, "buttons": buttons}])
    )
    bot_api.send_text(chat, "tell me everything")

    bot_api.wait_for(
        lambda api: any("reply_markup" in c.params for c in api.calls("sendMessage", chat)),
        what="the last piece (with the keyboard)",
    )
    sent = bot_api.calls("sendMessage", chat)
    assert len(sent) >= 4
    assert all(len(call.params["text"]) <= 4096 for call in sent)  # HTML length, UTF-16 = len
    # The fake server checked each piece's HTML; unescaped, the words come back whole, in order.
    import html

    shown = [html.unescape(call.params["text"]) for call in sent]
    assert " ".join(shown).split() == long_text.split()
    assert all(piece.split("\n")[-1].split()[-1] in words for piece in shown)
    assert ["reply_markup" in call.params for call in sent] == [False] * (len(sent) - 1) + [True]


def test_image_and_several_replies_arrive_in_order(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510005
    rasa_standin.script(
        f"tg:{chat}",
        lambda message: replies(
            [
                {"text": "First"},
                {"image": "https://example.org/ir-pathways.png"},
                {"text": "Last"},
            ]
        ),
    )
    bot_api.send_text(chat, "show me")
    bot_api.wait_for_messages(chat, 2)
    [photo] = bot_api.calls("sendPhoto", chat)
    assert photo.params["photo"] == "https://example.org/ir-pathways.png"
    first, last = bot_api.calls("sendMessage", chat)
    assert (first.params["text"], last.params["text"]) == ("First", "Last")
    assert first.at <= photo.at <= last.at


def test_telegram_flood_wait_is_retried_and_server_errors_reach_the_error_handler(
    bot_api: FakeBotApi, polling_gateway: GatewayProcess
) -> None:
    chat = 510012
    # 429 "retry after 1 s": the rate limiter waits and sends again.
    bot_api.fail_next("sendMessage", chat, BotApiError(429, "Too Many Requests", retry_after=1))
    bot_api.send_text(chat, "first")
    bot_api.wait_for(
        lambda api: any(
            not isinstance(c.result, BotApiError) for c in api.calls("sendMessage", chat)
        ),
        what="the retried message",
    )
    first_try, retried = bot_api.calls("sendMessage", chat)
    assert isinstance(first_try.result, BotApiError)
    assert retried.params["text"] == "echo: first" and retried.at - first_try.at >= 1.0

    # A 500 from Telegram fails the update: the one error handler logs it and tells the user.
    bot_api.fail_next("sendMessage", chat, BotApiError(500, "Internal Server Error"))
    bot_api.send_text(chat, "second")
    sent = bot_api.wait_for_messages(chat, 4)
    assert sent[3].params["text"] == ERROR_TEXT
    assert "error while handling an update" in polling_gateway.log()


def test_image_telegram_cannot_fetch_is_sent_as_a_link(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510013
    url = "https://example.org/missing.png"
    rasa_standin.script(f"tg:{chat}", lambda message: replies([{"image": url}]))
    bot_api.fail_next(
        "sendPhoto", chat, BotApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
    )
    bot_api.send_text(chat, "chart please")
    [link] = bot_api.wait_for_messages(chat, 1)
    assert link.params["text"] == url


def test_rasa_error_gets_a_try_again_reply_and_the_gateway_keeps_serving(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn, polling_gateway: GatewayProcess
) -> None:
    chat = 510006
    answers = iter([Scripted(status=500), Scripted(replies=[{"text": "Back again"}])])
    rasa_standin.script(f"tg:{chat}", lambda message: next(answers))
    bot_api.send_text(chat, "first try")
    [notice] = bot_api.wait_for_messages(chat, 1)
    assert notice.params["text"] == TRY_AGAIN_TEXT

    bot_api.send_text(chat, "second try")
    sent = bot_api.wait_for_messages(chat, 2)
    assert sent[1].params["text"] == "Back again"
    assert polling_gateway.alive()


def test_an_empty_rasa_answer_gets_back_in_a_moment_not_silence(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    # What stock Rasa answers when a turn's custom action call failed: 200 and no message.
    chat = 510020
    rasa_standin.script(f"tg:{chat}", lambda message: Scripted(replies=[]))
    bot_api.send_text(chat, "my step 2 ck is 250")
    [notice] = bot_api.wait_for_messages(chat, 1)
    assert notice.params["text"] == BACK_IN_A_MOMENT


def test_slow_rasa_gets_a_try_again_reply(bot_api: FakeBotApi, rasa_standin: RasaStandIn) -> None:
    chat = 510007
    rasa_standin.script(
        f"tg:{chat}",
        lambda message: Scripted(
            replies=[{"text": "too late"}], delay_seconds=TEST_RASA_TIMEOUT + 2
        ),
    )
    started = time.monotonic()
    bot_api.send_text(chat, "are you there?")
    [notice] = bot_api.wait_for_messages(chat, 1)
    assert notice.params["text"] == TRY_AGAIN_TEXT
    assert time.monotonic() - started < TEST_RASA_TIMEOUT + 2
    # While waiting, the chat saw "typing...".
    assert bot_api.calls("sendChatAction", chat)


def test_per_chat_rate_limit_refuses_politely_once(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat, other_chat = 510008, 510009
    for n in range(TEST_RATE_LIMIT + 4):
        bot_api.send_text(chat, f"message {n}")
    bot_api.wait_for_messages(chat, TEST_RATE_LIMIT + 1)
    time.sleep(0.5)  # nothing more may arrive
    texts = [call.params["text"] for call in bot_api.calls("sendMessage", chat)]
    notices = [text for text in texts if "faster than I can answer" in text]
    assert len(notices) == 1 and "seconds" in notices[0]
    assert len(rasa_standin.messages_from(f"tg:{chat}")) == TEST_RATE_LIMIT
    assert rasa_standin.messages_from(f"tg:{chat}") == [f"message {n}" for n in range(6)]

    # Another chat is not affected.
    bot_api.send_text(other_chat, "hello")
    [reply] = bot_api.wait_for_messages(other_chat, 1)
    assert reply.params["text"] == "echo: hello"


def test_commands_are_registered_and_relayed_as_intent_payloads(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    [registered] = bot_api.calls("setMyCommands")
    names = [command["command"] for command in registered.params["commands"]]
    assert names == ["start", "help", "profile", "forget", "restart"]
    assert all(command["description"] for command in registered.params["commands"])

    chat = 510010
    for command in ("/start", "/help", "/profile", "/forget", "/restart"):
        bot_api.send_text(chat, command)
    bot_api.wait_for_messages(chat, 5)
    assert rasa_standin.messages_from(f"tg:{chat}") == [
        "/greet",
        "/help",
        "/show_profile",
        "/forget_me",
        "/restart",
    ]
    assert [c.payload for c in COMMANDS] == rasa_standin.messages_from(f"tg:{chat}")


def test_unknown_commands_and_stickers_get_a_hint_not_a_rasa_call(
    bot_api: FakeBotApi, rasa_standin: RasaStandIn
) -> None:
    chat = 510011
    bot_api.send_text(chat, "/launch_rockets")
    bot_api.send_sticker(chat)
    sent = bot_api.wait_for_messages(chat, 2)
    # Hints are sent straight from their handlers, which PTB may run concurrently: any order.
    assert sorted(call.params["text"] for call in sent) == sorted(
        [UNKNOWN_COMMAND_TEXT, NOT_TEXT_TEXT]
    )
    assert rasa_standin.messages_from(f"tg:{chat}") == []


def test_chat_ids_and_token_stay_out_of_info_logs(
    bot_api: FakeBotApi, polling_gateway: GatewayProcess
) -> None:
    bot_api.wait_for_messages(510001, 1)  # at least one conversation happened
    log = polling_gateway.log()
    assert "relayed a message" in log  # INFO lines are there...
    chat_ids = {call.params["chat_id"] for call in bot_api.calls() if "chat_id" in call.params}
    assert len(chat_ids) > 10
    assert [chat for chat in chat_ids if str(chat) in log] == []  # ...without any chat id
    assert bot_api.token.split(":")[1] not in log


def test_rasa_down_at_first_then_up_the_gateway_recovers(
    bot_api: FakeBotApi, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A second gateway whose Rasa port has nothing listening, until a Rasa stand-in starts."""
    rasa_port = free_port()
    with FakeBotApi() as api:
        gateway = GatewayProcess(
            gateway_env(api, rasa_port), tmp_path_factory.mktemp("tg-down") / "gateway.log"
        )
        try:
            gateway.wait_until(api, "getUpdates")
            chat = 520001
            api.send_text(chat, "hello?")
            [notice] = api.wait_for_messages(chat, 1)
            assert notice.params["text"] == TRY_AGAIN_TEXT
            assert gateway.alive()

            with RasaStandIn(port=rasa_port):
                api.send_text(chat, "hello again")
                sent = api.wait_for_messages(chat, 2)
            assert sent[1].params["text"] == "echo: hello again"
        finally:
            assert gateway.stop() == 0, gateway.log()
