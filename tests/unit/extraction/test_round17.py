"""Round 17 (issue 10 item 6, "a wrong fact is worse than none"): the classes behind the wrong
and missed facts of dev_tune_19 (phone-style, mixed-language) and dev_tune_20 (formal e-mail
style). Each rule with the tune example, paraphrases written for it and the near misses it
must not change. ``None`` means the field is not stored (it may be asked)."""

from __future__ import annotations

import pytest
from extraction_helpers import stored as _stored
from extraction_helpers import to_confirm as _uncertain

Row = tuple[str, str, object]

# A "no hands-on" (or "no USCE in IR") after a USCE count qualifies a part (the observership),
# it does not undo the count told.
NONE_AFTER_A_COUNT: list[Row] = [
    ("4 months USCE in IM + 2 weeks observership (no hands-on) in IR", "usce_months", 4.0),
    ("3 months of USCE, no hands-on in IR though", "usce_months", 3.0),
    ("4 months of USCE, no USCE in IR", "usce_months", 4.0),
    # near misses: a zero alone, or a count after the zero, stays
    ("no USCE yet", "usce_months", 0.0),
    ("2 weeks observership (no hands-on), 4 months USCE in IM", "usce_months", 4.0),
]

# "without" negates what follows it, never the noun before it.
WITHOUT_AFTER: list[Row] = [
    ("how do I talk about IR in DR interviews without sounding like DR is my backup?",
     "prior_interviews", None),
    ("in my interviews without exception they asked about IR", "prior_interviews", None),
    # near misses: "without" before its noun still says none
    ("I did DR interviews without any IR letters", "us_ir_letters", 0),
    ("applied last year without a single interview", "prior_interviews", 0),
]  # fmt: skip

# A cycle named by "the" ("the cycle before, 0 the first one") counts that cycle's things,
# also in the clause it is carried to.
NAMED_CYCLE: list[Row] = [
    ("2 the cycle before, 0 the first one.", "match_cycles", None),
    ("unmatched for the third time this March. 0 interviews this cycle, 2 the cycle before, "
     "0 the first one.", "match_cycles", 3),
    # near misses: a count of cycles stays
    ("applied in 2 cycles, 0 interviews", "match_cycles", 2),
    ("applied twice before, got 1 interview", "match_cycles", 2),
]  # fmt: skip

# A question led by a time or topic heading with no comma ("after residency can a J1 doctor
# ...") asks from the sentence's start, also before a later "which ...?".
HEADED_QUESTIONS: list[tuple[str, object, object]] = [
    ("after residency can a J1 doctor do the conrad 30 waiver in a rural area, which states "
     "have the easiest conrad slots?", None, "j1"),
    ("after DR can an H1B holder do fellowship, how long does it take?", None, "h1b"),
    # near misses: the writer's own statements before the question tell
    ("I need J1, which states have the easiest conrad slots?", "j1", None),
    ("After residency I can do a waiver on J1, which states are easiest?", "j1", None),
]  # fmt: skip

# Work outside medicine ("I work at a pharmacy store") is not clinical work.
OTHER_JOBS: list[Row] = [
    ("Currently not working in medicine, I work at a pharmacy store.", "clinically_active", False),
    ("not working clinically, I work as an Uber driver", "clinically_active", False),
    ("I work in a call center", "clinically_active", None),
    # near misses: medical work, also at a place with such a word nearby
    ("I work at a hospital as a GP", "clinically_active", True),
    ("I work as a GP at a clinic in a mall", "clinically_active", True),
    ("I work at a pharmacy", "clinically_active", True),
]

# A stint told as not done yet ("(not done yet)", "confirmed for September", "starts in
# June") is a plan: asked, not stored.
NOT_DONE_YET: list[tuple[str, str, object, object]] = [
    ("No USCE yet but a 4 week IR elective at Mayo is confirmed for September (not done yet).",
     "ir_elective_weeks", None, 4.0),
    ("a 4 week IR elective at Mayo, not done yet", "ir_elective_weeks", None, 4.0),
    ("a 4 week IR elective (not yet)", "ir_elective_weeks", None, 4.0),
    ("IR elective 4 weeks, starts in September", "ir_elective_weeks", None, 4.0),
    ("2 months of USCE booked for the summer", "usce_months", None, 2.0),
    # near misses: done, dated in the past, or the remark is about another fact
    ("did a 4 week IR elective in September", "ir_elective_weeks", 4.0, None),
    ("4 months USCE, step 3 not done", "usce_months", 4.0, None),
    ("2 IR letters, not yet uploaded", "us_ir_letters", 2, None),
    ("4 weeks IR elective, not bad", "ir_elective_weeks", 4.0, None),
]  # fmt: skip

# A visa passed over for another ("H1B rather than J1") is not needed: no "undecided".
PREFERRED_VISA: list[Row] = [
    ("I would prefer an H1B rather than a J1 because of the home rule.", "visa_need", "h1b"),
    ("I prefer H1B over J1", "visa_need", "h1b"),
    ("I'd go for J1 instead of H1B", "visa_need", "j1"),
    # near misses: no preference word, or two codes offered
    ("J1 or H1B, no preference", "visa_need", "undecided"),
    ("I need J1 rather than waiting for H1B", "visa_need", "undecided"),
    ("either J1 or H1B is fine", "visa_need", "undecided"),
]

