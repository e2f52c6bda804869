"""Token patterns for spaCy's Matcher and phrase lists for the PhraseMatcher.

Two layers, matched separately so a word can play a role in each: ``MAIN_PATTERNS`` (exam,
visa, experience, letters, counts, statuses, skip/correction cues; their tokens are never read
as numbers) and ``AUX_PATTERNS`` / ``AUX_PHRASES`` (applicant type, school abroad, countries,
regions, states). Adding phrasing usually means adding one pattern to a list here.
"""

from __future__ import annotations

from typing import Any

from bot.regions import STATE_NAMES

TokenSpec = dict[str, Any]
Pattern = list[TokenSpec]


def w(*words: str, op: str | None = None) -> TokenSpec:
    """One token whose lower-case text is one of ``words``."""
    spec: TokenSpec = {"LOWER": {"IN": list(words)}}
    if op:
        spec["OP"] = op
    return spec


def rx(regex: str) -> TokenSpec:
    """One token whose lower-case text matches ``regex``."""
    return {"LOWER": {"REGEX": regex}}


def exact(*texts: str) -> TokenSpec:
    """One token with exactly this text (case matters: "DR" the specialty, not "Dr." Smith)."""
    return {"TEXT": {"IN": list(texts)}}


HYPHEN = w("-", op="?")
STEP = w("step", "stp", "steps", "setp", "usmle")
NEGATORS = ("not", "n't", "nt", "never", "dont", "didnt", "havent", "hasnt")

