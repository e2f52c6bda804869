"""A question led by its topic: "For the J1 waiver, can I do Conrad 30 ...?", "About step 3,
should I take it before ERAS?". The heading before the comma names what is asked about; it
is part of the question, not a statement ("My CK is 245, what are my chances?" still tells).
After a comma, a clause that opens and goes on like a question asks even with no "?".
"""

from __future__ import annotations

from spacy.tokens import Doc

# Prepositions that open a heading naming a question's topic; a time clause before the
# question is its premise too ("After finishing DR on J1, how does the waiver work?").
_TOPIC_HEADS = frozenset(
    {"for", "about", "regarding", "re", "concerning", "wrt", "after", "once", "upon"}
)
_PERSONAL = frozenset({"my", "i", "i'm", "im", "me", "mine", "i've"})


def question_start(doc: Doc, start: int, opener: int) -> int:
    """Where the question that opens at ``opener`` begins in the sentence starting at
    ``start``: at the sentence's start when all before it is one topic heading ("For the J1
    waiver,"), else at the opener."""
    before = doc[start:opener]
    words = [t.lower_ for t in before]
    if _compared(words) and doc[opener].lower_ == "which":
        heading = not any(t.like_num for t in before) and not set(words) & _PERSONAL
        return start if heading else opener  # "LOR from IR vs DR PD, which one matters?"
    if announced(words):
        return start  # "general question, can a program ...?": the heading announces it
    if not len(before) or before[0].lower_ not in _TOPIC_HEADS:
        return opener
    commas = sum(1 for t in before if t.text == ",")
    # One heading with no number and nothing of the writer's ("For my CK of 245, ..." tells).
    if commas > 1 or any(t.like_num for t in before) or set(words) & _PERSONAL:
        return opener
    return start


def announced(words: list[str]) -> bool:
    """ "general question,", "quick q -", "honest question:": a short heading naming a question
    (a word or two and a question word, then a comma, dash or colon), nothing of the writer's."""
    if len(words) < 2 or len(words) > 4 or words[-1] not in {",", "-", ":", "—", "–"}:
        return False
    numbered = any(word[:1].isdigit() for word in words)
    return words[-2] in _HEADINGS and not numbered and not set(words) & _PERSONAL


def _compared(words: list[str]) -> bool:
    """Two things set against each other before "which": the question's subject."""
    return bool(set(words) & {"vs", "vs.", "versus", "v/s"})


def without_heading(words: list[str]) -> list[str]:
    """The question's words after its topic heading ("regarding h1b , do many programs ..."
    asks with "do ...")."""
    if words and words[0] in _TOPIC_HEADS and "," in words:
        return words[words.index(",") + 1 :]
    return words


# A clause that opens like a question and goes on like one asks, also with no "?", after a
# comma or a joining word ("..., is 2 abstracts enough or do I need papers", "also is h1b
# better for that") or after a topic heading ("after J1 can i get a green card ...").
_AUX = frozenset({"is", "are", "do", "does", "can", "could", "should"})
_AUX_NEXT = frozenset({"i", "it", "that", "this", "there", "my", "a", "an", "the", "these",
                       "they", "we", "programs", "u", "you"})  # fmt: skip
_PROGRAMS = frozenset({"program", "programs", "programmes"})
_JUDGED = frozenset({"better", "worse", "enough", "worth", "good", "ok", "okay", "possible",
                     "necessary", "needed", "required", "competitive", "easier",
                     "harder"})  # fmt: skip
_WH_NEXT = frozenset(
    {"are", "is", "'s", "do", "does", "should", "can", "about", "much", "many", "if"}
)
# Not "and": "... and is on J1", "... and can do H1B" go on with the subject left out.
_BEFORE = frozenset({",", ":", "also", "so", "but", "or"})


def asks_unmarked(doc: Doc, start: int, opener: int) -> bool:
    """The clause opening at ``opener`` (in the sentence from ``start``) asks though the
    sentence has no "?"."""
    if opener == start or opener + 1 >= len(doc):
        return False
    placed = doc[opener - 1].lower_ in _BEFORE or question_start(doc, start, opener) == start
    word, following = doc[opener].lower_, doc[opener + 1]
    if word in _AUX:
        judged = bool({t.lower_ for t in doc[opener + 1 : opener + 4]} & _JUDGED)
        # "and is H1B possible": after "and" only a judgement asks ("and is on J1" tells).
        placed = placed or (doc[opener - 1].lower_ == "and" and judged)
        # "do prelim programs sponsor J1", "do many DR programs take IMGs": asks about programs
        about_programs = bool({t.lower_ for t in doc[opener + 1 : opener + 4]} & _PROGRAMS)
        shaped = following.lower_ in _AUX_NEXT or following.like_num or judged or about_programs
    else:
        shaped = word in {"what", "whats", "how", "which"} and following.lower_ in _WH_NEXT
    return placed and shaped


def after_list_marker(doc: Doc, i: int) -> bool:
    """ "1) how many months ...?", "Q2) is 240 enough ...?": a numbered question opens after
    its number."""
    if i < 2 or doc[i - 1].text not in {")", "]"}:
        return False
    marker = doc[i - 2].lower_
    return marker.isdigit() or (marker[:1] == "q" and marker[1:].isdigit())


_HEADINGS = frozenset({"question", "questions", "q", "qs", "qn", "qns", "doubt", "doubts"})


def after_question_heading(doc: Doc, i: int) -> bool:
    """ "So 2 questions: do many programs ...", "my doubt: is ...": a question opens after a
    heading that announces it."""
    return i >= 2 and doc[i - 1].text == ":" and doc[i - 2].lower_ in _HEADINGS


_OPTIONS_AUX = frozenset({"is", "are", "was", "would"})


def threshold_asked(doc: Doc, start: int, end: int) -> bool:
    """ "is 240 enough if I have research?", "is 250+ needed or is 240 ok?": a bare score is
    what is judged, a threshold asked about, not the writer's score ("is my 240 enough?",
    "with 240 is it enough?" tell)."""
    for i in range(start, min(end, len(doc)) - 1):
        if doc[i].lower_ in _OPTIONS_AUX and doc[i + 1].like_num:
            rest = {t.lower_ for t in doc[i + 1 : min(end, i + 6)]}
            if rest & _JUDGED:
                return True
    return False


def alternative_start(doc: Doc, begin: int, end: int) -> int | None:
    """ "is 241 enough for DR as IMG or do I need step 3 to compensate?": a second question
    after "or", asked on its own (what it names is asked about, not told)."""
    for i in range(begin + 2, end - 1):
        if doc[i - 1].lower_ == "or" and doc[i].lower_ in _AUX and doc[i + 1].lower_ in _AUX_NEXT:
            return i
    return None
