"""One named program for one applicant: tier and why, on the list or why not, what we know."""

from __future__ import annotations

from programs_support import YEAR, fact, img, prog, report, varied_catalog

from bot.programs.about import about_program, find_programs, name_query
from bot.programs.catalog import Catalog, make_catalog
from bot.programs.models import Tier
from bot.report import Level


def test_name_query_drops_the_question_words() -> None:
    assert name_query("why isn't Mayo on my list?") == ["mayo"]
    assert name_query("what about Emory?") == ["emory"]
    assert name_query("UCSF?") == ["california", "san", "francisco"]


def catalog() -> Catalog:
    programs, facts = varied_catalog(60)
    named = (
        ("mayo-dr", "Mayo Clinic - Diagnostic Radiology", "dr"),
        ("mayo-ir", "Mayo Clinic - Integrated IR", "integrated_ir"),
        ("emory", "Emory University - Diagnostic Radiology", "dr"),
        ("closed", "Carney Hospital - Transitional Year", "transitional"),
    )
    programs += [
        prog(pid, name=name, institution=name.split(" - ")[0], track=track)
        for pid, name, track in named
    ]
    facts += [
        fact("mayo-dr", "reputation_rank", "3", "opinion", "2026"),
        fact("mayo-dr", "sponsors_j1", "yes", "secondhand", "undated"),
        fact("emory", "sponsors_j1", "no"),
        fact("closed", "status", "closed (the hospital closed in 2024)", "secondhand", "2024"),
    ]
    return make_catalog(programs, facts)


def test_find_programs_puts_dr_first() -> None:
    found = find_programs(catalog(), "why isn't Mayo on my list?")
    assert [programs.records[i].id for programs, i in found] == ["mayo-dr", "mayo-ir"]
    assert find_programs(catalog(), "what about nothing-like-this?") == []


def test_a_top_ranked_program_is_a_reach_and_the_answer_says_why() -> None:
    answers = about_program(
        catalog(),
        "why isn't Mayo on my list?",
        img(232),
        report(dr=Level.LOW, apps=(0, 20, 0)),
        current_year=YEAR,
    )
    dr = answers[0]
    assert dr.tier is Tier.REACH
    assert "one editorial opinion" in dr.reasons[0]
    assert dr.rank is not None or dr.not_listed is not None
    assert dr.source.startswith("Source: ")
    ir = answers[1]
    assert ir.rank is None and ir.not_listed and "Integrated IR" in ir.not_listed


def test_a_program_left_out_by_a_solid_source_says_so_with_the_source() -> None:
    answers = about_program(catalog(), "what about Emory?", img(250), report(), current_year=YEAR)
    assert answers[0].tier is None and answers[0].rank is None
    assert answers[0].left_out and "J-1" in answers[0].left_out
    assert "https://example.org/emory/sponsors_j1" in answers[0].left_out


def test_a_closed_program_is_explained() -> None:
    answers = about_program(catalog(), "Carney?", img(250), report(), current_year=YEAR)
    assert answers[0].left_out and "closed" in answers[0].left_out


def test_a_program_on_the_list_gives_its_place() -> None:
    answers = about_program(
        catalog(), "Mayo", img(266), report(dr=Level.HIGH, apps=(0, 64, 0)), current_year=YEAR
    )
    assert answers[0].rank is not None and answers[0].rank <= answers[0].list_size