# A total told only as published, split by field, holds its parts.
DIVIDED_TOTALS: list[Row] = [
    ("I published 11 papers: 2 in radiology journals and the rest in cardiology journals.",
     "ir_publications", 2),
    ("3 papers published, 1 in IR", "ir_publications", 1),
    # near misses: parts not yet out add to the total; a total with its own field stays
    ("2 papers published, 1 under review", "ir_publications", 2),
    ("2 IR pubs, 1 in cardiology", "ir_publications", 2),
    ("4 pubs published (2 in IR, 2 in ortho)", "ir_publications", 2),
]  # fmt: skip

# Mixed-language cues: Spanish "nada", "meses", "carta", "radiología"; Tagalog "wala pang",
# "sa"; more fields named ("infectious disease").
MIXED_LANGUAGE: list[Row] = [
    ("Tengo 4 papers published pero en infectious disease, nada de radiología", "ir_publications",
     0),
    ("3 pubs pero all cardiology, wala pang radiology paper", "ir_publications", 0),
    ("Tengo 2 meses de USCE en Miami", "usce_months", 2.0),
    ("1 carta de recomendación del attending de medicina interna", "us_other_letters", 1),
    ("graduated sa Manila 2023 po", "applicant_type", "non_us_img"),
    ("Graduated 2022 sa Cebu (CIM).", "applicant_type", "non_us_img"),
    ("una carta de un radiólogo de mi hospital en México (not US)", "us_dr_letters", None),
    ("Currently trabajando en urgencias in Bogotá.", "clinically_active", True),
    ("Ahora trabajo como médico en una clínica en Lima.", "clinically_active", True),
    ("No trabajo en medicina ahora", "clinically_active", False),
    # near misses: Hindi "wala" (of) is no negation; a city one lives in is no school
    ("IR wala paper published, 1 in IR", "ir_publications", 1),
    ("I live in Lima", "applicant_type", None),
    ("4 papers published but in infectious disease", "ir_publications", None),
]  # fmt: skip

# Letter sources denied together after a letter heading: "Letters: 2 from IM, none from IR or
# DR" sets both to 0.
DENIED_AFTER_HEADING: list[Row] = [
    ("Letters: 2 from IM attendings in the US, none from IR or DR.", "us_dr_letters", 0),
    ("Letters: 2 from IR, none from DR or IM.", "us_other_letters", 0),
    # near misses: no letter word in the sentence; a source with its own count keeps it
    ("I have none of the IR or DR electives done", "us_dr_letters", None),
    ("Letters: 1 from DR, none from IR or IM.", "us_dr_letters", 1),
]

# A question about a choice still to make ("should my 4th letter be from a DR?") names no
# letter held.
CHOICES: list[tuple[str, object, object]] = [
    ("How many letters do I need, and should my 4th letter be from a DR?", None, 1),
    ("should my next letter be from a DR?", None, 1),
    # near misses: letters held
    ("is my letter from a DR enough?", 1, None),
    ("I have 1 DR letter, should I get another one?", 1, None),
]

# Items listed under a question ending in a colon are asked about.
LISTED: list[Row] = [
    ("Could you give me a rough breakdown of:\n1. ERAS fees\n2. NRMP registration\n3. Visiting "
     "electives in the US (housing for two months)\n\nAlso, any fee waivers?", "usce_months",
     None),
    ("What would it cost:\n- 2 months of USCE in Texas\n- ERAS fees", "usce_months", None),
    # near misses: a list under a statement or under a question about the writer tells
    ("Background:\n- USCE: 2 months\n- Step 2 CK: 250\n\nQuestions:\n1. Is that enough?",
     "usce_months", 2.0),
    ("Could you check my profile:\n- CK 250\n- 3 months USCE", "usce_months", 3.0),
    ("What should I list:\n- ERAS\nI have 3 months of USCE.", "usce_months", 3.0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "want"),
    NONE_AFTER_A_COUNT
    + WITHOUT_AFTER
    + NAMED_CYCLE
    + OTHER_JOBS
    + PREFERRED_VISA
    + DIVIDED_TOTALS
    + MIXED_LANGUAGE
    + DENIED_AFTER_HEADING
    + LISTED,
)
def test_stored(text: str, name: str, want: object) -> None:
    assert _stored(text, name) == want


@pytest.mark.parametrize(("text", "want", "asked"), HEADED_QUESTIONS)
def test_a_headed_question_asks_from_the_start(text: str, want: object, asked: object) -> None:
    assert _stored(text, "visa_need") == want
    assert _uncertain(text).get("visa_need") == asked


@pytest.mark.parametrize(("text", "name", "want", "asked"), NOT_DONE_YET)
def test_a_stint_not_done_yet_is_asked(text: str, name: str, want: object, asked: object) -> None:
    assert _stored(text, name) == want
    assert _uncertain(text).get(name) == asked


@pytest.mark.parametrize(("text", "want", "asked"), CHOICES)
def test_a_choice_to_make_holds_no_letter(text: str, want: object, asked: object) -> None:
    assert _stored(text, "us_dr_letters") == want
    assert _uncertain(text).get("us_dr_letters") == asked
