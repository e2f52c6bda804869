"""The rasa_sdk action server's actions (``python -m rasa_sdk --actions actions``).

Each module is small: read the slots, call ``bot/``, send ``bot.answers`` messages, return events.
rasa_sdk imports every module of this package and registers each concrete ``Action`` subclass.
"""
