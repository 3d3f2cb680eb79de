"""Attraction toward a pole, by the delineation rules planners are held to (AAV 2020, ZAU 2010, FUA).

Rules (the help repeats them word for word):

* share: 100 x (flows from the unit to pole units) / employed residents; pole units get level 1;
* raw level: 1 for the strongest threshold reached, then 2, 3…; 0 below the lowest;
* contiguity: a unit keeps the smallest k >= its raw level such that it reaches its pole through
  units of raw level 1..k (rook neighbours); otherwise 0;
* enclaves, per area: for k = 1, 2…, a unit outside area A's ring k that cannot reach the outer edge
  of the study area without crossing A's ring k joins A at level k (the strongest enclosing ring
  wins). A unit enclosed only by several areas together stays out (INSEE AAV 2020: communes between
  two couronnes stay outside; EU-OECD 2019: enclaves are filled within one functional area);
* iterative: level-1 units join the target and shares are recomputed until nothing changes;
* several poles: each unit goes to the pole it sends most to; ``multipolarised`` when no pole
  alone reaches the lowest threshold but their sum does (level stays 0).
"""
from dataclasses import dataclass
from itertools import chain
from typing import Dict, List, Optional, Sequence, Set, Tuple

import numpy as np

from .errors import UserError
from .flows import UnitIndex, counts_array, to_number, unit_positions
from .messages import tr
from .thresholds import levels_array, reaches


@dataclass(frozen=True)
class Rules:
    code: str
    thresholds: tuple
    contiguity: bool
    fill_enclaves: bool
    iterative: bool
    source: str
    associate_poles: bool = False  # default of ASSOCIATE_POLES "by the rules": poles sending >= 15 % merged


# Order is API (the PRESET enum index): append only. "custom" takes the parameters as given.
RULE_PRESETS = (
    Rules("custom", (), True, True, False, "the THRESHOLDS, CONTIGUITY, FILL_ENCLAVES and ITERATIVE parameters"),
    Rules("aav2020", (15.0,), True, True, False,
          "INSEE, aires d'attraction des villes 2020: 15 % toward the pole, one block without enclaves, "
          "not iterative", True),
    Rules("zau2010", (40.0,), True, True, True,
          "INSEE, zonage en aires urbaines 2010: 40 % toward the pole and the communes it already attracts "
          "(iterative), one block without enclaves"),
    Rules("fua", (15.0,), True, True, False,
          "EU-OECD functional urban areas (Dijkstra, Poelman, Veneri 2019): 15 % toward the city, enclaves "
          "added, detached communes dropped", True),
    Rules("geneva25", (25.0,), True, True, False,
          "Grand Genève statistical observatory: 25 % working in the canton of Geneva"),
)


@dataclass
class Attraction:
    share: np.ndarray            # share toward the unit's pole (nan where ACTIVE is missing)
    raw_level: np.ndarray
    level: np.ndarray
    is_pole: np.ndarray
    pole: List[Optional[str]]
    multipolarised: np.ndarray
    stats: Dict[str, int]


def flow_matrix(index: UnitIndex, origins: Sequence, destinations: Sequence, counts: Sequence):
    """(origin index, destination index, count) of flows between units (``index``: the units' UnitIndex); rows
    to or from other places counted."""
    c = counts_array(counts)
    o = unit_positions(origins, index)
    d = unit_positions(destinations, index)
    ok = (o >= 0) & (d >= 0) & ~np.isnan(c)
    return o[ok], d[ok], c[ok], int((~ok).sum())


def _shares(o, d, c, target: np.ndarray, active: np.ndarray) -> np.ndarray:
    n = len(active)
    mask = target[d]
    sent = np.bincount(o[mask], weights=c[mask], minlength=n)[:n]
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(active > 0, 100.0 * sent / active, np.nan)


def _grown_target(o, d, c, poles: np.ndarray, active, top: float) -> np.ndarray:
    """ZAU's iteration: level-1 units join the target until nothing changes."""
    target = poles.copy()
    while True:
        share = _shares(o, d, c, target, active)
        grown = target | reaches(np.nan_to_num(share, nan=-1.0), top)
        if (grown == target).all():
            return target
        target = grown


ASSOCIATION_SHARE = 15.0


