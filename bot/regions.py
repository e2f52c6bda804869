"""US states and the five regions an applicant can prefer (CONTRACT section 3).

The split follows the common five-region map (Northeast, Southeast, Midwest, Southwest, West);
the mid-Atlantic states DE, MD and DC count as Northeast, Puerto Rico as Southeast.
"""

from __future__ import annotations

from bot.profile import Region

_REGION_STATES: dict[Region, tuple[str, ...]] = {
    Region.NORTHEAST: ("CT", "DC", "DE", "MA", "MD", "ME", "NH", "NJ", "NY", "PA", "RI", "VT"),
    Region.SOUTHEAST: (
        "AL", "AR", "FL", "GA", "KY", "LA", "MS", "NC", "PR", "SC", "TN", "VA", "WV",
    ),
    Region.MIDWEST: ("IA", "IL", "IN", "KS", "MI", "MN", "MO", "ND", "NE", "OH", "SD", "WI"),
    Region.SOUTHWEST: ("AZ", "NM", "OK", "TX"),
    Region.WEST: ("AK", "CA", "CO", "HI", "ID", "MT", "NV", "OR", "UT", "WA", "WY"),
}  # fmt: skip

STATE_REGION: dict[str, Region] = {
    state: region for region, states in _REGION_STATES.items() for state in states
}

STATE_NAMES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY",
    "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR",
    "pennsylvania": "PA", "puerto rico": "PR", "rhode island": "RI", "south carolina": "SC",
    "south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT",
    "virginia": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI",
    "wyoming": "WY",
}  # fmt: skip


class UnknownStateError(ValueError):
    """A state code that is not one of the 50 states, DC or PR."""


def region_of_state(state: str) -> Region:
    """The region of a two-letter state code (case-insensitive)."""
    code = state.strip().upper()
    try:
        return STATE_REGION[code]
    except KeyError:
        raise UnknownStateError(
            f"unknown US state code {state!r}; expected a two-letter code such as NY or TX"
        ) from None
