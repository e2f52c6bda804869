"""Whether a second topic found in one question clause is asked too ("How many programs and
where should I apply?"), beside the clause's first topic."""

from __future__ import annotations

import re

from bot.understanding.topics import ranked_topics

# Topics that often appear as the second half of one clause ("how many and where", "DR or
# IR ... with ESIR", "PS for IR and DR").
_SECOND_QUESTION_TOPICS = frozenset(
    {
        "ask_programs",
        "ask_esir",
        "ask_dr_framing",
        "ask_costs",
        "ask_prelim",
        "ask_visa",
        "ask_trained_radiologist",
    }
)
_STEP3_H1B = re.compile(r"\bstep ?3\b.*\bh-?1b?\b|\bh-?1b?\b.*\bstep ?3\b")
_SCORE_HARM = re.compile(
    r"\b(?:kill|filter|screen|hurt|hold\w* (?:it )?against|too low|forgive|overlook|rule me out|"
    r"ruin|destroy|doom)\w*"
)
# Named topics asked whenever they are named ("mention IR in my DR personal statement").
_NAMED_TOPICS = frozenset({"ask_esir", "ask_costs", "ask_prelim", "ask_personal_statement"})


# "is it even allowed on J1?", "is that possible with an H1B?": what the visa allows; "... without
# losing my visa": what a step does to it
_VISA_ALLOWS = re.compile(
    r"\b(?:allowed|permitted|legal|possible)\b.*\b(?:on|with|under) (?:an? |my |the )?"
    r"(?:j-?1|h-?1b?|visa)\b|\b(?:los(?:e|ing)|keep(?:ing)?|affect\w*|risk\w*|jeopardi[sz]\w*) "
    r"(?:my |the |our )?(?:visa|j-?1|h-?1b?)\b"
)
_HOW_MANY = re.compile(r"\bhow many (?:\w+ ){0,2}(?:programs?|apps|applications)\b")
# "How many should I signal vs how many should I apply to?": a comparison asks both sides
_VERSUS = re.compile(r"\s(?:vs\.?|versus)\s")


def is_second_question(clause: str, topic: str, first: str) -> bool:
    """``topic`` (ranked after ``first`` in ``clause``) is asked too."""
    lowered = clause.lower()
    if topic in _NAMED_TOPICS:
        return True
    if topic == "ask_visa" and _VISA_ALLOWS.search(lowered):
        return True
    # "about 3000$. how many programs can I afford?": the count is asked beside the price
    if topic == "ask_application_count" and first == "ask_costs" and _HOW_MANY.search(lowered):
        return True
    sides = _VERSUS.split(lowered)
    if len(sides) == 2:
        # what stands on each side of the "vs", up to a comma ("LOR from IR vs DR PD, which ...")
        near = (sides[0].rsplit(",", 1)[-1], sides[1].split(",", 1)[0])
        tops = {ranked[0] for ranked in map(ranked_topics, near) if ranked}
        if {topic, first} <= tops:
            return True
    # "Will CK 239 filter me out?", "does the step 1 fail kill me?": whether a score (or a fail)
    # rules one out asks what it weighs too ("my chances with CK 244?" asks the chances)
    if topic == "ask_usmle" and first == "ask_chances" and _SCORE_HARM.search(lowered):
        return True
    # "Which programs sponsor H1B?": the sponsorship itself is asked too
    if topic == "ask_visa" and "sponsor" in lowered:
        return True
    # "PS should say IR or radiology generally?": how to frame IR is asked beside the statement
    if topic == "ask_dr_framing" and " or " in lowered:
        return True
    # "Do I need Step 3 for H1B?": the exam and the visa are both asked
    if topic == "ask_visa" and _STEP3_H1B.search(lowered):
        return True
    return topic in _SECOND_QUESTION_TOPICS and " and " in lowered
