"""Intensity thresholds: parsing, presets and level assignment.

Level 1 is always the strongest. With thresholds t1 < t2 < ... < tn (ascending,
as users type them), a value v gets level 1 if v >= tn, level 2 if v >= t(n-1),
..., level n if v >= t1, and no level (None) below t1.

"v >= t" is always decided on the exact value, with room only for floating-point noise
(``REL_TOL``): 2.2 + 8.2 + 4.6 = 14.999999999999998 reaches 15, 14.99 never does. Values are
never rounded before the comparison; only what is displayed is rounded.
"""
import math
import re
from dataclasses import dataclass
from typing import List, Sequence

from .messages import tr


@dataclass(frozen=True)
class Preset:
    code: str
    thresholds: tuple
    source: str


# Order is API (stored as the PRESET enum index): append only.
PRESETS = (
    Preset("custom", (), "the THRESHOLDS parameter"),
    Preset("default", (5.0, 15.0, 30.0), "plugin default: outer ring 5 %, middle ring 15 %, strong core 30 %"),
    Preset("fua_15", (15.0,), "EU-OECD functional urban areas and INSEE 'aires d'attraction des villes': "
                              "15 % of employed residents commuting to the core"),
    Preset("grand_geneve_25", (25.0,), "Grand Genève statistical observatory: 25 % working in the canton of Geneva"),
    Preset("nord_lorrain_30", (30.0,), "Nord Lorrain metropolitan pole: 30 % cross-border workers"),
)


REL_TOL = 1e-9


def floor_of(threshold: float) -> float:
    """The smallest value that counts as reaching ``threshold`` (floating-point noise only)."""
    t = float(threshold)
    return t - REL_TOL * max(abs(t), 1e-300) if t != 0 else -1e-12


def reaches(value, threshold):
    """value >= threshold up to floating-point noise; works on floats and numpy arrays (NaN never reaches)."""
    return value >= floor_of(threshold)


def within(value, limit):
    """value <= limit up to floating-point noise (time bands: 'within 10 minutes'); floats or numpy arrays."""
    t = float(limit)
    return value <= (t + REL_TOL * abs(t) if t != 0 else 1e-12)


class ThresholdError(ValueError):
    """A readable problem with thresholds."""


def parse_thresholds(text: str) -> List[float]:
    """'5;15;30' -> [5.0, 15.0, 30.0]; must be numeric and strictly ascending."""
    parts = [p.strip() for p in re.split(r"[;\s]+", str(text or "").strip()) if p.strip()]
    if not parts:
        raise ThresholdError(tr("no threshold given; type ascending numbers separated by ';', e.g. 5;15;30"))
    values = []
    for p in parts:
        try:
            v = float(p.replace(",", ".")) if p.count(",") == 1 and "." not in p else float(p)
        except ValueError:
            raise ThresholdError(tr("'{p}' is not a number; type ascending numbers separated by ';', e.g. 5;15;30"
                                    ).format(p=p)) from None
        if not math.isfinite(v):
            raise ThresholdError(tr("'{p}' is not a finite number").format(p=p))
        if v < 0:
            raise ThresholdError(tr("'{p}' is negative: thresholds are shares, counts or minutes, ≥ 0").format(p=p))
        values.append(v)
    for a, b in zip(values, values[1:]):
        if not b > a:
            raise ThresholdError(tr("thresholds must be strictly ascending ({a:g} then {b:g}); e.g. 5;15;30").format(
                a=a, b=b))
    return values


def parse_threshold_sets(text: str, count: int) -> List[List[float]]:
    """One set for all fields ('5;15;30') or one per field separated by '|' ('5;15;30|2;5;10')."""
    sets = [s for s in str(text or "").split("|")]
    if len(sets) == 1:
        one = parse_thresholds(sets[0])
        return [list(one) for _ in range(count)]
    if len(sets) != count:
        raise ThresholdError(tr("{s} threshold sets for {f} fields; give one set, or one per field separated "
                                "by '|'").format(s=len(sets), f=count))
    parsed = [parse_thresholds(s) for s in sets]
    if len({len(s) for s in parsed}) != 1:
        raise ThresholdError(tr("every threshold set must have the same number of levels"))
    return parsed


def levels_array(values, thresholds: Sequence[float]):
    """Level of each value (1 = strongest; 0 = below the lowest threshold or NULL): floats, nan = NULL."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    n = len(thresholds)
    # count thresholds reached; level = n - reached + 1
    reached = np.zeros(values.shape, dtype=np.int64)
    finite = np.isfinite(values)
    for t in thresholds:
        reached += (finite & reaches(values, t)).astype(np.int64)
    return np.where(reached > 0, n - reached + 1, 0)
