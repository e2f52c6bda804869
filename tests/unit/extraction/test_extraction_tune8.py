"""Phrasing of the eighth tuning batch (dev_tune_8.yml, written by someone who never saw the
bot), where the first run stored wrong facts: places where something happened read as places
wanted, a friend's season read as the writer's. Each rule with the near misses it must not
catch."""

from __future__ import annotations

import pytest

from bot.extraction import extract_facts


def _facts(text: str) -> dict[str, object]:
    """The profile facts (this season's stage is tested in test_stage.py)."""
    found = extract_facts(text, current_year=2026).facts
    return {name: value for name, value in found.items() if name != "cycle_stage"}


# (text, preferred regions stored or None)
PLACES: list[tuple[str, list[str] | None]] = [
    # "only" far from the place restricts something else, not where the writer applies.
    ("Right now I only have one letter, from an attending in Miami where I observed", None),
    ("I had only 1 interview last cycle, so now I'm a prelim resident in Ohio", None),
    ("He took only COMLEX and matched at a program in Kansas", None),
    ("I only did 2 months of USCE, both in New York", None),
    # "anywhere" after a negation or a filter is no place wanted.
    ("I haven't applied anywhere", None),
    ("didn't match anywhere last year", None),
    ("I never interviewed anywhere", None),
    ("will my score filter me out everywhere", None),
    # Near misses: "only" beside the place, and "anywhere" wanted.
    ("I will only apply to programs in Texas", ["southwest"]),
    ("Texas only please", ["southwest"]),
    ("only the northeast for me", ["northeast"]),
    ("I'd apply anywhere", ["northeast", "southeast", "midwest", "southwest", "west"]),
    ("open to anywhere", ["northeast", "southeast", "midwest", "southwest", "west"]),
]


@pytest.mark.parametrize(("text", "regions"), PLACES)
def test_places_wanted(text: str, regions: list[str] | None) -> None:
    assert _facts(text).get("preferred_regions") == regions


# (text, stored facts)
OTHERS: list[tuple[str, dict[str, object]]] = [
    # A friend's clause joined by "and" stays theirs past a "so I ..." tail with no fact.
    ("My friend got 258 and matched DR last year so i keep comparing myself", {}),
    ("my cousin matched IR last year because he had 5 pubs lol", {}),
    ("My friend matched last cycle and got 12 interviews so I feel bad", {}),
    # Near misses: a fact of the writer's after "so" stays theirs.
    ("My friend matched last year so I am hopeful. CK 240", {"step2ck_score": 240}),
    ("I applied last year and got 2 interviews so I am hopeful", {
        "match_cycles": 1, "prior_interviews": 2}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), OTHERS)
def test_others_facts(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, prior_interviews stored or None)
INTERVIEWS: list[tuple[str, int | None]] = [
    # This season's interviews are not earlier cycles', also beside an earlier cycle's.
    ("This is my 2nd cycle, I got 2 interviews this season, last season I got 1 interview.", 1),
    ("Last cycle I applied to 60 DR programs and got 3 interviews. This time I applied to 95 "
     "and got 2 IIs so far.", 3),
    ("Matched prelim last cycle (only 1 DR interview). I have 2 interviews so far.", 1),
    ("I had 4 interviews in 2024 and currently 3 interviews", 4),
    # Another specialty's interviews are not counted.
    ("Last year I applied to IM and got 6 interviews, matched nowhere.", None),
    ("Last year I applied to IM and got 6 interviews. The year before I applied DR, "
     "40 programs, 0 interviews.", 0),
    ("I applied last year, 4 IM interviews and 2 DR interviews", 2),
    ("got 5 prelim interviews last cycle", None),
    # None each time is none in all.
    ("Applied 3 cycles, zero interviews every single time", 0),
    ("applied twice, 0 interviews each time", 0),
    # Near misses: earlier cycles' DR/IR interviews, and "Im" is no internal medicine.
    ("got 3 interviews last year", 3),
    ("2 DR interviews and 1 IR interview last cycle", 3),
    ("Im applying again, got 3 interviews last year", 3),
    ("Applied last year to 80 DR and 20 prelim programs, got 3 interviews", 3),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), INTERVIEWS)
