"""Flow lines: origin -> destination pairs of a flows table, aggregated, filtered and drawn between units.

Rows are mapped to units (exact ids first, see :class:`.flows.UnitIndex`), summed per origin x
destination (x theme when themes are kept), optionally made net (for each pair of units, only the
larger direction, with the difference), then filtered by a minimum count, cross-border only, and
themes. Lines run between the units' points on surface, straight or as a gentle arc, so that the two
directions of a pair do not overlap.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from .flows import UnitIndex, counts_array, id_key, mapped, refuse_overflow, unit_positions


@dataclass
class FlowLines:
    origin: np.ndarray  # unit positions
    destination: np.ndarray
    count: np.ndarray
    theme: List[Optional[str]]
    cross_border: np.ndarray
    stats: Dict[str, float] = field(default_factory=dict)
    index: Optional[UnitIndex] = None  # how the ids were matched (padded_hits, zero_misses)


def aggregate(unit_ids: Sequence, unit_countries: Optional[Sequence], origins: Sequence, destinations: Sequence,
              counts: Sequence, themes: Optional[Sequence] = None, min_count: float = 0.0,
              cross_border_only: bool = False, keep_themes: Optional[Sequence[str]] = None,
              net: bool = False) -> FlowLines:
    """Lines sorted by increasing count (the largest are drawn last, on top)."""
    index = UnitIndex(unit_ids, countries=unit_countries)
    c = counts_array(counts)
    o = unit_positions(origins, index)
    d = unit_positions(destinations, index)
    theme_codes: Dict[str, int] = {}
    t = mapped(themes, lambda v: theme_codes.setdefault(id_key(v) or "", len(theme_codes))) \
        if themes is not None else np.zeros(len(c), dtype=np.int64)
    names = {k: v for v, k in theme_codes.items()}
    valid = ~np.isnan(c)
    unmatched = valid & ((o < 0) | (d < 0))
    same = valid & ~unmatched & (o == d)
    use = valid & ~unmatched & ~same
    if keep_themes:
        wanted = {theme_codes[w] for w in keep_themes if w in theme_codes}
        use &= np.isin(t, list(wanted))
    o, d, c, t = o[use], d[use], c[use], t[use]
    n = max(len(unit_ids), 1)
    key = (o * n + d) * (len(theme_codes) + 1) + t
    uniq, inv = np.unique(key, return_inverse=True)
    sums = np.bincount(inv, weights=c) if len(c) else np.zeros(0)
    refuse_overflow(sums, inv.reshape(-1), np.nonzero(use)[0])
    t_u = uniq % (len(theme_codes) + 1)
    pair = uniq // (len(theme_codes) + 1)
    o_u, d_u = pair // n, pair % n
    if net:
        o_u, d_u, t_u, sums = _net(o_u, d_u, t_u, sums, n, len(theme_codes) + 1)
    country = _countries(unit_countries, len(unit_ids))
    cross = (country[o_u] != country[d_u]) & (country[o_u] != "") & (country[d_u] != "")
    keep = sums >= min_count
    if cross_border_only:
        keep &= cross
    keep &= sums > 0
    order = np.argsort(sums[keep], kind="stable")
    sel = np.nonzero(keep)[0][order]
    stats = {"rows": int(valid.sum()), "unmatched_rows": int(unmatched.sum()), "same_unit_rows": int(same.sum()),
             "pairs": len(sums), "lines": len(sel), "total": float(sums[sel].sum()) if len(sel) else 0.0}
    theme_of = [names.get(int(k)) if themes is not None else None for k in t_u[sel]]
    return FlowLines(o_u[sel], d_u[sel], sums[sel], theme_of, cross[sel], stats, index)


def _net(o_u, d_u, t_u, sums, n, m) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each unordered pair of units (and theme), the larger direction carrying the difference."""
    lo, hi = np.minimum(o_u, d_u), np.maximum(o_u, d_u)
    sign = np.where(o_u == lo, 1.0, -1.0)
    key = (lo * n + hi) * m + t_u
    uniq, inv = np.unique(key, return_inverse=True)
    balance = np.bincount(inv, weights=sign * sums)
    t_n = uniq % m
    pair = uniq // m
    lo_n, hi_n = pair // n, pair % n
    forward = balance >= 0
    return np.where(forward, lo_n, hi_n), np.where(forward, hi_n, lo_n), t_n, np.abs(balance)


def _countries(unit_countries: Optional[Sequence], n: int) -> np.ndarray:
    if unit_countries is None:
        return np.array([""] * n, dtype=object)
    return np.array([(id_key(v) or "").upper() for v in unit_countries], dtype=object)


def arc(x0: float, y0: float, x1: float, y1: float, bend: float = 0.15, points: int = 16) -> List[Tuple[float, float]]:
    """A circular-looking arc from (x0, y0) to (x1, y1), bulging to the right by ``bend`` x its length: the
    two directions of a pair bulge on opposite sides."""
    dx, dy = x1 - x0, y1 - y0
    t = np.linspace(0.0, 1.0, points)
    bulge = 4 * bend * t * (1 - t)  # a parabola: 0 at the ends, `bend` in the middle
    return list(zip((x0 + dx * t + dy * bulge).tolist(), (y0 + dy * t - dx * bulge).tolist()))
