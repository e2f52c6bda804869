"""Forum phrasing of the fifth tuning batch (dev_tune_5.yml): chat abbreviations ("n", "class
2017"), letter sources and talks in short forms, stints that are not in the US, work that
stopped or a place one lives in, a "no" that negates another noun, whose a question or a fact is
("IM" is no "I'm", "will CK 239 filter me out?", "pls someone reply, my CK ..."), visas held
beside the one needed, training years, exams taken several times, schools and countries, "0
letters". Each rule with the cases it must not catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


def _uncertain(text: str) -> dict[str, object]:
    return {u.field: u.value for u in extract_facts(text, current_year=2026).uncertain}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Chat's "n" between two words is "and".
        ("I have 239 n 1 pub", {"step2ck_score": 239, "ir_publications": 1}),
        ("ck 250 n no research", {"step2ck_score": 250, "research_years": 0, "ir_publications": 0}),
        # "class 2017" is the class of 2017.
        ("Filipino doc, class 2017", {"graduation_year": 2017, "applicant_type": "non_us_img"}),
        ("class 2026 MD student", {"graduation_year": 2026}),
        ("I took a class in 2019", {}),
        # Letter sources in short forms.
        ("LoR - 3 (IM x2, neuro x1)", {"us_other_letters": 3}),
        ("LORs: 1 IR, 1 nephro", {"us_ir_letters": 1, "us_other_letters": 1}),
        # An oral (presentation) is an abstract.
        ("3 IR abstracts and 1 oral at SIR 2025", {"ir_abstracts": 4}),
        ("2 orals and 1 poster", {"ir_abstracts": 3}),
        # A telerotation is no stint of US experience.
        ("2 observerships of 2 weeks each, plus 1 month telerotation", {"observership_weeks": 4}),
        ("USCE: 2 months IM, 1 month virtual rotation", {"usce_months": 2}),
        ("USCE: 2 months IM, 1 month FM", {"usce_months": 3}),
        # Work that stopped; a place one lives in is no work.
        ("I stopped working in 2023 and now in Cairo", {"clinically_active": False}),
        ("now in Cairo, working as GP", {"clinically_active": True}),
        ("currently in Radiology residency", {"clinically_active": True}),
        ("currently in Emergency Medicine residency", {"clinically_active": True}),
        ("currently in Dubai as GP", {"clinically_active": True}),
        ("working in Chile as GP", {"clinically_active": True, "applicant_type": "non_us_img"}),
        # A "no" before another noun and a preposition is that noun's.
        ("I have no money for observership", {}),
        ("no time for research", {}),
        ("no US letters", {"us_ir_letters": 0, "us_dr_letters": 0, "us_other_letters": 0}),
        ("no research", {"research_years": 0, "ir_publications": 0}),
        # "my <fact>" is the writer's, also beside "someone".
        ("pls someone reply my CK 231 is too low for DR?", {"step2ck_score": 231}),
        ("someone said CK 231 is too low", {}),
        ("my friend has 255 and 4 IR pubs", {}),
        # A question with the writer as the one judged.
        ("Will CK 239 filter me out?", {"step2ck_score": 239}),
        ("Will programs consider me with 235?", {"step2ck_score": 235}),
        ("will they consider me with 3 months USCE?", {"usce_months": 3.0}),
        ("I will consider 3 months USCE", {}),
        ("I will screen 3 months of USCE options", {}),
        # Upper-case IM is internal medicine, not "I'm".
        ("Which is better, 3 months observership in IR or 1 month hands-on IM externship?", {}),
        (
            "Hi, IMG from Syria, CK 233, 8 months USCE in IM?? is that enough",
            {"applicant_type": "non_us_img", "step2ck_score": 233, "usce_months": 8.0},
        ),
        ("im at 245, chances for IR?", {"step2ck_score": 245}),
        # A visa held (my J1 waiver) beside the one needed.
        ("I need H1B because of my J1 waiver issue", {"visa_need": "h1b"}),
        ("I need J1 or H1B", {"visa_need": "undecided"}),
        # Years of training and roles after "currently".
        (
            "I'm 3rd year resident in radiology in Turkey",
            {"applicant_type": "non_us_img", "clinically_active": True},
        ),
        ("currently 5th yr as ER physician", {"clinically_active": True}),
        ("Currently: research fellow (IR) at UTSW", {"clinically_active": True}),
        ("currently 4th year of med school", {}),
        ("I was 3rd year resident when I quit", {}),
        # An exam taken several times.
        (
            "I took step 2 three times, final 231",
            {"step2ck_score": 231, "step2ck_first_attempt": False},
        ),
        ("took CK twice, 238 now", {"step2ck_score": 238, "step2ck_first_attempt": False}),
        ("i took step 1 twice", {"step1": "pass_after_retake"}),
        ("applied 3 times, took step 2 once", {"match_cycles": 3}),
        ("my friend took CK 3 times", {}),
        # A planned exam is not taken yet.
        ("step 1 planned for june", {"step1": "not_taken"}),
        # Schools and countries.
        (
            "US citizen, went to AUC (Sint Maarten)",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        ("SGU grad 2024", {"graduation_year": 2024, "applicant_type": "non_us_img"}),
        ("from Colombia, egresado 2020", {"graduation_year": 2020, "applicant_type": "non_us_img"}),
        # "0 letters" is no letters from anyone; a source keeps it to that source.
        (
            "0 USCE, 0 letters",
            {"usce_months": 0.0, "us_ir_letters": 0, "us_dr_letters": 0, "us_other_letters": 0},
        ),
        ("LORs: 0 IR, 2 DR", {"us_ir_letters": 0, "us_dr_letters": 2}),
        ("3 LORs", {}),
        # A country after "from" in a question about oneself.
        ("Is it enough for integrated IR as an IMG from Egypt?", {"applicant_type": "non_us_img"}),
        ("Are IMGs from Egypt accepted?", {}),
        ("what are my chances as an IMG?", {}),
        # A bar ends an item; a dash before the question sets it apart.
        (
            "yog 2018 | ck 233 | need visa — am i competitive for DR??",
            {"graduation_year": 2018, "step2ck_score": 233, "visa_need": "undecided"},
        ),
        # A letter's count in brackets after it is that count, not one more.
        ("LoR from the IR attending there (1). CK 245", {"us_ir_letters": 1, "step2ck_score": 245}),
        ("LoR from the IR attending (2)", {"us_ir_letters": 2}),
        ("a letter from IR, 1 from DR", {"us_ir_letters": 1, "us_dr_letters": 1}),
        # A post asking for someone else tells their facts, not the writer's.
        ("Asking for my cousin: he's 2015 grad, CK 226, no USCE. Any chance in DR?", {}),
        ("Hi, asking for my friend who has 230. Mine is 245", {"step2ck_score": 245}),
        ("Asking for advice: CK 240, YOG 2019", {"step2ck_score": 240, "graduation_year": 2019}),
        # "I'm 248": the writer's score (180-300, ending the clause).
        ("My friend has 255. I'm 248, 1 IR pub", {"step2ck_score": 248, "ir_publications": 1}),
        ("im 245 with 2 pubs", {"step2ck_score": 245, "ir_publications": 2}),
        ("I am 250 km away", {}),
        ("I am 29, CK 240", {"step2ck_score": 240}),
        # A part of a publication count named without a number is skipped, not the end.
        ("i have 12 pubs but all in cardiology and 1 in IR", {"ir_publications": 1}),
        ("12 pubs, mostly cardiology, 1 in IR", {"ir_publications": 1}),
        ("3 pubs, all in cardiology", {}),  # no IR papers only inferred: asked
        ("10 publications but none in radiology", {"ir_publications": 0}),
        # A value corrected inside the message (same size, no other fact between).
        ("CK 243 - no wait its 245 I always mix up lol", {"step2ck_score": 245}),
        ("YOG 2018, sorry I mean 2019", {"graduation_year": 2019}),
        ("CK 243, sorry, YOG 2019", {"step2ck_score": 243, "graduation_year": 2019}),
        ("CK 240, sorry I have 2 kids", {"step2ck_score": 240}),
        ("sorry for my english, CK 240, 2 pubs", {"step2ck_score": 240, "ir_publications": 2}),
        # A cycle heading that opens with its year is that cycle; "1 II" is an interview invite.
        (
            "2024 cycle: 3 IIs (all DR), unmatched. 2025 cycle: 1 II, unmatched.",
            {"match_cycles": 2, "prior_interviews": 4},
        ),
        ("step II ck 240", {"step2ck_score": 240}),
        ("2027 cycle: planning to apply", {}),
        # "MD <year>" is the graduation; MD Anderson is a place.
        ("MD from Pakistan 2014", {"graduation_year": 2014, "applicant_type": "non_us_img"}),
        ("observership at MD Anderson 2023", {}),
        # A specialist's title is work now.
        ("I'm a nephrologist in Iraq", {"clinically_active": True, "applicant_type": "non_us_img"}),
        ("my wife is a cardiologist", {}),
        ("I was a nephrologist", {}),
        # What is wanted, then what the writer has; what is lacking is not had.
        ("he told me I need more pubs. I have 1.", {"ir_publications": 1}),
        ("I need 2 more pubs", {}),
        ("I have 3 pubs and need 2 more", {"ir_publications": 3}),
        # Narrowed after probes: a name's "MD", a non-physician "-ologist", an apology.
        ("Dr. Smith MD wrote my letter in 2024", {}),
        ("MD (2015), residency in IM 2016-2019", {"graduation_year": 2015}),
        ("I am a psychologist", {}),
        ("I'm a radiologic technologist", {}),
        ("I am a psychiatrist", {"clinically_active": True}),
        ("my husband is 3rd year resident in IM", {}),
        ("CK 240 - sorry for the long post, 245 was my NBME", {"step2ck_score": 240}),
        ("CK 243 oops 245", {"step2ck_score": 245}),
        # An aside in brackets after someone else, and the words after it, are theirs.
        (
            "My senior (US IMG) matched DR with 236 and 1 IR LOR. I have 244 and 2 IR LORs,"
            " from Egypt, need J1.",
            {
                "step2ck_score": 244,
                "us_ir_letters": 2,
                "applicant_type": "non_us_img",
                "visa_need": "j1",
            },
        ),
        ("I have 3 LoRs (2 IR, 1 DR)", {"us_ir_letters": 2, "us_dr_letters": 1}),
        (
            "CK 245 (first attempt) and 2 pubs",
            {"step2ck_score": 245, "step2ck_first_attempt": True, "ir_publications": 2},
        ),
        ("My husband is from India, I am from Pakistan", {"applicant_type": "non_us_img"}),
        # Work now or not: "still working", "since then only studying".
        ("worked in ICU 4 years (still working)", {"clinically_active": True}),
        ("Since then only studying. CK 244", {"clinically_active": False, "step2ck_score": 244}),
        ("just studying for step 3 while working as GP", {"clinically_active": True}),
        # Keycap emoji digits.
        (
            "Got my CK result: 2️⃣4️⃣7️⃣ 🎉 first attempt!!",
            {"step2ck_score": 247, "step2ck_first_attempt": True},
        ),
        # Work now is told also inside a question about oneself; a gap or a supposition is not.
        (
            "What are chances for a 2nd time applicant with CK 240, now doing research"
            " fellowship in IR at Stanford?",
            {"step2ck_score": 240, "match_cycles": 1, "clinically_active": True},
        ),
        ("what if I start working as GP?", {}),
        ("how do I explain my gap?", {}),
        # A USCE list: its IR stint is an IR elective; "Rotations done in US:" heads one.
        (
            "Rotations done in US: IM 8 weeks, FM 4 weeks, IR 4 weeks (all hands-on).",
            {"usce_months": 3.0, "ir_elective_weeks": 4.0},
        ),
        (
            "USCE: 3 months IR elective + 2 months IM",
            {"ir_elective_weeks": 12.0, "usce_months": 2.0},
        ),
        ("observership: 4 weeks IM, 2 weeks IR", {"observership_weeks": 6.0}),
        # A status heading a list of exams.
        ("Pending: Step 3, ERAS. Visa: J1", {"step3": "not_taken", "visa_need": "j1"}),
        (
            "Passed: S1, S3. CK 240",
            {"step1": "pass_first_attempt", "step3": "passed", "step2ck_score": 240},
        ),
        (
            "Pending: step 3 (scheduled), step 1 passed",
            {"step3": "not_taken", "step1": "pass_first_attempt"},
        ),
        # "He has 3 IR pubs and I have none".
        ("My friend has CK 250. He has 3 IR pubs and I have none.", {"ir_publications": 0}),
        ("my friend got 260 and I have none", {}),
        # A year of residency now ("PGY-1 in IM"); work that is only to be ("will be").
        (
            "PGY-1 in internal medicine in NYC currently (on J1).",
            {"clinically_active": True, "visa_need": "j1"},
        ),
        ("I will be working as GP from July", {}),
        ("I will be a PGY-1 in IM from July", {}),
        ("my husband is PGY-2 in IM", {}),
        ("I am a PGY-1 in IM", {"clinically_active": True}),
        # The writer and a relative together ("I and my husband both have green card").
        ("I and my husband both have green card", {"visa_need": "none"}),
        ("my husband has green card", {}),
        ("I have J1 and my husband has green card", {"visa_need": "j1"}),
        # "another (one) from <source>" is one more letter from it.
        (
            "I have 1 LOR from IR PD and another from DR attending",
            {"us_ir_letters": 1, "us_dr_letters": 1},
        ),
        ("another from my home PD", {}),
        # What is typical or a mentor suggests is not the writer's.
        ("typical matched IMG has 245 and 3 months USCE", {}),
        ("My mentor suggests 5 IR pubs, I have 2 IR pubs", {"ir_publications": 2}),
        ("my mentor wrote me an IR LOR", {"us_ir_letters": 1}),
        (
            "he has 255 CK, I have 241 and no pubs. both IMGs from Egypt, both need J1.",
            {
                "step2ck_score": 241,
                "ir_publications": 0,
                "applicant_type": "non_us_img",
                "visa_need": "j1",
            },
        ),
        # Locums and full-time research are work now.
        ("i do locums as GP", {"clinically_active": True}),
        ("did locums before 2020", {}),
        ("Worked 2 years as GP, now full time research", {"clinically_active": True}),
        ("now full time usmle prep", {}),
        # "key: value" pairs typed on one line; a lower-case "im" after a small count.
        ("pubs:0 abstracts:3", {"ir_publications": 0, "ir_abstracts": 3}),
        ("usce: 3 months obs: 2 weeks", {"usce_months": 3.0, "observership_weeks": 2.0}),
        ("lor 2 ir 1 im", {"us_ir_letters": 2, "us_other_letters": 1}),
        ("CK 240 im worried", {"step2ck_score": 240}),
        # Big cities abroad; a check mark after an exam.
        (
            "i graduated in 2017 from lagos",
            {"graduation_year": 2017, "applicant_type": "non_us_img"},
        ),
        ("I did my USCE in Lima, Ohio", {}),
        ("MBBS from Karachi 2016", {"graduation_year": 2016, "applicant_type": "non_us_img"}),
        ("Currently: IM attending in Cairo", {"clinically_active": True}),
        (
            "Currently: step 1 ✅, step 2 📚 (exam in May), USCE 0",
            {"step1": "pass_first_attempt", "usce_months": 0.0},
        ),
        # Someone else's season is theirs (not the writer's cycle).
        ("my friend applied last cycle (2025)", {}),
        ("my friend applied last cycle", {}),
        ("I applied last cycle", {"match_cycles": 1}),
    ],
)
def test_forum_phrasing_of_the_fifth_batch(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


def test_a_question_about_the_domain_still_only_offers_its_score() -> None:
    assert _facts("Is 240 a good score?") == {}
    assert _uncertain("Is 240 a good score?") == {"step2ck_score": 240}
