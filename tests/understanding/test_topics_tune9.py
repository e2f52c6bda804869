"""Question phrasings from dev_tune_9's misplaced questions (a tune file by a writer who never saw
the bot, 3 December): out-of-scope questions beside ours, what counts as a question, numbered
question lists, self-answered questions, keyword topics, distress; each with near misses."""

from __future__ import annotations

import pytest

from bot.understanding import understand
from bot.understanding.ellipsis import elliptic_topic, is_elliptic
from bot.understanding.listing import listed_first, numbered_clauses
from bot.understanding.models import Command, Distress, Question
from bot.understanding.questions import is_question
from bot.understanding.second import is_second_question
from bot.understanding.segments import clauses
from bot.understanding.signals import command, distress
from bot.understanding.topics import OUT_OF_SCOPE, ranked_topics


@pytest.mark.parametrize(
    ("clause", "out"),
    [
        # another specialty's fellowship, or a question about that specialty alone
        ("whats the best gastro fellowship for IMGs in the US", True),
        ("im an IMG in IM residency now (PGY2), chances for a cards fellowship?", True),
        ("and what CK does anesthesia usually want", True),
        ("which nephrology programs take IMGs?", True),
        # a specialty as the place of the applicant's own work or papers is no such question
        (
            "I was a scribe in a cardiology clinic, does scribing count as clinical experience?",
            False,
        ),
        ("I have 3 papers in cardiology journals, do they count?", False),
        # another specialty as radiology's plan B is ours
        ("if not, what are the alternatives - should I switch to IM or pathology?", False),
        ("should I move to anesthesia instead?", False),
        # off our topics whatever else is named
        ("what is the PGY1 salary at Mount Sinai DR?", True),
        ("how much is the salary of a DR resident in Texas?", True),
        ("unrelated but can I do part time uber on H1b during residency lol", True),
        ("can I moonlight during DR residency on J1?", True),
        ("my wife is also a doctor, can she work on J2 while i'm in residency?", True),
        ("will my husband be able to work on H4?", True),
        ("can u help me write a cover letter for a pharma research coordinator job", True),
        ("is UWorld enough for step 2 or should i add amboss too?", True),
        ("should I use Anki or first aid for step 1?", True),
        # near misses: a research salary, a visa of one's own, a score, a letter
        ("how much does a research position in the US usually pay? what salary?", False),
        ("can I do residency on H4 EAD?", False),
        ("is it even allowed on J1 research visa?", False),
        ("my UWorld average was 70%, is CK 245 good for DR?", False),
        ("is 240 ok", False),
        ("do I need a cover letter for ERAS programs?", False),
    ],
)
def test_out_of_scope(clause: str, out: bool) -> None:
    assert (ranked_topics(clause)[:1] == [OUT_OF_SCOPE]) is out


