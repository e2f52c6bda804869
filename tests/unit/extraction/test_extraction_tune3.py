"""Forum phrasing of the third tuning batch (dev_tune_3.yml): typed forms, headings before a
colon, bars between items, negated visas and interviews, working now, places asked for."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Typed forms: a dash between the exam and its score, "2 x 4 weeks", "obs", "sub-I.".
        ("CK-251, S1 pass", {"step2ck_score": 251, "step1": "pass_first_attempt"}),
        ("s2 - 238", {"step2ck_score": 238}),
        ("obs: 2 x 4 weeks", {"observership_weeks": 8.0}),
        ("I did 4 months obs at Cleveland Clinic", {"observership_weeks": 16.0}),
        ("4 weeks IM sub-I. is that good?", {"usce_months": 1.0}),
        # Items between bars are read one by one.
        (
            "CK: 242 | S1: Pass | YOG: 2016 | USCE: 6mo | Visa: J1 | Pubs: 0",
            {
                "step2ck_score": 242,
                "step1": "pass_first_attempt",
                "graduation_year": 2016,
                "usce_months": 6.0,
                "visa_need": "j1",
                "ir_publications": 0,
            },
        ),
        # A heading before a colon: its "none", and its number beside another anchor word.
        (
            "USCE: none, only 1 observership (4 wks) in IR.",
            {"usce_months": 0.0, "observership_weeks": 4.0},
        ),
        ("LORs: 1 from the observership IR doc.", {"us_ir_letters": 1}),
        # ... but an anchor that can take the number keeps it.
        (
            "USCE: 3 months IR elective + 2 months IM.",
            {"ir_elective_weeks": 12.0, "usce_months": 2.0},
        ),
        # "never got an interview": none, not one.
        (
            "I've applied 3 times before and never got an interview.",
            {"match_cycles": 3, "prior_interviews": 0},
        ),
        # A visa said not to be wanted.
        ("need h1b visa, no j1 please", {"visa_need": "h1b"}),
        ("J1, not H1B", {"visa_need": "j1"}),
        ("Visa: yes", {"visa_need": "undecided"}),
        ("sponsorship: needed", {"visa_need": "undecided"}),
        ("green-card holder", {"visa_need": "none"}),
        ("citizen of US", {"visa_need": "none"}),
        # Working now.
        ("I practice as consultant now", {"clinically_active": True}),
        ("did a prelim surgery year, now PGY2 in IM", {"clinically_active": True}),
        ("I'm doing a research fellowship in IR", {"clinically_active": True}),
        # South Asian "passing year" is the graduation year.
        ("passing year 2019, step1 pass", {"graduation_year": 2019, "step1": "pass_first_attempt"}),
        # A request for programs names the places searched; "IMG friendly" is the programs'.
        (
            "pls suggest programs in southeast or texas that are IMG friendly, I need J1",
            {"preferred_regions": ["southeast", "southwest"], "visa_need": "j1"},
        ),
    ],
)
def test_tune3_phrasing(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text).facts == facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("which programs are IMG-friendly in the midwest, CK 240", "applicant_type"),
        ("obs/gyn rotation 4 weeks", "observership_weeks"),
        ("I need J1 or H1B", "nothing"),  # both named: undecided stays
    ],
)
def test_tune3_not_read(text: str, absent: str) -> None:
    facts = extract_facts(text).facts
    assert absent not in facts
    if absent == "nothing":
        assert facts == {"visa_need": "undecided"}


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Earlier cycles through their years or last year's season.
        ("Applied DR in 2024 and 2025 match", {"match_cycles": 2}),
        ("applied in 2023 and 2024", {"match_cycles": 2}),
        ("I had 3 interviews in 2025 cycle", {"prior_interviews": 3, "match_cycles": 1}),
        ("I matched prelim last year but not DR", {"match_cycles": 1}),
        ("2 interviews last year, 0 this year so far", {"prior_interviews": 2, "match_cycles": 1}),
        # ... not a statement about the match, someone else's season, a graduation or a plan.
        ("Last year's match rate for IMGs was 50%", {}),
        ("My friend applied in 2024 and matched", {}),
        ("I graduated in 2020 and applied in 2024", {"graduation_year": 2020, "match_cycles": 1}),
        ("I will apply in 2027", {}),
        # A failed attempt's score is not the score; a count for each of several is no total.
        (
            "failed CK once (218), retook and got 241",
            {"step2ck_score": 241, "step2ck_first_attempt": False},
        ),
        (
            "failed CK with 210, then got 235",
            {"step2ck_score": 235, "step2ck_first_attempt": False},
        ),
        (
            "Step 2 CK 249 but I failed it once before",
            {"step2ck_score": 249, "step2ck_first_attempt": False},
        ),
        (
            "previous two cycles got 1 interview each",
            {"match_cycles": 2, "prior_interviews": 2},
        ),
        # Papers said to be outside IR and radiology.
        ("i have 3 publications none in radiology", {"ir_publications": 0}),
        ("3 pubs, not in IR", {"ir_publications": 0}),
        ("3 IR pubs, none in cardiology", {"ir_publications": 3}),
        # More typed forms and roles.
        ("CK=245", {"step2ck_score": 245}),
        ("YOG-2019", {"graduation_year": 2019}),
        ("CK score 245/300", {"step2ck_score": 245}),
        ("I have a step 1 failure", {"step1": "failed"}),
        ("I'm a DO", {"applicant_type": "us_do"}),
        ("I'm a practicing radiologist", {"clinically_active": True}),
        ("I'm a resident in IM in my country", {"clinically_active": True}),
        ("I'm a resident in the US", {}),
        # A first cycle behind the writer; an ordinal before "applicant"; a span of years.
        ("I'm a reapplicant, first cycle got 0 interviews", {"prior_interviews": 0}),
        ("I applied for the first time last year and got nothing", {"match_cycles": 1}),
        ("2nd time applicant, CK 238", {"step2ck_score": 238, "match_cycles": 1}),
        ("i've been applying since 2023", {}),
        # In residency now.
        ("I am in my intern year in the US now", {"clinically_active": True}),
        ("I'm an IM resident in the US", {"clinically_active": True}),
        # Scores in words; an abbreviation's full stop; an attempt in brackets; US rotations.
        ("my CK was two fifty one", {"step2ck_score": 251}),
        ("step 2 two hundred and thirty", {"step2ck_score": 230}),
        ("I have two IR letters", {"us_ir_letters": 2}),
        ("usce approx. 4 months", {"usce_months": 4.0}),
        ("CK: 242 (1st)", {"step2ck_score": 242, "step2ck_first_attempt": True}),
        ("CK 238 (2nd)", {"step2ck_score": 238, "step2ck_first_attempt": False}),
        ("5 months US rotations", {"usce_months": 5.0}),
        # An IR sub-I or away rotation is IR elective time.
        ("1 month of IR sub-I", {"ir_elective_weeks": 4.0}),
        ("IR away: 4 wks", {"ir_elective_weeks": 4.0}),
        ("3 months usce (IM sub-I)", {"usce_months": 3.0}),
        # An anchor in brackets names the number before it; a month before the year; study years.
        (
            "YOG: 2019 (MBBS), 2020 (internship)",
            {"graduation_year": 2019, "applicant_type": "non_us_img"},
        ),
        ("245 (ck)", {"step2ck_score": 245}),
        ("grad: 06/2019", {"graduation_year": 2019}),
        ("MBBS 2014-2019", {"graduation_year": 2019, "applicant_type": "non_us_img"}),
        ("YOG 2019/2020", {}),
        # Stints listed before the experience word add up.
        ("2 months IM + 1 month FM usce", {"usce_months": 3.0}),
        ("3 months in IM, 2 months in FM, and 1 month in peds usce", {"usce_months": 6.0}),
        ("IR elective 4 weeks, 2 months usce", {"ir_elective_weeks": 4.0, "usce_months": 2.0}),
        # Both steps at once; a span of study years; "non US" describing a letter; a pending card.
        (
            "cleared both steps in 1st attempt",
            {"step1": "pass_first_attempt", "step2ck_first_attempt": True},
        ),
        (
            "I have passed all steps in first attempt, CK 245",
            {"step2ck_score": 245, "step1": "pass_first_attempt", "step2ck_first_attempt": True},
        ),
        (
            "I did my MBBS from 2012 to 2018",
            {"graduation_year": 2018, "applicant_type": "non_us_img"},
        ),
        ("i have 2 US lors and 1 non US lor", {}),
        ("I got my visa: none of the programs replied", {}),
        # Typed without commas or with stray spaces and unit typos.
        (
            "ck 238 yog 2016 no usce need j1 chances for dr??",
            {"step2ck_score": 238, "graduation_year": 2016, "usce_months": 0.0, "visa_need": "j1"},
        ),
        ("bro my step2 is 24 5", {"step2ck_score": 245}),
        ("step 2 ck 2 45", {"step2ck_score": 245}),
        ("USCE 3 monts", {"usce_months": 3.0}),
        (
            "img frm india yog 18 ck 239 usce 6 mnth",
            {
                "applicant_type": "non_us_img",
                "graduation_year": 2018,
                "step2ck_score": 239,
                "usce_months": 6.0,
            },
        ),
        ("Chances with 245 CK, 2017 YOG?", {"step2ck_score": 245, "graduation_year": 2017}),
        ("my CK is 245?", {"step2ck_score": 245}),
        ("CK 245 and YOG 2019 can I apply IR?", {"step2ck_score": 245, "graduation_year": 2019}),
        # "w/" and "w" for "with" (not "4 w", four weeks); "&" ends a list after "with".
        ("chances w/ 245 ck?", {"step2ck_score": 245}),
        ("IR possible w 1 IR pub & 248?", {"ir_publications": 1, "step2ck_score": 248}),
        ("w/o usce", {"usce_months": 0.0}),
        ("4 w observership", {"observership_weeks": 4.0}),
        # What is usual or said by others is not the writer's.
        ("Most matched IMGs have 5 pubs", {}),
        ("The average CK for matched IR is 250", {}),
        ("IR needs 2 IR letters minimum", {}),
        ("my mentor said 3 IR pubs are enough", {}),
        ("usually 4 weeks of IR elective is enough", {}),
        ("thank you for the help, my CK is 245", {"step2ck_score": 245}),
        # Where one is now, or studying, is no work; a role somewhere is.
        ("I'm an IMG currently in my final year", {"applicant_type": "non_us_img"}),
        ("I'm currently in the US", {}),
        ("I am currently a student", {}),
        ("currently a GP in Egypt", {"applicant_type": "non_us_img", "clinically_active": True}),
        ("currently in IM residency", {"clinically_active": True}),
        # Told by others; letters counted by source after a letter word; papers after a heading.
        (
            "My PD friend told me programs need 3 IR letters. I have 1 IR and 2 IM.",
            {"us_ir_letters": 1, "us_other_letters": 2},
        ),
        (
            "My letters: 2 from IR attendings (US). pubs: 4 (2 IR). CK 251.",
            {"us_ir_letters": 2, "ir_publications": 2, "step2ck_score": 251},
        ),
        (
            "got interviews at 3 DR programs last cycle but ranked only 2",
            {"prior_interviews": 3, "match_cycles": 1},
        ),
        ("Do I need USCE if I'm practicing back home for 7 years?", {}),
        # Experience abroad, a percentile, an internship (not an externship typed wrong).
        ("I have 10 years of clinical experience in India", {"applicant_type": "non_us_img"}),
        ("did 2 months elective back home", {}),
        ("my CK percentile is 60", {}),
        ("MBBS 5.5 years, internship 1 year", {"applicant_type": "non_us_img"}),
        ("2 months of clinical experience in the US", {"usce_months": 2.0}),
        ("green card is in process", {}),
        # Glued words and numbers, slashes and bars between items, a lower-case pass.
        (
            "s1 p s2 238 yog19 usce4m",
            {
                "step1": "pass_first_attempt",
                "step2ck_score": 238,
                "graduation_year": 2019,
                "usce_months": 4.0,
            },
        ),
        ("3pubs", {"ir_publications": 3}),
        ("3 pubs/5 abstracts", {"ir_publications": 3, "ir_abstracts": 5}),
        ("2 IR LORs/1 DR LOR", {"us_ir_letters": 2, "us_dr_letters": 1}),
        ("LoRs: 2IR 1DR", {"us_ir_letters": 2, "us_dr_letters": 1}),
        ("usce-4m", {"usce_months": 4.0}),
        (
            "IMG|CK 245|YOG 2019",
            {"applicant_type": "non_us_img", "step2ck_score": 245, "graduation_year": 2019},
        ),
        (
            "CK 245/ S1 P/ YOG 2019",
            {"step2ck_score": 245, "step1": "pass_first_attempt", "graduation_year": 2019},
        ),
        ("ck 2 4 5", {"step2ck_score": 245}),
        # A time before now; an exam scheduled.
        ("graduated 2 yrs back", {"graduation_year": 2024}),
        ("it has been 7 years since graduation", {"graduation_year": 2019}),
        (
            "out of practice for 3 years after graduation (2020)",
            {"graduation_year": 2020, "clinically_active": False},
        ),
        ("Step 3 scheduled in march, CK 251", {"step3": "not_taken", "step2ck_score": 251}),
        # A letter count with its sources listed after it; a source with its count in brackets.
        (
            "I have 3 strong LORs from US attendings (IR, DR, IM)",
            {"us_ir_letters": 1, "us_dr_letters": 1, "us_other_letters": 1},
        ),
        ("I have 4 LORs (IR, DR, IM)", {}),  # the split is not said
        ("my LORs: IR (2), DR (1)", {"us_ir_letters": 2, "us_dr_letters": 1}),
        ("Florida or Georgia would be ideal", {"preferred_regions": ["southeast"]}),
        # Publications per field add up; a gap in between says nothing of work now.
        ("1 IR pub, 2 DR pubs, 3 case reports in medicine", {"ir_publications": 3}),
        ("2 IR pubs and 3 cardiology pubs", {"ir_publications": 2}),
        ("2022 grad, 1.5 year gap, did an MPH in between", {"graduation_year": 2022}),
        # An observership under way is no work; a failure's score; a status opening a sentence.
        ("Currently doing observership in IR at a US hospital", {}),
        (
            "failed CK on first try (209), passed on retake with 232",
            {"step2ck_score": 232, "step2ck_first_attempt": False},
        ),
        (
            "Will my step 1 failure be a red flag? passed on 2nd attempt in 2022",
            {"step1": "pass_after_retake"},
        ),
        (
            "got my CK back, 253!! first attempt.",
            {"step2ck_score": 253, "step2ck_first_attempt": True},
        ),
        # Attempts numbered, a score typed digit by digit, negations of papers, visas, cycles.
        ("CK - 240 (attempt 1)", {"step2ck_score": 240, "step2ck_first_attempt": True}),
        ("i got 2 4 8 in ck", {"step2ck_score": 248}),
        ("I haven't published anything yet", {"ir_publications": 0}),
        ("visa: none needed", {"visa_need": "none"}),
        ("didn't apply before", {"match_cycles": 0}),
        ("no prior applications", {"match_cycles": 0}),
        # A "no" that was true until some time is not true now.
        ("I had no research experience until last year", {}),
        # A part of a count said right after it.
        ("I have 3 pubs. 2 of them are in IR.", {"ir_publications": 2}),
        ("I have 2 letters. Both are from IR attendings.", {"us_ir_letters": 2}),
        ("I have 3 letters. 2 of them from IR.", {}),  # the third one's source is not said
        # "doesn't matter" is anywhere only when it speaks of places.
        ("J1 or H1B doesn't matter", {"visa_need": "undecided"}),
    ],
)
def test_tune3_context(text: str, facts: dict[str, object]) -> None:
    assert extract_facts(text, current_year=2026).facts == facts


@pytest.mark.parametrize(
    ("text", "facts", "uncertain"),
    [
        # The score last in a list after "with", in a question about oneself.
        (
            "Do I have a chance at IR with 3 IR pubs and 250?",
            {"ir_publications": 3, "step2ck_score": 250},
            {},
        ),
        # An "if" that states what the writer has; a supposition stays one.
        (
            "Should I apply IR if my CK is 240 and I have 1 IR pub?",
            {"step2ck_score": 240, "ir_publications": 1},
            {},
        ),
        ("what if my CK is 220?", {}, {"step2ck_score": 220}),
        ("if I get 250 can I apply IR?", {}, {"step2ck_score": 250}),
        ("Would programs consider someone like me with YOG 2012?", {"graduation_year": 2012}, {}),
        ("would I match if I got 250?", {}, {"step2ck_score": 250}),
        # A lone score in a question about the domain: asked about, never stored.
        ("Is 245 enough for IR?", {}, {"step2ck_score": 245}),
        ("Is 250 good? that's my CK", {}, {"step2ck_score": 250}),
    ],
)
def test_tune3_scores_in_questions(
    text: str, facts: dict[str, object], uncertain: dict[str, object]
) -> None:
    extraction = extract_facts(text)
    assert extraction.facts == facts
    assert {u.field: u.value for u in extraction.uncertain} == uncertain
