"""One user turn as a plan: what to answer in full, what briefly, which facts to ask (pure).

``plan_turn`` (``turn.py``) turns an ``Understanding`` into a ``TurnPlan``; ``goals.py`` says
which facts would change the answer to a goal question; ``replies.py`` holds the turn's own
texts (commands, unplaced questions, "you also asked about"). The dispatcher action
(``actions/turn.py``) and ``bench/understanding_eval.py`` share this code, so the bench measures
what users get.
"""

from bot.dialogue.goals import GOAL_BY_INTENT, GOAL_FIELDS, MAX_ASKED_FIELDS, AdviceGoal
from bot.dialogue.turn import TurnPlan, plan_turn

__all__ = [
    "GOAL_BY_INTENT",
    "GOAL_FIELDS",
    "MAX_ASKED_FIELDS",
    "AdviceGoal",
    "TurnPlan",
    "plan_turn",
]