@pytest.mark.parametrize(
    ("clause", "asks"),
    [
        ("Who I am: US green card holder since 2019, MBBS 2018.", False),
        ("who should I ask for my letters", True),
        ("DO student (4th yr) from a school in Arizona.", False),
        ("DO senior here, CK 250.", False),
        ("do students from my school match DR", True),
        ("DO here, COMLEX 2 score 620 and no USMLE.", True),  # kept as before (dev_tune_7)
        ("unrelated but can I do part time uber on H1b during residency", True),
        ("random q but is ESIR worth it", True),
        ("off topic, is the NRMP fee refundable", True),
        ("stop asking me questions and answer: do I need step 3 for H1b", True),
        ("just answer this: is it worth it", True),
        ("do I need step 3 for H1b yes or no", True),
        # near misses: a label before a statement, "yes or no" inside a statement
        ("Visa: J1", False),
        ("Step 3: not yet, planning for March.", False),
        ("I said yes or no to the offer last week.", False),
    ],
)
def test_what_counts_as_a_question(clause: str, asks: bool) -> None:
    assert is_question(clause) is asks


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("is 240 ok", "ask_usmle"),
        ("Is a 235 good?", "ask_usmle"),
        ("would 228 be enough", "ask_usmle"),
        ("is 5000 USD realistic?", "ask_costs"),
        ("how much $$ total for ERAS + interviews for like 60 programs?", "ask_costs"),
        (
            "maybe 6000$ total - is that even enough for apps + interviews + prelim apps",
            "ask_costs",
        ),
        (
            "can i apply to less programs to save money, like 40 DR and 15 prelim",
            "ask_application_count",
        ),
        ("should I apply to fewer programs to keep costs down?", "ask_application_count"),
        ("how many IR programs actually take IMGs at all?", "ask_programs"),
        ("how many DR programs even accept IMGs?", "ask_programs"),
        ("How many programs should I signal?", "ask_signals"),
        ("how many do we signal for IR", "ask_signals"),
        ("Do I have any realistic chance if I apply a 3rd time?", "ask_chances"),
        ("any chance if I apply again?", "ask_chances"),
        ("Should I reapply this cycle or do one more research year first?", "ask_pathway"),
        ("apply next cycle or wait a year?", "ask_pathway"),
        ("is it smart to dual apply anesthesia as a backup to DR?", "ask_contingency"),
        ("should I apply neurology as a safety for rads?", "ask_contingency"),
        ("how do i show continuous engagement to PDs??", "ask_gaps"),
        ("how can I stay clinically active?", "ask_gaps"),
        ("would programs see my age (im 36) and the years since grad as a problem?", "ask_gaps"),
        (
            "Does the systematic review count if it gets accepted after I submit ERAS?",
            "ask_research",
        ),
        ("is a meta-analysis worth anything?", "ask_research"),
        (
            "Does research fellow time count as clinical experience for programs?",
            "ask_clinical_experience",
        ),
        ("does an observership count towards USCE?", "ask_clinical_experience"),
        ("how do i answer 'why DR' at interviews if i secretly want IR lol", "ask_dr_framing"),
        ("what do I say to why radiology when I really want IR?", "ask_dr_framing"),
    ],
)
def test_topic_of_clause(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[:1] == [topic]


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("is 239 too low?", "ask_chances"),  # too low weighs the chances
        ("is CK 231 too low for DR?", "ask_chances"),
        ("how do I answer why DR at interviews?", "ask_interview"),  # no IR wanted
        ("how many IR programs should I apply to?", "ask_application_count"),
        ("Is my age a problem?", "ask_chances"),
        ("apply DR as backup or go all in on IR?", "ask_pathway"),
    ],
)
def test_near_misses_keep_their_topic(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[:1] == [topic]


@pytest.mark.parametrize(
    ("clause", "topic", "first", "asked"),
    [
        ("How many programs should I signal vs how many should i apply to?",
         "ask_application_count", "ask_signals", True),
        ("research year vs prelim year, which is better?", "ask_prelim", "ask_research", True),
        ("is it even allowed on J1 research visa?", "ask_visa", "ask_research", True),
        ("is that possible with an H1B?", "ask_visa", "ask_chances", True),
        # near misses: both sides one topic, the question after the comma shared
        ("about 3000$. how many programs can I afford?", "ask_application_count", "ask_costs",
         True),
        ("how many IR programs actually take IMGs?", "ask_application_count", "ask_programs",
         False),
        ("LOR from IR attending vs DR PD, which one matters more for integrated?",
         "ask_pathway", "ask_letters", False),
        ("obs vs hands on electives, do obs even count?", "ask_gaps",
         "ask_clinical_experience", False),
    ],
)  # fmt: skip
def test_second_question(clause: str, topic: str, first: str, asked: bool) -> None:
    assert is_second_question(clause, topic, first) is asked


@pytest.mark.parametrize(
    ("before", "clause", "topic"),
    [
        (["My cousin matched IR and says I should only do DR."],
         "Is that right for someone like me?", "ask_pathway"),
        (["My mentor thinks I should do a prelim or TY year first."],
         "Is that actually a good strategy?", "ask_prelim"),
        (["My friend says do DR first."], "is that true?", "ask_pathway"),
    ],
)  # fmt: skip
def test_a_plan_told_just_before_is_judged(before: list[str], clause: str, topic: str) -> None:
    assert is_elliptic(clause)
    assert elliptic_topic(before, clause) == topic


def test_is_that_true_about_a_named_thing_is_no_ellipsis() -> None:
    assert not is_elliptic("is that true about the letters from my home country?")


@pytest.mark.parametrize(
    ("text", "main"),
    [
        (
            "Do I have research? kind of. I have 2 IR pubs.\nMy questions:\n1. How many programs"
            " should I apply to?\n2. Is my IR letter enough?",
            "ask_application_count",
        ),
        (
            "my prof promised one but do foreign letters even count?? I need J1.\nQuestions:\n"
            "1) should i apply integrated IR or only DR?\n2) how many programs for each?",
            "ask_pathway",
        ),
        # one numbered item only: no list, the order stays
        ("do foreign letters count? Also:\n1) how many programs?", "ask_letters"),
    ],
)
def test_numbered_questions_come_first(text: str, main: str) -> None:
    assert understand(text).topics[0] == main


def test_listed_first_keeps_order_inside_and_outside() -> None:
    parts = ["Intro?", "1.", "a?", "2) b?", "c?"]
    assert numbered_clauses(parts) == ["a?", "2) b?"]
    found = [Question(text=t, topic=None) for t in ("Intro?", "a?", "2) b?", "c?")]
    assert [q.text for q in listed_first(found, parts)] == ["a?", "2) b?", "Intro?", "c?"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # a question its writer answers at once is not asked
        ("Do I have research? kind of. Is my CK of 240 enough for DR?", ["ask_usmle"]),
        ("Does my gap look bad? i think yes. How many programs should I apply to?",
         ["ask_application_count"]),
        # near miss: an answer that is no answer keeps the question
        ("Does my gap look bad? No idea what PDs think.", ["ask_gaps"]),
    ],
)  # fmt: skip
def test_self_answered_questions(text: str, topics: list[str]) -> None:
    assert understand(text).topics[: len(topics)] == topics
    assert not set(understand(text).topics) - set(topics) - {"ask_chances"}