def associate_poles(poles: Dict[str, Set[int]], o, d, c, active: Sequence, share: float = ASSOCIATION_SHARE):
    """Poles merged into one core when one sends >= ``share`` % of its employed residents to another (INSEE AAV
    2020; EU-OECD 2019), transitively; each merged pole is named after its largest member (employed residents).

    Returns (poles, merges): the new {name: units} and [(sender, receiver, share %, merged name)].
    """
    names = sorted(poles)
    act = np.array([np.nan if (v := to_number(a)) is None else v for a in active], dtype=float)
    member_of = np.full(len(act), -1, dtype=np.int64)
    for k, name in enumerate(names):
        member_of[list(poles[name])] = k
    sizes = np.array([np.nansum(act[list(poles[name])]) for name in names], dtype=float)
    po, pd = member_of[o], member_of[d]
    ok = (po >= 0) & (pd >= 0) & (po != pd)
    k = len(names)
    pair = np.bincount(po[ok] * k + pd[ok], weights=c[ok], minlength=k * k)[:k * k].reshape(k, k) if k else \
        np.zeros((0, 0))
    parent = list(range(k))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    links = []
    for a, b in zip(*np.nonzero(pair)):
        pct = 100.0 * pair[a, b] / sizes[a] if sizes[a] > 0 else np.nan
        if reaches(pct, share):
            links.append((int(a), int(b), float(pct)))
            parent[root(int(a))] = root(int(b))
    groups: Dict[int, List[int]] = {}
    for i in range(k):
        groups.setdefault(root(i), []).append(i)
    merged, label = {}, {}
    for members in groups.values():
        big = names[max(members, key=lambda i: (sizes[i], -i))]
        merged[big] = set().union(*(poles[names[i]] for i in members))
        label.update({i: big for i in members})
    return merged, [(names[a], names[b], pct, label[a]) for a, b, pct in links]


def neighbour_graph(neighbours: Sequence[Set[int]]) -> Tuple[np.ndarray, np.ndarray]:
    """Rook neighbours as compressed rows (indptr, indices): unit i's neighbours are indices[indptr[i]:indptr[i+1]]."""
    sizes = np.fromiter(map(len, neighbours), dtype=np.int64, count=len(neighbours))
    indices = np.fromiter(chain.from_iterable(neighbours), dtype=np.int64, count=int(sizes.sum()))
    return np.concatenate([[0], np.cumsum(sizes)]), indices


