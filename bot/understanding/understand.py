"""``understand(text)``: one message as facts, questions (main first), distress and commands.

Facts come from ``bot.extraction`` (callers that already extracted them pass ``facts``: a turn
extracts once). Each question clause is placed on a topic by the keyword model; a clause it
cannot place may be placed by ``classify`` (e.g. Rasa's ``/model/parse`` on that clause), and a
message whose only question stays unplaced takes ``message_intent`` (the classifier's intent
for the whole message) when that is an answer topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from bot.extraction import Extraction, extract_facts
from bot.understanding import (
    alternatives,
    back_reference,
    ellipsis,
    emphasis,
    learned_main,
    listing,
    main_claims,
    off_topic_mark,
    results,
    signals,
    unmatched,
)
from bot.understanding import questions as question_shape
from bot.understanding.models import Question, Understanding
from bot.understanding.second import is_second_question
from bot.understanding.segments import clauses
from bot.understanding.topics import OUT_OF_SCOPE, coarse, ranked_topics

# The exams topic: what a failed attempt told just before a question weighs ("results.py").
EXAMS = "ask_usmle"
# How sure NLU must be of the whole message's intent to add it beside the keywords' topics.
SECOND_READING_CONFIDENCE = 0.8

# A clause -> an answer topic (intent name) or None; must not raise.
ClauseClassifier = Callable[[str], str | None]


def understand(
    text: str,
    *,
    facts: Extraction | None = None,
    classify: ClauseClassifier | None = None,
    message_intent: str | None = None,
    message_confidence: float = 1.0,
    answer_topics: Collection[str] = (),
    guess: tuple[str, float] | None = None,
) -> Understanding:
    """The whole message understood. ``answer_topics`` limits ``message_intent``/``classify``
    results to topics the bot can answer (empty: any). A confident ``message_intent`` the
    keywords did not place is added as the last question (answered briefly). ``guess``: the
    learned model's topic of the whole message and its probability (``learned_main``)."""

    def usable(topic: str | None) -> str | None:
        if topic is None or (answer_topics and topic not in answer_topics):
            return None
        return topic

    found: list[Question] = []
    pointed: dict[str, str] = {}  # question clause -> the topic of the sentence it points at
    for clause, ranked, referred, follows_question in _question_clauses(text):
        # "what is ESIR exactly and can IMG do it after matching DR?": a question that goes on
        # from the question before it asks about what it points at, before the clause model
        # guesses ("I have 247. can I do it too?" points at a story: the model decides)
        asked_on = usable(referred) if follows_question else None
        topic = ranked[0] if ranked else asked_on or usable(classify(clause) if classify else None)
        if topic is None and usable(referred):
            pointed[clause] = str(referred)
        found.append(Question(text=clause, topic=topic))
        # "How many programs and where should I apply?": a second strong topic in one clause
        # (not the parent of the first: "Step 3 timing" already answers ask_usmle).
        # "2) when should I take step 3 if I need H1B": a numbered item asks one thing
        second = (
            None
            if listing.is_item(clause)
            else next(
                (
                    t
                    for t in ranked[1:]
                    if coarse(t) != coarse(ranked[0]) and is_second_question(clause, t, ranked[0])
                ),
                None,
            )
        )
        if second:
            found.append(Question(text=clause, topic=second))
    parts = clauses(text)
    found = emphasis.main_first(
        listing.listed_first(question_shape.outright_first(found), parts), parts
    )
    if guess is not None and usable(guess[0]):
        found = learned_main.learned_first(found, parts, guess)
    placed = {q.topic for q in found if q.topic and q.topic != OUT_OF_SCOPE}
    placed |= {coarse(topic) for topic in placed}  # "Step 3 timing" already answers ask_usmle
    if (
        placed
        and message_intent
        and message_intent.startswith("ask_")
        and usable(message_intent)
        and message_intent not in placed
        and message_confidence >= SECOND_READING_CONFIDENCE
    ):
        found.append(Question(text=text.strip(), topic=message_intent))
    if len([q for q in found if q.topic]) == 0 and usable(message_intent):
        if found:
            found[0] = Question(text=found[0].text, topic=message_intent)
        elif message_intent and (
            message_intent.startswith("ask_") or message_intent == OUT_OF_SCOPE
        ):
            found.append(Question(text=text.strip(), topic=message_intent))
    # "Got 3 DR interviews. Is that normal?": what neither the clause nor the whole message
    # placed, the sentence it points back at does
    found = [Question(text=q.text, topic=q.topic or pointed.get(q.text)) for q in found]
    return Understanding(
        facts=facts if facts is not None else (extract_facts(text) if text else Extraction()),
        questions=found,
        distress=signals.distress(text),
        command=signals.command(text),
        intent=message_intent,
    )


