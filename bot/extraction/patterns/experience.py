"""Experience patterns: USCE, observerships, IR electives, research."""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, Pattern, w

EXPERIENCE_PATTERNS: dict[str, list[Pattern]] = {
    # Experience. An IR elective is its own field, so its phrases are longer than "elective".
    "USCE": [
        [w("usce", "usces", "uce", "usc")],
        [w("us", "u.s.", "american"), w("clinical"), w("experience", "exp", "rotations", "time")],
        [w("clinical"), w("experience", "exp", "rotations", "rotation", "elective", "electives")],
        [w("us", "u.s.", "american"), w("rotation", "rotations", "electives")],  # "US rotations"
        # "Rotations done in US: IM 8 weeks, FM 4 weeks"
        [
            w("rotation", "rotations", "electives"),
            w("done", "did", op="?"),
            w("in"),
            w("the", op="?"),
            w("us", "usa", "u.s."),
        ],
        [w("us", "u.s.", "usa"), w("experience", "exp")],  # "no US experience", "Zero US exp"
        [
            w("hands"),
            w("-", op="?"),
            w("on"),
            w("clinical", op="?"),
            w("experience", "exp", op="?"),
        ],
        [w("sub"), w("-", op="?"), w("i", "is", "internship", "internships")],
        # "3 months of cores in Atlanta": core rotations (US only with a US place: qualifiers)
        [w("cores")],
        [w("core"), w("rotations", "rotation", "clerkships", "clerkship")],
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
        # "1 month of IR sub-I", "IR away: 4 wks": an IR rotation, not general USCE.
        [w("ir", "vir"), w("sub"), w("-", op="?"), w("i", "internship")],
        [w("ir", "vir"), w("subi", "subinternship", "sub-internship")],
        [w("ir", "vir"), w("away"), w("rotation", "rotations", "elective", op="?")],
        # "2 IR audition rotations (4 weeks each)"
        [w("ir", "vir"), w("audition"), w("rotation", "rotations", "elective", "electives")],
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
        [w("research", "postdoc", "post-doc", "postdoctoral", "researcher")],
        [w("research"), w("fellowship", "fellow", "position", "assistant", "experience", "job")],
        # "a research year": the count is in years even without a unit.
        [w("research"), w("year", "years", "yr", "yrs")],
        [w("post"), w("-"), w("doc")],
    ],
}
