"""A list asked for: "Could you give me a rough breakdown of:\\n1. ERAS fees ...\\n2. NRMP ...\\n3.
Visiting electives in the US (housing for two months)". The items under a question that ends in
a colon are parts of that question (what is asked about, not told), as long as each line opens
with a list marker ("1.", "2)", "-", "•", "*"). Not a list under a statement ("Background:\\n-
USCE: 2 months" tells), nor the lines after the list ends.
"""

from __future__ import annotations

from spacy.tokens import Doc

_BULLETS = frozenset({"-", "•", "*", "–", "·"})


def listed_items(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The list lines right after the question ending at ``end`` (exclusive), when it ends in
    a colon; each as (start, end) token positions."""
    last = end - 1
    while last >= 0 and not doc[last].text.strip():
        last -= 1
    if last < 0 or doc[last].text != ":":
        return []
    items: list[tuple[int, int]] = []
    start = end
    while start < len(doc) and _marked(doc, start):
        stop = start + 1
        while stop < len(doc) and "\n" not in doc[stop].text:
            stop += 1
        items.append((start, min(stop + 1, len(doc))))
        if stop >= len(doc) or "\n\n" in doc[stop].text:
            break  # a blank line ends the list
        start = stop + 1
    return items


def _marked(doc: Doc, i: int) -> bool:
    """A list marker opens the line at ``i``: "1.", "2)", "-", "•"."""
    if doc[i].text in _BULLETS:
        return True
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    return doc[i].text.isdigit() and len(doc[i].text) <= 2 and following in {".", ")"}
