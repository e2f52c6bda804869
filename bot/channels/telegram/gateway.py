"""The Telegram gateway: one PTB application whose handlers relay chats to Rasa's REST channel.

Each chat is one Rasa conversation with sender id ``tg:<chat id>``. Messages of one chat are
relayed one at a time, in order (a lock per chat); different chats are served concurrently.
Chat ids are personal data: they appear in logs at DEBUG level only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.channels.actions_down import BACK_IN_A_MOMENT
from bot.channels.rasa_rest import BotButton, RasaRestClient, RasaUnavailableError
from bot.channels.sessions import GATEWAY_HEADER
from bot.channels.telegram.callbacks import ANSWERED_DATA, PayloadTable
from bot.channels.telegram.charts import ChartReader
from bot.channels.telegram.config import GatewayConfig
from bot.channels.telegram.ratelimit import Admission, ChatRateLimiter
from bot.channels.telegram.rendering import (
    ChartPhoto,
    ImageMessage,
    OutgoingMessage,
    render_replies,
)

logger = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]

SENDER_PREFIX = "tg:"
ALLOWED_UPDATES = ["message", "callback_query"]
# Telegram shows "typing..." for about 5 seconds; renew it while Rasa works.
TYPING_REFRESH_SECONDS = 4.0
MAX_CHATS_WITH_BUTTONS = 10_000

TRY_AGAIN_TEXT = "Sorry, I can't reach my advice engine right now. Please try again in a minute."
RATE_LIMITED_TEXT = (
    "You're sending messages faster than I can answer. Please wait about {seconds} seconds, "
    "then send your message again."
)
EXPIRED_BUTTON_TEXT = "That button has expired. Please type your answer, or send /help."
NOT_TEXT_TEXT = "I can only read text messages. Please type your question."
UNKNOWN_COMMAND_TEXT = "I don't know that command. Send /help to see what I can do."
GROUP_CHAT_TEXT = "I give personal advice, so please talk to me in a private chat."
ERROR_TEXT = "Sorry, something went wrong on my side. Please try again in a minute."


@dataclass(frozen=True)
class ChatCommand:
    """A Telegram command and the Rasa payload it sends."""

    name: str
    payload: str
    description: str


COMMANDS: tuple[ChatCommand, ...] = (
    ChatCommand("start", "/greet", "Start talking with the advisor"),
    ChatCommand("help", "/help", "What I can help you with"),
    ChatCommand("profile", "/show_profile", "Show what I know about you"),
    ChatCommand("forget", "/forget_me", "Delete everything stored about you"),
    ChatCommand("restart", "/restart", "Start the conversation over"),
)


def sender_id(chat_id: int) -> str:
    """The Rasa sender id of a Telegram chat (never collides with web sessions)."""
    return f"{SENDER_PREFIX}{chat_id}"


def command_name(text: str) -> str:
    """``/start@my_bot args`` -> ``start``."""
    return text.split(maxsplit=1)[0].lstrip("/").split("@", 1)[0].lower()


class TelegramGateway:
    """Handlers, per-chat state and the Rasa client of one gateway process."""

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._rasa: RasaRestClient | None = None
        self._limiter = ChatRateLimiter(config.rate_limit_per_minute)
        # Least recently used last; bounded so memory follows active chats.
        self._payload_tables: OrderedDict[int, PayloadTable] = OrderedDict()
        self._chat_locks: weakref.WeakValueDictionary[int, asyncio.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._commands = {command.name: command for command in COMMANDS}
        self._charts = ChartReader(config.database_url)

    # --- lifecycle -------------------------------------------------------------------------

    def build_application(self, *, with_updater: bool = True) -> AnyApplication:
        """The PTB application: long polling with an updater, or webhook mode without one."""
        builder = (
            ApplicationBuilder()
            .token(self.config.token)
            .base_url(self.config.api_base_url)
            .rate_limiter(AIORateLimiter(max_retries=2))
            .concurrent_updates(True)
            .post_init(self.post_init)
            .post_shutdown(self.post_shutdown)
        )
        if not with_updater:
            builder = builder.updater(None)
        application = builder.build()
        self.add_handlers(application)
        return application

    def add_handlers(self, application: AnyApplication) -> None:
        """Register every handler and the one error handler."""
        private = filters.ChatType.PRIVATE
        application.add_handler(
            CommandHandler(list(self._commands), self.on_command, filters=private)
        )
        application.add_handler(MessageHandler(private & filters.COMMAND, self.on_unknown_command))
        application.add_handler(
            MessageHandler(private & filters.UpdateType.MESSAGE & filters.TEXT, self.on_text)
        )
        application.add_handler(
            MessageHandler(private & filters.UpdateType.MESSAGE, self.on_other_message)
        )
        application.add_handler(MessageHandler(filters.COMMAND, self.on_group_command))
        application.add_handler(CallbackQueryHandler(self.on_button))
        application.add_error_handler(self.on_error)

    async def post_init(self, application: AnyApplication) -> None:
        """Create the Rasa client and register the bot's commands with Telegram."""
        self._rasa = RasaRestClient(
            self.config.rasa_url,
            timeout=self.config.rasa_timeout_seconds,
            connect_attempts=3,
            backoff_seconds=0.5,
            headers={GATEWAY_HEADER: self.config.gateway_token},
        )
        commands = [BotCommand(command.name, command.description) for command in COMMANDS]
        try:
            await application.bot.set_my_commands(commands)
        except TelegramError as error:
            # Commands still work when typed; the menu comes back on the next start.
            logger.warning("could not register the bot commands: %s", error)

    async def post_shutdown(self, application: AnyApplication) -> None:
        """Close the Rasa client and the chart database."""
        if self._rasa is not None:
            await self._rasa.aclose()
            self._rasa = None
        self._charts.dispose()

    # --- handlers --------------------------------------------------------------------------

    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a typed message to Rasa and send its replies."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        await self.relay(context.bot, message.chat_id, message.text)

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Relay a bot command (/start, /help, /profile, /forget, /restart) as its Rasa payload."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        command = self._commands[command_name(message.text)]
        await self.relay(context.bot, message.chat_id, command.payload)

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer a command the bot does not have instead of passing it to Rasa as an intent."""
        message = update.effective_message
        if message is not None:
            await self.send_plain(context.bot, message.chat_id, UNKNOWN_COMMAND_TEXT)

    async def on_other_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answer stickers, photos, voice notes and the like: only text is understood."""
        message = update.effective_message
        if message is not None:
            await self.send_plain(context.bot, message.chat_id, NOT_TEXT_TEXT)

    async def on_group_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Point group members to a private chat: a profile is personal."""
        message = update.effective_message
        if message is not None:
            await self.send_plain(context.bot, message.chat_id, GROUP_CHAT_TEXT)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Acknowledge a button press, mark the question answered and relay the payload."""
        query = update.callback_query
        chat = update.effective_chat
        if query is None or chat is None or query.data is None:
            return
        if query.data == ANSWERED_DATA:
            await query.answer("Already answered.")
            return
        # A press older than Telegram's answer window cannot be answered; relay it all the same.
        with contextlib.suppress(BadRequest):
            await query.answer()
        payload = self._payload_table(chat.id).decode(query.data)
        message = query.message if isinstance(query.message, Message) else None
        if message is not None:
            await self._mark_answered(message, query.data)
        if payload is None:
            await self.send_plain(context.bot, chat.id, EXPIRED_BUTTON_TEXT)
            return
        await self.relay(context.bot, chat.id, payload)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log an unexpected error (without personal data) and tell the user, if there is one."""
        logger.error("error while handling an update", exc_info=context.error)
        if isinstance(update, Update) and update.effective_chat is not None:
            with contextlib.suppress(TelegramError):
                await context.bot.send_message(update.effective_chat.id, ERROR_TEXT)

    # --- relaying --------------------------------------------------------------------------

    async def relay(self, bot: Bot, chat_id: int, text: str) -> None:
        """Send ``text`` to Rasa as this chat and deliver the replies, or say why not."""
        admission = self._limiter.admit(chat_id)
        if admission is not Admission.RELAY:
            logger.info("rate limit reached for a chat; message not relayed")
            if admission is Admission.REFUSE_AND_NOTIFY:
                seconds = max(1, round(self._limiter.retry_after(chat_id)))
                await self.send_plain(bot, chat_id, RATE_LIMITED_TEXT.format(seconds=seconds))
            return
        async with self._chat_lock(chat_id):
            started = time.monotonic()
            rasa_done = asyncio.Event()
            typing = asyncio.create_task(self._keep_typing(bot, chat_id, rasa_done))
            try:
                replies = await self._rasa_client().send(sender_id(chat_id), text)
            except RasaUnavailableError as error:
                logger.warning("Rasa unavailable, told the user to retry: %s", error)
                await self.send_plain(bot, chat_id, TRY_AGAIN_TEXT)
                return
            finally:
                # Not cancel(): a cancelled Bot API call can surface as a TelegramError and be
                # swallowed. Waiting also keeps a late "typing" from arriving after the reply.
                rasa_done.set()
                await typing
            logger.info(
                "relayed a message: %d replies in %.2f s", len(replies), time.monotonic() - started
            )
            logger.debug("relayed for %s", sender_id(chat_id))
            messages = render_replies(replies)
            if not messages:
                # Rasa sends nothing when a turn's custom action failed (our REST channel says so
                # itself; this covers any other answer with nothing to show): never silence.
                await self.send_plain(bot, chat_id, BACK_IN_A_MOMENT)
                return
            await self.deliver(bot, chat_id, messages)

    async def deliver(self, bot: Bot, chat_id: int, messages: Sequence[OutgoingMessage]) -> None:
        """Send rendered messages in order."""
        for message in messages:
            if isinstance(message, ChartPhoto):
                # The bytes, not a URL: the chart is private and our server may not be public.
                png = await asyncio.to_thread(self._charts.png, message.token)
                if png is None:
                    await bot.send_message(chat_id, message.caption)
                else:
                    await bot.send_photo(chat_id, photo=png, caption=message.caption)
                continue
            if isinstance(message, ImageMessage):
                try:
                    await bot.send_photo(chat_id, photo=message.url)
                except BadRequest as error:
                    # Telegram could not fetch it; the link still lets the user open it.
                    logger.warning("Telegram refused an image, sent its link: %s", error)
                    await bot.send_message(chat_id, message.url)
                continue
            markup = self._keyboard(chat_id, message.buttons)
            try:
                await bot.send_message(
                    chat_id,
                    message.html,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except BadRequest as error:
                if "parse entities" not in str(error).lower():
                    raise
                # Should not happen (we escape everything); plain text still reaches the user.
                logger.warning("Telegram refused our HTML, sent plain text instead: %s", error)
                await bot.send_message(chat_id, message.text, reply_markup=markup)

    async def send_plain(self, bot: Bot, chat_id: int, text: str) -> None:
        """Send one of the gateway's own short notices."""
        await bot.send_message(chat_id, text)

    # --- helpers ---------------------------------------------------------------------------

    def _rasa_client(self) -> RasaRestClient:
        """The client post_init created."""
        if self._rasa is None:
            raise RuntimeError("the gateway's post_init has not run: no Rasa client yet")
        return self._rasa

    def _chat_lock(self, chat_id: int) -> asyncio.Lock:
        """This chat's lock; it lives only while someone holds or waits for it."""
        lock = self._chat_locks.get(chat_id)
        if lock is None:
            lock = asyncio.Lock()
            self._chat_locks[chat_id] = lock
        return lock

    def _payload_table(self, chat_id: int) -> PayloadTable:
        """This chat's table of long payloads (most recently used chats are kept)."""
        table = self._payload_tables.pop(chat_id, None) or PayloadTable()
        self._payload_tables[chat_id] = table
        while len(self._payload_tables) > MAX_CHATS_WITH_BUTTONS:
            self._payload_tables.popitem(last=False)
        return table

    def _keyboard(self, chat_id: int, buttons: Sequence[BotButton]) -> InlineKeyboardMarkup | None:
        """One button per row: titles are often several words, and phones are narrow."""
        if not buttons:
            return None
        table = self._payload_table(chat_id)
        rows = [
            [InlineKeyboardButton(button.title, callback_data=table.encode(button.payload))]
            for button in buttons
        ]
        return InlineKeyboardMarkup(rows)

    async def _mark_answered(self, message: Message, pressed_data: str) -> None:
        """Replace the keyboard by the chosen answer, so the question cannot be answered twice."""
        title = next(
            (
                button.text
                for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
                for button in row
                if button.callback_data == pressed_data
            ),
            None,
        )
        markup = (
            InlineKeyboardMarkup(
                [[InlineKeyboardButton(f"✓ {title}", callback_data=ANSWERED_DATA)]]
            )
            if title
            else None
        )
        try:
            await message.edit_reply_markup(reply_markup=markup)
        except BadRequest as error:
            # e.g. "message is not modified" or a message too old to edit: nothing to undo.
            logger.debug("could not edit the answered keyboard: %s", error)

    async def _keep_typing(self, bot: Bot, chat_id: int, done: asyncio.Event) -> None:
        """Show "typing..." until ``done`` is set (Telegram shows it for about 5 seconds)."""
        while not done.is_set():
            try:
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            except TelegramError as error:
                logger.debug("typing action failed: %s", error)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(done.wait(), TYPING_REFRESH_SECONDS)


def run_polling(config: GatewayConfig) -> None:
    """Run the gateway with long polling until SIGINT/SIGTERM."""
    application = TelegramGateway(config).build_application()
    application.run_polling(allowed_updates=ALLOWED_UPDATES)
