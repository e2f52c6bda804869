"""Round 17 topic rules (dev_tune_21/22/23): prices of exams and sums weighed, the chances in
forum words ("dead for DR or nah", "rate my app"), the exam's date before other dates, the forum's
"progs", quoted interview questions, ESIR weighed against another route, what is left after failed
cycles, the visa itself weighed, counts of first years, DR programs that see
an IR application, applying from inside another specialty's year, a paper's worth, medical science
and another specialty compared with ours as out of scope. Each with paraphrases and near misses."""

from __future__ import annotations

import pytest

from bot.understanding import OUT_OF_SCOPE, understand
from bot.understanding.questions import is_question
from bot.understanding.topics import coarse, ranked_topics


def first(clause: str) -> str:
    return coarse(ranked_topics(clause)[0])


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # an exam's or a service's price, and a sum weighed
        ("how much is step 3 itself", "ask_costs"),
        ("how much does ECFMG certification cost these days?", "ask_costs"),
        ("roughly how much do step 3 + ECFMG + ERAS add up to?", "ask_costs"),
        ("is 9000 enough??", "ask_costs"),
        ("is $12,000 realistic for the whole cycle?", "ask_costs"),
        # near misses: an exam's weight, a score or a year weighed
        ("how much does step 3 matter for DR?", "ask_usmle"),
        ("is 240 enough for IR?", "ask_usmle"),
    ],
)
def test_prices_and_sums(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the chances in forum words
        ("dead for DR as an IMG or nah", "ask_chances"),
        ("am i cooked for IR with a 229?", "ask_chances"),
        ("chances for DR w/ ck 233, J1, YOG17 and 1 US IR letter?", "ask_chances"),
        ("rate my app / what am i missing?", "ask_chances"),
        ("what's my biggest weakness?", "ask_chances"),
        ("is it even worth applying DR at this point?", "ask_chances"),
        # near misses: letters counted, the gap explained
        ("how many US IR letters do I need?", "ask_letters"),
        ("how do I explain my gap year?", "ask_gaps"),
    ],
)
def test_chances_in_forum_words(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("dead for DR as an IMG or nah", True),
        ("good enough for IR or nope", True),
        ("wait is it bad that my research is all abroad", True),
        # near misses: a statement with "or not", a correction after "wait"
        ("I will apply whether I match or not.", False),
        ("wait no, 4 months of USCE.", False),
    ],
)
def test_tag_and_wait_questions(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the exam's date, whatever dates follow
        (
            "when do i take s3 - before ERAS opens or is before the rank list deadline fine?",
            "ask_usmle",
        ),
        ("when should I sit step 3, before the match or after?", "ask_usmle"),
        # near misses: the season's calendar
        ("when does ERAS open and when is the rank list deadline?", "ask_timeline"),
        ("when do programs send interview invites?", "ask_timeline"),
    ],
)
def test_exam_date_first(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the forum's "progs" and lists asked for
        ("which DR progs there sponsor J1 and actually interview IMGs?", "ask_programs"),
        ("any progs in the midwest that take old grads?", "ask_programs"),
        ("looking for a list of DR programs in Texas", "ask_programs"),
        # near misses: how many progs to apply to, an interview prepared
        ("how many progs do i even apply to?", "ask_application_count"),
        ("how do I prepare for the interview?", "ask_interview"),
    ],
)
def test_terse_programs(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # an interviewer's question quoted to answer
        ("How do I answer 'why not stay in Brazil' without sounding ungrateful?", "ask_interview"),
        ("how should i respond to 'tell me about yourself'?", "ask_interview"),
        # near miss: "why DR" answered by an IR applicant is the DR framing (dev_tune_9)
        ("how do i answer 'why DR' at interviews if i secretly want IR lol", "ask_dr_framing"),
    ],
)
def test_quoted_interview_question(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # ESIR weighed against another route
        ("do i do ESIR or just apply independent IR straight after DR?", "ask_esir"),
        ("should I stay in DR or do ESIR?", "ask_esir"),
        # near miss: the routes weighed, ESIR inside one of them
        ("integrated IR or DR with ESIR?", "ask_pathway"),
    ],
)
def test_esir_weighed(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # what is left after failed cycles, and no match as the condition
        ("is there even any path left for someone like me", "ask_contingency"),
        ("any hope left after 3 cycles?", "ask_contingency"),
        (
            "what happens if i dont match anywhere in march, soap or just wait a year?",
            "ask_contingency",
        ),
        # near misses: signals after no match, the path itself
        ("is it worth signaling programs next year if I don't match again?", "ask_signals"),
        ("what is the path to IR for an IMG?", "ask_pathway"),
    ],
)
def test_what_is_left(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the visa itself weighed
        ("which visa gives me more programs to choose from?", "ask_visa"),
        ("is H1B even realistic for DR?", "ask_visa"),
        # near miss: the chances with a visa named
        ("is DR realistic for me with a J1?", "ask_chances"),
    ],
)
def test_visa_weighed(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # counts of first years to apply to
        ("also how many prelim IM should i throw in?", "ask_application_count"),
        ("and for the prelim side, how many TY or prelim programs?", "ask_application_count"),
        # near misses: which first year, a prelim's length
        ("is a prelim or TY better for DR?", "ask_prelim"),
        ("do I need a prelim year before DR?", "ask_prelim"),
    ],
)
def test_first_year_counts(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # DR programs that see an IR application, or feel used
        (
            "If I apply both, will DR programs see that I applied IR and think I'm not serious?",
            "ask_dr_framing",
        ),
        ("will DR PDs think im using them as a backup?", "ask_dr_framing"),
        # applying from inside another specialty's year
        ("Is it possible to apply DR this cycle while still in surgery?", "ask_pathway"),
        ("can I apply to radiology while doing IM prelim?", "ask_pathway"),
        # a paper's worth, whatever its field
        ("does the neurology review count for anything?", "ask_research"),
        ("do case reports matter for IR?", "ask_research"),
        ("can i land an unpaid research spot in the US?", "ask_research"),
        # near misses: DR programs that see the scores, a prelim as plan B
        ("will DR programs see my step 1 fail?", "ask_usmle"),
        ("should I use a prelim as a backup?", "ask_contingency"),
    ],
)
def test_framing_switching_research(clause: str, topic: str) -> None:
    assert first(clause) == topic


