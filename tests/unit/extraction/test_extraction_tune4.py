"""Forum phrasing of the fourth tuning batch (dev_tune_4.yml): whose status a phrase tells (a
spouse's citizenship or work), statuses that are no US residence (H4 EAD), the score of a
failed attempt said after it, ordinals that count applications."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A relative's citizenship or work is not the writer's.
        (
            "My husband is US citizen, I'm on dependent visa, green card in process. IMG from"
            " Pakistan, CK 248.",
            {"step2ck_score": 248, "applicant_type": "non_us_img"},
        ),
        (
            "my wife is US citizen so I have green card. IMG from Jordan",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        ("i am from Kenya. My husband is doing residency in US.", {"applicant_type": "non_us_img"}),
        ("I am from Kenya and doing residency in IM", {"applicant_type": "non_us_img",
                                                       "clinically_active": True}),
        # Allowed to work without a visa, but no US citizen or resident: a non-US IMG.
        (
            "i am on H4 EAD so dont need visa sponsorship. IMG from India",
            {"visa_need": "none", "applicant_type": "non_us_img"},
        ),
        (
            "no visa needed, I'm a US citizen. IMG from India",
            {"visa_need": "none", "applicant_type": "us_img"},
        ),
        # The score of a failed attempt, said after it.
        (
            "Took CK twice, first time 219 (fail), second time 238.",
            {"step2ck_score": 238, "step2ck_first_attempt": False},
        ),
        ("CK 231 - failed, retook 244", {"step2ck_score": 244, "step2ck_first_attempt": False}),
        # An ordinal before an application word counts cycles, not exam attempts.
        ("What are chances for a 2nd time applicant with CK 240?",
         {"step2ck_score": 240, "match_cycles": 1}),
        ("CK 240 2nd attempt", {"step2ck_score": 240, "step2ck_first_attempt": False}),
    ],
)  # fmt: skip
def test_tune4_whose_and_which(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Dates, exam results and graduation said in other words.
        ("graduated in Dec'19 from Nigeria", {"graduation_year": 2019,
                                              "applicant_type": "non_us_img"}),
        ("graduated June '20", {"graduation_year": 2020}),
        ("formed in 2016 (USP)", {"graduation_year": 2016}),
        ("finish university 2014", {"graduation_year": 2014}),
        ("step 1 approved", {"step1": "pass_first_attempt"}),
        ("Cleared all 3 steps in first attempt. CK 258",
         {"step2ck_score": 258, "step1": "pass_first_attempt", "step3": "passed",
          "step2ck_first_attempt": True}),
        ("both steps passed", {"step1": "pass_first_attempt"}),
        # Publications, experience, work.
        ("pubmed indexed 2, both IR.", {"ir_publications": 2}),
        ("Zero US exp. J1.", {"usce_months": 0.0, "visa_need": "j1"}),
        ("I have 2 yrs of US research experience", {"research_years": 2.0}),
        ("currently consultant radiologist in India for 12 years",
         {"applicant_type": "non_us_img", "clinically_active": True}),
        ("I'm a researcher", {"clinically_active": True}),
        # "Obs - 2 weeks" is an observership (not "obs-gyn").
        ("Obs - 2 weeks (IR). CK - 246.", {"observership_weeks": 2.0, "step2ck_score": 246}),
        ("obs-gyn rotation 4 weeks", {}),
        # Letter sources in brackets after a count.
        ("LoRs: 2 (US, IM)", {"us_other_letters": 2}),
        ("IR letters: 0\nDR letters: 2\nOther: 1 (IM)",
         {"us_ir_letters": 0, "us_dr_letters": 2, "us_other_letters": 1}),
    ],
)  # fmt: skip
def test_tune4_words(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A score alone right after the sentence that named the exam.
        ("Passed Step 2 CK yesterday!! 243. Step 1 P 2022.",
         {"step2ck_score": 243, "step1": "pass_first_attempt"}),
        ("I took step 2 ck. 243", {"step2ck_score": 243}),
        ("Step 2 CK done. 12. LOL", {}),
        ("step 2 ck pending. 240 on NBME", {}),
        # A heading of cycles lists them by year.
        ("Previous cycles: 2023 (no interviews), 2024 (1 DR interview), 2025 (2 DR interviews,"
         " unmatched). CK 240.",
         {"match_cycles": 3, "prior_interviews": 3, "step2ck_score": 240}),
        ("Applied: 2024, 2025. CK 230", {"match_cycles": 2, "step2ck_score": 230}),
        ("Match cycles: 2", {"match_cycles": 2}),
        # This season's interviews beside an earlier season's.
        ("Me: 0 interviews so far this year, 2 last year (DR). CK 243, J1.",
         {"prior_interviews": 2, "match_cycles": 1, "step2ck_score": 243, "visa_need": "j1"}),
        ("didnt match this year. 2nd cycle. got 4 DR interviews this season and 1 last year.",
         {"prior_interviews": 1, "match_cycles": 1}),
        ("I have 3 interviews this year and my friend got 2 last year", {}),
        ("3 interviews this season, applied 2 last year", {"match_cycles": 1}),
    ],
)  # fmt: skip
def test_tune4_sentences(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Work that is over, a course, work told as a heading or with "since".
        ("Did house job 1 year then worked as MO in ER for 3 yrs.", {}),
        ("doing house job now", {"clinically_active": True}),
        ("Currently doing MPH in US (F1 visa)", {}),
        ("Currently: IM attending in Cairo", {"clinically_active": True}),
        ("Consultant radiologist since 2014 in Saudi.",
         {"applicant_type": "non_us_img", "clinically_active": True}),
        # A Step 3 score of 200 or more is a pass; a lower one says nothing.
        ("USMLE Step 3: 229", {"step3": "passed"}),
        ("Step 3 - 190", {}),
        # The score of a failed attempt, with "first time" between.
        ("i failed CK first time (score 205), second time I got 232.",
         {"step2ck_score": 232, "step2ck_first_attempt": False}),
        # Counts in brackets after a duration are its parts, not letters.
        ("USCE 4 months (2 IM + 2 Rads), 3 US LORs (2 rads 1 IM)",
         {"usce_months": 4.0, "us_dr_letters": 2, "us_other_letters": 1}),
        ("LORs: 3 (2 IR, 1 DR)", {"us_ir_letters": 2, "us_dr_letters": 1}),
        # The writer with someone else as one subject.
        ("Me and my friend both have CK 245. He has 3 IR pubs.", {"step2ck_score": 245}),
        ("My friend has 255 and 4 IR pubs. I have 248 and 1 pub.",
         {"step2ck_score": 248, "ir_publications": 1}),
    ],
)  # fmt: skip
def test_tune4_second_batch(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A practice test's score is not the exam's.
        ("my UWSA2 was 250", {}),
        ("NBME 255, real CK 243", {"step2ck_score": 243}),
        ("I have 3 years practice, CK 245", {"step2ck_score": 245}),
        ("Step 2 (CK) 244", {"step2ck_score": 244}),
        # A pass or a first attempt after two exams joined by "and" is both exams'.
        ("Step 1 and 2 CK both passed first attempt",
         {"step1": "pass_first_attempt", "step2ck_first_attempt": True}),
        ("I have step 1 and CK done (CK 231)",
         {"step1": "pass_first_attempt", "step2ck_score": 231}),
        ("step 1 and step 2 CK 250. CK first attempt",
         {"step2ck_score": 250, "step2ck_first_attempt": True}),
        ("step 1 failed and step 2 passed", {"step1": "failed"}),
        ("Im a naturalized citizen, studied in Russia",
         {"visa_need": "none", "applicant_type": "us_img"}),
    ],
)  # fmt: skip
def test_tune4_probes(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts", "uncertain"),
    [
        # Whether what the writer has suffices is no plan; a plan stays one to confirm.
        ("will my 2 IR letters be enough?", {"us_ir_letters": 2}, {}),
        ("will my 6 months of USCE count?", {"usce_months": 6.0}, {}),
        ("I will get 2 IR letters, will that be enough?", {}, {"us_ir_letters": 2}),
        ("my mentor will help me get a letter from IR", {}, {"us_ir_letters": 1}),
        ("I will have 3 pubs by september", {}, {"ir_publications": 3}),
    ],
)
def test_tune4_judged_not_planned(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    extraction = extract_facts(text, current_year=2026)
    assert _facts(text) == facts
    assert {u.field: u.value for u in extraction.uncertain} == uncertain


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Someone else's count, then the writer's bare number.
        ("my colleague has 3 IR letters, I have only 1", {"us_ir_letters": 1}),
        ("people say you need 3 pubs, I have 2", {"ir_publications": 2}),
        ("my friend has 3 IR letters. I have 1 so far", {"us_ir_letters": 1}),
        ("my friend has 3 IR letters, I have 2 kids", {}),
        ("my friend has 3 IR letters, I have 1 from DR", {"us_dr_letters": 1}),
        # Work that ended; citizenship by birth.
        ("I was working as GP until last year", {}),
        ("I have been working as a GP since 2019", {"clinically_active": True}),
        ("born in US, studied in Dominica", {"visa_need": "none", "applicant_type": "us_img"}),
        ("I'm US born but did med school in India",
         {"visa_need": "none", "applicant_type": "us_img"}),
    ],
)  # fmt: skip
def test_tune4_theirs_and_time(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A number before "this cycle" names no count of cycles.
        ("got 2 interviews last cycle, 5 this cycle", {"prior_interviews": 2, "match_cycles": 1}),
        ("applied in 2 cycles", {"match_cycles": 2}),
        ("3 match cycles so far", {"match_cycles": 3}),
        # A "first cycle" with a second one after it is no first application now.
        ("first cycle got 1 IV, second cycle got 3 IVs", {"match_cycles": 1}),
        ("first time applying, CK 250", {"step2ck_score": 250, "match_cycles": 0}),
        ("Previous application: 2024 (DR only, 1 interview)",
         {"match_cycles": 1, "prior_interviews": 1}),
    ],
)  # fmt: skip
def test_tune4_cycles(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A difference in points is no score.
        ("My CK is 2 points above 240", {}),
        ("CK 245, 10 points below average", {"step2ck_score": 245}),
        # Graduation still ahead.
        ("I'm an international student finishing med school in Hungary next summer (2027)",
         {"graduation_year": 2027, "applicant_type": "non_us_img"}),
    ],
)  # fmt: skip
def test_tune4_points_and_finishing(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A heading of letters with no count, then one source a clause: one from each.
        ("Letters: IR attending (US), DR PD (US), IM attending (US). CK 250",
         {"us_ir_letters": 1, "us_dr_letters": 1, "us_other_letters": 1,
          "step2ck_score": 250}),
        ("LORs: IR, DR", {"us_ir_letters": 1, "us_dr_letters": 1}),
        ("Letters: will get IR, DR", {}),
        ("Letters: none yet", {"us_ir_letters": 0, "us_dr_letters": 0, "us_other_letters": 0}),
    ],
)  # fmt: skip
def test_tune4_letter_headings(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # "US experience" may hold observerships: only its "none" is USCE.
        ("No US experience.", {"usce_months": 0.0}),
        ("I've got 4 months of US experience: 2 hands-on, 2 observerships", {}),
        ("6 months of US clinical experience", {"usce_months": 6.0}),
        # Work that is not clinical.
        ("working as a scribe in the US", {}),
        ("I currently work in a lab (non-clinical)", {}),
        ("working as a medical officer", {"clinically_active": True}),
    ],
)  # fmt: skip
def test_tune4_experience_and_work(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Years of study in brackets after the degree: the last one is the graduation.
        ("MBBS (2015-2020)", {"graduation_year": 2020, "applicant_type": "non_us_img"}),
        ("MBBS: 2014-2019", {"graduation_year": 2019, "applicant_type": "non_us_img"}),
        # Several steps named at once share the status said after them.
        ("cleared USMLE steps 1 and 2 in first attempt",
         {"step1": "pass_first_attempt", "step2ck_first_attempt": True}),
        ("steps 1, 2 and 3 passed", {"step1": "pass_first_attempt", "step3": "passed"}),
        ("step 1, step 2 and step 3 passed", {"step1": "pass_first_attempt", "step3": "passed"}),
    ],
)  # fmt: skip
def test_tune4_spans_and_steps(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A source right before another counted thing names its field, not letters.
        ("mam i have 2 ir pubs 1 dr lor ck 244 plz guide",
         {"ir_publications": 2, "us_dr_letters": 1, "step2ck_score": 244}),
        ("2 IR LORs and 3 IR pubs", {"us_ir_letters": 2, "ir_publications": 3}),
        ("lors: 2 IR 1 DR", {"us_ir_letters": 2, "us_dr_letters": 1}),
    ],
)  # fmt: skip
def test_tune4_sources_of_other_counts(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Typed as "word number word number": each number is the word's before it.
        ("research 2 years pubs 6 abstracts 9 ck 236",
         {"research_years": 2.0, "ir_publications": 6, "ir_abstracts": 9, "step2ck_score": 236}),
        ("pubs 3 abstracts 2", {"ir_publications": 3, "ir_abstracts": 2}),
        ("I have 3 pubs 2 abstracts", {"ir_publications": 3, "ir_abstracts": 2}),
        ("LOR 2 IR 1 DR", {"us_ir_letters": 2, "us_dr_letters": 1}),
    ],
)  # fmt: skip
def test_tune4_word_number_runs(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts", "uncertain"),
    [
        # "if I graduated in 2015" tells the writer's year; "what if ..." stays a supposition.
        ("Is it too late to start research if I graduated in 2015?", {"graduation_year": 2015}, {}),
        ("what if I graduated in 2015?", {}, {"graduation_year": 2015}),
        ("if I get 250 can I apply IR?", {}, {"step2ck_score": 250}),
    ],
)
def test_tune4_factual_if(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    extraction = extract_facts(text, current_year=2026)
    assert _facts(text) == facts
    assert {u.field: u.value for u in extraction.uncertain} == uncertain


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A status opening the clause after an exam's colon is that exam's.
        ("Step 1: pass - 6 months research", {"step1": "pass_first_attempt",
                                              "research_years": 0.5}),
        # A first cycle dated in the past, or "applying again", is behind the writer.
        ("I had 4 interviews in my first cycle (2025), unmatched. Applying again now.",
         {"prior_interviews": 4, "match_cycles": 1}),
        ("first cycle, graduated 2019", {"graduation_year": 2019, "match_cycles": 0}),
        ("first time applying in 2026", {"match_cycles": 0}),
    ],
)  # fmt: skip
def test_tune4_third_batch(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A result awaited is an exam taken, not one still to take.
        ("Step 1 result pending", {}),
        ("CK score pending, step 1 passed", {"step1": "pass_first_attempt"}),
        ("step 3 pending", {"step3": "not_taken"}),
    ],
)
def test_tune4_results_pending(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A role held "since" a date is held now; "since childhood" is no date.
        ("research fellow since Jan 2025", {"clinically_active": True}),
        ("radiologist since last year", {"clinically_active": True}),
        ("I wanted to be a radiologist since childhood", {}),
    ],
)
def test_tune4_role_since(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # The visa one is on now is not the one needed, when that one is named.
        ("I'm on J1 as a research scholar now, will need H1B for residency", {"visa_need": "h1b"}),
        ("on H1B now, need J1 for residency", {"visa_need": "j1"}),
        ("I'm on J1", {"visa_need": "j1"}),
        ("need J1 or H1B", {"visa_need": "undecided"}),
    ],
)
def test_tune4_visa_now_and_needed(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Where the writer applies mostly is where they want to be.
        ("I'm applying mostly to the southeast", {"preferred_regions": ["southeast"]}),
        ("focusing on programs in Ohio", {"preferred_regions": ["midwest"]}),
        ("I live in Texas", {}),
    ],
)
def test_tune4_places(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # An arrow after a word heads its value; between numbers it replaces the first.
        ("CK => 245", {"step2ck_score": 245}),
        ("YOG -> 2019", {"graduation_year": 2019}),
        ("CK 228 -> 241 after retake", {"step2ck_score": 241, "step2ck_first_attempt": False}),
        ("CK: 228 → 241", {"step2ck_score": 241}),
    ],
)
def test_tune4_arrows(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # "IIs" are interview invites; this season's are no earlier cycle's.
        ("last cycle: 3 IIs (2 DR, 1 prelim)", {"prior_interviews": 3}),
        ("got 4 IIs so far", {}),
        ("Step II CK 245", {"step2ck_score": 245}),
    ],
)
def test_tune4_interview_invites(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A sentence that only names regions as a choice is where the writer looks.
        ("northeast or midwest pls", {"preferred_regions": ["northeast", "midwest"]}),
        ("Northeast or West.", {"preferred_regions": ["northeast", "west"]}),
        ("the midwest and the south have many IMG programs", {}),  # "IMG programs": theirs
    ],
)
def test_tune4_region_choices(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
