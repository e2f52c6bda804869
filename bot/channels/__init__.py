"""Channel gateways (Telegram, web widget, terminal chat) that relay messages to Rasa."""
