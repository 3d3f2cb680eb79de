"""A synthetic, deterministic cross-border territory for learning, tests and benchmarks.

Units are Voronoi cells of jittered grid seeds (irregular, gap-free), split by a
wavy border into two or three countries. One unit is an enclave inside another,
and a few units own an exclave (multi-part). Cross-border work decays with the
distance to employment poles on the other side of the border, and the flows
table is consistent with the units: summed cross-border work flows by origin
equal ``cb_workers``.

Everything is computed in EPSG:3035 (metres, equal area); the algorithm
reprojects to the requested CRS.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsFeedback, QgsGeometry, QgsPoint, QgsPointXY, QgsRectangle

from .errors import Canceled
from .messages import tr

MEAN_UNIT_AREA_M2 = 12e6  # about a French/Swiss commune
ORIGIN_3035 = (4_000_000.0, 2_500_000.0)
THEMES = ("work", "study", "health", "shopping")
PROPOSAL_THEMES = ("health", "mobility", "public_services", "employment_training")

_SYLLABLES = {
    "FR": (["Mont", "Saint-", "Ville", "Bois", "Roche", "Val", "Beau", "Font", "Cour", "Ar"],
           ["val", "mont", "ville", "court", "champ", "bourg", "ay", "ange", "ière", "oux"]),
    "CH": (["Ober", "Unter", "Grand", "Chêne", "Cor", "Vey", "Plan", "Thô", "Bern", "Sion"],
           ["dorf", "wil", "ex", "y", "ens", "ier", "ach", "ier", "berg", "nex"]),
    "DE": (["Rhein", "Neu", "Alt", "Bad ", "Wald", "Berg", "Hoch", "Kirch", "Linden", "Eich"],
           ["heim", "dorf", "bach", "hausen", "stadt", "feld", "au", "burg", "weiler", "tal"]),
    "BE": (["Kort", "Mouscr", "Wer", "Menen", "Tour", "Ploeg", "Hout", "Zwe", "Lau", "Esti"],
           ["rijk", "on", "vik", "gem", "nai", "steert", "hem", "vegem", "we", "mpuis"]),
    "LU": (["Esch", "Dude", "Bet", "Differ", "Péte", "Sanem", "Kayl", "Mondor", "Bascha", "Rume"],
           ["-sur-Alzette", "lange", "tembourg", "dange", "range", "ler", "ange", "f", "rage", "lange"]),
    "IT": (["Venti", "Dolce", "Bordi", "Olivet", "Campo", "San ", "Monte", "Pigna", "Apri", "Perin"],
           ["miglia", "acqua", "ghera", "ta", "rosso", "remo", "carlo", "", "cale", "aldo"]),
    "MC": (["Monte-", "Fontvi", "La Condami", "Monaco-", "Larvo", "Moneghetti", "Saint-", "Ravin", "Jardin", "Port"],
           ["Carlo", "eille", "ne", "Ville", "tto", "", "Roman", "", "exotique", "-Hercule"]),
}
_DEFAULT_SYLLABLES = (["Nord", "Sud", "Est", "Ouest", "Haut", "Bas", "Grand", "Petit", "Vieux", "Neuf"],
                      ["ia", "ol", "an", "or", "el", "um", "ar", "is", "on", "ex"])


@dataclass
class DemoTerritory:
    """Everything the generator makes, in EPSG:3035."""

    units: List[dict] = field(default_factory=list)  # geometry + attributes
    flows: List[Tuple[str, str, int, str]] = field(default_factory=list)
    poles: List[dict] = field(default_factory=list)
    proposals: List[dict] = field(default_factory=list)
    proposal_lines: List[dict] = field(default_factory=list)
    roads: List[dict] = field(default_factory=list)
    equipment: List[dict] = field(default_factory=list)  # x, y (EPSG:3035), type, unit_id, country
    extent: Optional[QgsRectangle] = None
    log: List[str] = field(default_factory=list)


def parse_countries(text: str) -> List[str]:
    """'FR;CH' -> ['FR', 'CH']; raises ValueError with a readable message."""
    codes = [c.strip().upper() for c in str(text).replace(",", ";").split(";") if c.strip()]
    if len(codes) not in (2, 3):
        raise ValueError(tr("give two or three ISO country codes separated by ';', e.g. FR;CH"))
    for code in codes:
        if len(code) != 2 or not code.isalpha():
            raise ValueError(tr("'{c}' is not a two-letter ISO country code").format(c=code))
    if len(set(codes)) != len(codes):
        raise ValueError(tr("country codes must be different"))
    return codes


def _check(feedback: Optional[QgsFeedback], progress: Optional[float] = None) -> None:
    if feedback is None:
        return
    if feedback.isCanceled():
        raise Canceled()
    if progress is not None:
        feedback.setProgress(progress)


def _names(rng: np.random.Generator, codes: Sequence[str]) -> List[str]:
    names = []
    used: Dict[str, int] = {}
    for code in codes:
        first, second = _SYLLABLES.get(code, _DEFAULT_SYLLABLES)
        name = first[rng.integers(len(first))] + second[rng.integers(len(second))]
        name = name.strip().replace("  ", " ")
        n = used.get(name, 0)
        used[name] = n + 1
        names.append(name if n == 0 else f"{name} {n + 1}")
    return names


def _country_index(x: np.ndarray, y: np.ndarray, width: float, height: float, n_countries: int,
                   phase: float) -> np.ndarray:
    """Country of points in local metres: west of a wavy N-S border is country 0."""
    border_x = width * 0.5 + width * 0.06 * np.sin(2 * np.pi * y / height * 1.5 + phase) \
        + width * 0.025 * np.sin(2 * np.pi * y / height * 5.0 + 2 * phase)
    idx = np.where(x < border_x, 0, 1)
    if n_countries == 3:
        border_y = height * 0.5 + height * 0.05 * np.sin(2 * np.pi * x / width * 2.0 + phase)
        idx = np.where((idx == 1) & (y > border_y), 2, idx)
    return idx


@dataclass
class _Grid:
    """The jittered seed grid the Voronoi units grow from (local metres from ORIGIN_3035)."""

    nx: int
    ny: int
    sx: float
    sy: float
    width: float
    height: float
    gx: np.ndarray
    gy: np.ndarray
    px: np.ndarray
    py: np.ndarray
    country: np.ndarray
    index: np.ndarray  # (ny, nx) -> seed number or -1
    rect: QgsRectangle

    @property
    def cells(self) -> int:
        return len(self.px)


def generate(units_count: int = 500, countries: Sequence[str] = ("FR", "CH"), seed: int = 42,
             feedback: Optional[QgsFeedback] = None, vertices: int = 0, mismatch: float = 0.0,
             equipment: bool = False) -> DemoTerritory:
    """Generate the territory. Deterministic for given arguments.

    ``vertices`` > 0 gives real-shaped boundaries (about that many vertices per unit, see :func:`roughen`);
    ``mismatch`` (metres) makes the second country's layer meet the first with slivers and overlaps;
    ``equipment`` adds everyday-service points (from their own random stream: the rest is unchanged)."""
    if units_count < 10:
        raise ValueError("at least 10 units are needed")
    codes = list(countries)
    rng = np.random.default_rng(seed)
    out = DemoTerritory()
    grid = _grid(units_count, len(codes), rng)
    _check(feedback, 5)
    geoms = _voronoi_cells(grid, feedback)
    host, inner = _add_enclave(grid, geoms, rng, out)
    _add_exclaves(grid, geoms, inner, host, units_count, rng, out)
    if vertices > 0 or mismatch > 0:
        countries_of = np.append(grid.country, grid.country[host])
        geoms[:] = roughen(geoms, countries_of, vertices, mismatch, float(np.sqrt(grid.sx * grid.sy)), seed)
        out.log.append(f"boundaries roughened: about {vertices} vertices per unit, border mismatch {mismatch:g} m")
    _check(feedback, 65)
    uc = np.append(grid.country, grid.country[host])
    ux = np.append(grid.px, grid.px[host])
    uy = np.append(grid.py, grid.py[host])
    border_steps = np.append(_border_steps(grid.index, grid.country), 0)
    border_steps[-1] = border_steps[host]
    poles = _poles(uc, ux, uy, border_steps, len(codes), units_count, rng)
    work = _work(uc, ux, uy, poles, len(codes), rng)
    _check(feedback, 75)
    unit_ids = [f"{codes[c]}{i + 1:06d}" for i, c in enumerate(uc)]
    names = _names(rng, [codes[c] for c in uc])
    _fill_units(out, geoms, unit_ids, names, codes, uc, work)
    _fill_poles(out, poles, names, codes, unit_ids)
    _fill_flows(out, grid, uc, ux, uy, poles, work, unit_ids, rng, feedback)
    _fill_proposals(out, geoms, names, codes, uc, ux, uy, poles, work["d_any"], units_count, rng)
    x0, y0 = ORIGIN_3035
    out.roads = _roads(grid.px, grid.py, grid.country, x0, y0, work["pole_x"], work["pole_y"], rng)
    if equipment:
        out.equipment = _equipment(out.units, np.random.default_rng([seed, 1]), feedback)
        out.log.append(f"{len(out.equipment)} equipment points of {len(EQUIPMENT_SCALE)} types")
    out.extent = grid.rect
    out.log.append(f"{len(geoms)} units, {len(out.flows)} flows, {len(poles)} poles, {len(out.roads)} road links")
    _check(feedback, 100)
    return out


# The types of the shipped OpenStreetMap basket (data/basket_osm.csv) and the population (inhabitants) at which a
# unit holds one with probability 1 - 1/e: a town hall everywhere, a bakery in most villages, a hospital in towns.
EQUIPMENT_SCALE = {
    "townhall": 0.0, "bakery": 1500, "pharmacy": 1500, "school": 1200, "kindergarten": 1500, "doctors": 1500,
    "post_office": 2500, "convenience": 1500, "hairdresser": 1500, "fuel": 2500, "bank": 3000, "supermarket": 3000,
    "halt": 3000, "dentist": 5000, "physiotherapist": 5000, "butcher": 5000, "optician": 7000, "police": 8000,
    "fire_station": 6000, "library": 6000, "laboratory": 8000, "station": 10000, "hospital": 20000,
    "clinic": 20000, "college": 15000, "bus_station": 20000,
}


def _equipment(units: List[dict], rng: np.random.Generator, feedback: Optional[QgsFeedback]) -> List[dict]:
    """Everyday-service points inside the units, more kinds and more of each where more people live."""
    out: List[dict] = []
    types = list(EQUIPMENT_SCALE)
    scale = np.array([EQUIPMENT_SCALE[t] for t in types], dtype=float)
    for i, unit in enumerate(units):
        if i % 1000 == 0:
            _check(feedback)
        pop = float(unit["population"])
        with np.errstate(divide="ignore"):
            held = rng.random(len(types)) < np.where(scale > 0, 1.0 - np.exp(-pop / np.maximum(scale, 1.0)), 1.0)
        counts = np.where(held, 1 + rng.poisson(np.where(scale > 0, pop / np.maximum(scale, 1.0) / 4, 0.0)), 0)
        n = int(counts.sum())
        if not n:
            continue
        geom = unit["geometry"]
        box = geom.boundingBox()
        engine = QgsGeometry.createGeometryEngine(geom.constGet())
        engine.prepareGeometry()
        kinds = np.repeat(np.arange(len(types)), counts)
        for k in kinds:
            point = None
            for _ in range(20):  # a random point inside the unit, else its point on surface
                x = box.xMinimum() + rng.random() * box.width()
                y = box.yMinimum() + rng.random() * box.height()
                if engine.contains(QgsPoint(x, y)):
                    point = (x, y)
                    break
            if point is None:
                p = geom.pointOnSurface().asPoint()
                point = (p.x(), p.y())
            out.append({"x": point[0], "y": point[1], "type": types[int(k)], "unit_id": unit["unit_id"],
                        "country": unit["country"]})
    return out


def roughen(geoms: List[QgsGeometry], countries, vertices: int, mismatch: float, cell: float,
            seed: int) -> List[QgsGeometry]:
    """Real-shaped boundaries that still tile exactly.

    Every edge is densified from its lexicographically smaller end (so an edge shared by two units gets
    bit-identical points), then every vertex is moved by one smooth noise field (3 octaves, wavelengths
    0.6, 0.3 and 0.15 cell) whose Lipschitz constant is 0.8 < 1: the map is one-to-one, so no boundary
    folds or crosses another, and shared edges stay shared. With ``mismatch``, units of the second and
    third countries get a second, gentle field of that amplitude: along the border the national layers
    then overlap or leave gaps, as when two producers' layers meet.
    """
    rng = np.random.default_rng(seed + 7919)
    field = _noise_field(rng, cell, [0.6, 0.3, 0.15], 0.8)
    other = _noise_field(rng, cell, [3.0, 1.7], 0.0, amplitude=mismatch) if mismatch > 0 else None
    spacing = 3.7 * cell / vertices if vertices > 0 else 0.0
    out = []
    for geom, country in zip(geoms, countries):
        polys = []
        g = QgsGeometry(geom)
        g.convertToMultiType()
        for poly in g.asMultiPolygon():
            rings = []
            for ring in poly:
                xy = np.array([[p.x(), p.y()] for p in ring])
                if spacing > 0:
                    xy = _densify(xy, spacing)
                xy = xy + field(xy)
                if other is not None and country > 0:
                    xy = xy + other(xy)
                rings.append([QgsPointXY(x, y) for x, y in xy])
            polys.append(rings)
        new = QgsGeometry.fromMultiPolygonXY(polys)
        out.append(new if new.isGeosValid() else new.makeValid())
    return out


def _noise_field(rng: np.random.Generator, cell: float, wavelengths: Sequence[float], lipschitz: float,
                 amplitude: float = 0.0):
    """A smooth displacement field (x, y) -> (dx, dy): a sum of plane waves with random directions and phases.
    Amplitudes follow the Lipschitz bound (or are all ``amplitude``, for gentle long waves)."""
    waves = []
    for lam in wavelengths:
        k = 2 * np.pi / (lam * cell)
        amp = amplitude if amplitude > 0 else lipschitz / (len(wavelengths) * k)
        for _axis in range(2):
            theta = rng.uniform(0, 2 * np.pi)
            waves.append((k * np.cos(theta), k * np.sin(theta), rng.uniform(0, 2 * np.pi), amp))

    def displace(xy: np.ndarray) -> np.ndarray:
        d = np.zeros_like(xy)
        for n, (kx, ky, phase, amp) in enumerate(waves):
            d[:, n % 2] += amp * np.sin(kx * xy[:, 0] + ky * xy[:, 1] + phase)
        return d

    return displace


def _densify(xy: np.ndarray, spacing: float) -> np.ndarray:
    """Points every ``spacing`` along a closed ring, computed from each edge's smaller end (bit-identical on
    both sides of a shared edge)."""
    out = [xy[:1]]
    for a, b in zip(xy[:-1], xy[1:]):
        n = int(np.ceil(np.hypot(*(b - a)) / spacing))
        if n > 1:
            lo, hi, rev = (a, b, False) if tuple(a) <= tuple(b) else (b, a, True)
            t = np.arange(1, n) / n
            mid = lo[None, :] + (hi - lo)[None, :] * t[:, None]
            out.append(mid[::-1] if rev else mid)
        out.append(b[None, :])
    return np.vstack(out)


def _grid(units_count: int, n_c: int, rng: np.random.Generator) -> _Grid:
    n_cells = units_count - 1  # one more unit is the enclave cut out of a cell
    # large territories get denser (smaller) units so the border band stays realistic
    area = units_count * MEAN_UNIT_AREA_M2 * min(1.0, (2000.0 / units_count) ** 0.5)
    aspect = 1.25  # a bit wider than tall: a border band
    height = float(np.sqrt(area / aspect))
    width = area / height
    nx = int(np.ceil(np.sqrt(n_cells * aspect)))
    ny = int(np.ceil(n_cells / nx))
    while nx * ny < n_cells:
        ny += 1
    sx, sy = width / nx, height / ny
    gx, gy = np.meshgrid(np.arange(nx), np.arange(ny))
    gx, gy = gx.ravel(), gy.ravel()
    keep = np.ones(nx * ny, dtype=bool)
    extra = nx * ny - n_cells
    if extra:
        keep[rng.choice(nx * ny, size=extra, replace=False)] = False
    jx = rng.uniform(-0.4, 0.4, nx * ny)
    jy = rng.uniform(-0.4, 0.4, nx * ny)
    px = ((gx + 0.5 + jx) * sx)[keep]
    py = ((gy + 0.5 + jy) * sy)[keep]
    gx, gy = gx[keep], gy[keep]
    phase = float(rng.uniform(0, 2 * np.pi))
    country = _country_index(px, py, width, height, n_c, phase)
    index = -np.ones((ny, nx), dtype=np.int64)
    index[gy, gx] = np.arange(n_cells)
    x0, y0 = ORIGIN_3035
    rect = QgsRectangle(x0, y0, x0 + width, y0 + height)
    return _Grid(nx, ny, sx, sy, width, height, gx, gy, px, py, country, index, rect)


def _voronoi_cells(grid: _Grid, feedback: Optional[QgsFeedback]) -> List[QgsGeometry]:
    """Voronoi cells clipped to the territory, each matched back to its seed."""
    x0, y0 = ORIGIN_3035
    rect_geom = QgsGeometry.fromRect(grid.rect)
    seeds = QgsGeometry.fromMultiPointXY([QgsPointXY(x0 + a, y0 + b) for a, b in zip(grid.px, grid.py)])
    cells = seeds.voronoiDiagram(QgsGeometry.fromRect(grid.rect.buffered(max(grid.sx, grid.sy) * 2)), 0.0, False)
    parts = cells.asGeometryCollection()
    _check(feedback, 25)
    cell_geoms: List[Optional[QgsGeometry]] = [None] * grid.cells
    for k, cell in enumerate(parts):
        if not grid.rect.contains(cell.boundingBox()):
            cell = cell.intersection(rect_geom)
        c = cell.centroid().asPoint()
        best = _nearest_seed(grid, c.x() - x0, c.y() - y0)
        if best < 0 or cell_geoms[best] is not None:
            raise RuntimeError("Voronoi cell could not be matched to its seed")
        cell_geoms[best] = cell
        if k % 2000 == 0:
            _check(feedback, 25 + 35 * k / max(1, len(parts)))
    return list(cell_geoms)  # type: ignore[arg-type]


def _nearest_seed(grid: _Grid, cx: float, cy: float) -> int:
    """The seed nearest to a point of a (convex) cell, searched in the 7 x 7 grid cells around it."""
    ix, iy = int(cx // grid.sx), int(cy // grid.sy)
    best, best_d = -1, np.inf
    for dx in range(-3, 4):
        for dy in range(-3, 4):
            ux, uy = ix + dx, iy + dy
            if 0 <= ux < grid.nx and 0 <= uy < grid.ny:
                s = grid.index[uy, ux]
                if s >= 0:
                    d = (grid.px[s] - cx) ** 2 + (grid.py[s] - cy) ** 2
                    if d < best_d:
                        best, best_d = s, d
    return int(best)


def _cut_shape(rng: np.random.Generator, cx: float, cy: float, radius: float, n: int) -> QgsGeometry:
    x0, y0 = ORIGIN_3035
    ang = np.linspace(0, 2 * np.pi, n, endpoint=False) + rng.uniform(0, 1)
    rad = radius * rng.uniform(0.75, 1.0, n)
    pts = [QgsPointXY(x0 + cx + r * np.cos(a), y0 + cy + r * np.sin(a)) for a, r in zip(ang, rad)]
    return QgsGeometry.fromPolygonXY([pts + [pts[0]]])


def _add_enclave(grid: _Grid, geoms: List[QgsGeometry], rng: np.random.Generator, out: DemoTerritory):
    """One unit cut out of the largest inner cell (an enclave); returns (host cell, inner cells)."""
    gx, gy, nx, ny = grid.gx, grid.gy, grid.nx, grid.ny
    areas = np.array([g.area() for g in geoms])
    inner = np.where((gx > 2) & (gx < nx - 3) & (gy > 2) & (gy < ny - 3))[0]
    if len(inner) == 0:
        inner = np.arange(grid.cells)
    host = int(inner[np.argmax(areas[inner])])
    radius = min(grid.sx, grid.sy) * 0.15
    shape = _cut_shape(rng, grid.px[host], grid.py[host], radius, 9)
    while not geoms[host].contains(shape):
        radius *= 0.7
        shape = _cut_shape(rng, grid.px[host], grid.py[host], radius, 9)
    geoms.append(shape)
    geoms[host] = geoms[host].difference(shape)
    out.log.append(f"enclave unit inside unit #{host + 1}")
    return host, inner


def _add_exclaves(grid: _Grid, geoms: List[QgsGeometry], inner: np.ndarray, host: int, units_count: int,
                  rng: np.random.Generator, out: DemoTerritory) -> None:
    """A small piece of a cell two cells away, in the same country, given to another unit."""
    n_exclaves = max(1, units_count // 250)
    made = 0
    taken = {host}
    for a in rng.permutation(inner):
        if made >= n_exclaves:
            break
        ux, uy = grid.gx[a] + 2, grid.gy[a]
        if ux >= grid.nx:
            continue
        b = grid.index[uy, ux]
        if b < 0 or b in taken or a in taken or grid.country[a] != grid.country[b]:
            continue
        piece = _cut_shape(rng, grid.px[b], grid.py[b], min(grid.sx, grid.sy) * 0.12, 7)
        if not geoms[b].contains(piece):
            continue
        geoms[b] = geoms[b].difference(piece)
        geoms[a] = geoms[a].combine(piece)
        taken.update({int(a), int(b)})
        made += 1
    out.log.append(f"{made} multi-part units with an exclave")


def _poles(uc, ux, uy, border_steps, n_c: int, units_count: int, rng: np.random.Generator) -> List[dict]:
    """Employment poles, in the units of each country closest to the border."""
    n_poles_per = max(1, int(round(np.sqrt(units_count) / 12)))
    poles: List[dict] = []
    for ci in range(n_c):
        members = np.where(uc == ci)[0]
        count = n_poles_per if ci > 0 else max(1, n_poles_per // 2)
        steps = border_steps[members]
        near = members[steps <= max(1, np.quantile(steps, 0.35))]
        chosen = rng.choice(near, size=min(count, len(near)), replace=False)
        for u in chosen:
            jobs = int(rng.integers(20_000, 150_000)) if ci > 0 else int(rng.integers(5_000, 30_000))
            poles.append({"unit": int(u), "country": ci, "jobs": jobs, "x": ux[u], "y": uy[u],
                          "pole_id": f"P{len(poles) + 1:03d}"})
    return poles


def _work(uc, ux, uy, poles: List[dict], n_c: int, rng: np.random.Generator) -> dict:
    """Population, employed residents and cross-border work decaying with distance to foreign poles."""
    pole_x = np.array([p["x"] for p in poles])
    pole_y = np.array([p["y"] for p in poles])
    pole_c = np.array([p["country"] for p in poles])
    pole_w = np.array([p["jobs"] for p in poles], dtype=float)
    n_units = len(uc)
    d_any = _nearest_dist(ux, uy, pole_x, pole_y)
    population = np.round(rng.lognormal(6.8, 1.0, n_units) * (1 + 6 * np.exp(-d_any / 8000.0))).astype(np.int64)
    population = np.maximum(population, 20)
    active = np.round(population * rng.uniform(0.40, 0.50, n_units)).astype(np.int64)
    cb_share = np.zeros(n_units)
    foreign_pole = np.full(n_units, -1, dtype=np.int64)
    for ci in range(n_c):
        members = np.where(uc == ci)[0]
        foreign = np.where(pole_c != ci)[0]
        if len(members) == 0 or len(foreign) == 0:
            continue
        dx = ux[members, None] - pole_x[None, foreign]
        dy = uy[members, None] - pole_y[None, foreign]
        d = np.sqrt(dx * dx + dy * dy)
        # gravity-like attraction: jobs weigh, distance decays (about 12 km)
        attraction = pole_w[None, foreign] / pole_w.max() * np.exp(-d / 12000.0)
        foreign_pole[members] = foreign[np.argmax(attraction, axis=1)]
        smax = 0.55 if pole_c[foreign].min() != 0 else 0.10
        cb_share[members] = smax * attraction.max(axis=1) ** 0.6 * rng.lognormal(0.0, 0.25, len(members))
    cb_share = np.clip(cb_share, 0.0, 0.85)
    return {"population": population, "active": active, "cb_share": cb_share, "foreign_pole": foreign_pole,
            "cb_workers": np.round(active * cb_share).astype(np.int64), "d_any": d_any, "pole_x": pole_x,
            "pole_y": pole_y}


def _fill_units(out: DemoTerritory, geoms, unit_ids, names, codes, uc, work: dict) -> None:
    for i, geom in enumerate(geoms):
        out.units.append({
            "geometry": geom, "unit_id": unit_ids[i], "name": names[i], "country": codes[uc[i]],
            "population": int(work["population"][i]), "active": int(work["active"][i]),
            "cb_workers": int(work["cb_workers"][i]),
        })


def _fill_poles(out: DemoTerritory, poles: List[dict], names, codes, unit_ids) -> None:
    for p in poles:
        p["name"] = names[p["unit"]]
        p["country_code"] = codes[p["country"]]
        p["unit_id"] = unit_ids[p["unit"]]
        out.poles.append(p)


def _fill_flows(out: DemoTerritory, grid: _Grid, uc, ux, uy, poles, work: dict, unit_ids, rng, feedback) -> None:
    """Work flows (abroad to the pole's surroundings, at home, to a neighbour) and other themes abroad."""
    # destinations around each pole: the 4 units of the pole's country nearest to it (the pole's unit first)
    pole_dest: Dict[int, np.ndarray] = {}
    for j, p in enumerate(poles):
        same = np.where(uc == p["country"])[0]
        pole_dest[j] = same[np.argsort(np.hypot(ux[same] - p["x"], uy[same] - p["y"]))[:4]]
    n_units = len(uc)
    home_pole = _home_poles(uc, ux, uy, poles)
    for i in range(n_units):
        cb = int(work["cb_workers"][i])
        if cb > 0:
            dests = pole_dest[int(work["foreign_pole"][i])]
            weights = np.array([0.55, 0.2, 0.15, 0.1][: len(dests)])
            split = rng.multinomial(cb, weights / weights.sum())
            out.flows.extend((unit_ids[i], unit_ids[d], int(c), "work") for d, c in zip(dests, split) if c > 0)
        _domestic_flows(out, grid, uc, i, int(work["active"][i]) - cb, unit_ids, rng, home_pole.get(i))
        if work["foreign_pole"][i] >= 0:
            dest = unit_ids[pole_dest[int(work["foreign_pole"][i])][0]]
            for theme, rate in (("study", 0.05), ("health", 0.04), ("shopping", 0.10)):
                cnt = int(round(work["population"][i] * rate * work["cb_share"][i]))
                if cnt > 0:
                    out.flows.append((unit_ids[i], dest, cnt, theme))
        if i % 5000 == 0:
            _check(feedback, 75 + 20 * i / n_units)


def _home_poles(uc, ux, uy, poles) -> Dict[int, Tuple[int, float]]:
    """Each unit's nearest pole of its own country: (pole unit, share of its domestic commuters going there),
    decaying with distance (12 km): units around a pole work in it, as around Geneva or Strasbourg."""
    out: Dict[int, Tuple[int, float]] = {}
    for ci in set(uc.tolist()):
        own = [p for p in poles if p["country"] == ci]
        if not own:
            continue
        members = np.where(uc == ci)[0]
        d = np.hypot(ux[members, None] - np.array([p["x"] for p in own])[None, :],
                     uy[members, None] - np.array([p["y"] for p in own])[None, :])
        nearest = d.argmin(axis=1)
        for m, k, dist in zip(members.tolist(), nearest.tolist(), d.min(axis=1).tolist()):
            out[m] = (own[k]["unit"], 0.6 * float(np.exp(-dist / 12000.0)))
    return out


def _domestic_flows(out: DemoTerritory, grid: _Grid, uc, i: int, dom: int, unit_ids, rng,
                    home_pole: Optional[Tuple[int, float]] = None) -> None:
    """Work at home (40 %), in the nearest pole of the country (more the closer it is), and in a unit of the
    same country one or two cells away."""
    if dom <= 0:
        return
    home = unit_ids[i]
    local = int(round(dom * 0.4))
    if local > 0:
        out.flows.append((home, home, local, "work"))
    if home_pole is not None and home_pole[0] != i:
        to_pole = int(round((dom - local) * home_pole[1]))
        if to_pole > 0:
            out.flows.append((home, unit_ids[home_pole[0]], to_pole, "work"))
            local += to_pole
    nb = i
    if i < grid.cells:
        for _ in range(6):
            vx, vy = grid.gx[i] + rng.integers(-2, 3), grid.gy[i] + rng.integers(-2, 3)
            if 0 <= vx < grid.nx and 0 <= vy < grid.ny:
                cand = int(grid.index[vy, vx])
                if cand >= 0 and cand != i and uc[cand] == uc[i]:
                    nb = cand
                    break
    if dom - local > 0:
        out.flows.append((home, unit_ids[nb], dom - local, "work"))


def _fill_proposals(out: DemoTerritory, geoms, names, codes, uc, ux, uy, poles, d_any, units_count: int,
                    rng) -> None:
    """Sample proposals: points near the poles, and lines from across the border to a pole."""
    x0, y0 = ORIGIN_3035
    statuses = ("idea", "studied", "funded", "done")
    n_points = max(8, min(200, units_count // 20))
    for k in range(n_points):
        u = int(rng.choice(np.argsort(d_any)[: max(10, len(geoms) // 5)]))
        pt = geoms[u].pointOnSurface()
        out.proposals.append(_proposal(rng, k, PROPOSAL_THEMES[k % 4], pt, names[u], codes, statuses))
    for k in range(max(2, n_points // 8)):
        p = poles[k % len(poles)]
        others = np.where(uc != p["country"])[0]
        d = np.hypot(ux[others] - p["x"], uy[others] - p["y"])
        u = int(others[np.argsort(d)[min(len(d) - 1, 2 + 3 * k)]])
        a = geoms[u].pointOnSurface().asPoint()
        mid = QgsPointXY((a.x() + x0 + p["x"]) / 2 + rng.normal(0, 500), (a.y() + y0 + p["y"]) / 2 + rng.normal(0, 500))
        line = QgsGeometry.fromPolylineXY([a, mid, QgsPointXY(x0 + p["x"], y0 + p["y"])])
        theme = ("mobility", "employment_training", "health", "public_services")[k % 4]
        out.proposal_lines.append(_proposal(rng, 1000 + k, theme, line, f"{names[u]} – {p['name']}", codes, statuses))


_TITLES = {
    "health": ["Cross-border health centre", "Shared emergency service", "Cross-border care pathway"],
    "mobility": ["Cross-border bus line", "Park and ride at the border", "Cycle route across the border"],
    "public_services": ["Bilingual one-stop service office", "Shared childcare facility", "Cross-border library card"],
    "employment_training": ["Cross-border apprenticeship hub", "Job centre antenna", "Bilingual vocational training"],
}


def _proposal(rng, k, theme, geometry, site, codes, statuses) -> dict:
    titles = _TITLES[theme]
    return {
        "geometry": geometry, "title": f"{titles[k % len(titles)]} #{k + 1}", "theme": theme, "site": site,
        "description": "", "lead_actor": f"Eurodistrict {'-'.join(codes)}", "partners": ", ".join(codes),
        "horizon": int(2027 + rng.integers(0, 8)), "status": statuses[int(rng.integers(0, 4))],
        "cost_eur": float(rng.integers(1, 200) * 50_000), "reach_m": float(rng.choice([2000, 5000, 10000])),
    }


def _nearest_dist(x: np.ndarray, y: np.ndarray, tx: np.ndarray, ty: np.ndarray, chunk: int = 4096) -> np.ndarray:
    """Distance from each (x, y) to the nearest target, in chunks to bound memory."""
    out = np.empty(len(x))
    for s in range(0, len(x), chunk):
        dx = x[s:s + chunk, None] - tx[None, :]
        dy = y[s:s + chunk, None] - ty[None, :]
        out[s:s + chunk] = np.sqrt((dx * dx + dy * dy).min(axis=1))
    return out


def _border_steps(grid_index: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Grid steps from each cell to the nearest cell of another country (a distance transform)."""
    ny, nx = grid_index.shape
    cgrid = np.full((ny, nx), -1, dtype=np.int64)
    valid = grid_index >= 0
    cgrid[valid] = country[grid_index[valid]]
    border = np.zeros((ny, nx), dtype=bool)
    for axis in (0, 1):
        for shift in (1, -1):
            other = np.roll(cgrid, shift, axis=axis)
            diff = (other != cgrid) & (other >= 0) & valid
            if axis == 0:
                diff[0 if shift == 1 else -1, :] = False
            else:
                diff[:, 0 if shift == 1 else -1] = False
            border |= diff
    dist = np.where(border, 0, np.iinfo(np.int64).max // 2)
    frontier = border.copy()
    step = 0
    while frontier.any() and step < nx + ny:
        step += 1
        grown = frontier.copy()
        grown[1:, :] |= frontier[:-1, :]
        grown[:-1, :] |= frontier[1:, :]
        grown[:, 1:] |= frontier[:, :-1]
        grown[:, :-1] |= frontier[:, 1:]
        new = grown & (dist > step)
        dist[new] = step
        frontier = new
    out = np.empty(int(valid.sum()), dtype=np.int64)
    out[grid_index[valid]] = dist[valid]
    return out


def _roads(px, py, country, x0, y0, pole_x, pole_y, rng) -> List[dict]:
    """A plausible road network: Delaunay links between commune centres; faster roads towards the
    poles; only some links cross the border (the crossing points)."""
    pts = QgsGeometry.fromMultiPointXY([QgsPointXY(x0 + a, y0 + b) for a, b in zip(px, py)])
    edges = pts.delaunayTriangulation(0.0, True)
    index = {(round(x0 + a, 3), round(y0 + b, 3)): i for i, (a, b) in enumerate(zip(px, py))}
    roads = []
    lines = edges.asMultiPolyline() if edges.isMultipart() else [edges.asPolyline()]
    for line in lines:
        a, b = line[0], line[-1]
        ia = index.get((round(a.x(), 3), round(a.y(), 3)))
        ib = index.get((round(b.x(), 3), round(b.y(), 3)))
        if ia is None or ib is None:
            continue
        cross = country[ia] != country[ib]
        if cross and rng.random() > 0.3:
            continue  # no road there: the border is crossed at a few points only
        mx, my = (a.x() + b.x()) / 2 - x0, (a.y() + b.y()) / 2 - y0
        d_pole = float(np.min(np.hypot(pole_x - mx, pole_y - my))) if len(pole_x) else 1e9
        r = rng.random()
        if r < 0.08 or (d_pole < 6000 and r < 0.4):
            road_class, speed = "main", 90.0
        elif r < 0.5:
            road_class, speed = "secondary", 70.0
        else:
            road_class, speed = "local", 50.0
        roads.append({"geometry": QgsGeometry.fromPolylineXY([a, b]), "road_class": road_class,
                      "speed_kmh": speed, "oneway": "both", "border": bool(cross)})
    return roads