def test_clauses_keep_the_numbered_items() -> None:
    assert "1." in clauses("My questions:\n1. how many?\n2. where?")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("honestly im so tired. this is my 3rd cycle applying DR", Distress.DISTRESS),
        ("I'm honestly at the end of my rope.", Distress.DISTRESS),
        ("I feel like such a failure, everyone in my batch matched", Distress.DISTRESS),
        ("feeling like a total loser after this cycle", Distress.DISTRESS),
        ("I'm at my wits end with this match", Distress.DISTRESS),
        ("I am really drained", Distress.DISTRESS),
        # near misses
        ("I am really tired of waiting for results", Distress.NONE),
        ("the rope access course was fun", Distress.NONE),
        ("my step 1 was a failure but I passed on the retake", Distress.NONE),
    ],
)
def test_distress(text: str, flag: Distress) -> None:
    assert distress(text) is flag


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        # the steps as texted; a bare score judged for a field is about the score
        ("shud I take s3", "ask_usmle"),
        ("is s1 pass/fail now", "ask_usmle"),
        ("is 232 ok for DR", "ask_usmle"),
        # a resident's pay, study resources, a GI fellowship, family on a visa: off our topics
        ("what do DR residents earn in NYC", OUT_OF_SCOPE),
        ("how much do PGY1s make", OUT_OF_SCOPE),
        ("best qbank for step 2?", OUT_OF_SCOPE),
        ("chances for a GI fellowship after IM?", OUT_OF_SCOPE),
        ("can I bring my wife on J1?", OUT_OF_SCOPE),
    ],
)
def test_more_phrasings_of_the_same_rules(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[:1] == [topic]


@pytest.mark.parametrize(
    ("clause", "not_topic"),
    [
        ("how much does a research fellow make", OUT_OF_SCOPE),  # research pay is ours
        ("GI bleed embolization cases, do they count?", OUT_OF_SCOPE),  # IR work
        ("can I do residency on J1 with my wife?", OUT_OF_SCOPE),  # no bringing
    ],
)
def test_more_near_misses(clause: str, not_topic: str) -> None:
    assert not_topic not in ranked_topics(clause)[:1]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # "does it help for X?" names what it would help with
        (
            "shud I take s3 before applying? does it help for getting H1b",
            ["ask_exam_timing", "ask_visa"],
        ),
        ("I did a research year. does it help for the interview?", ["ask_interview"]),
        # ... but the chances stay with what was listed
        ("I have 2 IR pubs. Will that boost my chances?", ["ask_research"]),
        # "is that a problem?" judges what was just told; "Is it a red flag?" names the gaps
        ("I have 2 IR pubs. im 38, years since grad 14. is that a problem?", ["ask_gaps"]),
        ("CK 229. is that bad?", ["ask_usmle"]),
        ("I have 2 IR pubs. Scribing + USMLE prep. Is it a red flag?", ["ask_gaps"]),
    ],
)
def test_elliptic_judgements(text: str, topics: list[str]) -> None:
    assert understand(text).topics == topics


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can we start fresh", Command.START_OVER),
        ("let's start from the beginning", Command.START_OVER),
        ("just answer the question: do I need step 3", Command.JUST_TELL_ME),
        ("no more qs, just tell me my chances", Command.JUST_TELL_ME),
        ("stop with the questions pls", Command.STOP_ASKING),
        ("quit asking me stuff", Command.STOP_ASKING),
        # "never mind" alone cancels; with a question after it, the question is asked
        ("never mind", Command.CANCEL),
        ("never mind, what about signals?", None),
        # near misses: a fresh graduate starts nothing over
        ("I'm a fresh graduate, when should I start?", None),
        ("my PI will answer the question of authorship", None),
    ],
)
def test_conversation_commands(text: str, kind: Command | None) -> None:
    assert command(text) == kind


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("feeling so lost and scared about the match", Distress.DISTRESS),
        ("im burned out and sad", Distress.DISTRESS),
        ("im losing my mind over this", Distress.DISTRESS),
        ("I am devastated", Distress.DISTRESS),
        # near misses
        ("the program is lost in my list", Distress.NONE),
        ("I lost my passport last year, got a new one", Distress.NONE),
    ],
)
def test_more_distress(text: str, flag: Distress) -> None:
    assert distress(text) is flag


@pytest.mark.parametrize(
    ("clause", "topic"),
    [
        ("forget IR, should I do DR?", "ask_pathway"),
        ("should I just go with IR?", "ask_pathway"),
        ("should i stick to DR?", "ask_pathway"),
        # near misses: a DR elective, IR research, IR programs
        ("should I do DR electives?", "ask_clinical_experience"),
        ("should i do IR research now?", "ask_research"),
        ("should I go for IR programs in Texas?", "ask_programs"),
    ],
)
def test_which_route_to_do(clause: str, topic: str) -> None:
    assert ranked_topics(clause)[:1] == [topic]
