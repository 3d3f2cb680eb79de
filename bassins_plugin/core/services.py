"""Living areas by everyday services (bassins de vie, INSEE-like), across a border.

INSEE's principle (bassins de vie 2012 and 2022): a *pôle de services* holds at least half of the
intermediate range of the BPE; for each equipment it lacks, a commune turns to the nearest commune that has
it, by road time; communes are grouped around the pole they turn to. Here the range is the user's BASKET,
the share is POLE_SHARE, and the nearest equipment is searched on both sides of the border.

Everything below works on arrays: ``holds`` (units x types, bool) and, per type, the time from each unit
to the nearest equipment of that type and the unit that holds it. Those come from one multi-source
shortest-path run per type and country (their fastest is the nearest of any country), or from straight-line distance.
"""
import csv
import io
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from .errors import UserError
from .messages import tr
from .thresholds import reaches


@dataclass(frozen=True)
class Basket:
    types: Tuple[str, ...]  # equipment types, in file order
    themes: Tuple[str, ...]  # theme of each type
    baskets: Tuple[str, ...]  # basket / range of each type

    def theme_names(self) -> List[str]:
        seen: List[str] = []
        for t in self.themes:
            if t not in seen:
                seen.append(t)
        return seen

    def theme_index(self) -> np.ndarray:
        names = self.theme_names()
        return np.array([names.index(t) for t in self.themes], dtype=np.int64)


def _clean(value) -> str:
    return "" if value is None else str(value).strip()


def theme_field(theme: str) -> str:
    """A theme as a field-name part: lower case, spaces and dashes to '_'."""
    out = "".join(c if c.isalnum() else "_" for c in theme.strip().lower())
    return out.strip("_") or "theme"


def parse_basket(rows: Iterable[Sequence], basket: Optional[str] = None, parameter: str = "BASKET") -> Basket:
    """Rows (type, theme, basket); a type listed twice with different themes is an error (every such type named),
    twice the same is kept once. ``basket`` keeps only the rows of that basket (empty: all). Errors name
    ``parameter`` (BASKET for the file, BASKET_TABLE for a layer or table)."""
    types: List[str] = []
    themes: List[str] = []
    baskets: List[str] = []
    where: Dict[str, int] = {}
    clashes: Dict[str, List[str]] = {}
    for n, row in enumerate(rows, start=1):
        row = list(row) + [None] * (3 - len(row))
        typ, theme, bsk = _clean(row[0]), _clean(row[1]), _clean(row[2])
        if not typ and not theme:
            continue
        if not typ:
            raise UserError(tr("basket line {n}: no type; every line needs type;theme;basket").format(n=n),
                            parameter)
        if not theme:
            raise UserError(tr("basket line {n}: type '{t}' has no theme; give one (health, education, "
                               "shopping, public_services, mobility or your own)").format(n=n, t=typ), parameter)
        if basket and bsk != basket:
            continue
        if typ in where:
            k = where[typ]
            if themes[k] != theme:
                seen = clashes.setdefault(typ, [themes[k]])
                if theme not in seen:
                    seen.append(theme)
            continue
        where[typ] = len(types)
        types.append(typ)
        themes.append(theme)
        baskets.append(bsk)
    if clashes:
        listed = ", ".join(f"'{t}' ({' / '.join(th)})" for t, th in clashes.items())
        raise UserError(tr("basket: {n} type(s) listed twice with different themes: {t}; keep one line per "
                           "type").format(n=len(clashes), t=listed), parameter)
    if not types:
        raise UserError(tr("the basket lists no type{b}; give lines type;theme;basket").format(
            b=tr(" in basket '{b}'").format(b=basket) if basket else ""), parameter)
    return Basket(tuple(types), tuple(themes), tuple(baskets))


def basket_columns(names: Sequence[str]) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """The type, theme and basket columns of a table (names compared without case); None where absent."""
    lower = {str(n).strip().lower(): n for n in names}
    return lower.get("type"), lower.get("theme"), lower.get("basket")


