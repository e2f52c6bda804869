"""The program list as numbered, phone-sized messages with a "More programs" button."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.labels import (
    REGION_LABELS,
    SHORT_TRACK_LABELS,
    TIER_LABELS,
    VISA_LABELS,
    join_words,
)
from bot.answers.messages import MAX_MESSAGE_CHARS, Button, Message, clip, intent_button, pack
from bot.profile import ApplicantProfile, Region, VisaNeed
from bot.programs.about import ProgramAbout
from bot.programs.models import ProgramFit, VisaSponsorship
from bot.programs.ranking import ProgramList
from bot.programs.request import describe
from bot.programs.service import ProgramAnswer

# The intent the "More programs" button sends; the action moves ``program_offset`` on.
MORE_PAYLOAD_INTENT = "more"
VERIFY = "verify on the program's site"
_NAME_CHARS = 90
_REASON_CHARS = 220  # a reason and its source fit whole
_ABOUT_REASON_CHARS = 320  # the tier and why, whole, when one program is asked about


def _visa_text(fit: ProgramFit) -> str:
    return f"J-1 {fit.visa_j1.value} · H-1B {fit.visa_h1b.value}"


def program_block(number: int, fit: ProgramFit, preferred_regions: Sequence[Region] = ()) -> str:
    """One program: name and place, track and tier, visa status, the top reason; a note when
    it lies outside the regions the applicant chose (regions weigh less than sourced visa and
    IMG facts, so such a program can rank above in-region ones)."""
    lines = [
        f"{number}. {clip(fit.name, _NAME_CHARS)} ({fit.city}, {fit.state})",
        f"{SHORT_TRACK_LABELS[fit.track]} · {TIER_LABELS[fit.tier]} · {_visa_text(fit)}",
    ]
    if fit.reasons:
        lines.append(f"Why: {clip(fit.reasons[0], _REASON_CHARS)}")
    if preferred_regions and fit.region not in preferred_regions:
        lines.append(f"Note: outside the regions you chose ({REGION_LABELS[fit.region]})")
    return "\n".join(lines)


def _has_unknown_visa(fits: Sequence[ProgramFit]) -> bool:
    return any(VisaSponsorship.UNKNOWN in (fit.visa_j1, fit.visa_h1b) for fit in fits)


def _empty_list_message(
    profile: ApplicantProfile | None, knowledge_base_empty: bool
) -> list[Message]:
    if knowledge_base_empty:
        text = (
            "I have no programs loaded yet, so I can't build your list. The operator needs to "
            "load the program data (advisor kb load). Meanwhile I can still advise you."
        )
        return [Message(text=text, buttons=[intent_button("My strategy", "ask_pathway")])]
    reasons: list[str] = []
    buttons: list[Button] = []
    if profile is not None and profile.visa_need in (VisaNeed.J1, VisaNeed.H1B):
        visa = VISA_LABELS[profile.visa_need]
        reasons.append(f"programs known not to sponsor {visa} are left out")
        buttons.append(intent_button("Visa options", "ask_visa"))
    if profile is not None and profile.preferred_regions:
        regions = join_words(REGION_LABELS[r] for r in profile.preferred_regions)
        reasons.append(f"you asked for the {regions} only")
    why = f" ({'; '.join(reasons)})" if reasons else ""
    text = (
        f"No program fits your filters{why}. Widening your regions usually helps: tell me, "
        "e.g. 'any region is fine'."
    )
    buttons.append(intent_button("My strategy", "ask_pathway"))
    return [Message(text=text, buttons=buttons)]


def program_messages(
    fits: Sequence[ProgramFit],
    *,
    offset: int,
    page_size: int,
    total: int,
    profile: ApplicantProfile | None = None,
    knowledge_base_empty: bool = False,
) -> list[Message]:
    """One page of the ranked list: programs ``offset+1`` onwards, numbered, best fit first.

    ``fits`` is the page (at most ``page_size`` programs starting at ``offset``); the whole
    ranked list is accepted too and sliced. ``total`` is the length of the whole list. An empty
    list says why, from ``knowledge_base_empty`` and the profile's visa need and regions.
    """
    if page_size < 1:
        raise ValueError(f"page_size must be 1 or more, got {page_size}")
    if offset < 0:
        raise ValueError(f"offset must be 0 or more, got {offset}")
    page = list(fits)
    # A page never holds more than page_size programs nor runs past the total: if it does,
    # the caller passed the whole ranked list.
    if len(page) > page_size or (offset > 0 and offset + len(page) > total):
        page = page[offset : offset + page_size]
    if total == 0 or (not page and offset == 0):
        return _empty_list_message(profile, knowledge_base_empty)
    if not page:
        text = f"That was the whole list: all {total} programs are shown above."
        return [Message(text=text, buttons=[intent_button("My strategy", "ask_pathway")])]
    last = offset + len(page)
    header = f"Programs {offset + 1}-{last} of {total}, best fit first."
    if _has_unknown_visa(page):
        header += f" Visa 'unknown': {VERIFY}."
    regions = (profile.preferred_regions if profile is not None else None) or []
    blocks = [
        program_block(offset + index, fit, regions) for index, fit in enumerate(page, start=1)
    ]
    texts = pack(blocks, header=header)
    remaining = total - last
    footer_buttons: list[Button] = []
    if remaining > 0:
        footer_buttons.append(
            intent_button(f"More programs ({remaining} left)", MORE_PAYLOAD_INTENT)
        )
    footer_buttons.append(intent_button("My strategy", "ask_pathway"))
    messages = [Message(text=text) for text in texts[:-1]]
    messages.append(Message(text=texts[-1], buttons=footer_buttons))
    return messages


# --- a question with filters, or about named programs ----------------------------------------


def list_note(result: ProgramList) -> str | None:
    """What the request asked for and what it left out, in one plain paragraph (or None)."""
    request, notes = result.request, result.notes
    parts: list[str] = []
    asked = describe(request)
    if asked:
        parts.append(f"You asked for: {asked}.")
    if request.sponsors is not None:
        visa = "H-1B" if request.sponsors is VisaNeed.H1B else "J-1"
        shown = f"Shown: programs a source says sponsor {visa}"
        if notes.sponsor_reported:
            shown += f" ({notes.sponsor_reported} only reported, unverified)"
        parts.append(
            f"{shown}. {notes.sponsor_unknown} more have no {visa} fact either way; {VERIFY}."
        )
    if notes.unplaced:
        towns = join_words(sorted(notes.towns)[:3])
        parts.append(
            f"{notes.unplaced} program(s) in towns I could not place ({towns}) are "
            "left out of the distance filter."
        )
    if result.excluded:
        parts.append(
            f"{result.excluded} program(s) are left out because a solid source rules "
            "them out for you (visa refused, closed, or a stated score or year cut-off); "
            "ask me about one by name to see why."
        )
    return " ".join(parts) or None


def program_about_messages(answers: Sequence[ProgramAbout]) -> list[Message]:
    """One message per named program: tier and why, on the list or why not, what we lack."""
    messages: list[Message] = []
    for about in answers:
        head = f"{clip(about.name, _NAME_CHARS)} ({about.city}, {about.state})"
        if about.left_out:
            lines = [head, f"Not on your list: {about.left_out}."]
        else:
            tier = TIER_LABELS[about.tier] if about.tier else ""
            where = (
                f"It is number {about.rank} of {about.list_size} on your list."
                if about.rank
                else f"Not on your list: {about.not_listed}."
            )
            lines = [f"{head}: {tier}.", where, clip(about.reasons[0], _ABOUT_REASON_CHARS)]
            lines.extend(clip(reason, _REASON_CHARS) for reason in about.reasons[1:3])
        if about.unknowns:
            lines.append("Not known: " + "; ".join(u.split(":")[0] for u in about.unknowns) + ".")
        messages.append(Message(text=clip("\n".join(lines), MAX_MESSAGE_CHARS)))
    messages[-1:] = [
        Message(text=messages[-1].text, buttons=[intent_button("My program list", "ask_programs")])
    ]
    return messages


def program_answer_messages(
    answer: ProgramAnswer, *, offset: int, page_size: int, profile: ApplicantProfile | None
) -> tuple[list[Message], int]:
    """Messages for a program question and where the next page starts."""
    if answer.about:
        return program_about_messages(answer.about), 0
    result = answer.result
    fits = result.items if result is not None else []
    page = fits[offset : offset + page_size]
    messages = program_messages(
        page, offset=offset, page_size=page_size, total=len(fits), profile=profile
    )
    note = list_note(result) if result is not None and offset == 0 else None
    if note:
        messages.insert(0, Message(text=clip(note, MAX_MESSAGE_CHARS)))
    return messages, min(offset + len(page), len(fits))
