"""Comparing our zoning with an official one, unit by unit (e.g. attraction levels vs INSEE's AAV 2020).

Zones are paired one to one, largest shared unit count first (ties: the smaller codes); a unit then
agrees, is only ours, only official, in another zone, or outside both.
Agreement per pair is given in units and population, with Jaccard = both / (both + only ours + only official).
"""
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

AGREE, ONLY_OURS, ONLY_OFFICIAL, OTHER_ZONE, OUTSIDE = "agree", "only_ours", "only_official", "other_zone", "outside"


@dataclass
class ZoneRow:
    ours: Optional[str]
    official: Optional[str]
    units_both: int = 0
    units_ours_only: int = 0
    units_official_only: int = 0
    pop_both: float = 0.0
    pop_ours_only: float = 0.0
    pop_official_only: float = 0.0

    @property
    def jaccard(self) -> float:
        union = self.units_both + self.units_ours_only + self.units_official_only
        return self.units_both / union if union else 0.0


def compare(ours: Sequence[Optional[str]], official: Sequence[Optional[str]],
            population: Optional[Sequence[float]] = None) -> Tuple[List[str], List[ZoneRow]]:
    """(status per unit, one row per zone pair); None means the unit is in no zone."""
    n = len(ours)
    pops = list(population) if population is not None else [0.0] * n
    overlap: Dict[Tuple[str, str], int] = {}
    for a, b in zip(ours, official):
        if a is not None and b is not None:
            overlap[(a, b)] = overlap.get((a, b), 0) + 1
    pair_of_official: Dict[str, str] = {}
    paired_ours = set()
    for _k, a, b in sorted((-k, a, b) for (a, b), k in overlap.items()):  # one-to-one, largest overlap first
        if a not in paired_ours and b not in pair_of_official:
            pair_of_official[b] = a
            paired_ours.add(a)
    rows: Dict[Tuple[Optional[str], Optional[str]], ZoneRow] = {}
    for b, a in pair_of_official.items():
        rows[(a, b)] = ZoneRow(a, b)
    for b in sorted({b for b in official if b is not None} - set(pair_of_official)):
        rows[(None, b)] = ZoneRow(None, b)
    for a in sorted({a for a in ours if a is not None} - paired_ours):
        rows[(a, None)] = ZoneRow(a, None)
    row_of_ours = {r.ours: r for r in rows.values() if r.ours is not None}
    row_of_official = {r.official: r for r in rows.values() if r.official is not None}
    status: List[str] = []
    for a, b, p in zip(ours, official, pops):
        p = p or 0.0
        if a is not None and b is not None and pair_of_official.get(b) == a:
            row = rows[(a, b)]
            row.units_both += 1
            row.pop_both += p
            status.append(AGREE)
            continue
        if a is not None:
            row_of_ours[a].units_ours_only += 1
            row_of_ours[a].pop_ours_only += p
        if b is not None:
            row_of_official[b].units_official_only += 1
            row_of_official[b].pop_official_only += p
        status.append(OTHER_ZONE if a is not None and b is not None else ONLY_OURS if a is not None
                      else ONLY_OFFICIAL if b is not None else OUTSIDE)
    return status, list(rows.values())