def read_basket_csv(path: str, basket: Optional[str] = None) -> Basket:
    """A ';' (or ',') separated file with a header type;theme;basket; lines starting with '#' are comments."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = [ln for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
    except OSError as e:
        raise UserError(tr("cannot read the basket file {p}: {e}").format(p=path, e=e), "BASKET") from None
    if not lines:
        raise UserError(tr("the basket file {p} is empty; give lines type;theme;basket").format(p=path), "BASKET")
    delim = ";" if lines[0].count(";") >= lines[0].count(",") else ","
    rows = list(csv.reader(io.StringIO("".join(lines)), delimiter=delim))
    header = [h.strip().lower() for h in rows[0]]
    if "type" not in header or "theme" not in header:
        raise UserError(tr("the basket file {p} has no header type;theme;basket (found: {h})").format(
            p=path, h=";".join(rows[0])), "BASKET")
    ti, th = header.index("type"), header.index("theme")
    bi = header.index("basket") if "basket" in header else None
    picked = [(r[ti] if ti < len(r) else None, r[th] if th < len(r) else None,
               r[bi] if bi is not None and bi < len(r) else "") for r in rows[1:]]
    return parse_basket(picked, basket)


@dataclass
class Equipment:
    type_index: np.ndarray  # basket type of each kept point
    kept: np.ndarray  # indices of the input points kept
    not_in_basket: Dict[str, int]  # type -> count of points whose type is not in the basket
    missing_types: List[str]  # basket types with no point at all


def match_equipment(point_types: Sequence, basket: Basket, basket_parameter: str = "BASKET") -> Equipment:
    """Basket type of each point; a point without a type is an error (named), one outside the basket is
    counted, never guessed; no point of any basket type is an error naming ``basket_parameter``."""
    lookup = {t: k for k, t in enumerate(basket.types)}
    idx = np.full(len(point_types), -1, dtype=np.int64)
    outside: Dict[str, int] = {}
    empty = 0
    for i, t in enumerate(point_types):
        t = _clean(t)
        if not t:
            empty += 1
            continue
        k = lookup.get(t)
        if k is None:
            outside[t] = outside.get(t, 0) + 1
        else:
            idx[i] = k
    if empty:
        raise UserError(tr("{n} equipment point(s) have no type; fill the type field or filter them out").format(
            n=empty), "EQUIPMENT_TYPE")
    kept = np.flatnonzero(idx >= 0)
    if len(kept) == 0:
        raise UserError(tr("no equipment point has a type of the basket ({n} types, e.g. {e}); check the type "
                           "field and the basket").format(n=len(basket.types), e=", ".join(basket.types[:3])),
                        basket_parameter)
    present = np.zeros(len(basket.types), dtype=bool)
    present[idx[kept]] = True
    missing = [basket.types[k] for k in np.flatnonzero(~present)]
    return Equipment(idx[kept], kept, outside, missing)


def holdings(unit_of_point: np.ndarray, type_of_point: np.ndarray, n_units: int, n_types: int) -> np.ndarray:
    """Count of equipment of each type in each unit (units x types); points outside every unit (-1) ignored."""
    counts = np.zeros((n_units, n_types), dtype=np.int64)
    ok = unit_of_point >= 0
    np.add.at(counts, (unit_of_point[ok], type_of_point[ok]), 1)
    return counts


def poles(holds: np.ndarray, pole_share: float) -> np.ndarray:
    """Units holding at least ``pole_share`` % of the basket's types (exact comparison)."""
    holds = np.asarray(holds, dtype=bool)
    k = holds.shape[1]
    share = 100.0 * holds.sum(axis=1) / k if k else np.zeros(holds.shape[0])
    return reaches(share, pole_share)


