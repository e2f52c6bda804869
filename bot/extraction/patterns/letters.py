"""Letter patterns: letter words and their sources (IR, DR, other specialties)."""

from __future__ import annotations

from bot.extraction.patterns.tokens import HYPHEN, Pattern, exact, w

LETTER_PATTERNS: dict[str, list[Pattern]] = {
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
        # Spanish "1 carta de recomendación", "cartas"
        [w("carta", "cartas"), w("de"), w("recomendación", "recomendacion")],
        [w("carta", "cartas")],
    ],
    "SRC_IR": [
        [w("ir", "irs", "vir", "interventionalist", "interventionalists")],
        [w("interventional"), w("radiology", "radiologist", "radiologists")],
    ],
    "SRC_DR": [
        [exact("DR", "D.R.")],
        # "neuro-rads", "peds-rad": a radiology subspecialty (longer than "neuro" alone).
        [w("neuro", "msk", "peds", "body", "breast"), HYPHEN, w("rads", "rad", "radiology")],
        [w("neurorads", "neurorad", "neuro-rads", "neuro-rad")],
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
                # Spanish: "nada de radiología", "un radiólogo"
                "radiología",
                "radiologia",
                "radiólogo",
                "radiologo",
                "radióloga",
                "radiologa",
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
        [w("infectious"), w("disease", "diseases")],  # "papers in infectious disease"
        [w("public"), w("health")],
        [w("critical"), w("care")],
        [w("medicina")],  # Spanish: "medicina interna"
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
                # short forms in letter lists ("LoR - 3 (IM x2, neuro x1)")
                "neuro",
                "nephro",
                "pulm",
                "gi",
                "gastro",
                "onc",
                "heme",
                "rheum",
                "icu",
                # the specialists in the plural ("2 from cardiologists I work with")
                "cardiologists",
                "neurologists",
                "pediatricians",
                "oncologists",
                "urologists",
                "psychiatrists",
                "pathologists",
                "anesthesiologists",
                "gastroenterologists",
                "nephrologists",
                "pulmonologists",
                "neurosurgeons",
                "intensivists",
            )
        ],
    ],
}
