"""Sourced program facts weighed by their source: what excludes, what only informs."""

from __future__ import annotations

from programs_support import fact

from bot.programs.evidence import Claim, claim_of, freshness, program_evidence


def test_claims_are_read_from_the_start_of_the_value() -> None:
    assert claim_of("yes (preferred visa)") is Claim.YES
    assert claim_of("no for radiology (H-1B cap of ten)") is Claim.NO
    assert claim_of("conditional (requires GME approval)") is Claim.CONDITIONAL
    assert claim_of("recommended >245") is Claim.UNKNOWN


def test_a_weak_no_never_excludes_but_a_solid_or_secondhand_no_does() -> None:
    weak = program_evidence([fact("a", "sponsors_j1", "no (forum claim)", "weak")])
    assert weak.j1.claim is Claim.NO and not weak.j1.verified and not weak.j1.excludes
    for strength in ("solid", "secondhand"):
        solid = program_evidence([fact("a", "sponsors_j1", "no", strength)])
        assert solid.j1.excludes


def test_the_most_solid_source_wins() -> None:
    evidence = program_evidence(
        [fact("a", "sponsors_h1b", "no", "weak"), fact("a", "sponsors_h1b", "yes", "solid")]
    )
    assert evidence.h1b.claim is Claim.YES and evidence.h1b.verified


def test_only_a_solid_stated_number_is_a_hard_cutoff() -> None:
    solid = program_evidence([fact("a", "min_step2ck", "240 (IMGs)")])
    assert solid.min_step2ck is not None and solid.min_step2ck.value == 240
    recommended = program_evidence([fact("a", "min_step2ck", "recommended >245")])
    assert recommended.min_step2ck is None and recommended.guidance
    forum = program_evidence([fact("a", "min_step2ck", "240", "weak")])
    assert forum.min_step2ck is None and forum.guidance
    none = program_evidence([fact("a", "min_step2ck", "none (no minimum score)")])
    assert none.min_step2ck is None and not none.guidance
    yog = program_evidence([fact("a", "yog_cutoff_years", "5 (tag 'YOG 5')", "weak")])
    assert yog.yog_cutoff_years is None


def test_closure_from_a_report_excludes_and_a_weak_status_only_cautions() -> None:
    closed = program_evidence([fact("a", "status", "closed (2024)", "secondhand", "2024-09-04")])
    assert closed.closed is not None
    unclear = program_evidence([fact("a", "status", "unclear (possibly withdrawn)", "weak")])
    assert unclear.closed is None and unclear.caution is not None


def test_rankings_are_opinions_scored_when_recent() -> None:
    top = program_evidence([fact("a", "reputation_rank", "1", "opinion", "2026")])
    assert top.prestige == 1.0
    old = program_evidence([fact("a", "reputation_rank", "1", "opinion", "2015")])
    assert old.prestige == 0.0
    nih = program_evidence([fact("a", "nih_radiology_rank", "2", "secondhand", "2023")])
    assert nih.research > 0.9


def test_old_and_undated_facts_say_so() -> None:
    assert freshness(fact("a", "sponsors_j1", "yes", as_of="2019"), 2026) == (
        "from 2019, may be out of date"
    )
    assert freshness(fact("a", "sponsors_j1", "yes", as_of="undated"), 2026) == "undated"
    assert freshness(fact("a", "sponsors_j1", "yes", as_of="2024"), 2026) is None