def assign(holds: np.ndarray, nearest_holder: np.ndarray, minutes: np.ndarray, is_pole: np.ndarray) -> np.ndarray:
    """The pole each unit joins (unit index; -1 when it turns to no pole).

    A pole joins itself. Any other unit, for each type it lacks, turns to the nearest unit holding it
    (``nearest_holder``, -1 unreached, with ``minutes``); among those that are poles it joins the one it turns
    to for the most types; ties go to the fastest (least total minutes over those types), then to the lower
    unit index.
    """
    holds = np.asarray(holds, dtype=bool)
    n = holds.shape[0]
    out = np.full(n, -1, dtype=np.int64)
    is_pole = np.asarray(is_pole, dtype=bool)
    out[is_pole] = np.flatnonzero(is_pole)
    h = np.asarray(nearest_holder)
    ok = (~holds) & (h >= 0) & (~is_pole[:, None])
    ok &= is_pole[np.where(h >= 0, h, 0)]
    u, t = np.nonzero(ok)
    if len(u) == 0:
        return out
    p = h[u, t]
    key = u * n + p
    uniq, inv = np.unique(key, return_inverse=True)
    count = np.bincount(inv)
    total = np.bincount(inv, weights=np.asarray(minutes, dtype=float)[u, t])
    uu, pp = uniq // n, uniq % n
    order = np.lexsort((pp, total, -count, uu))  # per unit: most types, then fastest, then lowest index
    first = np.ones(len(order), dtype=bool)
    first[1:] = uu[order][1:] != uu[order][:-1]
    best = order[first]
    out[uu[best]] = pp[best]
    return out


@dataclass
class ThemeTimes:
    any: np.ndarray  # units x themes, minutes (nan unreached)
    home: np.ndarray
    abroad: np.ndarray
    gain: np.ndarray  # home - any
    is_abroad: np.ndarray  # 1/0, nan without country or unreached


def theme_times(t_any: np.ndarray, t_home: np.ndarray, t_abroad: np.ndarray, theme_of_type: np.ndarray,
                n_themes: int, has_country: np.ndarray) -> ThemeTimes:
    """Per theme, the nearest equipment of any of its types; home/abroad NULL (nan) where the unit has no country.
    ``abroad`` = 1 when the nearest abroad is strictly faster than the nearest at home (a tie stays home)."""
    n = t_any.shape[0]
    res = [np.full((n, n_themes), np.nan) for _ in range(3)]
    for j in range(n_themes):
        cols = theme_of_type == j
        for out, src in zip(res, (t_any, t_home, t_abroad)):
            block = np.where(np.isfinite(src[:, cols]), src[:, cols], np.inf)
            m = block.min(axis=1) if block.shape[1] else np.full(n, np.inf)
            out[:, j] = np.where(np.isfinite(m), m, np.nan)
    a, hm, ab = res
    hc = np.asarray(has_country, dtype=bool)[:, None]
    hm = np.where(hc, hm, np.nan)
    ab = np.where(hc, ab, np.nan)
    gain = hm - a
    flag = _abroad_flag(hm, ab)
    flag = np.where(hc, flag, np.nan)
    return ThemeTimes(a, hm, ab, gain, flag)


def _abroad_flag(home: np.ndarray, abroad: np.ndarray) -> np.ndarray:
    """1 where abroad is strictly faster (or the only one reached), 0 where home is; nan where neither."""
    h = np.where(np.isfinite(home), home, np.inf)
    a = np.where(np.isfinite(abroad), abroad, np.inf)
    flag = (a < h).astype(float)
    return np.where(np.isfinite(h) | np.isfinite(a), flag, np.nan)


def dep_abroad(t_home: np.ndarray, t_abroad: np.ndarray, has_country: np.ndarray) -> np.ndarray:
    """Share (%) of the basket's types whose nearest equipment is abroad; the denominator is every basket type
    present; NULL (nan) for a unit without a country."""
    flag = _abroad_flag(t_home, t_abroad)
    k = t_home.shape[1]
    share = 100.0 * np.nansum(flag, axis=1) / k if k else np.zeros(t_home.shape[0])
    return np.where(np.asarray(has_country, dtype=bool), share, np.nan)