@pytest.mark.parametrize(
    ("clause", "out"),
    [
        ("Can you explain the renal physiology of RTA type 4?", True),
        ("what is the mechanism of action of spironolactone?", True),
        ("is anesthesia easier than rads for IMGs who need a J1?", True),
        ("is neurology easier to match?", True),
        # near misses: our field first, another specialty as plan B, its paper
        ("is rads easier than anesthesia for IMGs?", False),
        ("should I switch to anesthesia since it is easier than rads?", False),
        ("does my neurology paper count for IR?", False),
    ],
)
def test_out_of_scope(clause: str, out: bool) -> None:
    assert (ranked_topics(clause)[:1] == [OUT_OF_SCOPE]) is out


def test_whole_message_terse() -> None:
    text = "my ck is 232. dead for DR as an IMG or nah"
    assert [coarse(t) for t in understand(text).topics][:1] == ["ask_chances"]


@pytest.mark.parametrize(
    "clause",
    [
        "how to handle 'why DR instead of IR' at a DR interview?",
        "how do I answer 'why not IR directly'?",
    ],
)
def test_quoted_route_question_stays_framing(clause: str) -> None:
    assert first(clause) == "ask_dr_framing"


def test_a_score_auto_filtered_is_not_the_chances_rule() -> None:
    # dev_tune_14 labels the score's weight: left to the clause NLU
    assert "ask_chances" not in ranked_topics(
        "Is a 238 going to get me auto-filtered by DR programs?"
    )


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the visa getting in a route's way
        ("does J1 mess w independent IR (the 7 yr limit thing?)", "ask_visa"),
        ("will the J1 clock mess up my fellowship?", "ask_visa"),
        # living without pay
        ("Can anyone even survive unpaid in Boston for a year lol", "ask_costs"),
        ("how do people live without a salary during research?", "ask_costs"),
        # near misses: a gap in the way, unpaid research weighed
        ("does a gap mess up my application?", "ask_gaps"),
        ("is an unpaid research year worth it?", "ask_research"),
    ],
)
def test_visa_in_the_way_and_living_unpaid(clause: str, topic: str) -> None:
    assert first(clause) == topic
