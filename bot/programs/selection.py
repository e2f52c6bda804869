"""Which scored programs make the list: balanced across tiers and regions, as the guide asks.

The guide (Step 4, "Choosing where to apply") asks for a list with reach, target and likely
programs across several regions. Each tier gets a share of the list (``TIER_SHARE``); a tier
with too few programs passes its places to the others (target first). Within a tier the best
scores win, and when the applicant named no region or place, no region takes more than
``REGION_CAP`` of a tier's places while programs elsewhere remain.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

TIER_SHARE = (0.25, 0.45, 0.30)  # reach, target, likely (codes 0, 1, 2)
REFILL_ORDER = (1, 2, 0)  # spare places go to target, then likely, then reach
REGION_CAP = 0.40

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def quotas(size: int, available: Sequence[int]) -> list[int]:
    """Places per tier: the shares of ``size``, moved from tiers that have too few."""
    wanted = [math.floor(size * share) for share in TIER_SHARE]
    for code in REFILL_ORDER[: size - sum(wanted)]:
        wanted[code] += 1
    granted = [min(w, a) for w, a in zip(wanted, available, strict=True)]
    spare = min(size, sum(available)) - sum(granted)
    while spare > 0:
        moved = False
        for code in REFILL_ORDER:
            if spare and granted[code] < available[code]:
                granted[code] += 1
                spare -= 1
                moved = True
        if not moved:
            break
    return granted


def _take(ranked: IntArray, region: IntArray, count: int, balance_regions: bool) -> list[int]:
    """The first ``count`` of ``ranked`` (positions), no region above its cap while others last."""
    if not balance_regions or count <= 2:
        return [int(position) for position in ranked[:count]]
    cap = max(1, math.ceil(count * REGION_CAP))
    chosen: list[int] = []
    per_region: dict[int, int] = {}
    skipped: list[int] = []
    for position in ranked.tolist():
        if len(chosen) == count:
            break
        code = int(region[position])
        if per_region.get(code, 0) >= cap:
            skipped.append(position)
            continue
        per_region[code] = per_region.get(code, 0) + 1
        chosen.append(position)
    chosen.extend(skipped[: count - len(chosen)])
    return chosen


def select(
    score: FloatArray,
    tier: IntArray,
    region: IntArray,
    id_rank: IntArray,
    size: int,
    *,
    balance_regions: bool,
) -> IntArray:
    """Positions of the chosen candidates, best score first (ties by program id)."""
    order = np.lexsort((id_rank, -score))
    by_tier = [order[tier[order] == code] for code in range(3)]
    places = quotas(size, [len(items) for items in by_tier])
    chosen = [
        position
        for code in range(3)
        for position in _take(by_tier[code], region, places[code], balance_regions)
    ]
    picked = np.asarray(chosen, dtype=np.int64)
    result: IntArray = picked[np.lexsort((id_rank[picked], -score[picked]))]
    return result
