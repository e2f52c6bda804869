"""Closed value sets of programs: the track, a visa sponsorship fact, an applicant's tier.

Shared by the knowledge base (row validation) and the program list (ranking), so that neither
package has to import the other for them.
"""

from __future__ import annotations

from enum import Enum


class Track(str, Enum):
    INTEGRATED_IR = "integrated_ir"
    INDEPENDENT_IR = "independent_ir"
    DR = "dr"
    PRELIM_MEDICINE = "prelim_medicine"
    PRELIM_SURGERY = "prelim_surgery"
    TRANSITIONAL = "transitional"


class VisaSponsorship(str, Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Tier(str, Enum):
    REACH = "reach"
    TARGET = "target"
    LIKELY = "likely"
