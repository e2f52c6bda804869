"""Question phrasings from dev_tune_8's misplaced questions (a tune file by a writer who never saw
the bot, 3 December): what counts as a question, where two alternatives split, keyword topics,
immigration law, a score that rules one out, distress; each with near misses in other wording."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.alternatives import halves
from bot.understanding.models import Distress
from bot.understanding.questions import is_question
from bot.understanding.segments import clauses
from bot.understanding.signals import distress
from bot.understanding.topics import ranked_topics


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        # someone else's promise is no request
        ("My observership supervisor said he will give me a letter.", False),
        ("My PD said she would help me with research.", False),
        ("they'll tell me by Friday.", False),
        ("my PI will help me publish 2 papers.", False),
        ("the program will let me know in March.", False),
        ("can my PD help me with research?", True),
        ("my friends pls help me", True),
        ("can you give me tips for the interview", True),
        ("someone please help me with my list", True),
        ("help me choose programs", True),
        # "list" as a noun is no request; as a verb it is
        ("Rank list is due soon.", False),
        ("my list has 80 programs.", False),
        ("list IMG friendly programs in Texas", True),
        ("pls list programs that sponsor H1B", True),
        ("make me a program list", True),
        # "Did my ..." without a question mark is a statement without its subject
        ("Did my IR sub-I (4 weeks) and a DR elective.", False),
        ("did my MD in Mexico, YOG 2021.", False),
        ("Did my step 1 fail hurt me?", True),
        ("did anyone match with a 230", True),
        # the question word after its subject
        ("plus step 3 fee is how much now", True),
        ("ERAS for 60 programs costs how much", True),
        ("the flight is long.", False),
        # texted question words, a short label before the question, a negated "can't"
        ("hw likely r my chances for dr", True),
        ("shud i apply integrated ir", True),
        ("cn i apply with 230", True),
        ("DR interview: should I say I want independent IR", True),
        ("PS: can I mention IR", True),
        ("Visa: J1", False),
        ("Step 3: not yet, planning for April", False),
        ("Can't afford ERAS this year.", False),
        ("Status: can't apply this year", False),
        # TIPS is an IR procedure; "tips" asks
        ("My story: my father had a TIPS procedure and that's when I got into IR.", False),
        ("tips for my personal statement please", True),
        ("Tips for the interview", True),
    ],
)
def test_what_counts_as_a_question(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("should I also apply to IM as a backup?", ["should I also apply to IM as a backup?"]),
        ("My husband is also an IMG.", ["My husband is also an IMG."]),
        ("I also have 2 letters.", ["I also have 2 letters."]),
        # a second question after "also" is still its own clause
        (
            "How many programs should I apply to, also how many letters?",
            ["How many programs should I apply to", "also how many letters?"],
        ),
    ],
)
def test_also_after_a_subject_or_an_auxiliary_stays_in_the_clause(
    text: str, parts: list[str]
) -> None:
    assert clauses(text) == parts


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Profile: IMG, CK 251, J1.\nQ: Which programs are IMG friendly in the midwest? "
            "And how early should I ask for letters?",
            "ask_programs",
        ),
        ("Q1: what programs in Texas take J1? Q2: when do I ask for letters?", "ask_programs"),
        (
            "Profile: CK 240, J1.\nQ. Which programs are IMG friendly in Texas? And when should I "
            "ask for letters?",
            "ask_programs",
        ),
        (
            "Question 1) which programs sponsor H1B in the west? also how many letters?",
            "ask_programs",
        ),
    ],
)
def test_a_q_lead_in_asks_outright(text: str, main: str) -> None:
    assert understand(text).main_topic == main


@pytest.mark.parametrize(
    ("clause", "head", "tail"),
    [
        (
            "Any chance for DR at all, or should I move on to something like research or PA?",
            "Any chance for DR at all",
            "should I move on to something like research or PA?",
        ),
        (
            "Is 6 months of research enough or do I need a year in IR or DR?",
            "Is 6 months of research enough",
            "do I need a year in IR or DR?",
        ),
        # no "or" opens a question: the last one cuts, as before
        ("Is 230 ok for IR or DR only?", "Is 230 ok for IR", "DR only?"),
    ],
)
def test_an_or_that_opens_a_question_cuts_the_alternatives(
    clause: str, head: str, tail: str
) -> None:
    assert halves(clause) == (head, tail)


@pytest.mark.parametrize(
    "text",
    [
        "CK 219, YOG 2015. Do I have any chance for DR at all, or should I move on to something "
        "else like a research career or PA?",
        "Do I even stand a chance, or should I just go for FM?",
    ],
)
def test_a_chance_or_a_plan_b_asks_both(text: str) -> None:
    assert [q.topic for q in understand(text).questions][:2] == ["ask_chances", "ask_contingency"]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("Is it too late to submit ERAS now in December?", "ask_timeline"),
        ("too late to apply for the 2027 match?", "ask_timeline"),
        ("is it too late for this cycle?", "ask_timeline"),
        ("is it too early to start my ERAS application now?", "ask_timeline"),
        ("how much did you guys spend on ERAS for 80 DR + 20 prelim?", "ask_costs"),
        ("what did you all pay for 100 programs and interviews?", "ask_costs"),
        ("how much money did you spend in total for prelim and DR?", "ask_costs"),
        ("what is the total amount people spend on the whole match?", "ask_costs"),
        ("Is it worth spending money on an IR elective now?", "ask_clinical_experience"),
        ("should I pay for a 4 week observership in radiology?", "ask_clinical_experience"),
        ("is it worth paying for a research year?", "ask_research"),
        ("Is it true most integrated IR programs don't take J1?", "ask_visa"),
        ("few DR programs sponsor H1B right?", "ask_visa"),
        ("and should I dual apply to DR?", "ask_pathway"),
        ("is dual applying IR and DR smart?", "ask_pathway"),
        ("Should I apply to both DR and IM again or just DR?", "ask_contingency"),
        ("should I keep FM as a backup?", "ask_contingency"),
        ("should I also apply to IM as a backup?", "ask_contingency"),
        ("Should I apply to DR, IM and FM together this time?", "ask_contingency"),
        ("is a 225 going to get me screened out?", "ask_chances"),
        ("applying to DR and IM this time, is that smart?", "ask_contingency"),
        ("Also the gap since 2022, how do I explain caring for my mom?", "ask_gaps"),
        ("my 3 year gap, how should I explain it?", "ask_gaps"),
        ("I haven't practiced medicine for 3 years, how do I explain it", "ask_gaps"),
        ("been unemployed since 2021, how should I explain that?", "ask_gaps"),
        (
            "For DR interviews, if they ask why radiology, how do I answer without sounding like "
            "I don't care about diagnostics?",
            "ask_dr_framing",
        ),
        ("how not to look like I only care about IR in DR interviews?", "ask_dr_framing"),
        ("is my 229 going to filter me out everywhere?", "ask_chances"),
    ],
)
def test_topic_of_clause(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[0] == topic


@pytest.mark.parametrize(
    ("clause", "not_topic"),
    [
        # an age judged "too late" stays a gaps question
        ("is 35 too late for IR?", "ask_timeline"),
        # a fee named without "how much ... spend" is still a price, not a count
        ("how much is ERAS for 80 programs?", "ask_application_count"),
        # which programs take a visa lists programs
        ("which programs take J1?", "ask_visa"),
        # "DR or IM?" weighs the routes; only "both ... and IM" is the plan B
        ("DR or IM?", "ask_contingency"),
        ("Can we couples match DR + IM?", "ask_contingency"),
        # explaining a fail (no gap named) is still the interview question
        ("how do I explain my step 1 fail?", "ask_gaps"),
        # the electives' cost alone, without "worth", is still a price
        ("how much does a visiting student elective cost?", "ask_clinical_experience"),
        # time spent on research is no price
        ("should I spend more time on research?", "ask_costs"),
        # applying from inside an IM residency is the switch, not a plan B
        ("can I apply to DR from my IM residency?", "ask_contingency"),
    ],
)
def test_near_misses_keep_their_topic(clause: str, not_topic: str) -> None:
    assert ranked_topics(clause)[:1] != [not_topic]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("How can I convert J1 to green card after residency?", ["out_of_scope"]),
        ("are waiver jobs in underserved areas the only way?", ["out_of_scope"]),
        ("can I do Conrad 30 in radiology?", ["out_of_scope"]),
        ("what's the path to citizenship after an H1B residency?", ["out_of_scope"]),
        ("after residency can I stay in the US on H1B and get a GC?", ["out_of_scope"]),
        ("I am a GC holder, do I need a visa?", ["ask_visa"]),
        # a green card held is a fact; a J1 waiver itself stays the visa topic
        ("As a green card holder, do I need a visa?", ["ask_visa"]),
        ("I have a green card, what are my chances?", ["ask_chances"]),
        ("do I need a J1 waiver after residency?", ["ask_visa"]),
    ],
)
def test_immigration_law_is_out_of_scope(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Is my 229 going to filter me out everywhere?", ["ask_chances", "ask_usmle"]),
        ("does the step 1 fail kill me for integrated IR?", ["ask_chances", "ask_usmle"]),
        ("will programs overlook a step 1 fail?", ["ask_chances", "ask_usmle"]),
        ("is CK 231 too low for DR?", ["ask_chances", "ask_usmle"]),
        # the chances with a score named, not judged: the chances alone
        ("what are my chances with CK 244?", ["ask_chances"]),
        ("does my age kill my chances?", ["ask_chances"]),
    ],
)
def test_a_score_that_rules_one_out_asks_the_exams_too(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I cant do this anymore. Applied 3 cycles, zero interviews.", Distress.DISTRESS),
        ("I feel so useless and tired of pretending I'm fine", Distress.DISTRESS),
        ("can't take it anymore, 4th cycle", Distress.DISTRESS),
        (
            "honestly sometimes i think it would be easier if i just wasn't here anymore",
            Distress.SELF_HARM,
        ),
        ("everyone would be better off if I disappeared", Distress.SELF_HARM),
        ("I don't want to be here anymore", Distress.SELF_HARM),
        # near misses
        ("I wasn't here last year, I was in India", Distress.NONE),
        ("it would be easier if I just wasn't working nights", Distress.NONE),
        ("I feel lost about which programs to pick", Distress.NONE),
        ("can't do this rotation in March, what else?", Distress.NONE),
    ],
)
def test_distress_and_passive_wishes(text: str, flag: Distress) -> None:
    assert distress(text) is flag
