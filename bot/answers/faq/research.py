"""The research answer: publications and abstracts against the guide's targets."""

from __future__ import annotations

from bot.answers import figures as fig
from bot.answers.faq.base import Ask, Topic, brief, plain, review_button, sourced
from bot.answers.labels import count_text, join_words
from bot.answers.messages import Message


def _research(ask: Ask) -> list[Message]:
    p = ask.profile
    low_pubs, high_pubs = fig.GUIDE_PUBLICATIONS
    low_abs, high_abs = fig.GUIDE_ABSTRACTS
    target = (
        f"Strong IMG applicants often have {low_pubs}-{high_pubs} IR publications "
        f"plus several abstracts or posters ({low_abs}-{high_abs})."
    )
    sources = ["guide:research", "guide:faq.publications", fig.SRC_PUBS_DR_IMG]
    if p.ir_publications is None and p.ir_abstracts is None:
        first = sourced(
            [
                "I don't know your research output yet. Tell me, e.g. "
                "'I have 1 IR publication and 3 abstracts'.",
                target,
            ],
            sources,
            [review_button()],
        )
    else:
        have = [
            count_text("ir_publications", p.ir_publications)
            if p.ir_publications is not None
            else "publications not told yet",
            count_text("ir_abstracts", p.ir_abstracts)
            if p.ir_abstracts is not None
            else "abstracts not told yet",
        ]
        lines = [f"You have {join_words(have)}. {target}"]
        if p.ir_publications is not None:
            if p.ir_publications < low_pubs:
                gap = low_pubs - p.ir_publications
                lines.append(f"Publications: aim for at least {gap} more, IR-related.")
            elif p.ir_publications <= high_pubs:
                lines.append("Publications: you're in the range; first-author, IR work counts now.")
            else:
                lines.append("Publications: above the usual range; keep scores and letters level.")
        if p.ir_abstracts is not None and p.ir_abstracts < low_abs:
            lines.append(
                f"Abstracts: {low_abs - p.ir_abstracts} more would reach {low_abs}; "
                "present at SIR, RSNA or CIRSE."
            )
        lines.append(
            f"For scale: non-US IMGs who matched DR in 2026 reported a median of "
            f"{fig.DR_IMG_MATCHED_PUBS_MEDIAN} publications and "
            f"{fig.DR_IMG_MATCHED_ABSTRACTS_MEDIAN} abstracts (any field, self-reported)."
        )
        first = sourced(lines, sources)
    how = [
        "How to build it: start with case reports or chart reviews; cold-email IR faculty "
        "who publish (CV, 2-3 sentences on why IR, what you offer: time, data skills)."
    ]
    if (p.research_years or 0) < 1 and (p.ir_publications or 0) < low_pubs:
        low_y, high_y = fig.GUIDE_RESEARCH_FELLOWSHIP_YEARS
        how.append(
            f"A {low_y}-{high_y} year US IR research fellowship is the fastest route to "
            "papers, IR letters and name recognition."
        )
    elif p.research_years:
        how.append(
            f"Your {count_text('research_years', p.research_years)} of research: make sure "
            "it ends in first-author papers and a letter from your IR mentor."
        )
    if p.step2ck_score is not None and p.step2ck_score < fig.DR_IMG_MATCHED_STEP2_MEDIAN:
        how.append(f"With Step 2 CK {p.step2ck_score}, extra research output weighs more for you.")
    return [first, plain(how)]


def _brief(ask: Ask) -> str:
    p = ask.profile
    low, high = fig.GUIDE_PUBLICATIONS
    target = f"strong IMG applicants often have {low}-{high} IR publications plus several abstracts"
    if p.ir_publications is None:
        line = f"Research: {target}; case reports and chart reviews are the usual start."
    else:
        have = count_text("ir_publications", p.ir_publications)
        line = f"You have {have}; {target}."
    return brief(line, ["guide:research", "guide:faq.publications"])


TOPIC = Topic(
    intent="ask_research",
    title="research",
    answer=_research,
    brief=_brief,
)
