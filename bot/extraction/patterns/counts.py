"""Count patterns: publications, abstracts, interviews, application cycles."""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, Pattern, w

COUNT_PATTERNS: dict[str, list[Pattern]] = {
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
                "publcations",
                "pubications",
                "publicaitons",
                "publications",
            )
        ],
        [w("case"), w("report", "reports", "series")],
        [w("pubmed"), HYPHEN, w("indexed")],  # "pubmed indexed 2"
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
                "oral",  # "1 oral at SIR": an oral presentation
                "orals",
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
                "interviw",
                "interviws",
                "intervew",
                "intervews",
                "iis",  # "3 IIs": interview invites (not "II", Step II)
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
                "appled",
                "aplied",
                # "2nd time applicant" (the ordinal is read from its status phrase)
                "applicant",
                "reapplicant",
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
        [w("never", "not", "n't", "nt"), w("apply"), w("before", "yet", "previously")],
        [w("no"), w("prior", "previous", "earlier"), w("applications", "cycles", "match")],
        [w("fresh", "new"), w("applicant")],
    ],
    "CYCLE_ONE": [
        [w("applied", "appled", "aplied"), w("last"), w("year", "cycle", "season", "time")]
    ],
    "LAST_CYCLE": [[w("last", "previous", "prior"), w("cycle", "season", "match", "time")]],
}
