"""Whether a clause asks something: a question mark, a question word at its start, or a request
("tell me", "tips for", "help me"). Statements of facts are not questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extraction import extract_facts
from bot.understanding.models import Question

# "Did 4 weeks IR elective", "Did my IR sub-I.": a statement without its subject, no question
# ("Did my score hurt me?" asks with its question mark).
_DID = r"did(?=\s+(?:i|you|we|they|he|she|it|anyone|anybody|the|u|programs?)\b)"
# "Will need J1", "Will take Step 3 in March", "will do IR elective in march": a plan without its
# subject, no question.
_WILL = (
    r"will(?!\s+(?:be|need|take|have|start|finish|apply|graduate|sit|do|get|write|submit|rotate)\b)"
)
# Words before the question word: "so", "also", "or", "if yes", "my question:", and a short
# condition ended by a comma ("With a 233, is DR realistic?"; not "as an IMG, ...").
_LEAD = (
    # "general question, can a program ...", "dumb q: is ..."
    r"(?:(?:(?:general|simple|small|silly|dumb|stupid|basic) (?:q|qs|question)|"
    r"so|ok|and|also|but|then|or|wait|quick one|quick q|realistically|honestly|if (?:yes|so|not)|"
    # "bro what is ESIR exactly": the reader addressed before the question
    r"(?:my )?questions?(?: is| \d)?|q\d?|ques|qs|btw|bro|bruh|sis|guys|dude|sir|madam|doc|"
    # "unrelated but can I ...", "random q but ...", "off topic, is ..."
    r"(?:slightly |a bit |kinda |totally )?"
    r"(?:unrelated|random(?: q| question)?|off[- ]topic|side note)"
    r"(?:,? but)?)[:,).]?\s+)*"
    r"(?:(?:with|given)\b[^,?]{1,40},\s*)?"
    # a short label before the question: "DR interview: should I say ...", "PS: can I mention IR"
    r"(?:[a-z0-9][\w'/+ -]{0,24}:\s*)?"
    # ... or before a dash: "Applying next cycle - which DR programs take IMGs?"
    r"(?:[a-z0-9][\w'/+ ]{0,24}\s[-\u2013\u2014]\s+)?"
)
# Question words as typed on a phone at 2 a.m.: "hw likely", "wat should i", "shud i", "cn i".
_TEXTED = r"hw|wat|wht|wats|shud|shld|shuold|shoud|cn|cud|wud"
# "Who I am: ..." heads a profile; "DO student from Arizona." names an osteopathic student
# ("DO here, COMLEX only." stays a question: dev_tune_7 labels what it asks)
_NOT_ASKING = r"(?!who\s+i\s+am\b|(?-i:DO)\s+(?:student|students|senior|from|school|grad)\b)"
# Words a question opens with, both for "is this a question" and "does it ask outright".
_OPENING_WORDS = (
    r"what|whats|what's|how|when|which|where|why|who|should|shall|can|could|do|does|"
    r"is|isn't|are|am|would|any|must|to how many|u|chance|chances|odds|"
    + _TEXTED
    + "|"
    + _DID
    + "|"
    + _WILL
)
_QUESTION_START = re.compile(
    r"^\W*(?:\d\)\s*)?"
    + _LEAD
    + _NOT_ASKING
    + r"(?:need advice|integrated|independent|ir or|dr or|prelim or|j1 or|h1b or|"
    + _OPENING_WORDS
    + r")\b(?!['’]t\b)",
    re.IGNORECASE,
)
# "list" asks as a verb ("list programs for me", "pls list"), not as a noun ("Rank list is due").
_LIST = (
    r"(?<!rank )(?<!order )(?<!my )(?<!the )(?<!a )(?<!our )(?<!his )(?<!her )"
    r"(?<!your )(?<!this )(?<!that )(?<!wait )(?<!short)(?<!wait)list"
)
# "he will give me a letter", "she said she'd help me", "my PI will help me publish": someone
# else's promise, no request.
_REPORTED = re.compile(
    r"\b(?:he|she|they|(?:my|our|the) (?:\w+ ){0,2}?(?:will|would|can|could|said|says|promised|"
    r"offered|agreed|wants|is going|might))(?:'ll|'d|’ll|’d)?(?:\s+\w+){0,3}?\s+"
    r"(?:give|tell|help|show|let|advise|recommend|suggest|explain)s?\s+(?:me|us)\b",
    re.IGNORECASE,
)
# "my family keeps asking me what is the plan": someone else's question, told
# ("stop asking me questions and answer: ..." is the writer's own request)
_ASKED_OF_ME = re.compile(
    r"(?<!stop )(?<!quit )(?<!don't )(?<!dont )(?<!not )\b(?:ask|asks|asked|asking) (?:me|us)\b.*$",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    # "tips" asks; "TIPS" is the IR procedure ("my father had a TIPS procedure")
    r"\b(?:tell me|(?-i:[Tt]ips)(?! procedure)|"
    + _LIST
    + r"|help me|advice|advise|recommend|suggest|explain|give me|show me|"
    r"let me know|plan my|budget for|what now|realistic\?|any hope|"
    # "if i dont match wat r my options": the options asked without a question mark
    r"(?:what|wat|wht)(?:'s|s| is| are| r| re)? (?:my|the|our) (?:options|choices|next steps?)|"
    # "the step 3 fee is how much now": the question word after its subject
    r"(?:is|are|costs?|takes?) how (?:much|many|long)|"
    r"(?:please|pls|plz|kindly) (?:tell|guide|advise|suggest|help|review)|(?:rank|rate|assess) my|"
    # a question that opens after a comma or inside a run-on line: "I have 238, is it hopeless",
    # "... no lors what should i do first"
    r"(?<=, |- )(?:is|are|should|can|could|will|would|am|do|does) (?:it|i|there|my|we|that|they|"
    r"programs)|(?<=, |- )(?:how (?:likely|bad|many|much|do|does)|what(?:'s| is| are| else)|"
    r"which (?:one|path|route|programs?|is better)|(?:good|bad) or (?:bad|good)|yes or no)|"
    r"(?:what|how|which|where|when) (?:should|shall|can|could|do|must|are|is) (?:i|we|my|the)|"
    # "stop asking and answer: do I need step 3?", "... yes or no"
    r":\s*(?:do|does|is|are|should|can|could|will|would) (?:i|we|my|it|there|the|you)|"
    r"yes or no\W*$|"
    # "My main doubt is whether I should apply IR", "the question is if ..."
    r"\b(?:question|doubt|concern|query|confusion|worry)s? (?:is|being|here is)\s*:?\s*"
    r"(?:whether|if|how|what|which|when|where|why|should|can|do|does|is)\b|"
    # an indirect question: "Not sure if I should ...", "wondering whether ...", "unsure which"
    r"\b(?:not sure|unsure|wondering|i wonder|curious|confused|undecided|torn)"
    r"(?: about)? (?:if|whether|which|what|how|when|where|why)\b|"
    # "I'd like to know if ...", "does anyone know whether ...", "any idea how ..."
    r"\b(?:(?:want|wanted|like|need|needed) to know|any ?one knows?|anybody knows?|any idea|"
    r"help me understand)\b(?: (?:about|if|whether|which|what|how|when|where|why)\b)?|"
    # "I just want general info about how signals work": information asked for
    r"\b(?:want|need|needed|looking for|like) (?:some |the |more |any )?(?:general |basic )?"
    r"(?:info|information|details|overview)\b (?:about|on|regarding)\b|"
    # "thoughts on applying IR this year", "need guidance on letters", "need help deciding"
    r"^\W*(?:(?:any|your|ur) )?(?:thoughts|opinions?|inputs?|views|insights?) (?:on|about)\b|"
    r"\b(?:need|needs|needed|seeking|looking for|want|appreciate) (?:some |your |any )?"
    r"(?:guidance|help|input|opinions?|thoughts)\b|"
    # "please what is this ESIR": a question word after a plea
    r"^\W*(?:please|pls|plz|kindly) (?:what|how|which|when|where|why|is|are|can|should|do)\b)\b",
    re.IGNORECASE,
)


# "she matched IM ... and is on J1 with 6 months of USCE": a verb going on from the sentence
# before (a place or state after it, no subject), no question without its question mark
_GOES_ON = re.compile(
    r"^\W*and (?:is|are|was|has|have) (?:on|in|at|from|with|now|currently|also|still|"
    r"doing|working|married|matched|based|living)\b",
    re.IGNORECASE,
)


# "My questions are:", "Main doubts -": a heading for the questions that follow, not one
_HEADING = re.compile(
    r"^\W*(?:so\s+)?(?:(?:my|the|some|a few|few|couple of)\s+)?"
    r"(?:(?:main|real|big|biggest|specific)\s+)?(?:questions?|doubts?|queries|qs)"
    r"(?:\s+(?:is|are|here|below))?\s*[:\-–]*\W*$",
    re.IGNORECASE,
)


# "dead for DR as an IMG or nah": a yes-or-no asked with a tag instead of a question mark
_TAG_ASKED = re.compile(r"\bor (?:nah+|naw|nope)\W*$|\by/n\W*$", re.IGNORECASE)


def is_question(clause: str) -> bool:
    """True when ``clause`` asks or requests something."""
    if _HEADING.search(clause):
        return False
    if "?" in clause or _TAG_ASKED.search(clause):
        return True
    if _QUESTION_START.search(clause) and not _GOES_ON.search(clause):
        return True
    return bool(_REQUEST.search(_ASKED_OF_ME.sub(" ", _REPORTED.sub(" ", clause))))


# A question that opens with a question word ("what", "should", "chances") asks outright.
_OUTRIGHT = re.compile(
    r"^\W*(?:\d\)\s*)?"
    + _LEAD
    # "with my 241 can I apply to IR": a score before the question word, without a comma
    + r"(?:(?:with|given) (?:a |an |my )?(?:ck |step ?\d |s2 )?\d{3}\+?\s+)?"
    + r"(?:"
    + _OPENING_WORDS
    + r")\b(?!['’]t\b)",
    re.IGNORECASE,
)
# "Average matched IMG has like 250 right?", "..., so I think my numbers are okay?": a belief
# checked or hedged in passing, or a remark ("That's a huge range?"), not what is asked
_TAG_QUESTION = re.compile(
    r"(?:\bright|\bcorrect|\bisn['’]?t (?:it|that)|\baren['’]?t (?:they|there)|"
    r"\bdon['’]?t (?:they|you))\s*\?+\W*$|"
    r"(?:^|[,;]\s*)(?:so |and |but )?i (?:think|guess|believe|assume|suppose)\b[^,;?]*\?+\W*$|"
    r"\bso maybe\b[^,;?]*\?+\W*$|"
    # "That's a huge range?": a remark said with a question mark
    r"^\W*(?:that|this|it)(?:'s|’s| is) (?:a |an |so |such an? |really |pretty )"
    r"\w+(?: \w+)?\s*\?+\W*$",
    re.IGNORECASE,
)


# "IR programs in the southeast that sponsor j1??": programs searched for, typed as a query
_SEARCH = re.compile(
    r"^\W*(?:(?:dr|ir|integrated|independent|prelim|ty|radiology|rads|any|good|img[- ]friendly)\s+)"
    r"{0,3}programs?\s+(?:in|that|which|with|near|sponsoring|taking|accepting)\b",
    re.IGNORECASE,
)


def states_facts(clause: str) -> bool:
    """A question in shape only: no question word opens it and it tells facts ("6 months usce
    as research assistant??", "Need advice: IMG, CK 232, no USCE."); a search typed as a query
    ("IR programs in the southeast that sponsor j1??") asks outright."""
    if _OUTRIGHT.search(clause) or _SEARCH.search(clause):
        return False
    return bool(extract_facts(clause).facts)


def _weaker_last(found: Sequence[Question], weak: Sequence[bool]) -> list[Question]:
    """``found`` with the weak ones after the others, unless all or none are weak."""
    if all(weak) or not any(weak):
        return list(found)
    return [q for q, w in zip(found, weak, strict=True) if not w] + [
        q for q, w in zip(found, weak, strict=True) if w
    ]


def outright_first(found: Sequence[Question]) -> list[Question]:
    """The questions with those that only state facts moved after the outright ones (the main
    question is the first outright one), and a belief checked in passing ("... has like 250
    right?") after all others; the order is kept otherwise."""
    ordered = _weaker_last(found, [states_facts(q.text) for q in found])
    return _weaker_last(ordered, [bool(_TAG_QUESTION.search(q.text)) for q in ordered])