def density(counts: np.ndarray, theme_of_type: np.ndarray, n_themes: int, population) -> np.ndarray:
    """Equipment per 10,000 inhabitants, per theme (nan where the population is missing or 0)."""
    pop = np.asarray(population, dtype=float)
    per = np.zeros((counts.shape[0], n_themes))
    for j in range(n_themes):
        per[:, j] = counts[:, theme_of_type == j].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where((np.isfinite(pop) & (pop > 0))[:, None], per * 10000.0 / pop[:, None], np.nan)


@dataclass
class TypeTimes:
    any: np.ndarray  # units x types, minutes (inf unreached)
    home: np.ndarray
    abroad: np.ndarray
    holder: np.ndarray  # units x types: unit holding the nearest equipment (any country), -1 none


def _country_codes(unit_country: Sequence, point_country: Sequence):
    names = sorted({c for c in list(unit_country) + list(point_country) if c})
    code = {c: i for i, c in enumerate(names)}
    uc = np.array([code.get(c, -1) if c else -1 for c in unit_country], dtype=np.int64)
    pc = np.array([code.get(c, -1) if c else -1 for c in point_country], dtype=np.int64)
    return uc, pc, len(names)


def _split(n_units, k, uc, pc, n_c, point_type, nearest):
    """Any / home / abroad minutes and the holder's point, from ``nearest(points) -> (minutes, point)`` for each
    subset of points: one call per type and country (the nearest of any country is the fastest of those), plus
    one per type over the points of no known country, if there are any."""
    t_any = np.full((n_units, k), np.inf)
    hold_pt = np.full((n_units, k), -1, dtype=np.int64)
    t_home = np.full((n_units, k), np.inf)
    t_abroad = np.full((n_units, k), np.inf)
    for j in range(k):
        pts = np.flatnonzero(point_type == j)
        for c in range(-1, n_c):
            sub = pts[pc[pts] == c]
            if len(sub) == 0:
                continue
            m, who = nearest(sub)
            better = m < t_any[:, j]
            t_any[better, j] = m[better]
            hold_pt[better, j] = who[better]
            if c < 0:
                continue
            home = uc == c
            t_home[home, j] = np.minimum(t_home[home, j], m[home])
            away = (uc >= 0) & ~home
            t_abroad[away, j] = np.minimum(t_abroad[away, j], m[away])
    return t_any, t_home, t_abroad, hold_pt


def straight_line_times(unit_xy: np.ndarray, point_xy: np.ndarray, point_type: np.ndarray, n_types: int,
                        unit_country: Sequence, point_country: Sequence, point_unit: np.ndarray,
                        detour: float, speed_kmh: float) -> TypeTimes:
    """Without a network: minutes = straight-line metres x detour / speed (metric coordinates)."""
    from scipy.spatial import cKDTree

    uc, pc, n_c = _country_codes(unit_country, point_country)
    factor = detour / (speed_kmh / 3.6) / 60.0

    def nearest(pts):
        d, i = cKDTree(point_xy[pts]).query(unit_xy, k=1)
        return d * factor, pts[i]

    t_any, t_home, t_abroad, hold_pt = _split(len(unit_xy), n_types, uc, pc, n_c, point_type, nearest)
    holder = np.where(hold_pt >= 0, np.asarray(point_unit)[np.maximum(hold_pt, 0)], -1)
    return TypeTimes(t_any, t_home, t_abroad, holder)


