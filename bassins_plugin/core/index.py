"""Composite intensity level from several indicators.

Each indicator gets a level (1 = strongest ... n, none below every threshold).
Levels are combined into ``intensity_level`` by one of these rules, with the
score of a level l being n + 1 - l (0 when the indicator has no level):

* ``max``: the strongest level reached by any indicator;
* ``mean``: the mean score of all indicators, rounded half up, back to a level;
* ``weighted_sum``: the same with weights (a weighted mean of scores);
* ``at_least_k``: the strongest level l such that at least K indicators reach l or stronger.
"""
from typing import List, Optional, Sequence

import numpy as np

from .thresholds import levels_array, reaches

# Order is API (stored as the COMBINE enum index): append only.
COMBINE_CODES = ("max", "mean", "weighted_sum", "at_least_k")


def indicator_levels(values: np.ndarray, threshold_sets: Sequence[Sequence[float]]) -> np.ndarray:
    """values: (units, indicators) floats with nan for NULL -> int levels, 0 = no level."""
    cols = [levels_array(values[:, j], threshold_sets[j]) for j in range(values.shape[1])]
    return np.stack(cols, axis=1) if cols else np.zeros((values.shape[0], 0), dtype=np.int64)


def combine_levels(levels: np.ndarray, n_levels: int, rule: str, weights: Optional[Sequence[float]] = None,
                   k: int = 1) -> List[Optional[int]]:
    """Combine per-indicator levels (0 = none) into one level per unit (None = none)."""
    if rule not in COMBINE_CODES:
        raise ValueError(f"unknown rule {rule}")
    n_units, n_ind = levels.shape
    scores = np.where(levels > 0, n_levels + 1 - levels, 0).astype(float)
    if rule == "max":
        best = scores.max(axis=1) if n_ind else np.zeros(n_units)
    elif rule in ("mean", "weighted_sum"):
        w = np.ones(n_ind) if rule == "mean" or weights is None else np.asarray(weights, dtype=float)
        if len(w) != n_ind:
            raise ValueError(f"{len(w)} weights for {n_ind} indicators")
        if (w < 0).any() or w.sum() <= 0:
            raise ValueError("weights must be non-negative with a positive sum")
        mean = scores @ w / w.sum()
        best = np.floor(mean + 0.5)  # round half up: a mean reaching best + 0.5 (up to noise) goes up
        best = best + np.array([bool(reaches(m, b + 0.5)) for m, b in zip(mean.tolist(), best.tolist())], dtype=float)
    else:
        if not 1 <= k <= n_ind:
            raise ValueError(f"K must be between 1 and {n_ind}")
        # the k-th largest score of each unit
        best = -np.sort(-scores, axis=1)[:, k - 1] if n_ind else np.zeros(n_units)
    out: List[Optional[int]] = []
    for s in best:
        out.append(int(n_levels + 1 - s) if s >= 1 else None)
    return out