def test_earlier_interviews(text: str, count: int | None) -> None:
    assert _facts(text).get("prior_interviews") == count


def test_interviews_answer_counts_whatever_the_season() -> None:
    found = extract_facts("2 so far this season", expected_field="prior_interviews").facts
    assert found.get("prior_interviews") == 2


# (text, step1 stored or None): exam results of another person are theirs.
EXAMS_OF_OTHERS: list[tuple[str, str | None]] = [
    ("asking for my brother who just passed step 1", None),
    ("my brother just passed step 1", None),
    ("My classmate failed step 1 twice and still matched rads.", None),
    ("my friend failed step 1 twice", None),
    ("my cousin passed step 1 on her 2nd attempt", None),
    ("My classmate failed step 1 twice and still matched. Me: never failed, S1 P",
     "pass_first_attempt"),
    # Near misses: the writer's own result beside someone else's, or shared.
    ("my friend failed step 1 twice, I passed first try", "pass_first_attempt"),
    ("My friend and I both passed step 1", "pass_first_attempt"),
    ("I passed step 1 like my brother", "pass_first_attempt"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "step1"), EXAMS_OF_OTHERS)
def test_exam_results_of_others(text: str, step1: str | None) -> None:
    assert _facts(text).get("step1") == step1


# (text, step1 stored or None): "pass/fail" is how the exam is graded, not a result.
GRADING: list[tuple[str, str | None]] = [
    ("I did NOT take USMLE Step 1 because our advisors said it's pass/fail now", "not_taken"),
    ("step 1 is pass/fail now, I passed", "pass_first_attempt"),
    ("since step 1 went pass-fail I passed it first try", "pass_first_attempt"),
    ("Step 1 is P/F", None),
    ("step 1 - P/F era, passed", "pass_first_attempt"),
    # Near misses: a real failure and pass.
    ("failed step 1 once, then passed", "pass_after_retake"),
    ("Step 1: fail then pass", "pass_after_retake"),
]


@pytest.mark.parametrize(("text", "step1"), GRADING)
def test_pass_fail_is_a_grading(text: str, step1: str | None) -> None:
    assert _facts(text).get("step1") == step1


# (text, usce_months): a total said after or before its parts is the value.
TOTALS: list[tuple[str, float]] = [
    ("USCE: 2 months IM + 1 month IR elective (Atlanta), so 3 months total", 3.0),
    ("USCE: 1 month IR elective, 1 month DR elective, 2 month IM sub-I. So 4 months total.", 4.0),
    ("USCE: 2 months IM, 2 months FM, 4 months overall", 4.0),
    ("7 months USCE (IM + 1 month DR elective in Florida + 1 month IR elective in Florida)", 7.0),
    ("5 months USCE (IM 3 months + FM 2 months)", 5.0),
    ("USCE 14 months total (core + electives). Hmm wait, 14 is with the coordinator job, so "
     "actually 8 months clinical.", 8.0),
    ("USCE: 10 months. Sorry no, 10 was wrong, actually 6 months", 6.0),
    # Near misses: a restatement, listed stints that add up, a total with parts after it.
    ("3 months USCE (12 weeks)", 3.0),
    ("USCE: 3 months IM, 2 months FM", 5.0),
    ("USCE total 5 months: 3 mo IM + 2 months IR", 5.0),
    # A fact word in the corrected sentence makes the new duration ambiguous: left as it was.
    ("USCE 14 months total. Hmm wait, 14 is with the research job, so actually 8 months.", 14.0),
]  # fmt: skip


@pytest.mark.parametrize(("text", "months"), TOTALS)
def test_usce_totals(text: str, months: float) -> None:
    assert _facts(text).get("usce_months") == months


def test_a_total_without_an_experience_list_is_nothing() -> None:
    assert "usce_months" not in _facts("Step 1 pass, CK 240, 3 months total")
    assert (
        _facts("observerships: 4 weeks at Mayo, 4 weeks at Emory, 8 weeks in total").get(
            "observership_weeks"
        )
        == 8.0
    )


