"""A whole message -> facts + questions (main first) + distress and commands (pure, no I/O).

``understand(text, ...)`` is the public interface; see ``understand.py``.
"""

from bot.understanding.models import Command, Distress, Question, Understanding
from bot.understanding.topics import OUT_OF_SCOPE
from bot.understanding.understand import ClauseClassifier, understand, unplaced_question_clauses

__all__ = [
    "OUT_OF_SCOPE",
    "ClauseClassifier",
    "Command",
    "Distress",
    "Question",
    "Understanding",
    "understand",
    "unplaced_question_clauses",
]
