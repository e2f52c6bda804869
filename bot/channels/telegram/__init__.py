"""Telegram gateway: relays Telegram chats to Rasa's REST channel and renders the replies.

Entry point: ``advisor telegram`` (``bot/cli/telegram.py``) or ``make run`` when
``TELEGRAM_BOT_TOKEN`` is set. See docs/telegram.md.
"""
