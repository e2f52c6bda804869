"""Work outside medicine (``clinically_active``): "I work at a pharmacy store", "working as an
Uber driver", "I work in a call center" is a job, but no work in medicine, so it does not make
the writer clinically active ("Currently not working in medicine, I work at a pharmacy store"
is not working). Work at a hospital, a clinic or as a doctor is unchanged."""

from __future__ import annotations

from bot.extraction.pipeline import Mention
from bot.extraction.reading import Reading

# Workplaces and jobs that are not medicine (a pharmacy alone may be a pharmacist's work; a
# "pharmacy store" or a "store" is retail).
_OUTSIDE = frozenset(
    {"store", "stores", "shop", "supermarket", "grocery", "restaurant", "cafe", "café",
     "warehouse", "retail", "cashier", "driver", "uber", "lyft", "doordash", "delivery",
     "barista", "waiter", "waitress", "sales", "salesman", "call", "bank", "factory",
     "mall", "gas", "startup", "tutor", "tutoring", "teller", "clerk"}
)  # fmt: skip
# Words that may stand between the work word and the job named ("work at a small pharmacy
# store", "working as an Uber driver", "working part time in a call center").
_FILLERS = frozenset(
    {"at", "in", "as", "a", "an", "the", "for", "part", "time", "part-time", "full",
     "full-time", "-", "small", "local", "big", "pharmacy", "now", "currently", "there"}
)  # fmt: skip
_WORK = frozenset({"work", "works", "working", "worked", "job", "employed"})


def outside_medicine(r: Reading, mention: Mention) -> bool:
    """The work told at ``mention`` (ACTIVE_TRUE) is a job outside medicine."""
    if mention.label != "ACTIVE_TRUE":
        return False
    if not _WORK & {t.lower_ for t in r.doc[mention.start : mention.end]}:
        return False  # "working as a GP", "a resident in IM" name the work themselves
    for token in r.doc[mention.end : min(len(r.doc), mention.end + 6)]:
        word = token.lower_
        if word in _OUTSIDE:
            return True
        if word not in _FILLERS:
            return False
    return False
