"""The words ``stage.py`` reads this season's stage by: tense, negation, time, suppositions,
what is applied for, and the stage question's one-word answers."""

from __future__ import annotations

from bot.profile import CycleStage

NEG = frozenset(
    {"not", "n't", "nt", "never", "no", "zero", "0", "none", "didnt", "havent", "without"}
)
ME = frozenset({"i", "i'm", "im", "me", "my", "mine", "myself", "we"})
PAST = frozenset({"last", "previous", "prior", "previously", "ago", "before", "earlier", "past"})
# Words that make a year in the clause the year of an application ("applied in 2024").
CYCLE_WORDS = frozenset(
    {"applied", "apply", "applying", "match", "matched", "cycle", "season", "interview",
     "interviews", "interviewed", "eras", "soap", "ranked", "unmatched"}
)  # fmt: skip
SEASON = frozenset({"year", "cycle", "season", "match", "round", "time", "application"})
NOW = frozenset({"now", "currently", "today", "yesterday", "just"})
SUPPOSE = frozenset(
    {"if", "whether", "unless", "would", "could", "should", "might", "hope", "hoping", "want",
     "wanna", "wish", "chance", "chances", "odds", "likely", "case", "how", "what", "expect",
     "expecting", "worried", "afraid", "scared", "fear"}
)  # fmt: skip
WILL = frozenset({"will", "'ll", "ll", "gonna", "planning", "plan", "going", "preparing"})
INTERVIEW = frozenset(
    {"interview", "interviews", "iv", "ivs", "invite", "invites", "invitation", "invitations",
     "interviewed", "interviewing", "iis"}
)  # fmt: skip
HOLD = frozenset(
    {"have", "'ve", "ve", "got", "received", "hold", "holding", "secured", "landed", "invited"}
)
NOT_RESIDENCY = frozenset(
    {"research", "observership", "observerships", "elective", "electives", "visa", "job",
     "position", "externship", "rotation", "rotations", "step", "usce", "masters", "phd", "mph",
     "fellowship", "scholarship", "ecfmg", "exam", "volunteer", "internship"}
)  # fmt: skip
APP_WORDS = frozenset({"eras", "myeras", "application", "applications", "apps"})
RANK_WORDS = frozenset({"rank", "rol", "ranks", "ranking"})
# "haven't applied yet", "never applied this cycle": nothing sent at all this season.
NOT_APPLIED_TAIL = frozenset(
    {"yet", "this", "cycle", "season", "year", "anywhere", "at", "all", "so", "far", "still",
     "the", "match", "now", "for", "residency", "!"}
)  # fmt: skip
# Interviews as a topic, not as invitations held ("I have a question about interviews").
INTERVIEW_TOPIC = frozenset(
    {"question", "questions", "prep", "preparation", "prepare", "tips", "advice", "help",
     "about", "attire", "skills", "practice", "mock", "dress"}
)  # fmt: skip
NOT_ME_AFTER = frozenset(
    {"applicants", "applicant", "imgs", "candidates", "residents", "people", "students", "rate",
     "rates", "data", "ones"}
)  # fmt: skip
PRELIM = frozenset({"prelim", "preliminary", "transitional", "ty", "pgy-1", "pgy1", "soap"})
ANSWER_WORDS: dict[str, CycleStage] = {
    "preparing": CycleStage.PREPARING,
    "applied": CycleStage.APPLIED,
    "submitted": CycleStage.APPLIED,
    "interviewing": CycleStage.INTERVIEWING,
    "ranked": CycleStage.RANKED,
    "certified": CycleStage.RANKED,
    "unmatched": CycleStage.UNMATCHED,
    "soap": CycleStage.UNMATCHED,
    "matched": CycleStage.MATCHED,
}