# (text, ir_publications): parts that add up to the count replace it; an aside describes a part.
PUBLICATION_PARTS: list[tuple[str, int]] = [
    ("I've published 15 papers, 11 in radiology journals, 4 in neurology.", 11),
    ("10 published papers, 6 in IR, 4 in cardiology", 6),
    ("I have 3 pubs but honestly only 1 is radiology (a retrospective IR study in CVIR), the "
     "other two are in ortho.", 1),
    ("3 papers, only 1 in IR (a case report in JVIR), 2 in surgery", 1),
    # Near misses: a count qualified by its field plus another part, a total split by field.
    ("2 IR pubs, 1 in cardiology", 2),
    ("4 pubs total (2 in IR, 2 in ortho)", 2),
    ("2 IR pubs (1 in JVIR, 1 in CVIR)", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), PUBLICATION_PARTS)
def test_publication_parts(text: str, count: int) -> None:
    assert _facts(text).get("ir_publications") == count


# (text, visa stored or None, visa to confirm or None)
VISAS: list[tuple[str, str | None, str | None]] = [
    # A code named with its rules beside the other code is the obstacle, not the need.
    ("H1B needed because the J1 home requirement is a problem for me.", "h1b", None),
    ("I need H1B, the J1 2-year rule doesn't work for me", "h1b", None),
    ("H1B preferred because of the J1 2 year home rule", "h1b", None),
    # A code offered beside a status that needs no sponsorship is only a candidate.
    ("so I'd need H1B or maybe H4 EAD, not sure", None, "h1b"),
    ("need H1B or green card by then maybe", None, "h1b"),
    # Near misses: both codes wanted, a J1 with its waiver, the J1 rule accepted.
    ("J1 or H1B", "undecided", None),
    ("J1 with waiver, or H1B", "undecided", None),
    ("need J1, home requirement is fine", "j1", None),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), VISAS)
def test_visa_obstacles_and_hedges(text: str, stored: str | None, doubted: str | None) -> None:
    found = extract_facts(text, current_year=2026)
    assert found.facts.get("visa_need") == stored
    assert {u.field: u.value for u in found.uncertain}.get("visa_need") == doubted


# "doesn't work for me" says a plan does not suit, not that the writer has no job.
UNSUITABLE: list[tuple[str, bool | None]] = [
    ("that doesn't work for me", None),
    ("the J1 rule doesn't work for me", None),
    ("it won't work out", None),
    ("I don't work currently", False),
    ("I do not work now", False),
]


@pytest.mark.parametrize(("text", "active"), UNSUITABLE)
def test_work_that_does_not_suit(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, research_years): the time done so far, in brackets after the stint, is its length.
ELAPSED: list[tuple[str, float]] = [
    ("Currently doing a 1 year research fellowship in IR at Michigan (6 months in)", 0.5),
    ("doing a 2 year research fellowship (1 year done)", 1.0),
    ("1 year research fellowship (6 months so far)", 0.5),
    # Near misses: a bracket that is no time done.
    ("2 years research (in IR)", 2.0),
    ("1 year of research (12 months)", 1.0),
]


@pytest.mark.parametrize(("text", "years"), ELAPSED)
def test_time_done_so_far(text: str, years: float) -> None:
    assert _facts(text).get("research_years") == years


# (text, clinically_active): a job told with its length before it is a stint, over unless
# said to go on.
STINTS: list[tuple[str, bool | None]] = [
    ("USCE 14 months (core + electives + 6 months working as a research coordinator at Penn)",
     None),
    ("2 years working as GP in Cairo, then moved to the US", None),
    ("I spent 6 months working as a resident in Lagos", None),
    # Near misses: work now, and a gap's length.
    ("currently 2 years working as GP", True),
    ("working as GP for 2 years", True),
    ("have 8 yrs gap after graduation", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "active"), STINTS)
