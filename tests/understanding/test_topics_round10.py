"""Round 10 (issue 10): which topic a question is on when two compete, read from the misplaced
questions of the fresh files (read after their blind runs) and dev_tune_5/8; each class of
wording with near misses that must stay where they were."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.questions import is_question
from bot.understanding.topics import ranked_topics


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        # a trained radiologist asking for a way round the residency
        (
            "Is there any way for a radiologist trained abroad like me to do IR without "
            "repeating all the residency?",
            "ask_trained_radiologist",
        ),
        (
            "is there a route for a trained radiologist to practice IR here?",
            "ask_trained_radiologist",
        ),
        ("can I practice IR without redoing the whole residency?", "ask_trained_radiologist"),
        # what interviewers ask
        ("What kind of questions do IR programs ask IMGs?", "ask_interview"),
        ("which questions will PDs ask in the interview?", "ask_interview"),
        ("what kind of programs take IMGs?", "ask_programs"),  # near miss
        # which to signal, not which route
        ("signal IR or DR if we only get a few?", "ask_signals"),
        ("should I signal integrated programs or DR ones?", "ask_signals"),
        ("IR or DR?", "ask_pathway"),  # near miss
        # "a waste of money" judges the option, not a price
        ("am I wasting my money?", "ask_chances"),
        ("is DR even possible or am I wasting my money?", "ask_chances"),
        ("how much money do I need for ERAS?", "ask_costs"),  # near miss
        # a number of programs judged
        ("Is 25 IR programs + 30 DR reasonable or overkill?", "ask_application_count"),
        ("are 60 programs too much?", "ask_application_count"),
        # the DR application read as a backup
        (
            "how do I talk about DR in my DR applications without it sounding like a backup?",
            "ask_dr_framing",
        ),
        ("what is a good backup if I don't match?", "ask_contingency"),  # near miss
        # what an attribute does to the application is about the attribute
        ("Is my YOG going to kill my application for radiology?", "ask_gaps"),
        ("does a low step 2 ck kill my chances?", "ask_chances"),  # near miss
        # whether an exam is needed to compete
        ("Do I need step 3 to be competitive for DR?", "ask_usmle"),
        # plan B: another specialty, or going on with radiology
        ("And should I just forget IR and go for family med instead?", "ask_contingency"),
        ("Should I keep going for rads or switch to something like IM?", "ask_contingency"),
        # the time since graduation explained is the gap, not the interview
        ("how do I explain the time since graduation?", "ask_gaps"),
        ("how do I explain my visa situation?", "ask_interview"),  # near miss
        # a score weighed against a route asks the chances; two routes weighed ask the route
        ("If I score 250 on CK would integrated IR be realistic?", "ask_chances"),
        ("with my 241 can I apply to IR or programs want 250+?", "ask_chances"),
        ("Integrated IR realistic?", "ask_pathway"),  # near miss
        # whether only programs sponsoring the visa are open is the visa question
        ("So programs sponsoring H1B only right?", "ask_visa"),
        ("should I only apply to programs that sponsor H1B?", "ask_visa"),
        ("which programs sponsor H1B?", "ask_programs"),  # near miss
    ],
)
def test_competing_topics(clause: str, first: str) -> None:
    assert ranked_topics(clause)[0] == first


def test_two_routes_weighed_stay_one_question() -> None:
    found = understand("If I get 250+ on CK would integrated IR be realistic or still DR only?")
    assert [q.topic for q in found.questions] == ["ask_pathway"]


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        # a verb going on from the sentence before ("she matched IM ... and is on J1")
        ("and is on J1 with 6 months of USCE.", False),
        ("and has 2 pubs in radiology.", False),
        # near misses: a question with its subject, or with its question mark
        ("and is it realistic to apply this cycle", True),
        ("and is on J1 a problem?", True),
        # a plan without its subject ("will do IR elective in march") is no question
        ("will do IR elective in march to get one.", False),
        ("will get my CK score in July", False),
        ("will doing research help?", True),  # near miss
        ("will DR programs filter me out", True),  # near miss
    ],
)
def test_going_on_is_no_question(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # a harm question after a failed attempt asks how the result weighs
        (
            "I failed CK once (218) then passed with 235. step 1 passed. will programs filter "
            "me out? any programs that don't care about attempts?",
            ["ask_usmle", "ask_programs"],
        ),
        ("CK 230 on 2nd attempt. will programs throw my application?", ["ask_usmle"]),
        # near misses: no failed attempt before it, or the question names its own topic
        ("CK 250 first attempt. will programs filter me out?", ["ask_chances"]),
        ("I failed CK once. Will the gap hurt me?", ["ask_gaps"]),
        # a score before the question word, without a comma, still asks outright
        ("with my 241 can I apply to IR or programs want 250+?", ["ask_chances", "ask_usmle"]),
    ],
)
def test_exam_results_and_outright_questions(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a belief checked in passing ("..., right?") is not the main question
        (
            "Average matched IMG in DR has like 250 right? I have 238, is it hopeless",
            "I have 238, is it hopeless",
        ),
        (
            "IR is competitive, isn't it? what are my chances with 240?",
            "what are my chances with 240?",
        ),
        # a hedged belief ("so I think my numbers are okay?") before the question asked
        (
            "My brother matched DR with 240, so I think my numbers are okay? Should I apply "
            "integrated IR as my main target?",
            "Should I apply integrated IR as my main target?",
        ),
        # near miss: a lone tag question is still the question
        ("IR is competitive right?", "IR is competitive right?"),
    ],
)
def test_tag_question_goes_last(text: str, first: str) -> None:
    assert understand(text).questions[0].text == first


@pytest.mark.parametrize(
    ("text", "main"),
    [
        # the writer marks the main question: it is answered in full, wherever it stands
        (
            "Side question: do I need step 3 for H1B? But my main question is how many DR "
            "programs should I apply to?",
            "ask_application_count",
        ),
        (
            "Is ESIR worth it? Also what are my chances? My main doubt is whether I should "
            "apply integrated IR at all.",
            "ask_pathway",
        ),
        ("How much does ERAS cost? most importantly, which programs sponsor J1?", "ask_programs"),
        (
            "Do letters from home count?\nMy biggest question:\n"
            "how many programs should I apply to?",
            "ask_application_count",
        ),
        # near misses: no mark keeps the order; "my question is" alone marks nothing over others
        ("Do letters from home count? How many programs should I apply to?", "ask_letters"),
        ("My question is: should I do a research year?", "ask_research"),
    ],
)
def test_marked_main_question_first(text: str, main: str) -> None:
    assert understand(text).questions[0].topic == main
