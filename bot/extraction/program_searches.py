"""Questions asking for programs: the visa and places they name are the writer's search."""

from __future__ import annotations

from spacy.tokens import Doc

from bot.extraction.question_heads import announced, without_heading
from bot.extraction.questions import QUESTION_OPENERS, Question, questions

_PROGRAM_WORDS = frozenset({"program", "programs", "programmes"})
_SEARCH_WORDS = frozenset(
    {"which", "any", "list", "recommend", "suggest", "name", "show", "find", "good"}
)


def program_searches(doc: Doc) -> list[Question]:
    """Questions asking for programs ("which DR programs sponsor J1 in the midwest?", "any
    programs in the southeast that would take me?", "programs in Texas that take J1?"): the
    visa and places they name are what the writer looks for. Not "is 60 programs enough?",
    "how many programs sponsor H1B?", "do programs in the west take IMGs?", nor the same asked
    after a filler or a heading ("also do prelim programs sponsor J1", "2 questions: do many
    DR programs sponsor H1B at all")."""
    found = []
    for question in questions(doc):
        words = _opening(
            without_heading([doc[i].lower_ for i in range(question.start, question.end)])
        )
        where = next((i for i, word in enumerate(words) if word in _PROGRAM_WORDS), None)
        if where is None or {"if", "suppose", "assuming"} & set(words):
            continue
        searching = bool(set(words[:where]) & _SEARCH_WORDS)
        if searching or words[0] not in QUESTION_OPENERS:
            found.append(question)
    return found


_FILLERS = frozenset({"also", "and", "so", "plus", "but", "then", "ok", "okay", "oh", "btw"})
_HEADING_REACH = 4


def _opening(words: list[str]) -> list[str]:
    """The question's words from where it asks: after a short heading ending in ":" ("So 2
    questions:") and the fillers that join it to what came before ("also", "and", "so")."""
    if ":" in words[:_HEADING_REACH]:
        words = words[words.index(":") + 1 :]
    # "general question, can a program ...": the heading announces the question
    cut = next((k for k, word in enumerate(words[:_HEADING_REACH]) if word in {",", "-"}), None)
    if cut is not None and announced(words[: cut + 1]):
        words = words[cut + 1 :]
    while words and words[0] in _FILLERS:
        words = words[1:]
    return words or ["?"]
