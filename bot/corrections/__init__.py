"""Corrections from the people who know: facts about programs that users report in chat.

``parse`` reads a report from a message (no I/O), ``matching`` finds the program it names,
``service`` stores it as pending (rate-limited, duplicates refused), lists, accepts or rejects
it, and applies accepted facts to the knowledge base; ``replies`` is the bot's wording.
A report is never shown as a fact until an operator accepted it (``advisor kb review``).
"""
