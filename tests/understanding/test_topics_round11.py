"""Round 11: classes of wording from two new independent writers (dev_tune_10, dev_tune_11),
each with near misses. Sentences here are written for the class, not copied from the files."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.questions import is_question


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        # indirect questions without a question mark
        ("Not sure if I should apply to prelims this year", True),
        ("wondering whether my old scores still count", True),
        ("Also unsure which programs take J1", True),
        ("My main worry is whether my letters are strong enough", True),
        ("please what is a SOAP", True),
        ("I'd like to know if step 3 helps", True),
        ("does anyone know whether ESIR counts", True),
        ("thoughts on applying IR this year", True),
        ("need guidance on letters", True),
        # near misses: statements with the same words
        ("I have some thoughts on IR", False),
        ("My PI wants help with a paper", False),
        ("I'm not sure yet.", False),
        ("I was wondering about it all night.", False),
        ("My worry is my age.", False),
    ],
)
def test_indirect_questions(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # the time an exam is sat
        ("when is the right time to take CK?", ["ask_exam_timing"]),
        ("should I book step 3 after interviews?", ["ask_exam_timing"]),
        ("should I take CK first or retake step 1 first?", ["ask_exam_timing"]),
        # near miss: step 3 held, the visa asked
        ("is H1B possible since I already have step 3?", ["ask_visa"]),
        # prelims in the plural, counts of prelims
        ("should I rank all my prelims?", ["ask_prelim"]),
        ("is 60 DR + 20 prelim too many?", ["ask_application_count", "ask_prelim"]),
        # near miss: a count of letters is no count of programs
        ("are 2 IR letters enough?", ["ask_letters"]),
        # the chances by another pronoun, a realistic shot, the end of the road
        ("what are her chances for IR or DR?", ["ask_chances"]),
        ("is DR a realistic shot for me?", ["ask_chances"]),
        ("is 225 the end of the road for me?", ["ask_chances"]),
        ("Do Caribbean grads get into DR at all?", ["ask_chances"]),
        # near miss: how to get in is the route
        ("how do I get into IR?", ["ask_pathway"]),
        # what is said in an interview
        ("can I talk about my gap in interviews?", ["ask_interview"]),
        ("are second looks worth it?", ["ask_interview"]),
        # a bad outcome is plan B; a "what if" about something else is not
        ("what if I don't get any interviews?", ["ask_contingency"]),
        ("what if my letter writer is a fellow?", ["ask_letters"]),
        # a spouse's work rights and lawyers are not ours; a J1 waiver is
        ("can my husband on J2 get an EAD?", ["out_of_scope"]),
        ("any good immigration lawyer for the J1 waiver?", ["out_of_scope"]),
        ("do I need a J1 waiver after residency?", ["ask_visa"]),
        # a concession names what is not asked
        ("is my CK hurting me despite all my research?", ["ask_usmle"]),
        # prior radiology training that would count is the trained radiologist's question
        ("does my rads residency back home count for anything?", ["ask_trained_radiologist"]),
        # near miss: a statement of training, the question about letters
        ("I did rads residency in Egypt. do I need US letters?", ["ask_letters"]),
        # what a step does to the visa is asked beside it
        ("can I switch to DR without losing my visa?", ["ask_switching", "ask_visa"]),
        # an interviewer's question quoted is an interview question
        ("how do I answer the 'what will you do if you don't match' question?", ["ask_interview"]),
        # near miss: the plan B asked outright
        ("what will I do if I don't match?", ["ask_contingency"]),
        # the season over is its calendar; the writer's chances over are the chances
        ("is it over for this cycle or do invites still go out?", ["ask_timeline"]),
        ("is it over for me?", ["ask_chances"]),
        # whose letter it should be
        ("should my letter come from my PD or my prelim attending?", ["ask_letters", "ask_prelim"]),
        ("Apply to the same program again?", ["ask_programs"]),
        # near miss: the same program as a place
        ("did signaling DR at the same program help?", ["ask_signals"]),
        # what interviewers ask, whoever is asked about
        ("what do they ask foreign radiologists?", ["ask_interview"]),
        # a span of time explained is a gap; an interest explained stays the interview
        ("how should I explain the 2021-2023 period?", ["ask_gaps"]),
        ("how do I explain my move to radiology?", ["ask_interview"]),
        # reapplying to one route or the other weighs the routes
        ("Should I reapply IR or go DR?", ["ask_pathway"]),
    ],
)
def test_topics_by_class_of_wording(text: str, topics: list[str]) -> None:
    assert [q.topic for q in understand(text).questions] == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # a numbered item asks one thing: "if I need H1B" is the condition of the exam timing
        (
            "1) is ESIR worth it if i go DR route? 2) when should i take step 3 if i need H1b "
            "3) can i use signals for both DR and IR",
            ["ask_esir", "ask_exam_timing", "ask_signals"],
        ),
        # what to do now after an unmatched cycle is plan B ...
        (
            "Didn't match DR this year. what did i do wrong and what should i change this year?",
            ["ask_contingency"],
        ),
        # ... what went wrong, or what to do differently, stays what was weak
        ("applied last year, no match. what went wrong?", ["ask_gaps"]),
        ("Didn't match. What should I do differently this year?", ["ask_gaps"]),
        # immigration law first, the visa second
        (
            "after J1 can i get green card thru conrad waiver if i work in underserved area? "
            "also is h1b better for that",
            ["out_of_scope", "ask_visa"],
        ),
    ],
)
def test_message_shapes(text: str, topics: list[str]) -> None:
    assert understand(text).topics == topics