def network_times(graph, unit_node: np.ndarray, point_node: np.ndarray, point_type: np.ndarray, n_types: int,
                  unit_country: Sequence, point_country: Sequence, point_unit: np.ndarray,
                  penalty_seconds: float = 0.0) -> TypeTimes:
    """On the road network: one multi-source run per type and country (sources: the nodes of its points).
    The only place that calls the network engine (core.network.multi_source)."""
    from . import network

    uc, pc, n_c = _country_codes(unit_country, point_country)
    reached = unit_node >= 0
    safe = np.where(reached, unit_node, 0)

    def nearest(pts):
        pts = pts[point_node[pts] >= 0]
        if len(pts) == 0:
            return np.full(len(unit_node), np.inf), np.full(len(unit_node), -1)
        dist, src, _ = network.multi_source(graph, point_node[pts], penalty_seconds)
        m = np.where(reached, dist[safe] / 60.0, np.inf)
        s = np.where(reached, src[safe], -1)
        return m, np.where(s >= 0, pts[np.maximum(s, 0)], -1)

    t_any, t_home, t_abroad, hold_pt = _split(len(unit_node), n_types, uc, pc, n_c, point_type, nearest)
    holder = np.where(hold_pt >= 0, np.asarray(point_unit)[np.maximum(hold_pt, 0)], -1)
    return TypeTimes(t_any, t_home, t_abroad, holder)


def routed_times(router, unit_att, point_att, point_type: np.ndarray, n_types: int, unit_country: Sequence,
                 point_country: Sequence, point_unit: np.ndarray) -> TypeTimes:
    """On the road network through the shared engine (core.routing): units and points joined mid-edge, one
    ``Router.travel_times`` call per type and country, direction TO_SOURCES (from each unit to the equipment)."""
    from . import routing

    uc, pc, n_c = _country_codes(unit_country, point_country)

    def nearest(pts):
        pts = np.asarray(pts, dtype=np.int64)
        sub = routing.Attachment(point_att.u[pts], point_att.v[pts], point_att.fraction[pts],
                                 point_att.distance[pts])
        t = router.travel_times(sub, unit_att, routing.TO_SOURCES)
        return t.minutes, np.where(t.source >= 0, pts[np.maximum(t.source, 0)], -1)

    t_any, t_home, t_abroad, hold_pt = _split(len(unit_att), n_types, uc, pc, n_c, point_type, nearest)
    holder = np.where(hold_pt >= 0, np.asarray(point_unit)[np.maximum(hold_pt, 0)], -1)
    return TypeTimes(t_any, t_home, t_abroad, holder)


@dataclass
class ZoneSummary:
    pole: List[str]  # pole unit id of each zone, in order of first appearance of the pole index
    units: np.ndarray  # number of units of each zone
    population: Dict[str, np.ndarray]  # country -> population of each zone (units without population count 0)


def zone_summary(unit_ids: Sequence, pole_of: np.ndarray, countries: Sequence, population) -> ZoneSummary:
    """Per zone (one per pole that any unit joins): the pole's id, the number of units, population by country.
    Units that join no pole (-1) are in no zone."""
    pole_of = np.asarray(pole_of, dtype=np.int64)
    pop = np.nan_to_num(np.asarray(population, dtype=float), nan=0.0)
    joined = pole_of >= 0
    zones, inv = np.unique(pole_of[joined], return_inverse=True)
    units = np.bincount(inv, minlength=len(zones))
    names = sorted({c for c in countries if c})
    country = np.array([c or "" for c in countries], dtype=object)[joined]
    by_country = {c: np.bincount(inv, weights=np.where(country == c, pop[joined], 0.0), minlength=len(zones))
                  for c in names}
    return ZoneSummary([str(unit_ids[z]) for z in zones], units, by_country)


def zones(pole_of: np.ndarray, is_pole: np.ndarray, neighbours, on_edge, contiguity: bool = True,
          fill_enclaves: bool = True):
    """The assignment through the same contiguity and enclave rules as attractionrings (reused from
    core.attraction): returns (pole unit index of each unit, -1 none; counts of detached and filled units)."""
    from .attraction import apply_contiguity_and_enclaves, neighbour_graph

    pole_of = np.asarray(pole_of, dtype=np.int64)
    graph = neighbour_graph(neighbours) if neighbours is not None else None
    area, _, counts = apply_contiguity_and_enclaves(pole_of, np.asarray(is_pole, dtype=bool), graph, on_edge,
                                                    contiguity=contiguity, fill_enclaves=fill_enclaves)
    return area, counts