def _question_clauses(text: str) -> list[tuple[str, list[str], str | None, bool]]:
    """Each question clause with the keyword model's topics, best first, and the topic of the
    sentence it points back at (``back_reference``) when it names none. An elliptic question
    ("3 LORs, 1 from IR. enough?") takes the topic of what the message listed before it; and
    whether the clause goes on from a question (its referent is then asked about)."""
    parts = clauses(text)
    found: list[tuple[str, list[str], str | None, bool]] = []
    for index, clause in enumerate(parts):
        if not question_shape.is_question(clause):
            continue
        if index + 1 < len(parts) and _SELF_ANSWER.match(parts[index + 1]):
            continue  # "Do I have research? yes, 2 pubs": the writer answers it at once
        # "CK 238 and 2 months USCE... but my real question is can I apply IR?": what it marks
        # "... and i want to know if this gap will hurt me": the question opened inside a story
        marked = emphasis.after_mark(clause) or emphasis.asked_part(clause)
        if marked and _placed(parts[:index], marked):
            clause = marked
        ranked = _placed(parts[:index], clause)
        cut = alternatives.halves(clause)
        if cut:
            # "X enough, or should I wait a year?": two alternatives on two topics ask both
            head = _placed(parts[:index], cut[0])
            # "is that enough for IR or do I need more?": an elliptic alternative is the head's
            tail = head if ellipsis.is_elliptic(cut[1]) else _placed(parts[:index], cut[1])
            if head and tail and head[0] != tail[0]:
                if not (ranked and alternatives.spans(clause, *cut, ranked[0])):
                    found += [(cut[0], head, None, False), (cut[1], tail, None, False)]
                    continue
            elif head and tail and not ranked:
                ranked = head  # "Is 2 years too long, or is 1 year enough?"
        if results.about_results(parts[:index], clause, ranked):
            ranked = [EXAMS, *(topic for topic in ranked if topic != EXAMS)]
        if unmatched.asks_next_after_unmatched(parts[:index], clause, parts[index + 1 :], ranked):
            ranked = [unmatched.CONTINGENCY]
        ranked = back_reference.judged_first(parts[:index], clause, ranked)
        ranked = main_claims.claim_topic(parts[:index], clause, ranked)
        if not ranked and off_topic_mark.marked_off_topic(parts, index):
            ranked = [OUT_OF_SCOPE]  # "... at home? sorry off topic": the writer says so
        referred = None if ranked else back_reference.referred_topic(parts[:index], clause)
        follows = index > 0 and question_shape.is_question(parts[index - 1])
        found.append((clause, ranked, referred, follows))
    return found


# A rhetorical question's own answer: "yes, ...", "no - ...", "nope." (not "no idea").
# "Do I have research? kind of." / "... does it look bad? i think yes."
_SELF_ANSWER = re.compile(
    r"^\W*(?:yes|yeah|yep|no|nope|nah|kind of|kinda|sort of|not really|"
    r"i (?:think|guess) (?:so|not|yes|no)|probably (?:not|yes|no))\s*(?:[,.!;:\-–—]|$)",
    re.I,
)


def _placed(before: list[str], clause: str) -> list[str]:
    """The keyword topics of ``clause``, best first; an elliptic one takes its referent's."""
    if not ellipsis.is_elliptic(clause):
        return ranked_topics(clause)
    referent = ellipsis.helped_topic(clause) or ellipsis.elliptic_topic(before, clause)
    return [referent] if referent else ranked_topics(clause)


def unplaced_question_clauses(text: str) -> list[str]:
    """The question clauses of ``text`` the keyword model cannot place: what ``classify`` will
    be asked about (a caller that fetches the answers first, over HTTP, asks for these)."""
    return [clause for clause, ranked, *_ in _question_clauses(text) if not ranked]