MAIN_PATTERNS: dict[str, list[Pattern]] = {
    # Exams. Glued forms ("step1", "s2ck") are split or matched whole.
    "STEP1": [
        [w("usmle", op="?"), STEP, HYPHEN, w("1", "i", "one")],
        [rx(r"^(s|step|stp)1$")],
    ],
    "STEP2": [
        [w("usmle", op="?"), STEP, HYPHEN, w("2", "ii", "two"), HYPHEN, w("ck", "cs", op="?")],
        [rx(r"^(s|step|stp)2(ck)?$"), w("ck", op="?")],
        [w("ck"), w("2")],
        [w("s2ck", "ck", "2ck")],
    ],
    "STEP3": [
        [w("usmle", op="?"), STEP, HYPHEN, w("3", "iii", "three")],
        [rx(r"^(s|step|stp)3$")],
    ],
    "ST_PASS": [[w("passed", "pass", "cleared", "clear", "done", "completed", "complete")]],
    "ST_FAIL": [
        [w("failed", "fail", "fails", "failing", "flunked")],
        [w("failed", "fail"), w("it", op="?"), w("once", "twice", "thrice")],
        [w("did", "do", "does"), w("n't", "nt", "not"), w("pass")],
    ],
    "ST_FIRST": [
        [w("first", "1st"), HYPHEN, w("try", "attempt", "go", "time", "shot", "sitting", "take")],
        [w("in", "on", "at"), w("one", "1"), w("go", "attempt", "shot", "sitting", "try")],
        [w("one", "1", "single"), w("attempt")],
    ],
    "ST_RETAKE": [
        [
            w("second", "2nd", "third", "3rd", "fourth", "4th"),
            HYPHEN,
            w("try", "attempt", "attempts", "go", "time", "sitting", "take"),
        ],
        [w("retake", "retook", "retaken", "re-take", "re-took", "resit", "repeat", "repeated")],
        [w("re"), w("-"), w("take", "took", "taken")],
        [
            w("took", "taken", "take", "sat", "attempted", "passed"),
            w("it", op="?"),
            w("twice", "thrice"),
        ],
        [w("2", "two", "3", "three", "multiple"), w("attempts", "tries", "takes", "sittings")],
    ],
    "ST_NOT_RETAKEN": [[w(*NEGATORS), w("yet", op="?"), w("retaken", "retake", "retook")]],
    "ST_NOT_TAKEN": [
        [
            w(*NEGATORS),
            w("yet", op="?"),
            w("taken", "took", "take", "given", "written", "attempted", "sat", "done"),
        ],
        [w("not", "n't", "nt"), w("yet")],
        [w("yet"), w("to"), w("take", "give", "write", "sit", "attempt")],
        [
            w("planning", "plan", "going", "preparing", "hoping", "scheduled"),
            w("to", op="?"),
            w("take", "give", "write", "sit", "for"),
        ],
        [w("will"), w("take", "give", "write", "sit")],
    ],
    "GRAD": [
        [w("graduated", "graduate", "graduating", "graduation", "grad", "graduates")],
        [w("class"), w("of")],
        [w("passed"), w("out")],
        [w("yog")],
        [w("year"), w("of"), w("graduation")],
        [w("mbbs", "mbchb", "mbbch")],
    ],
    "YEAR_RELATIVE": [[w("last", "this", "next"), w("year")]],
    "VISA_J1": [[rx(r"^j-?1$")], [w("j"), HYPHEN, w("1")]],
    "VISA_H1B": [
        [rx(r"^h-?1-?b$")],
        [w("h1", "h-1"), HYPHEN, w("b")],
        [w("h"), w("-"), w("1b")],
        [w("h1", "h-1")],
    ],
    "VISA_NONE": [
        [w("us", "u.s.", "u.s", "american", "usa"), w("citizen", "citizenship", "national")],
        [w("green"), w("card"), w("holder", op="?")],
        [w("gc"), w("holder")],
        [w("permanent"), w("resident", "residency", "residence")],
        [
            w("no", "not", "n't", "nt", "dont", "without"),
            w("need", "needed", "require", op="?"),
            w("a", "any", op="?"),
            w("visa", "sponsorship"),
        ],
        [w("visa", "sponsorship"), w("not", "n't", "nt"), w("needed", "required", "necessary")],
    ],
    "VISA_NEED": [
        [
            w("need", "needs", "require", "requires", "needing", "will"),
            w("need", op="?"),
            w("a", "an", op="?"),
            w("visa", "sponsorship"),
        ],
        [w("visa", "sponsorship"), w("needed", "required", "necessary", "requirement")],
    ],
    "UNDECIDED": [[w("undecided", "either", "whichever")]],
    # Experience. An IR elective is its own field, so its phrases are longer than "elective".
    "USCE": [
        [w("usce", "usces", "uce", "usc")],
        [w("us", "u.s.", "american"), w("clinical"), w("experience", "exp", "rotations")],
        [w("clinical"), w("experience", "exp", "rotations", "rotation", "elective", "electives")],
        [
            w("hands"),
            w("-", op="?"),
            w("on"),
            w("clinical", op="?"),
            w("experience", "exp", op="?"),
        ],
        [w("sub"), w("-", op="?"), w("i", "is", "internship", "internships")],
        [
            w(
                "subi",
                "sub-i",
                "subinternship",
                "externship",
                "externships",
                "clerkship",
                "clerkships",
                "elective",
                "electives",
            )
        ],
    ],
    "OBSERVERSHIP": [
        [
            w(
                "observership",
                "observerships",
                "observer",
                "observed",
                "observing",
                "obsership",
                "shadowing",
                "shadowed",
                "observation",
                "observationship",
            )
        ],
    ],
    "IR_ELECTIVE": [
        [
            w("ir", "vir"),
            HYPHEN,
            w("elective", "electives", "rotation", "rotations", "clerkship", "externship", "sub-i"),
        ],
        [
            w("interventional"),
            w("radiology"),
            w("elective", "electives", "rotation", "rotations", "clerkship"),
        ],
        [
            w("elective", "electives", "rotation", "rotations", "clerkship"),
            w("in", "with", "at"),
            w("ir", "vir"),
        ],
        [
            w("elective", "electives", "rotation", "rotations"),
            w("in"),
            w("interventional"),
            w("radiology"),
        ],
    ],
    "RESEARCH": [
        [w("research", "postdoc", "post-doc", "postdoctoral")],
        [w("research"), w("fellowship", "fellow", "position", "assistant", "experience", "job")],
        [w("post"), w("-"), w("doc")],
    ],
    "LETTER": [
        [
            w(
                "letter",
                "letters",
                "lor",
                "lors",
                "lor's",
                "lors'",
                "rec",
                "recs",
                "recommendation",
                "recommendations",
                "references",
                "slor",
                "slors",
            )
        ],
        [w("letter", "letters"), w("of"), w("recommendation", "rec", "reference")],
        [w("rec", "recommendation", "reference"), w("letter", "letters")],
    ],
    "SRC_IR": [
        [w("ir", "irs", "vir", "interventionalist", "interventionalists")],
        [w("interventional"), w("radiology", "radiologist", "radiologists")],
    ],
    "SRC_DR": [
        [exact("DR", "D.R.")],
        [w("diagnostic"), w("radiology", "radiologist", "radiologists", op="?")],
        [
            w(
                "radiology",
                "radiologist",
                "radiologists",
                "neuroradiologist",
                "neuroradiology",
                "rads",
                "radiol",
            )
        ],
    ],
    # "dr letter": lower-case "dr" is the specialty only before a letter word (else "Dr. Smith");
    # the pipeline splits this match into SRC_DR and LETTER.
    "SRC_DR_LETTER": [[w("dr"), w("letter", "letters", "lor", "lors")]],
    "SRC_OTHER": [
        [exact("IM", "FM", "EM", "GS")],
        # "non-rads", "non IR": another field (longer than the "rads" / "IR" inside it).
        [w("non"), HYPHEN, w("rads", "radiology", "radiologist", "radiologists", "ir", "vir")],
        [w("non-rads", "non-ir", "nonrads")],
        [w("internal", "family", "emergency"), w("medicine")],
        [
            w(
                "medicine",
                "surgery",
                "surgeon",
                "surgeons",
                "surgical",
                "pediatrics",
                "peds",
                "pediatrician",
                "cardiology",
                "cardiologist",
                "neurology",
                "neurologist",
                "internist",
                "internists",
                "hospitalist",
                "hospitalists",
                "pcp",
                "psychiatry",
                "psychiatrist",
                "obgyn",
                "gastroenterology",
                "nephrology",
                "oncology",
                "oncologist",
                "pathology",
                "anesthesia",
                "anesthesiology",
                "urology",
                "urologist",
                "non-radiology",
                "cardio",
                "ortho",
                "orthopedics",
                "neurosurgery",
                "dermatology",
                "derm",
                "ophthalmology",
                "ent",
                "psych",
                "endocrinology",
                "pulmonology",
                "rheumatology",
                "hematology",
                "gynecology",
            )
        ],
    ],
    "PUB": [
        [
            w(
                "publication",
                "publications",
                "pub",
                "pubs",
                "paper",
                "papers",
                "article",
                "articles",
                "manuscript",
                "manuscripts",
                "published",
                "publish",
                "publised",
                "publicatons",
                "publications",
            )
        ],
        [w("case"), w("report", "reports", "series")],
    ],
    "ABSTRACT": [
        [
            w(
                "abstract",
                "abstracts",
                "poster",
                "posters",
                "presentation",
                "presentations",
                "podium",
                "podiums",
                "abstarcts",
            )
        ],
        [w("oral", "conference", "podium"), w("presentation", "presentations", "abstracts")],
    ],
    "INTERVIEW": [
        [
            w(
                "interview",
                "interviews",
                "iv",
                "ivs",
                "invite",
                "invites",
                "invitation",
                "invitations",
                "interveiws",
            )
        ],
        [w("interview"), w("invite", "invites", "invitations", "offers", "calls")],
    ],
    "CYCLE": [
        [
            w(
                "cycle",
                "cycles",
                "applied",
                "applying",
                "reapplying",
                "reapplied",
                "apply",
                "unmatched",
            )
        ],
        [w("did", "do"), w("n't", "nt", "not"), w("match")],
    ],
    "CYCLE_NONE": [
        [
            w("first", "1st"),
            HYPHEN,
            w("time", "cycle"),
            w("applying", "applicant", "applicants", "apply", op="?"),
        ],
        [w("never", "not", "n't", "nt"), w("applied")],
        [w("fresh", "new"), w("applicant")],
    ],
    "CYCLE_ONE": [[w("applied"), w("last"), w("year", "cycle", "season", "time")]],
    "LAST_CYCLE": [[w("last", "previous", "prior"), w("cycle", "season", "match", "time")]],
    "NEG": [
        [w("no", "none", "without", "nothing", "nil", "nope", "nah", "never", "n")],
        [w("not"), w("any")],
        [w("n't", "nt", "dont"), w("have"), w("any", op="?")],
        # "I haven't done any USCE", "didn't get any interviews"
        [
            w("n't", "nt", "not", "never"),
            w("done", "do", "did", "get", "got", "gotten", "had", "have", "received", "receive"),
            w("any"),
        ],
    ],
    "YES": [
        [
            w(
                "yes",
                "yeah",
                "yep",
                "yup",
                "ya",
                "yea",
                "sure",
                "correct",
                "affirmative",
                "y",
                "definitely",
                "absolutely",
                "ofc",
            )
        ],
    ],
    "SKIP": [
        [w("do", "did"), w("n't", "nt", "not"), w("know")],
        [w("dont", "dunno", "idk", "unsure", "skip", "skipping")],
        [w("dont"), w("know")],
        [w("not"), w("sure", "certain")],
        [w("no"), w("idea", "clue")],
        [
            w("prefer", "rather", "want", "like"),
            w("not"),
            w("to", op="?"),
            w("say", "share", "answer", "tell", "disclose"),
        ],
        [w("have", "has"), w("n't", "nt", "not"), w("yet", op="?"), w("decided")],
        [w("havent", "not"), w("yet", op="?"), w("decided")],
        [w("next"), w("question")],
        [w("ask"), w("me"), w("later")],
    ],
    "CORRECTION": [
        [
            w(
                "actually",
                "actualy",
                "acutally",
                "correction",
                "oops",
                "whoops",
                "typo",
                "misspoke",
                "sorry",
            )
        ],
        [w("i"), w("meant", "mean")],
        [w("no"), w(",", op="?"), w("wait")],
        [w("wait")],
        [w("my"), w("bad", "mistake")],
        [w("scratch"), w("that")],
        [w("let"), w("me"), w("correct")],
    ],
}

