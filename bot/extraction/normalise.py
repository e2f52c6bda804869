"""Light text normalisation before tokenising: split the glued forms users type."""

from __future__ import annotations

import re
from collections.abc import Callable

_NORMALISE: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "chances w/ 245 ck?", "IR possible w 1 IR pub": "with" (not "4 w", four weeks).
    (re.compile(r"(?<![\w/])w/o\b", re.IGNORECASE), "without"),
    (re.compile(r"(?<![\w/])w/(?=\s)", re.IGNORECASE), "with"),
    (re.compile(r"(?<![\w/])w/(?=\w)", re.IGNORECASE), "with "),
    (re.compile(r"(?<=[A-Za-z] )w (?=\d|ck\b|step|an?\b|j-?1|h-?1)", re.IGNORECASE), "with "),
    (re.compile(r"\b(step|stp|usmle)(?=\d)", re.IGNORECASE), r"\1 "),
    # "Dec'19", "June'20": a month glued to the year's apostrophe (then read as below).
    (
        re.compile(
            r"\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)(['‘’]\d\d)\b",
            re.IGNORECASE,
        ),
        r"\1 \2",
    ),
    # "'19" is 2019, "'98" is 1998.
    (re.compile(r"(?<!\w)['‘’]([0-3]\d)\b"), r"20\1"),
    (re.compile(r"(?<!\w)['‘’]([5-9]\d)\b"), r"19\1"),
    (re.compile(r"\b(\d)(ck|cs)\b", re.IGNORECASE), r"\1 \2"),
    (re.compile(r"\b(s2ck|ck)(\d{2,3})\b", re.IGNORECASE), r"\1 \2"),
    (
        re.compile(
            r"(\d)(months?|mos?|mths?|mnths?|m|weeks?|wks?|years?|yrs?|ish|\+)(?=\W|$)",
            re.IGNORECASE,
        ),
        r"\1 \2",
    ),
    # Glued words and numbers: "yog19", "usce4m", "2lors", "3pubs", "2IR 1DR".
    (re.compile(r"\b(yog|usce|ck|lors?|pubs?)(?=\d)", re.IGNORECASE), r"\1 "),
    (
        re.compile(
            r"\b(\d{1,2})(lors?|letters?|pubs?|papers?|abstracts?|posters?|ir|dr|im|fm|usce)\b",
            re.IGNORECASE,
        ),
        r"\1 \2",
    ),
    # "3 pubs/5 abstracts", "245/ S1 P/", "IMG|CK 245|YOG 2019": a slash or bar between items.
    (re.compile(r"(?<=[A-Za-z])/(?=\d)|(?<=\d)/(?=[A-Za-z])|(?<=\S)/(?=\s)"), " / "),
    (re.compile(r"\s*\|\s*"), " | "),
    # "LORs: IR (2), DR (1)": a letter source with its count in brackets.
    (re.compile(r"\b(IR|DR|IM|FM|rads|radiology)\s*\((\d)\)", re.IGNORECASE), r"\2 \1"),
    # "I haven't published anything yet": no publications.
    (
        re.compile(r"\b(?:have ?n['’]?t|have not|never|not yet)\s+published\b(?: anything)?", re.I),
        "no publications",
    ),
    # "s1 p", "step 1 - p": a lower-case pass.
    (re.compile(r"\b(s1|step ?1)(\s*[:-]?\s*)p\b", re.IGNORECASE), r"\1\2P"),
    # "ck 2 4 5": a score typed digit by digit.
    (
        re.compile(r"\b(ck|s2|score|got|scored)(:?\s+)([12]) (\d) (\d)\b", re.IGNORECASE),
        r"\1\2\3\4\5",
    ),
    # "step2 is 24 5", "ck 2 45": a score split by a stray space.
    (
        re.compile(r"\b(ck|s2|score|scored|step ?2|is)(:?\s+)([12]\d ?\d|[12] ?\d\d)\b", re.I),
        lambda m: m.group(1) + m.group(2) + m.group(3).replace(" ", ""),
    ),
    (re.compile(r"(?<=\s)ish\b", re.IGNORECASE), ""),
    # "USMLE steps 1 and 2", "steps 1, 2 and 3": each step named.
    (
        re.compile(r"\bsteps (1)((?:\s*(?:,|and|&|/)\s*[23]){1,2})\b", re.IGNORECASE),
        lambda m: "step 1" + re.sub(r"([23])", r"step \1", m.group(2)),
    ),
    # "Step 2 (CK) 244": the exam's name in brackets.
    (re.compile(r"\b(step ?2|s2)\s*\(\s*ck\s*\)", re.IGNORECASE), r"\1 ck"),
    # "CK 24O": a letter O typed for the zero of a score.
    (re.compile(r"\b([12]\d)[oO]\b"), r"\g<1>0"),
    # "need H1B.", "Visa: J1.": the tokeniser keeps the full stop on a code with a digit.
    (re.compile(r"\b([A-Za-z]+\d[A-Za-z0-9-]*)\.(?=\s|$)"), r"\1 ."),
    # "1 DR LoR.", "2 in IR.": so it does on a word ending in a capital (not "U.S.", "M.D.").
    (re.compile(r"\b([A-Za-z]*[a-z][A-Za-z]*[A-Z]|[A-Z]{2,})\.(?=\s|$)"), r"\1 ."),
    (re.compile(r"(?<=\s)P\.(?=\s|$)"), "P ."),  # "step 1 was P. CK 251": the pass, then a stop
    # "CK 228 -> 241": an arrow between numbers replaces the first ("241 not 228").
    (re.compile(r"\b(\d{2,4})\s*(?:=>|->|→)\s*(\d{2,4})\b"), r"\2 not \1"),
    # "CK => 245", "YOG -> 2019": an arrow after a word heads its value.
    (re.compile(r"(?<=[A-Za-z])\s*(?:=>|->|→)\s*"), ": "),
    (re.compile(r":(?=\S)"), ": "),
    (re.compile(r"~"), " "),
    # "Currently: IM attending in Cairo": a heading that is the start of a sentence.
    (re.compile(r"\b(currently|presently)\s*:\s*", re.IGNORECASE), r"\1 "),
    # "usce approx. 4 months": the abbreviation's full stop ends no sentence.
    (re.compile(r"\b(approx|aprox|apprx|abt|approximately)\.", re.IGNORECASE), r"\1"),
    # "LOR x2", "IR LOR x 1": a count written as a multiplier.
    (re.compile(r"(?<=[a-z] )x ?(\d{1,2})\b", re.IGNORECASE), r"\1"),
    # "2 x 4 weeks", "2x4wks": a count of stints times their length (multiplied later).
    (re.compile(r"\b(\d{1,2}) ?[x×*] ?(?=\d{1,2} ?(?:weeks?|wks?|months?|mos?)\b)", re.I), r"\1 "),
    # "CK-251", "s2 - 238", "CK=245", "YOG-2019": a dash or sign between the word and its value.
    (re.compile(r"\b(ck|s2|s2ck|2ck|step ?2(?: ?ck)?) ?[-–—=] ?(?=[12]\d\d\b)", re.I), r"\1 "),
    # "3 pubs - 2 in IR", "3 US letters - 2 from IM": after a count the dash opens its part.
    (
        re.compile(
            r"(?<=\d )(\w+ )?(pubs?|papers?|publications?|letters?|lors?) +[-–—] +(?=\d)", re.I
        ),
        r"\1\2, ",
    ),
    (re.compile(r"\b(yog|usce|pubs?|lors?) ?[-–—=] ?(?=\d)", re.I), r"\1 "),
    (re.compile(r"(?<=\w)=(?=\d)"), " "),
    # "grad: 06/2019": a month before the year.
    (re.compile(r"\b(?:0?[1-9]|1[0-2])/((?:19|20)\d\d)\b"), r"\1"),
    # "CK score 245/300": the scale after the score.
    (re.compile(r"\b([12]\d\d) ?/ ?300\b"), r"\1"),
    # "IM sub-I.": the tokeniser reads "I." as an abbreviation.
    (re.compile(r"\b(sub-?I)\.(?=\s|$)", re.IGNORECASE), r"\1 ."),
    # "obs: 2 x 4 weeks", "4 months obs": an observership (not "obs/gyn", "obs & gyn").
    # "Obs - 2 weeks" is one too.
    (re.compile(r"\bobs\b(?!\s*(?:[/&]|-\s*g|and\b|gyn))", re.IGNORECASE), "observership"),
    # "LoRs: 2 (US, IM)": "US" beside a source in brackets adds nothing; "Other: 1 (IM)": a
    # count with its letter source in brackets.
    (re.compile(r"\(\s*(?:US|USA)\s*[,/]\s*(?=[A-Za-z])"), "("),
    (re.compile(r"(?<=[A-Za-z])\s*[,/]\s*(?:US|USA)\s*\)"), ")"),
    (re.compile(r"\b(\d{1,2}) ?\((IR|DR|IM|FM|rads|radiology)\)", re.IGNORECASE), r"\1 \2"),
    # "I have 239 n 1 pub": chat's "n" between two words is "and" (a lone "n" answer stays).
    (re.compile(r"(?<=[\w)]) n (?=[\w(])"), " and "),
    # "1 II", "2 IIs" (SDN: interview invites); "Step II" has no count before it.
    (re.compile(r"(?<![\w.])(\d|1\d|20) II\b(?!\s*(?:ck|cs)\b)", re.IGNORECASE), r"\1 IIs"),
    # "2️⃣4️⃣7️⃣": keycap emoji digits are digits.
    (re.compile("(\\d)\ufe0f?\u20e3"), r"\1"),
    # "1 LOR from IR PD and another from DR attending": one more from that source.
    (re.compile(r"\banother(?: one)? from\b", re.IGNORECASE), "1 from"),
    # "lor 2 ir 1 im": a lower-case "im" after a small count is internal medicine, not "I'm".
    (re.compile(r"\b([1-9]) (im|fm)\b"), lambda m: f"{m.group(1)} {m.group(2).upper()}"),
    # "step 1 ✅", "S1 ✔️": a check mark after an exam is a pass.
    (re.compile(r"\b(step ?[123]|s[123]|usmle)\s*[✅✔☑]\ufe0f?", re.IGNORECASE), r"\1 passed"),
    # "MD Anderson" is a cancer center, not the degree before a year.
    (re.compile(r"\bMD Anderson\b", re.IGNORECASE), "MDAnderson"),
    # "1 IR from my research PI": the person who writes, not a stint of research.
    (re.compile(r"\bresearch (?=(?:PI|mentor|supervisor|advisor|adviser)s?\b)", re.I), ""),
    # "step 1 is pass/fail now": how the exam is graded, no result of the writer's.
    (re.compile(r"\b(?:pass\s*[/-]\s*fail|p\s*/\s*f)\b", re.IGNORECASE), "passfail"),
    # "my co-resident", "a co-worker": one word, someone else.
    (re.compile(r"\bco-(resident|worker|intern|fellow)(s?)\b", re.IGNORECASE), r"co\1\2"),
    # "class 2017": the year of the class, as "class of 2017".
    (re.compile(r"\b(class)\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE), r"\1 of "),
)


def normalise(text: str) -> str:
    """Split the glued forms users type so that tokens line up with the patterns."""
    for pattern, replacement in _NORMALISE:
        text = pattern.sub(replacement, text)
    return text