def test_stints_with_their_length(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, match_cycles): "haven't applied" this cycle / there tells nothing of earlier cycles.
NOT_APPLIED: list[tuple[str, int | None]] = [
    ("haven't applied anywhere", None),
    ("I havent applied this cycle", None),
    ("I haven't applied to IR, only DR", None),
    # Near misses: never applied at all.
    ("haven't applied yet", 0),
    ("I have not applied", 0),
    ("I haven't applied. CK 240", 0),
    ("never applied before", 0),
    ("not applied before", 0),
]


@pytest.mark.parametrize(("text", "cycles"), NOT_APPLIED)
def test_not_applied_here(text: str, cycles: int | None) -> None:
    assert _facts(text).get("match_cycles") == cycles


# (text, facts): an experience named by its place after "from the ..." is where a letter came
# from, not a fact of the clause.
REFERENCES: list[tuple[str, dict[str, object]]] = [
    ("LORs: 2 from FM, 1 from a diagnostic radiologist from the Chicago observership.",
     {"us_other_letters": 2, "us_dr_letters": 1}),
    ("LORs: 1 from an IR attending from my Mayo Clinic observership",
     {"us_ir_letters": 1}),
    # Near misses: the experience's own duration.
    ("I did the Mayo observership for 4 weeks", {"observership_weeks": 4.0}),
    ("during my 4 week IR elective I got 1 letter", {"ir_elective_weeks": 4.0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), REFERENCES)
def test_experiences_named_as_where_from(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, stored facts, fields to confirm): a letter's source in the clause after it.
SOURCE_AFTER: list[tuple[str, dict[str, object], set[str]]] = [
    ("I have 1 letter, from an IR attending", {"us_ir_letters": 1}, set()),
    ("2 letters, from a DR attending", {"us_dr_letters": 2}, set()),
    # A letter someone can get the writer is a plan, and a source before it is no source.
    ("My brother is an IR fellow and says he can get me a letter", {}, set()),
    ("I can get an IR letter from my PI", {}, {"us_ir_letters"}),
    ("I got an IR letter", {"us_ir_letters": 1}, set()),
]


@pytest.mark.parametrize(("text", "facts", "doubted"), SOURCE_AFTER)
def test_letter_source_after(text: str, facts: dict[str, object], doubted: set[str]) -> None:
    found = extract_facts(text, current_year=2026)
    assert {k: v for k, v in found.facts.items() if k != "cycle_stage"} == facts
    assert {u.field for u in found.uncertain} == doubted


# (text, stored facts): a clause joined by "but" to someone else's stays theirs unless the
# writer speaks in it.
BUT_THEIRS: list[tuple[str, dict[str, object]]] = [
    ("My senior matched DR with 0 USCE but 250 and 4 pubs.", {}),
    ("my friend matched IR with 1 letter but 3 pubs", {}),
    # Near misses: the writer's own after "but".
    ("my friend has 260 but I have 240", {"step2ck_score": 240}),
    ("My friend got 260, but CK 240 for me", {"step2ck_score": 240}),
    ("My senior matched with 230 but my CK is 245", {"step2ck_score": 245}),
    ("CK 245 but no research", {"step2ck_score": 245, "research_years": 0.0,
                                "ir_publications": 0}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), BUT_THEIRS)
def test_but_joins_their_clause(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, usce_months): a stint after "+" / "plus" adds to the one before it.
ADDED: list[tuple[str, float]] = [
    ("5 months USCE in IM + 1 month radiology elective (hands-on) in NY.", 6.0),
    ("2 months USCE plus 1 month hands-on elective in FM", 3.0),
    # Near misses: a total before its parts, another field after "+".
    ("4 months USCE total (IM + 1 month IR elective)", 4.0),
    ("USCE total 5 months: 3 mo IM + 2 months FM", 5.0),
    ("3 months USCE + 4 weeks observership", 3.0),
]


@pytest.mark.parametrize(("text", "months"), ADDED)
def test_stints_added(text: str, months: float) -> None:
    assert _facts(text).get("usce_months") == months


# (text, clinically_active): a job beside doctors is not clinical work as one.
BESIDE_DOCTORS: list[tuple[str, bool | None]] = [
    ("now working as medical assistant", None),
    ("currently working as patient care technician", None),
    ("working as a medical scribe these days", None),
    # Near misses: a doctor's job, and research (work in medicine, CONTRACT).
    ("working as a medical officer", True),
    ("working as a research assistant in IR", True),
]


@pytest.mark.parametrize(("text", "active"), BESIDE_DOCTORS)
def test_jobs_beside_doctors(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, stored facts): one more stint said with "previously" / "also" adds up; a length before
# an observership under way is no work.
ONE_MORE: list[tuple[str, dict[str, object]]] = [
    ("Currently doing 8-week observership in IR at Mount Sinai, previously 4 weeks obs in "
     "radiology at Pittsburgh.", {"observership_weeks": 12.0}),
    ("4 weeks observership, before that 4 weeks obs in Ohio", {"observership_weeks": 8.0}),
    ("3 months USCE, also 2 months USCE in FM", {"usce_months": 5.0}),
    # Near misses: "previously none", another field.
    ("USCE 3 months, previously none", {"usce_months": 3.0}),
    ("4 months USCE and also 2 weeks observership",
     {"usce_months": 4.0, "observership_weeks": 2.0}),
    ("currently doing a 4 week observership", {"observership_weeks": 4.0}),
    ("currently doing 2 year residency in IM", {"clinically_active": True}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), ONE_MORE)
def test_one_more_stint(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, stored facts): a letter from a person in a city abroad is no US letter.
CITY_LETTERS: list[tuple[str, dict[str, object]]] = [
    ("1 letter from my radiology chair in Riyadh", {}),
    ("a DR letter from my professor in Karachi", {}),
    ("LoRs: 1 IR, 1 DR, 1 IM (all US) + 1 from my radiology chair in Riyadh.",
     {"us_ir_letters": 1, "us_dr_letters": 1, "us_other_letters": 1}),
    # Near misses: US letters beside a city of origin said elsewhere.
    ("2 IR letters (US), I'm from Lagos", {"us_ir_letters": 2, "applicant_type": "non_us_img"}),
    ("1 DR letter from my attending in Chicago", {"us_dr_letters": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), CITY_LETTERS)
def test_letters_from_cities_abroad(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, clinically_active): a gap told with its end is over; a later "my gap" is that gap.
CLOSED_GAPS: list[tuple[str, bool | None]] = [
    ("I had a gap 2019-2022 because I was caring for my father, now I work as general "
     "practitioner in Bogota. Is my gap a big red flag?", True),
    ("gap from 2019 to 2021, is my gap a problem?", None),
    ("gap between 2018 and 2020", None),
    # Near misses: a gap still open.
    ("gap since 2019", False),
    ("gap of 3 years", False),
    ("I have a gap 2020-2026", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "active"), CLOSED_GAPS)
def test_closed_gaps(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, applicant_type): a Caribbean school's short name marks a school abroad.
SCHOOLS: list[tuple[str, str | None]] = [
    ("Hi, CK 250, US citizen, graduated from Ross 2024.", "us_img"),
    ("I'm US citizen, Ross grad 2024, CK 235.", "us_img"),
    ("US citizen, went to SGU", "us_img"),
    ("I went to St. George's, US citizen", "us_img"),
    ("AUC grad 2022, green card holder", "us_img"),
    ("MS4 at Ross (Barbados), Canadian", "non_us_img"),
    # Near misses: a person's name, a US school.
    ("Bob Ross is my hero, I'm a US MD", "us_md"),
    ("my friend Ross matched DR, I'm a DO student", "us_do"),
]


@pytest.mark.parametrize(("text", "kind"), SCHOOLS)
def test_schools_abroad_by_name(text: str, kind: str | None) -> None:
    assert _facts(text).get("applicant_type") == kind


# (text, step2ck_score): a failure told of another exam does not make the CK after it a
# failed attempt's score.
FAILED_WHICH: list[tuple[str, int | None]] = [
    ("My own scores: Step 1 passed after 1 fail, CK 232.", 232),
    ("step 1 failed once, CK 250", 250),
    # Near misses: the CK failure's own score.
    ("failed CK once (218), retook and got 241", 241),
    ("I failed Step 2 the first time (213), and passed the second attempt with 241.", 241),
    ("step 2 failed, 219", None),
]


@pytest.mark.parametrize(("text", "score"), FAILED_WHICH)
def test_failure_of_which_exam(text: str, score: int | None) -> None:
    assert _facts(text).get("step2ck_score") == score


# (text, visa_need): "greencard" written as one word is a green card.
GREENCARD: list[tuple[str, str | None]] = [
    ("Greencard holder now through my husband.", "none"),
    ("I have a greencard", "none"),
    ("my wife has a greencard, I need J1", "j1"),
]


@pytest.mark.parametrize(("text", "visa"), GREENCARD)
def test_greencard_one_word(text: str, visa: str | None) -> None:
    assert _facts(text).get("visa_need") == visa


# (text, stored facts): letters from several sources with one count "each".
EACH_SOURCE: list[tuple[str, dict[str, object]]] = [
    ("IR and DR letters (1 each)", {"us_ir_letters": 1, "us_dr_letters": 1}),
    ("IR and DR letters, 2 each", {"us_ir_letters": 2, "us_dr_letters": 2}),
    ("letters from IR and DR (1 each)", {"us_ir_letters": 1, "us_dr_letters": 1}),
    ("I have 1 IR pub, 2 DR abstracts, IR and DR letters (1 each)",
     {"ir_publications": 1, "ir_abstracts": 2, "us_ir_letters": 1, "us_dr_letters": 1}),
    # Near misses: stints "each", another anchor between.
    ("2 electives in IR (4 weeks each)", {"ir_elective_weeks": 8.0}),
    ("2 IR abstracts and DR letters, 1 each", {"ir_abstracts": 2, "us_dr_letters": 1}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), EACH_SOURCE)
def test_letters_each_source(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, clinically_active): research now is work in medicine (CONTRACT).
RESEARCH_NOW: list[tuple[str, bool | None]] = [
    ("Since April I'm a research volunteer in IR at a hospital in Ohio", True),
    ("now I'm in the US doing a clinical research fellowship in vascular IR", True),
    ("I'm currently working as a research volunteer in IR in Florida", True),
    ("I'm an IR research coordinator at Emory", True),
    # Near misses: a volunteer at a clinic, someone else's fellowship, research that is over.
    ("I'm a volunteer at a clinic", None),
    ("my husband is doing a research fellowship", None),
    ("I did a research fellowship in 2020, now unemployed", False),
]


@pytest.mark.parametrize(("text", "active"), RESEARCH_NOW)
def test_research_now_is_work(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, research_years stored, research_years to confirm): a programme's length while under
# way is not the time done.
ONGOING: list[tuple[str, float | None, float | None]] = [
    ("Currently doing a research year in IR at Northwestern", None, 1.0),
    ("I'm doing a research year now", None, 1.0),
    ("doing a 1 year research fellowship", None, 1.0),
    ("Currently doing a 1 year research fellowship in IR (6 months in)", 0.5, None),
    # Near misses: time done.
    ("did a research year", 1.0, None),
    ("been doing research for 1 year now", 1.0, None),
    ("I'm in a 2 year research fellowship since 2024", 2.0, None),
]


@pytest.mark.parametrize(("text", "stored", "doubted"), ONGOING)
def test_programme_under_way(text: str, stored: float | None, doubted: float | None) -> None:
    found = extract_facts(text, current_year=2026)
    assert found.facts.get("research_years") == stored
    assert {u.field: u.value for u in found.uncertain}.get("research_years") == doubted


# (text, stored facts): "I have <duration>" right after a question about that experience.
OWN_ANSWER: list[tuple[str, dict[str, object]]] = [
    ("how many months of USCE is 'enough' for rads? I have 2 months right now",
     {"usce_months": 2.0}),
    ("Is 4 weeks of observership enough? I have 8 weeks", {"observership_weeks": 8.0}),
    # Near misses: something else had, or another thing done.
    ("is USCE needed? I have 2 kids", {}),
    ("what counts as USCE exactly? i did 6 wks of some online telerads course", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), OWN_ANSWER)
def test_own_answer_with_a_duration(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, clinically_active): out of medicine, unless back at work later.
LEFT_MEDICINE: list[tuple[str, bool | None]] = [
    ("Left medicine in 2019 and now I drive Uber in Houston while studying", False),
    ("out of clinical medicine since 2020", False),
    # Near misses: back at work.
    ("I left medicine in 2019, came back in 2022 and now work as GP", True),
    ("I quit medicine for a year but I'm working as GP now", True),
]


@pytest.mark.parametrize(("text", "active"), LEFT_MEDICINE)
def test_left_medicine(text: str, active: bool | None) -> None:
    assert _facts(text).get("clinically_active") is active


# (text, ir_elective_weeks): IR rotations named as audition rotations, or listed at places.
IR_ROTATIONS: list[tuple[str, float | None]] = [
    ("2 IR audition rotations done (4 weeks each)", 8.0),
    ("an IR audition rotation of 4 weeks", 4.0),
    ("Did away rotations: 4 wks IR at Penn, 4 wks IR at Michigan.", 8.0),
    ("4 week IR elective at Emory, 4 week IR elective at Duke", 8.0),
    # Near misses: the same place told twice, a DR rotation beside.
    ("4 wks IR at Penn, 2 wks IR at Penn", 2.0),
    ("IR elective 4 weeks at Emory, 4 weeks DR at Duke", 4.0),
]


@pytest.mark.parametrize(("text", "weeks"), IR_ROTATIONS)
def test_ir_rotations(text: str, weeks: float | None) -> None:
    assert _facts(text).get("ir_elective_weeks") == weeks


# (text, ir_publications): papers added with "+", and parts told by status in brackets.
PAPERS_ADDED: list[tuple[str, int | None]] = [
    ("3 case reports + 1 original paper, 4 posters.", 4),
    ("2 pubs in JVIR (1 accepted, 1 published) and 2 abstracts.", 2),
    # Near misses: another field after "+", a part not yet published.
    ("2 IR pubs + 1 cardiology paper", 2),
    ("2 pubs (1 published, 1 submitted)", 1),
    ("5 papers: 2 published in IR, 3 submitted", 2),
]


@pytest.mark.parametrize(("text", "count"), PAPERS_ADDED)
def test_papers_added(text: str, count: int | None) -> None:
    assert _facts(text).get("ir_publications") == count


# (text, stored facts): an upperclassman's, a co-resident's, a co-worker's numbers are theirs.
MORE_OTHERS: list[tuple[str, dict[str, object]]] = [
    ("My upperclassman took only COMLEX and matched DR at a program in Kansas, he had 3 pubs",
     {}),
    ("my co-resident has 4 DR interviews already and CK 250", {}),
    ("my coworker got 255 on CK", {}),
    # Near misses: the writer's own beside theirs.
    ("my upperclassman got 260, I got 240", {"step2ck_score": 240}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), MORE_OTHERS)
def test_more_other_people(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts


# (text, stored facts): a letter's source in the next clause, before a "where ..." tail.
SOURCE_BEFORE_TAIL: list[tuple[str, dict[str, object]]] = [
    ("Right now I only have one letter, from an IR attending at Jackson in Miami where I did a "
     "4 week observership", {"us_ir_letters": 1, "observership_weeks": 4.0}),
    ("I have 1 letter, from a DR attending after my 4 week IR elective",
     {"us_dr_letters": 1, "ir_elective_weeks": 4.0}),
    # Near miss: a count of its own in the next clause.
    ("I have 1 letter, 2 from IR attendings are coming", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "facts"), SOURCE_BEFORE_TAIL)
def test_source_before_a_tail(text: str, facts: dict[str, object]) -> None:
    assert _facts(text) == facts