AUX_PATTERNS: dict[str, list[Pattern]] = {
    # Working or not: its own layer, so "research fellow" is also a research anchor.
    "ACTIVE_TRUE": [
        [
            w("currently", "presently", "now"),
            w("working", "work", "practicing", "practising", "employed", "doing", "in", "a"),
        ],
        [w("working", "work", "works"), w("as", "at", "in")],
        [w("employed")],
        [w("doing"), w("my", op="?"), w("residency", "internship", "house")],
        [w("house", "medical"), w("officer", "job")],
        # "I'm a research fellow", "I am currently a GP"
        [
            w("'m", "am", "m"),
            w("currently", "now", op="?"),
            w("a", "an"),
            w("research", "clinical", op="?"),
            w(
                "fellow",
                "resident",
                "registrar",
                "gp",
                "physician",
                "lecturer",
                "consultant",
                "assistant",
                "intern",
                "radiologist",
                "hospitalist",
                "attending",
            ),
        ],
    ],
    "ACTIVE_FALSE": [
        [
            w(*NEGATORS),
            w("currently", "clinically", "been", "presently", op="*"),
            w(
                "working",
                "practicing",
                "practising",
                "employed",
                "active",
                "work",
                "worked",
                "practiced",
            ),
        ],
        [w("unemployed", "jobless", "gap", "gaps")],
        [w("stopped", "quit"), w("working", "practicing", "practice", "practising")],
        [w("out"), w("of"), w("practice", "clinical", "work")],
        [w("no"), w("clinical"), w("work", "job", "practice", "activity")],
        [w("taking"), w("a"), w("break")],
    ],
    "TYPE_US_IMG": [
        [w("us", "u.s.", "american", "usa"), HYPHEN, w("img", "imgs", "fmg")],
        [w("usimg", "us-img", "usimgs")],
    ],
    "TYPE_NON_US_IMG": [
        [
            w("non"),
            HYPHEN,
            w("us", "u.s.", "american", "usa", "citizen"),
            w("img", "imgs", "fmg", "citizen", op="?"),
        ],
        [w("non-us", "nonus", "non-citizen")],
        [w("foreign"), w("national", "citizen")],
    ],
    "TYPE_US_MD": [
        [
            w("us", "u.s.", "american"),
            w("md", "allopathic", "med", "medical"),
            w("student", "grad", "graduate", "school", "applicant", op="?"),
        ],
        [w("usmd", "amg", "allopathic")],
    ],
    "TYPE_US_DO": [
        [
            w("do", "d.o."),
            w("student", "students", "grad", "graduate", "applicant", "school", "candidate"),
        ],
        [w("us"), exact("DO")],
        [w("osteopathic", "osteopath")],
    ],
    "TYPE_US_DO_WEAK": [[exact("DO", "D.O.", "do")]],
    # Single words that answer a question only when it was asked.
    "ACTIVE_WEAK": [[w("working", "employed", "practicing", "practising", "active")]],
    "VISA_NONE_WEAK": [[w("citizen", "citizenship", "gc")]],
    "SCHOOL_ABROAD": [
        # Singular only: "programs that take IMGs" speaks of others, not of the writer.
        [
            w(
                "img",
                "fmg",
                "caribbean",
                "carib",
                "offshore",
                "abroad",
                "overseas",
                "mbbs",
                "mbchb",
                "mbbch",
            )
        ],
        [
            w("international", "foreign"),
            w("medical"),
            w("graduate", "graduates", "grad", "school", "student"),
        ],
        [w("foreign"), w("grad", "graduate", "degree")],
    ],
}

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
     "anywhere", "everywhere", "wish", "aiming", "priority", "only", "flexible"}
)  # fmt: skip
EXCEPT_CUES = frozenset({"except", "excluding", "but"})
