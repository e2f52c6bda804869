"""Which tokens of a message ask rather than tell.

A question about the domain ("Do programs sponsor H1B?", "Is 250 a good score?") states no
facts; a question about oneself ("what are my chances with 245?", "do I need step 3 as a J1
applicant?") does, unless it is a supposition ("what if I fail step 3?").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Token

from bot.extraction.choices_asked import choice_to_make
from bot.extraction.question_heads import (
    after_list_marker,
    after_question_heading,
    alternative_start,
    asks_unmarked,
    question_start,
    threshold_asked,
)
from bot.extraction.question_lists import listed_items

QUESTION_OPENERS = frozenset(
    {"how", "what", "whats", "what's", "which", "should", "does", "can", "could", "is", "are",
     "why", "when", "where", "who", "do"}
)  # fmt: skip
# "CK 233 | s1 pass | ... — am i competitive??": a bar ends an item as a full stop does.
_SENTENCE_ENDS = frozenset({".", ";", "!", "?", "\n", "|", "•"})
_JOINERS = frozenset({",", "but", "and", "so", "-"})
_ABOUT_ME = frozenset({"my", "mine", "i'm", "im", "i've", "ive"})
_I_STATE = frozenset(
    {
        "have",
        "'ve",
        "got",
        "am",
        "'m",
        "did",
        "applied",
        "scored",
        "only",
        "graduated",
        "passed",
        "failed",
        "retook",
        "took",
    }
)
# "with CK 240?", "with YOG 2015?": the writer's own facts.
_WITH_FACT = frozenset({"a", "an", "only", "just", "ck", "step", "yog", "s2", "usce", "no"})
_AS_WHO = frozenset({"a", "an", "img", "non", "non-us", "us", "fmg", "j1", "h1b"})
_COUNT_AS = frozenset({"count", "counts", "counted", "qualify", "qualifies"})
_ASKING_WORDS = QUESTION_OPENERS | {"chances", "chance", "odds", "possible", "realistic", "any"}
_FIRST_PERSON = frozenset({"me", "my", "i", "i'm", "im", "mine"})
_SUPPOSING = frozenset({"if", "would", "suppose", "assuming"})
_FOR_ME = frozenset(
    {"for", "like", "help", "hurt", "affect", "harm", "helps", "hurts",
     # "will CK 239 filter me out?", "would programs consider me ...?": the writer applying
     "filter", "screen", "reject", "consider", "accept", "interview", "disqualify", "penalize"}
)  # fmt: skip


@dataclass(frozen=True)
class Question:
    start: int
    end: int
    personal: bool  # about the writer: its facts count


def questions(doc: Doc) -> list[Question]:
    """The asking parts of the message, in order.

    A sentence that opens like a question ("Do programs sponsor H1B") is one; in a sentence
    ending in "?" the question starts at the last clause that opens like one ("My CK is 245,
    what are my chances?" keeps the score), or covers the whole sentence.
    """
    found: list[Question] = []
    start = 0
    for token in doc:
        last = token.i == len(doc) - 1
        if not (token.lower_ in _SENTENCE_ENDS or "\n" in token.text or last):
            continue
        asks = token.text.endswith("?")
        openers = [
            t.i
            for t in doc[start : token.i + 1]
            if _opens_question(t)
            and (
                t.i == start
                or doc[t.i - 1].lower_ in _JOINERS
                or after_list_marker(doc, t.i)
                or after_question_heading(doc, t.i)
            )
            and (asks or not _negated(doc, t.i))  # "dont have any USCE" tells
        ]
        begin: int | None = None
        headed = [i for i in openers if after_question_heading(doc, i)]
        if headed:  # "So 2 questions: do many programs sponsor H1B, and can I ...?"
            begin = headed[0]
        elif token.text.endswith("?"):
            begin = (
                question_start(doc, start, openers[-1])
                if openers
                else _last_part(doc, start, token.i)
            )
            if openers and start in (openers[0], question_start(doc, start, openers[0])):
                # "can a radiologist trained abroad skip DR and do IR ...?", "After DR on
                # J1, how does the waiver work and can I ...?": the whole sentence asks.
                begin = start
            elif _headed_unmarked(doc, start, begin):
                # "after residency can a J1 doctor do X, which states ...?": asks from the top
                begin = start
        elif openers and openers[0] == start:
            begin = start
        elif unmarked := [
            t.i
            for t in doc[start : token.i]
            if _opens_question(t) and asks_unmarked(doc, start, t.i)
        ]:  # "after J1 can i get a green card ...", "..., is 2 abstracts enough or ..."
            begin = question_start(doc, start, unmarked[0])
        cut = alternative_start(doc, begin, token.i + 1) if begin is not None and asks else None
        if begin is not None and cut is not None:  # "is 241 enough ... or do I need step 3?"
            found.append(Question(begin, cut, _personal(doc, begin, cut)))
            found.append(Question(cut, token.i + 1, _personal(doc, cut, token.i + 1)))
        elif begin is not None:
            personal = _personal(doc, begin, token.i + 1) or (
                asks and not openers and _asked_after(doc, token.i + 1)
            )
            found.append(Question(begin, token.i + 1, personal))
            # "Could you give me a breakdown of:\n1. ...\n2. ...": the list asks too
            found += [Question(a, b, personal) for a, b in listed_items(doc, token.i + 1)]
        start = token.i + 1
    return found


def _headed_unmarked(doc: Doc, start: int, begin: int) -> bool:
    """Before the question's start, a clause led by a topic heading opens like a question."""
    return any(
        _opens_question(t)
        and question_start(doc, start, t.i) == start
        and asks_unmarked(doc, start, t.i)
        for t in doc[start + 1 : begin]
    )


def _last_part(doc: Doc, start: int, end: int) -> int:
    """A question with no opener ("..., CK 236, 12 months USCE as research assistant??",
    "CK 245, chances?") asks with its last comma-separated part only."""
    commas = [t.i for t in doc[start:end] if t.text in {",", "—", "–"}]  # "need visa — am i ..?"
    if doc[start].lower_ in _ASKING_WORDS - QUESTION_OPENERS:
        return start  # "Chances with 245 CK, 2017 YOG?": the whole sentence asks
    if commas:
        return commas[-1] + 1
    # "ck 238 yog 2016 no usce need j1 chances for dr??": typed without commas, the question
    # starts at its last asking word; what comes before it tells.
    asking = [t.i for t in doc[start + 1 : end] if t.lower_ in _ASKING_WORDS]
    if not asking or any(t.lower_ in _SUPPOSING for t in doc[start : asking[-1]]):
        return start  # "if I get 250 can I apply IR?": the condition belongs to the question
    if not any(t.like_num for t in doc[start : asking[-1]]):
        return start  # "my CK is 245?": nothing told before the asking word
    return asking[-1]


_BACK = frozenset({"that", "it", "this", "these", "they"})


def _asked_after(doc: Doc, end: int) -> bool:
    """ "..., 8 months USCE in IM?? is that enough": the question right after points back at
    what was typed with question marks; that was told."""
    words = [t.lower_ for t in doc[end : end + 4] if t.text != "?"]
    return len(words) >= 2 and words[0] in QUESTION_OPENERS and words[1] in _BACK


def question_tokens(doc: Doc) -> set[int]:
    """Positions of the tokens that ask about the domain (not about the writer)."""
    return {i for q in questions(doc) if not q.personal for i in range(q.start, q.end)}


def personal_tokens(doc: Doc) -> set[int]:
    """Positions of the tokens of questions about the writer."""
    return {i for q in questions(doc) if q.personal for i in range(q.start, q.end)}


def _personal(doc: Doc, start: int, end: int) -> bool:
    # "IM externship": upper-case "IM" is internal medicine, not "I'm".
    words = [doc[i].lower_ if doc[i].text != "IM" else "internal" for i in range(start, end)]
    if any(word in _SUPPOSING and not _factual_if(words, i) for i, word in enumerate(words)):
        return False
    if "if" in words[1:] and threshold_asked(doc, start, end):
        # "is 240 enough if I have research?": a score asked about; the writer only in the "if"
        return _personal(doc, start, start + words.index("if", 1))
    if choice_to_make(words):
        return False  # "should my 4th letter be from a DR?": a letter still to get
    if any(word in _ABOUT_ME for word in words):
        return True
    for k, (first, second) in enumerate(pairwise(words)):
        # "Do I have to pass step 3 ...?": a duty asked about, not what the writer has.
        duty = second in {"have", "'ve"} and words[k + 2 : k + 3] == ["to"]
        if first == "i" and second in _I_STATE and not duty:
            return True
        # "as a non-US IMG" tells who asks; "does that count as a research year?" does not.
        if first == "as" and second in _AS_WHO and not set(words[k - 1 : k]) & _COUNT_AS:
            return True
        if first in _FOR_ME and second == "me":  # "enough for me?", "IMGs like me", "help me"
            return True
        if first == "with" and (second[:1].isdigit() or second in _WITH_FACT):
            # not "is 251 enough for IR with no research?": a bare score judged, all supposed
            return not threshold_asked(doc, start, end)
    return False


def _factual_if(words: list[str], i: int) -> bool:
    """ "Should I apply IR if my CK is 240 and I have 1 IR pub?": an "if" that states what the
    writer has (not "what if I fail step 3?", "if I get 250")."""
    if words[i] == "would":  # "Would programs consider someone like me with YOG 2012?"
        return bool(set(words) & _FIRST_PERSON)
    if words[i] != "if" or (i > 0 and words[i - 1] == "what"):
        return False
    following = words[i + 1 : i + 3]
    return following[:1] == ["my"] or following in _I_HAVE  # not "what if I fail step 3?"


# "if I graduated in 2015": what the writer has or did, told as a condition.
_I_HAVE = (["i", "have"], ["i", "'m"], ["i", "am"], ["i", "graduated"])


def _negated(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].lower_ in {"n't", "nt", "not"}


# "Anyone know if the waiver works after J1?": asking the readers.
_ASKING_READERS = frozenset({"anyone", "anybody", "somebody"})


def _opens_question(token: Token) -> bool:
    # "DO student" is the degree, not a question.
    if token.lower_ in _ASKING_READERS:
        return True
    return token.lower_ in QUESTION_OPENERS and token.text != "DO"
