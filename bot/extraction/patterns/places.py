"""Places for the PhraseMatcher (countries, regions, states, cities) and preference cues."""

from __future__ import annotations

from bot.regions import STATE_NAMES

# The PhraseMatcher matches these lower-cased; longer phrases win over their parts.
COUNTRIES: tuple[str, ...] = (
    "india", "pakistan", "egypt", "nigeria", "philippines", "brazil", "mexico", "iran", "syria",
    "jordan", "saudi arabia", "saudi", "lebanon", "iraq", "china", "bangladesh", "nepal",
    "sri lanka", "ukraine", "russia", "turkey", "ghana", "kenya", "ethiopia", "sudan",
    "colombia", "venezuela", "peru", "argentina", "cuba", "dominican republic", "uk",
    "united kingdom", "england", "ireland", "germany", "italy", "spain", "poland", "romania",
    "greece", "israel", "palestine", "morocco", "algeria", "tunisia", "libya", "yemen",
    "afghanistan", "indonesia", "malaysia", "vietnam", "korea", "south korea", "japan",
    "taiwan", "grenada", "dominica", "st kitts", "st. kitts", "st maarten", "antigua", "aruba",
    "saba", "barbados", "jamaica", "trinidad", "cameroon", "uzbekistan", "kazakhstan",
    "armenia", "belarus", "serbia", "bosnia", "albania", "hungary", "czech republic",
    "indian", "pakistani", "egyptian", "nigerian", "filipino", "brazilian", "mexican",
    "iranian", "syrian", "jordanian", "lebanese", "iraqi", "chinese", "bangladeshi", "nepali",
    "nepalese", "ukrainian", "russian", "turkish", "ghanaian", "kenyan", "ethiopian",
    "sudanese", "colombian", "venezuelan", "peruvian", "cuban", "palestinian", "moroccan",
    "algerian", "tunisian", "yemeni", "afghan", "vietnamese", "korean", "japanese",
    "sint maarten", "saint maarten", "st. maarten", "curacao", "curaçao", "st lucia",
    "st. lucia", "saint lucia", "st vincent", "montserrat", "anguilla", "bahamas", "guyana",
    "belize", "cameroonian", "sri lankan", "polish", "romanian", "uzbek", "somalia", "somali",
    "uganda", "ugandan", "tanzania", "tanzanian", "zimbabwe", "zambia", "ecuador", "bolivia",
    "chile", "chilean", "guatemala", "honduras", "el salvador", "haiti", "haitian", "thailand",
    "myanmar", "burmese", "azerbaijan", "moldova", "bulgaria", "kyrgyzstan", "tajikistan",
    "argentinian", "argentine", "ecuadorian", "dominican", "jamaican", "saudi arabian",
    "south africa", "south african", "malaysian", "indonesian", "thai", "zimbabwean", "zambian",
    "méxico", "perú", "panama", "panamá",  # Spanish spellings in mixed-language writing
    # Caribbean schools by their short names ("went to AUC", "SGU grad"): a school abroad.
    "auc", "sgu", "rusm", "ross university", "aua", "mua", "saba university",
)  # fmt: skip

REGION_PHRASES: dict[str, tuple[str, ...]] = {
    "northeast": ("northeast", "north east", "north-east", "northeastern", "new england",
                  "mid-atlantic", "mid atlantic", "tristate", "tri-state", "tri state"),
    "southeast": ("southeast", "south east", "south-east", "southeastern", "the south",
                  "south", "deep south", "southern"),
    "midwest": ("midwest", "mid west", "mid-west", "midwestern", "great lakes"),
    "southwest": ("southwest", "south west", "south-west", "southwestern"),
    "west": ("west", "west coast", "westcoast", "western", "pacific northwest",
             "pacific coast", "mountain west", "pnw"),
    "east_coast": ("east coast", "eastcoast", "east", "eastern", "atlantic coast"),
    "anywhere": ("anywhere", "everywhere", "all regions", "any region", "all over",
                 "nationwide", "whole country", "all of them", "no preference",
                 "flexible with location", "flexible about location", "flexible on location",
                 "any location", "any state", "any region", "location doesn't matter",
                 "doesn't matter", "does n't matter"),
}  # fmt: skip

CITY_STATES: dict[str, str] = {
    "nyc": "NY", "new york city": "NY", "boston": "MA", "philadelphia": "PA", "philly": "PA",
    "pittsburgh": "PA", "baltimore": "MD", "chicago": "IL", "detroit": "MI", "cleveland": "OH",
    "houston": "TX", "dallas": "TX", "san antonio": "TX", "phoenix": "AZ", "atlanta": "GA",
    "miami": "FL", "los angeles": "CA", "san francisco": "CA", "bay area": "CA",
    "san diego": "CA", "seattle": "WA", "denver": "CO", "washington dc": "DC",
    "washington d.c.": "DC", "dc": "DC", "d.c.": "DC", "socal": "CA", "norcal": "CA",
}  # fmt: skip

STATE_PHRASES: dict[str, str] = {**STATE_NAMES, **CITY_STATES}

# Two-letter codes that are also words or degrees; outside an answer to the region question
# they are not read as states.
AMBIGUOUS_STATE_CODES = frozenset({"MD", "NE", "IN", "OR", "ME", "OK", "HI", "DE", "CO", "AL"})

# Codes that are also common lower-case words: never read as states when lower-case.
WORD_STATE_CODES = frozenset(
    {"IN", "OR", "ME", "OK", "HI", "DE", "CO", "AL", "PA", "LA", "MA", "OH", "ID", "MS", "MO",
     "MD", "NE", "GA", "SC", "DC", "WI", "VA"}
)  # fmt: skip

PREFERENCE_CUES = frozenset(
    {"prefer", "preferably", "preferred", "preference", "preferences", "like", "love", "want",
     "wanna", "hoping", "hope", "ideally", "interested", "looking", "target", "targeting",
     "open", "region", "regions", "location", "locations", "rather", "considering", "consider",
     "anywhere", "everywhere", "wish", "aiming", "priority", "only", "flexible",
     # "pls suggest programs in the southeast": a request names the places searched.
     "suggest", "recommend", "suggestions", "recommendations", "ideal", "preferable", "stay",
     # "I'm applying mostly to the southeast"
     "mostly", "mainly", "focus", "focusing", "applying"}
)  # fmt: skip
EXCEPT_CUES = frozenset({"except", "excluding", "but"})