def reach(graph: Tuple[np.ndarray, np.ndarray], start: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """Units reached from ``start`` through ``allowed`` units (breadth-first over a ``neighbour_graph``, one
    whole frontier at a time)."""
    indptr, indices = graph
    seen = start & allowed
    frontier = np.nonzero(seen)[0]
    while len(frontier):
        counts = indptr[frontier + 1] - indptr[frontier]
        total = int(counts.sum())
        if not total:
            break
        at = np.repeat(indptr[frontier] - (np.cumsum(counts) - counts), counts) + np.arange(total)
        nxt = indices[at]
        nxt = np.unique(nxt[allowed[nxt] & ~seen[nxt]])
        seen[nxt] = True
        frontier = nxt
    return seen


def attraction(unit_ids: Sequence, active: Sequence, poles: Dict[str, Set[int]], o, d, c,
               thresholds: Sequence[float], neighbours: Optional[Sequence[Set[int]]], on_edge: Optional[np.ndarray],
               rules: Rules) -> Attraction:
    """Levels of every unit toward its pole (see the module's rules)."""
    n = len(unit_ids)
    if any(b <= a for a, b in zip(thresholds, thresholds[1:])):
        raise UserError(tr("thresholds must be strictly ascending"), "THRESHOLDS")
    act = np.array([np.nan if (v := to_number(a)) is None else v for a in active], dtype=float)
    negative = np.nonzero(act < 0)[0]
    if len(negative):
        raise UserError(tr("{n} units have a negative number of employed residents (e.g. {ids}): counts must be 0 "
                           "or more; correct the field").format(
            n=len(negative), ids=", ".join(str(unit_ids[i]) for i in negative[:5])), "ACTIVE")
    if not (np.nan_to_num(act) > 0).any():
        raise UserError(tr("no unit has employed residents (all NULL or 0): choose the field of employed "
                           "residents"), "ACTIVE")
    names = sorted(poles)
    is_pole = np.zeros(n, dtype=bool)
    shares = np.full((len(names), n), np.nan)
    for k, name in enumerate(names):
        members = np.zeros(n, dtype=bool)
        members[list(poles[name])] = True
        is_pole |= members
        target = _grown_target(o, d, c, members, act, thresholds[-1]) if rules.iterative else members
        shares[k] = _shares(o, d, c, target, act)
    filled = np.nan_to_num(shares, nan=-1.0)
    best = filled.argmax(axis=0) if len(names) else np.zeros(n, dtype=np.int64)
    share = shares[best, np.arange(n)] if len(names) else np.full(n, np.nan)
    raw = levels_array(share, thresholds)
    total = np.nansum(np.where(filled >= 0, filled, 0.0), axis=0)
    multi = (len(names) > 1) & (raw == 0) & ~is_pole & reaches(total, thresholds[0])
    raw = np.where(is_pole, 1, raw)
    pole_of = np.array(best, dtype=np.int64)
    for k, name in enumerate(names):
        pole_of[list(poles[name])] = k
    graph = neighbour_graph(neighbours) if neighbours is not None else None
    area = np.where(raw > 0, pole_of, -1)
    area, level, counts = apply_contiguity_and_enclaves(
        area, is_pole, graph, on_edge, raw_level=raw, n_levels=len(thresholds),
        contiguity=rules.contiguity, fill_enclaves=rules.fill_enclaves)
    pole_of = np.where(area >= 0, area, pole_of)
    if len(names):  # an enclave of another area than the pole it sends most to: its share toward that area's pole
        share = shares[pole_of, np.arange(n)]
    stats = {"no_active": int((~(act > 0) & ~is_pole).sum()), "detached": counts["detached"],
             "enclaves": sum(counts["filled"].values()), "multipolarised": int(multi.sum()),
             "poles": int(is_pole.sum()), "between": counts["between"],
             "filled_per_pole": {names[p]: v for p, v in counts["filled"].items()}}
    return Attraction(share=share, raw_level=raw, level=level, is_pole=is_pole,
                      pole=[names[p] if level[i] > 0 or is_pole[i] else None for i, p in enumerate(pole_of.tolist())],
                      multipolarised=multi & (level == 0), stats=stats)


def apply_contiguity_and_enclaves(area_of_unit, is_pole, graph, on_edge, raw_level=None, n_levels: int = 1,
                                  contiguity: bool = True, fill_enclaves: bool = True):
    """Contiguity and per-area enclave filling applied to an assignment of units to areas (public: reused by
    other zonings, e.g. services' zones).

    ``area_of_unit``: int array, the area of each unit (-1: none); ``is_pole``: bool array, the units every
    area grows from (a pole unit keeps its area and level 1); ``graph``: a ``neighbour_graph`` (None: both rules
    skipped); ``on_edge``: bool array, units on the study area's outer edge (None: no enclave filled);
    ``raw_level``: int array of levels 1..n_levels before the rules (None: 1 for every unit with an area, 0
    otherwise); ``contiguity``: a unit keeps the smallest k >= its raw level such that it reaches a pole unit of
    its area through units of that area with raw level 1..k, otherwise it leaves its area; ``fill_enclaves``:
    for k = 1..n_levels, for each area A, a unit outside A's ring k (A's units of level <= k) that cannot reach
    an ``on_edge`` unit without crossing A's ring k joins A at level k, unless it already belongs to another area;
    a unit enclosed only by several areas together stays out.

    Returns ``(area, level, counts)``: area -1 and level 0 outside every area; counts = {"detached": units
    with a raw level dropped by contiguity, "filled": {area: enclave units filled}, "between": units outside
    every area enclosed by the union of the areas but by no area alone}. Inputs are not modified.
    """
    area = np.asarray(area_of_unit, dtype=np.int64).copy()
    is_pole = np.asarray(is_pole, dtype=bool)
    raw = (area >= 0).astype(np.int64) if raw_level is None else np.asarray(raw_level, dtype=np.int64)
    raw = np.where(area >= 0, np.where(is_pole, 1, raw), 0)
    level = raw.copy()
    if contiguity and graph is not None:
        level = _contiguous(raw, is_pole, area, graph, n_levels)
    detached = int(((raw > 0) & (level == 0)).sum())
    area[level == 0] = -1
    filled: Dict[int, int] = {}
    between = 0
    if fill_enclaves and graph is not None and on_edge is not None:
        on_edge = np.asarray(on_edge, dtype=bool)
        area, level, filled = _fill_enclaves(area, level, graph, on_edge, n_levels)
        out = level == 0
        between = int((out & ~reach(graph, on_edge & out, out)).sum())
    return area, level, {"detached": detached, "filled": filled, "between": between}


def _contiguous(raw, is_pole, area, graph, n_levels) -> np.ndarray:
    level = np.zeros_like(raw)
    for p in np.unique(area[is_pole & (area >= 0)]).tolist():
        mine = area == p
        done = np.zeros(len(raw), dtype=bool)
        for k in range(1, n_levels + 1):
            allowed = mine & (raw >= 1) & (raw <= k)
            reached = reach(graph, is_pole & mine, allowed)
            new = reached & ~done & (raw <= k)
            level[new] = np.where(is_pole[new], 1, k)
            done |= new
    return level


def _fill_enclaves(area, level, graph, on_edge, n_levels):
    """Per area A and ring k: units that cannot reach the edge without crossing A's ring k join it (level 0
    units join A, A's own weaker units rise to k; other areas' units are left as they are)."""
    area, level = area.copy(), level.copy()
    filled: Dict[int, int] = {}
    for k in range(1, n_levels + 1):
        for p in np.unique(area[area >= 0]).tolist():
            ring = (area == p) & (level >= 1) & (level <= k)
            outside = ~ring
            enclosed = outside & ~reach(graph, on_edge & outside, outside)
            new = enclosed & (level == 0)
            rise = enclosed & (area == p) & (level > k)
            if new.any():
                filled[p] = filled.get(p, 0) + int(new.sum())
            area[new] = p
            level[new | rise] = k
    return area, level, filled
