"""Distress, self-harm and conversation commands ("start over", "just tell me"), by pattern.

Self-harm words are matched generously: a false alarm costs one kind sentence, a miss costs more.
"""

from __future__ import annotations

import re

from bot.understanding.models import Command, Distress

_SELF_HARM = re.compile(
    r"\b(?:kill myself|end(?:ing)? (?:it all|my life)|suicid\w*|don.?t want to (?:live|be alive)|"
    r"no reason to live|hurt myself|self[- ]harm|better off dead|want to die|"
    # passive wishes: "everyone would be better off without me"
    r"better off without me|don.?t want to wake up|no point (?:in )?living|"
    r"wish i (?:was|were) dead|take my (?:own )?life|"
    # "it would be easier if I just wasn't here anymore", "don't want to be here anymore"
    r"(?:easier|better(?: off)?) (?:for (?:everyone|everybody|them|my family) )?if i (?:just )?"
    r"(?:wasn.?t|weren.?t|was not|were not|wasnt|werent) (?:here|around|alive)|"
    r"(?:easier|better(?: off)?) (?:for (?:everyone|everybody|them|my family) )?if i (?:just )?"
    r"(?:disappeared|vanished|died|was gone|were gone)|"
    r"don.?t want to (?:be here|exist) any ?more|wish i (?:could )?(?:disappear|not exist))\b",
    re.IGNORECASE,
)
_DISTRESS = re.compile(
    r"\b(?:stressed|anxious|anxiety|depress\w*|can.?t sleep|cry(?:ing)?|cries|hopeless|worthless|"
    r"giving up|give up on everything|panic\w*|overwhelmed|exhausted|so tired of|nothing works|"
    r"breaking down|miserable|(?:i.?m|i am) (?:so|just so) done|so done with|"
    # "I can't do this anymore", "I feel so useless", "tired of pretending I'm fine"
    r"can.?t (?:do|take|handle) (?:this|it) any ?more|(?:feel|feeling) (?:so |really |completely )?"
    r"(?:useless|like a failure|worthless|empty|broken)|tired of pretending|falling apart|"
    # "I feel like such a failure", "at the end of my rope", "honestly im so tired"
    r"(?:feel|feeling) like (?:such|a total|a complete|an utter|the biggest) (?:a )?"
    r"(?:failure|loser)|"
    r"(?:end of my (?:rope|tether)|at my wits.? end|can.?t cope|lost all hope)|"
    r"(?:i.?m|im|i am) (?:\w+ )?(?:so|really|very|just so) (?:tired|drained|burn(?:ed|t) out)"
    r"(?! of (?:waiting|studying|reading))(?=\W|$)|"
    # "devastated", "losing my mind over this", "burned out", "so lost and scared"
    r"devastated|heartbroken|losing my mind|burn(?:ed|t) out|terrified|"
    r"(?:so|really|very|completely) (?:lost|scared|afraid|hopeless))\b",
    re.IGNORECASE,
)
_COMMANDS: tuple[tuple[Command, re.Pattern[str]], ...] = (
    (
        Command.START_OVER,
        re.compile(
            r"\b(?:start (?:over|again|afresh|fresh|from the (?:beginning|top))|from scratch|"
            r"restart|reset)\b",
            re.I,
        ),
    ),
    (
        Command.JUST_TELL_ME,
        re.compile(
            r"\bjust (?:tell|give) me\b|\bgive me the answer\b|\bno more (?:questions|qs)\b|"
            r"\bjust answer (?:the question|my question|me|it)\b",
            re.I,
        ),
    ),
    (
        Command.STOP_ASKING,
        re.compile(
            r"\bstop (?:asking|the questions|with (?:the|all the|your|these) questions)\b|"
            r"\benough questions\b|\bquit asking\b",
            re.I,
        ),
    ),
    (
        Command.CANCEL,
        # Only as the whole message: "forget it, what about signals?" still asks about signals.
        re.compile(
            r"^\W*cancel\W*$|\bcancel (?:that|this|it)\b|"
            r"^\W*(?:nvm|never ?mind|forget (?:it|that|about it))\W*$",
            re.I,
        ),
    ),
)


def distress(text: str) -> Distress:
    if _SELF_HARM.search(text):
        return Distress.SELF_HARM
    if _DISTRESS.search(text):
        return Distress.DISTRESS
    return Distress.NONE


def command(text: str) -> Command | None:
    """A conversation command, when the message is (mostly) that command."""
    if len(text) > 80:  # a long post that mentions "restart" is not a command
        return None
    for kind, pattern in _COMMANDS:
        if pattern.search(text):
            return kind
    return None
