"""Citable sources: guide sections and the sourced figures the advice rests on.

Every id the engine (or an answer) puts in a report's ``sources`` is a key of ``SOURCES``:

Paths are relative to the project root.

- ``guide:<section>``: a section of the domain guide (``../shared/guide/ir-img-guide.txt``), a
  commercial IMG guide the advice must agree with.
- ``data:<csv stem>:<row key>``: one figure from the sourced CSVs in ``../shared/data``
  (copied here with its ``source_url`` and source label so the bot can say how solid it is).
  For CSVs without a key column the row key is ours, named after the row's topic and measure.

The table is constants only: nothing is read at import. To replace a figure after checking it
against the primary publication, edit its entry here (and the CSV row it came from).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """One citable source.

    ``label`` says how solid it is: "domain guide", "primary (ECFMG)", "secondary (...)",
    "commercial guide (opinion)". ``value`` is the figure itself for data rows (None for
    guide sections); ``upstream_url`` is the original publication a secondary source transcribes.
    """

    id: str
    title: str
    url: str | None
    label: str
    value: str | None = None
    upstream_url: str | None = None


GUIDE_LABEL = "domain guide"

# Section id -> title, in the guide's order. These ids are shared by the engine, the FAQ
# answers and the guide YAML (team convention); do not rename them.
GUIDE_SECTIONS: dict[str, str] = {
    "guide:challenge": "Why Interventional Radiology is ultra-competitive for IMGs",
    "guide:pathways.integrated": "Integrated IR residency",
    "guide:pathways.dr_independent": "Diagnostic Radiology, then Independent IR residency",
    "guide:pathways.on_ramps": "Alternative on-ramps (preliminary year, research position)",
    "guide:usmle.step1": "USMLE Step 1",
    "guide:usmle.step2ck": "USMLE Step 2 CK",
    "guide:usmle.step3": "USMLE Step 3",
    "guide:school_performance": "Medical school performance and timing",
    "guide:older_graduates": "Older graduates and gaps",
    "guide:letters": "Letters of recommendation",
    "guide:ir_exposure": "Progressive IR clinical exposure",
    "guide:research": "IR research",
    "guide:targeting": "Choosing where to apply (IMG-friendly, visa-sponsoring programs)",
    "guide:dual_application": "Dual application: Integrated IR plus DR with a PGY-1 year",
    "guide:personal_statement": "Personal statement",
    "guide:interview": "Interview strategy",
    "guide:contingency.no_integrated": "If you do not match Integrated IR",
    "guide:contingency.no_dr": "If you do not match DR",
    "guide:contingency.recalibrate": "When to recalibrate the career goal",
    "guide:faq.integrated_or_dr": "FAQ: Integrated IR or DR?",
    "guide:faq.publications": "FAQ: how many IR publications?",
    "guide:faq.ir_in_dr_application": "FAQ: saying you want IR when applying to DR",
    "guide:faq.older_graduate": "FAQ: older graduates with gaps",
}

_CO_IMG_URL = "https://github.com/saieeshb/img-match-2026/blob/main/src/data.js"
_CO_IMG_UPSTREAM = (
    "https://www.nrmp.org/wp-content/uploads/2026/07/Non-US-IMG_Charting-Outcomes_FINAL.pdf"
)
_CO_IMG_LABEL = "secondary (third-party transcription of NRMP Charting Outcomes 2026)"
_CO_MD_URL = "https://github.com/jiankn/nbmecalc/blob/main/lib/nrmp-step2-specialty.ts"
_CO_MD_UPSTREAM = (
    "https://www.nrmp.org/match-data/2026/07/charting-outcomes-characteristics-of-u-s-md-"
    "seniors-who-matched-to-their-preferred-specialty-2026-main-residency-match/"
)
_CO_MD_LABEL = "secondary (third-party transcription of NRMP Charting Outcomes 2026)"
_STEP2_URL = "https://elitemedicalprep.com/step-2-ck-percentiles-and-placing-in-the-top"
_AUNTMINNIE_2024 = (
    "https://www.auntminnie.com/practice-management/careers/article/15666601/"
    "radiology-retains-popularity-in-2024-main-residency-match"
)
_AUNTMINNIE_2023 = (
    "https://www.auntminnie.com/practice-management/article/15633073/"
    "radiology-fills-all-available-positions-on-resident-match-day-2023"
)
_ACAD_RADIOL_2023 = "https://www.academicradiology.org/article/S1076-6332(23)00200-3/pdf"
_RADBUSINESS_APPS = (
    "https://radiologybusiness.com/topics/healthcare-management/healthcare-staffing/"
    "how-aspiring-radiology-residents-can-win-application-arms-race"
)


def _co_img(key: str, title: str, value: str) -> Source:
    return Source(
        id=f"data:charting_outcomes_radiology:{key}",
        title=f"NRMP Charting Outcomes 2026, non-US IMGs, {title}",
        url=_CO_IMG_URL,
        label=_CO_IMG_LABEL,
        value=value,
        upstream_url=_CO_IMG_UPSTREAM,
    )


def _co_md(key: str, title: str, value: str) -> Source:
    return Source(
        id=f"data:charting_outcomes_radiology:{key}",
        title=f"NRMP Charting Outcomes 2026, US MD seniors, {title}",
        url=_CO_MD_URL,
        label=_CO_MD_LABEL,
        value=value,
        upstream_url=_CO_MD_UPSTREAM,
    )


_DATA_SOURCES: tuple[Source, ...] = (
    # charting_outcomes_radiology.csv (row key: <specialty>.<group>.<cohort>.<measure>)
    _co_img(
        "dr.non_us_img.all.match_rate",
        "DR, applicants who preferred DR",
        "102 matched, 73 unmatched (58.3%)",
    ),
    _co_img(
        "ir.non_us_img.all.match_rate",
        "Integrated IR, applicants who preferred IR",
        "14 matched, 15 unmatched (48.3%)",
    ),
    _co_img(
        "dr.non_us_img.matched.step2ck",
        "DR matched, Step 2 CK",
        "median 250, quartiles 243-262, n=75",
    ),
    _co_img(
        "dr.non_us_img.not_matched.step2ck",
        "DR unmatched, Step 2 CK",
        "median 251, quartiles 240-262, n=52",
    ),
    _co_img(
        "dr.non_us_img.matched.contiguous_ranks",
        "DR matched, contiguous ranks",
        "median 5, quartiles 2-8, n=75",
    ),
    _co_img(
        "dr.non_us_img.not_matched.contiguous_ranks",
        "DR unmatched, contiguous ranks",
        "median 1.5, quartiles 1-2, n=52",
    ),
    _co_img(
        "dr.non_us_img.matched.abstracts",
        "DR matched, abstracts",
        "median 5, quartiles 1-10, n=75",
    ),
    _co_img(
        "dr.non_us_img.matched.publications",
        "DR matched, publications",
        "median 6, quartiles 2-13, n=75",
    ),
    _co_img(
        "ir.non_us_img.matched.step2ck",
        "Integrated IR matched, Step 2 CK",
        "median 260, quartiles 253-266, n=11",
    ),
    _co_img(
        "ir.non_us_img.not_matched.step2ck",
        "Integrated IR unmatched, Step 2 CK",
        "median 250, quartiles 249-257, n=10",
    ),
    _co_img(
        "ir.non_us_img.matched.publications",
        "Integrated IR matched, publications",
        "median 3, quartiles 1-5, n=11",
    ),
    _co_md("dr.us_md.matched.step2ck", "DR matched, Step 2 CK", "median 257, 249-265, n=629"),
    _co_md("ir.us_md.matched.step2ck", "Integrated IR matched, Step 2 CK", "median 255, n=128"),
    # facts.csv (row key: fact_id)
    Source(
        id="data:facts:step2ck_mean_sd",
        title="USMLE Step 2 CK mean and spread (recent cohorts)",
        url=_STEP2_URL,
        label="secondary (cites USMLE score interpretation data)",
        value="mean about 247, SD about 15; upper quartile from about 257",
    ),
    Source(
        id="data:facts:step2ck_passing_2022",
        title="USMLE Step 2 CK minimum passing score (from July 2022)",
        url=_STEP2_URL,
        label="secondary (cites usmle.org announcement)",
        value="214",
    ),
    Source(
        id="data:facts:step2ck_radiology_bands",
        title="Step 2 CK bands for non-US IMGs in DR",
        url="https://residencyadvisor.com/resources/residency-application-guide/"
        "usmle-step-2-ck-guide-non-us-citizen-imgs-radiology",
        label="commercial guide (opinion)",
        value="245+ solid; 250+ stronger",
    ),
    Source(
        id="data:facts:nrmp2024_ir_us_seniors_share",
        title="Share of Integrated IR positions filled by US MD and DO seniors, 2024",
        url=_AUNTMINNIE_2024,
        label="secondary (news report of NRMP data)",
        value="91.4%",
    ),
    Source(
        id="data:facts:nrmp2023_match_rate_non_us_img",
        title="Match rate of non-US-citizen IMGs, all specialties, 2023",
        url=_AUNTMINNIE_2023,
        label="secondary (news report of NRMP data)",
        value="59.4%",
    ),
    Source(
        id="data:facts:nrmp2023_match_rate_us_img",
        title="Match rate of US-citizen IMGs, all specialties, 2023",
        url=_AUNTMINNIE_2023,
        label="secondary (news report of NRMP data)",
        value="67.6%",
    ),
    Source(
        id="data:facts:nrmp2023_match_rate_us_md",
        title="Match rate of US MD seniors, all specialties, 2023",
        url=_AUNTMINNIE_2023,
        label="secondary (news report of NRMP data)",
        value="93.7%",
    ),
    # visa_img_pd_facts.csv (row key: ours, topic.measure)
    Source(
        id="data:visa_img_pd_facts:j1.sole_sponsor",
        title="ECFMG is the sole sponsor of J-1 physicians in clinical training",
        url="http://www.ecfmg.org/evsp/index.html",
        label="primary (ECFMG)",
        value="yes",
    ),
    Source(
        id="data:visa_img_pd_facts:j1.max_duration",
        title="Maximum ECFMG J-1 sponsorship for clinical training",
        url="http://www.ecfmg.org/evsp/regulations.html",
        label="primary (ECFMG)",
        value="generally 7 years (PGY-1 + 4 DR + 2 Independent IR = 7)",
    ),
    Source(
        id="data:visa_img_pd_facts:j1.home_residence",
        title="J-1 two-year home-country physical presence requirement (INA 212(e))",
        url="https://golive.ecfmg.org/evsp/applying-general-selected-regulations.html",
        label="primary (ECFMG)",
        value="applies to all ECFMG-sponsored J-1 clinical physicians",
    ),
    Source(
        id="data:visa_img_pd_facts:h1b.requires_step3",
        title="H-1B for residency requires all USMLE Steps including Step 3, and a licence",
        url="https://j1visawaiver.net/immigration-law-for-doctors/foreign-affairs-manual/",
        label="secondary (reproduces 9 FAM 41.53)",
        value="yes",
    ),
    Source(
        id="data:visa_img_pd_facts:dr_survey.offer_j1",
        title="DR programs offering J-1 (Acad Radiol 2023 survey)",
        url=_ACAD_RADIOL_2023,
        label="peer-reviewed abstract",
        value="76/104 (73.1%)",
    ),
    Source(
        id="data:visa_img_pd_facts:dr_survey.offer_h1b",
        title="DR programs offering H-1B (Acad Radiol 2023 survey)",
        url=_ACAD_RADIOL_2023,
        label="peer-reviewed abstract",
        value="23/99 (23.2%)",
    ),
    Source(
        id="data:visa_img_pd_facts:dr_survey.img_residents",
        title="DR programs with at least one IMG resident (Acad Radiol 2023 survey)",
        url=_ACAD_RADIOL_2023,
        label="peer-reviewed abstract",
        value="80/121 (66.1%)",
    ),
    # application_logistics_radiology.csv (row key: ours, topic.measure)
    Source(
        id="data:application_logistics_radiology:apps_per_applicant.dr_2024",
        title="Average applications per DR applicant, 2024 Match (all applicant types)",
        url=_RADBUSINESS_APPS,
        label="secondary (Radiology Business, Lakhani et al. JACR 2024)",
        value="72",
    ),
    Source(
        id="data:application_logistics_radiology:apps_per_applicant.ir_2024",
        title="Average applications per Integrated IR applicant, 2024 Match",
        url=_RADBUSINESS_APPS,
        label="secondary (Radiology Business)",
        value="37",
    ),
    Source(
        id="data:application_logistics_radiology:apps_per_applicant.img_all_2023",
        title="Average applications per IMG applicant, all specialties, 2023",
        url="https://ama-assn.org/medical-students/preparing-residency/"
        "heres-how-many-residency-programs-med-students-really-apply",
        label="secondary (AMA citing AAMC)",
        value="144",
    ),
    Source(
        id="data:application_logistics_radiology:signals.interview_rate_2024",
        title="Interview invite rate at signaled vs non-signaled radiology programs, 2024 cycle",
        url="https://booksci.cn/literature/142115723.htm",
        label="peer-reviewed abstract (Lakhani et al., JACR 2024)",
        value="59.8% vs 8.5%",
    ),
)


def _build() -> dict[str, Source]:
    table = {
        section_id: Source(id=section_id, title=title, url=None, label=GUIDE_LABEL)
        for section_id, title in GUIDE_SECTIONS.items()
    }
    for source in _DATA_SOURCES:
        table[source.id] = source
    return table


# Built from the constants above (no file reads).
SOURCES: dict[str, Source] = _build()


def get_source(source_id: str) -> Source:
    """The source with this id; ``KeyError`` naming the id and the known prefixes otherwise."""
    try:
        return SOURCES[source_id]
    except KeyError:
        raise KeyError(
            f"unknown source id {source_id!r}; known ids start with 'guide:' or 'data:' "
            "and are listed in bot.sources.SOURCES"
        ) from None


def cite(source_id: str) -> str:
    """One human line, e.g. 'Domain guide: USMLE Step 2 CK' or '<title> (<label>): <url>'."""
    source = get_source(source_id)
    if source.label == GUIDE_LABEL:
        return f"Domain guide: {source.title}"
    line = source.title
    if source.value:
        line += f": {source.value}"
    line += f" ({source.label})"
    if source.url:
        line += f": {source.url}"
    return line
