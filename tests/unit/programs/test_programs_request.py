"""Program requests as people say them: places, distance from a city, tracks, visa sponsors."""

from __future__ import annotations

from typing import ClassVar

import pytest
from programs_support import YEAR, fact, img, prog, report

from bot.kb.repository import ProgramRecord
from bot.profile import Region, VisaNeed
from bot.programs.models import Track
from bot.programs.places import GeoNamesGazetteer, Place, default_gazetteer, miles_between
from bot.programs.ranking import ProgramList, rank_programs
from bot.programs.request import describe, parse_request


class TinyGazetteer:
    """Three cities, as the parser and the distance filter need them."""

    PLACES: ClassVar[dict[str, Place]] = {
        "houston": Place("Houston", "TX", 29.76, -95.36, 2_300_000),
        "chicago": Place("Chicago", "IL", 41.85, -87.65, 2_600_000),
        "maywood": Place("Maywood", "IL", 41.88, -87.84, 24_000),
        "des moines": Place("Des Moines", "IA", 41.60, -93.61, 214_000),
        "tucson": Place("Tucson", "AZ", 32.22, -110.93, 540_000),
    }

    def lookup(self, name: str, state: str | None = None) -> Place | None:
        place = self.PLACES.get(name.lower())
        return place if place and (state is None or place.state == state) else None

    def names(self) -> frozenset[str]:
        return frozenset(self.PLACES)


GAZ = TinyGazetteer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Houston only", "within 30 miles of Houston, TX"),
        ("programs near Chicago", "within 75 miles of Chicago, IL"),
        ("within 200 miles of Chicago", "within 200 miles of Chicago, IL"),
        ("not California", "not in CA"),
        ("anything but the west coast", "not in the west"),
        ("Texas or Florida", "in FL, TX"),
        ("only the Midwest, not Ohio", "in the midwest; not in OH"),
        ("show me the integrated IR programs", "Integrated IR programs"),
        ("prelim programs", "preliminary medicine and preliminary surgery programs"),
        ("only H-1B sponsors", "H-1B sponsors"),
        (
            "which programs sponsor H-1B near Chicago?",
            "within 75 miles of Chicago, IL; H-1B sponsors",
        ),
        ("J-1 programs in TX", "in TX; J-1 sponsors"),
        ("what about Emory?", ""),
        ("I'm in my final year", ""),
    ],
)
def test_parse_as_people_say_it(text: str, expected: str) -> None:
    assert describe(parse_request(text, GAZ)) == expected


def test_state_codes_count_only_in_capitals() -> None:
    assert parse_request("programs in or near here", GAZ).is_empty
    assert parse_request("programs in OR", GAZ).states == {"OR"}


def listed(programs: list[ProgramRecord], text: str) -> ProgramList:
    request = parse_request(text, GAZ)
    return rank_programs(
        programs,
        img(250),
        report(apps=(0, 10, 0)),
        request=request,
        gazetteer=GAZ,
        current_year=YEAR,
    )


def test_near_chicago_keeps_chicago_and_suburbs_not_des_moines() -> None:
    programs = [
        prog("chi", city="Chicago", state="IL", region="midwest"),
        prog("may", city="Maywood", state="IL", region="midwest"),
        prog("dsm", city="Des Moines", state="IA", region="midwest"),
        prog("nowhere", city="Smallville", state="IL", region="midwest"),
    ]
    result = listed(programs, "programs near Chicago")
    assert {item.program_id for item in result.items} == {"chi", "may"}
    assert result.notes.unplaced == 1 and "Smallville, IL" in result.notes.towns


def test_houston_only_gives_houston() -> None:
    programs = [
        prog("hou", city="Houston", state="TX", region="southwest"),
        prog("tuc", city="Tucson", state="AZ", region="southwest"),
    ]
    result = listed(programs, "Houston only")
    assert [item.program_id for item in result.items] == ["hou"]


def test_only_h1b_sponsors_shows_sourced_ones_and_counts_unknown() -> None:
    programs = [prog("yes"), prog("weak"), prog("unknown1"), prog("unknown2"), prog("no")]
    facts = [
        fact("yes", "sponsors_h1b", "yes"),
        fact("weak", "sponsors_h1b", "yes", "weak"),
        fact("no", "sponsors_h1b", "no"),
    ]
    profile = img(250).model_copy(update={"visa_need": VisaNeed.H1B})
    request = parse_request("only H-1B sponsors", GAZ)
    result = rank_programs(
        programs, profile, report(apps=(0, 10, 0)), facts=facts, request=request, current_year=YEAR
    )
    assert [item.program_id for item in result.items] == ["yes", "weak"]
    assert result.notes.sponsor_unknown == 2 and result.notes.sponsor_reported == 1


def test_track_request_lists_that_track() -> None:
    programs = [prog("dr1"), prog("ir1", track="integrated_ir"), prog("ty", track="transitional")]
    request = parse_request("only Integrated IR", GAZ)
    result = rank_programs(
        programs, img(250), report(apps=(0, 10, 5)), request=request, current_year=YEAR
    )
    assert [item.track for item in result.items] == [Track.INTEGRATED_IR]


def test_not_california_and_regions() -> None:
    programs = [prog("ca", state="CA", region="west"), prog("ma")]
    request = parse_request("not California", GAZ)
    result = rank_programs(
        programs, img(250), report(apps=(0, 10, 0)), request=request, current_year=YEAR
    )
    assert [item.program_id for item in result.items] == ["ma"]
    west = parse_request("the west coast", GAZ)
    assert west.regions == {Region.WEST}


def test_the_packaged_gazetteer_places_real_cities() -> None:
    gazetteer: GeoNamesGazetteer = default_gazetteer()
    chicago = gazetteer.lookup("Chicago")
    houston = gazetteer.lookup("houston")
    assert chicago is not None and chicago.state == "IL"
    assert houston is not None and houston.state == "TX"
    maywood = gazetteer.lookup("Maywood", "IL")
    des_moines = gazetteer.lookup("Des Moines", "IA")
    assert maywood is not None and des_moines is not None
    here = (chicago.latitude, chicago.longitude)
    assert miles_between(here, (maywood.latitude, maywood.longitude)) < 20
    assert miles_between(here, (des_moines.latitude, des_moines.longitude)) > 250
    assert gazetteer.lookup("New York", "NY") is not None  # GeoNames: "New York City"


def test_ruled_out_programs_are_counted_only_among_those_asked_for() -> None:
    programs = [
        prog("hou", city="Houston", state="TX", region="southwest"),
        prog("hou-no", city="Houston", state="TX", region="southwest", visa_j1="no"),
        prog("tuc-no", city="Tucson", state="AZ", region="southwest", visa_j1="no"),
    ]
    result = listed(programs, "Houston only")
    assert [item.program_id for item in result.items] == ["hou"]
    assert result.excluded == 1
