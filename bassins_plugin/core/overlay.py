"""Overlay of action proposals on intensity rings and units, in a metric CRS.

A proposal's footprint is its geometry buffered by its reach (service distance),
or the geometry itself when the reach is 0. Its share inside a ring is measured
on the footprint: area for surfaces, length for lines, count for points. The
population it reaches is that of the units its footprint touches, weighted by
the share of each unit's area covered (for a footprint without area, the full
population of the units it touches).
"""
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeedback, QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from .errors import Canceled
from .rings import polygons_only, union
from .threads import parallel_map


def persons(value: Optional[float]) -> Optional[float]:
    """A population reached, in whole persons: the area-weighted estimate (16491.2168…) is no more precise than
    that, and a planner reads 16491. Halves go up (12.5 -> 13, not Python's round-to-even 12). NULL stays NULL."""
    return None if value is None else float(np.floor(value + 0.5))


@dataclass
class Ring:
    level: int
    geometry: QgsGeometry


@dataclass
class ProposalResult:
    best_level: Optional[int]
    shares: Dict[int, float]
    pop_reached: Optional[float]
    footprint: QgsGeometry
    touched: List[int] = field(default_factory=list)


@dataclass
class UnitSet:
    geometries: List[QgsGeometry]
    population: np.ndarray
    index: QgsSpatialIndex = field(default=None)
    areas: np.ndarray = field(default=None)

    def __post_init__(self):
        self.index = QgsSpatialIndex()
        for i, g in enumerate(self.geometries):
            if not g.isEmpty():
                self.index.addFeature(i, g.boundingBox())
        self.areas = np.array([g.area() for g in self.geometries])
        self._plain = (self.population.astype(float).tolist(), self.areas.tolist(),
                       [g.constGet() for g in self.geometries])  # Python values for the per-proposal loop

    def reached(self, footprint: QgsGeometry) -> float:
        """Area-weighted population of the units under a footprint (a footprint without area reaches the
        whole population of the units it touches)."""
        if footprint.isEmpty():
            return 0.0
        if not (footprint.type() == QgsWkbTypes.PolygonGeometry and footprint.area() > 0):
            shape = _shape(footprint)
            return float(sum(self.population[i] for i in self.index.intersects(footprint.boundingBox())
                             if shape.intersects(self.geometries[i])))
        if footprint.constGet().nCoordinates() > 500:
            return float(sum(self.population[i] * frac for i, (frac, _) in self.coverage(footprint).items()))
        # a proposal's footprint: the same sum as coverage() gives, in the leanest loop (called per proposal)
        engine = _prepared(footprint)
        pops, areas, geoms = self._plain
        total = 0.0
        for i in self.index.intersects(footprint.boundingBox()):
            if areas[i] <= 0:
                continue
            piece = engine.intersection(geoms[i])
            covered = piece.area() if piece is not None else 0.0
            if covered > 0:
                total += pops[i] * min(1.0, covered / areas[i])
        return total

    def coverage(self, area: QgsGeometry, among: Optional[set] = None) -> Dict[int, tuple]:
        """For each unit that ``area`` (a polygon) covers in part: (covered share of its area, the covered
        piece, or None when the unit is wholly covered); only units ``among`` those given, if given. A unit
        wholly inside needs no intersection; a large area is handled part by part and tile by tile
        (:class:`PartIndex`)."""
        out: Dict[int, tuple] = {}
        if area.isEmpty():
            return out
        shape = _shape(area)
        for i in self.index.intersects(area.boundingBox()):
            if self.areas[i] <= 0 or (among is not None and i not in among):
                continue
            whole, piece = shape.overlap(self.geometries[i])
            if whole:
                out[i] = (1.0, None)
            elif piece is not None:
                out[i] = (min(1.0, piece.area() / self.areas[i]), piece)
        return out


def _shape(geom: QgsGeometry):
    """The overlap helper that suits a geometry's size."""
    return PartIndex(geom) if geom.constGet().nCoordinates() > 500 else SmallShape(geom)


def _prepared(geom: QgsGeometry):
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    return engine


class SmallShape:
    """The same questions as :class:`PartIndex`, for a small geometry (a proposal's footprint): one prepared
    engine, intersections straight through it."""

    def __init__(self, geom: QgsGeometry):
        self.engine = _prepared(geom)

    def intersects(self, small: QgsGeometry) -> bool:
        return self.engine.intersects(small.constGet())

    def overlap(self, small: QgsGeometry):
        piece = self.engine.intersection(small.constGet())  # a contained unit comes back whole
        if piece is None:
            return False, None
        piece = QgsGeometry(piece)
        return False, (piece if not piece.isEmpty() and piece.area() > 0 else None)


class PartIndex:
    """A (multi)polygon split into its parts, with a spatial index and a prepared engine per part (made when
    first needed): a small geometry only meets the parts near it. Parts with many vertices (a ring's
    boundary runs through thousands) are also cut once into tiles of about ``tile_vertices`` vertices, so a
    small geometry is intersected with the few tiles under it, never with a whole part. Not shared
    between threads."""

    def __init__(self, geom: QgsGeometry, tile_vertices: int = 400):
        self.parts = [QgsGeometry(p.clone()) for p in geom.constParts()] if geom.isMultipart() \
            else [QgsGeometry(geom)]
        self.index = QgsSpatialIndex()
        self.tiles: List[QgsGeometry] = []
        self.tile_part: List[int] = []
        self.tile_index = QgsSpatialIndex()
        for k, part in enumerate(self.parts):
            self.index.addFeature(k, part.boundingBox())
            for tile in _tiles(part, tile_vertices):
                self.tile_index.addFeature(len(self.tiles), tile.boundingBox())
                self.tiles.append(tile)
                self.tile_part.append(k)
        self.engines: Dict[int, object] = {}
        self.edges: Dict[int, object] = {}

    def _engine(self, k: int):
        engine = self.engines.get(k)
        if engine is None:
            engine = self.engines[k] = _prepared(self.parts[k])
        return engine

    def intersects(self, small: QgsGeometry) -> bool:
        return any(self._engine(k).intersects(small.constGet()) for k in self.index.intersects(small.boundingBox()))

    def _inside(self, k: int, small: QgsGeometry) -> bool:
        """Whether part k, which ``small`` meets, holds all of it. Not GEOS's contains: for a unit that shares
        edges with the part (rings are unions of units) it falls back to a full relate over the part's every
        vertex. A geometry that never meets the part's boundary has each of its pieces wholly inside or
        wholly outside; it is inside when each piece meets the part."""
        engine = self.edges.get(k)
        if engine is None:
            engine = self.edges[k] = _prepared(QgsGeometry(self.parts[k].constGet().boundary()))
        if engine.intersects(small.constGet()):
            return False
        return not small.isMultipart() or all(self._engine(k).intersects(p) for p in small.constParts())

    def overlap(self, small: QgsGeometry, areal: bool = True):
        """(whole, piece): whole when a part contains ``small``; else the intersection (None when empty).
        ``areal`` False keeps line pieces (a line proposal's share is measured by length)."""
        return self.meet(small, areal)[1:]

    def meet(self, small: QgsGeometry, areal: bool = True):
        """(whether ``small`` meets the geometry at all, whole, piece): see :meth:`overlap`."""
        box = small.boundingBox()
        candidates = {k for k in self.index.intersects(box) if self._engine(k).intersects(small.constGet())}
        if not candidates:
            return False, False, None
        if len(candidates) == 1 and self._inside(next(iter(candidates)), small):
            return True, True, None
        pieces = []
        for t in self.tile_index.intersects(box):
            if self.tile_part[t] not in candidates:
                continue
            piece = self.tiles[t].intersection(small)
            if not piece.isEmpty() and (piece.area() > 0 if areal else measure(piece) > 0):
                pieces.append(piece)
        if not pieces:
            return True, False, None
        return True, False, pieces[0] if len(pieces) == 1 else QgsGeometry.collectGeometry(pieces)


def _tiles(part: QgsGeometry, tile_vertices: int) -> List[QgsGeometry]:
    """A polygon cut by a regular grid into pieces of about ``tile_vertices`` vertices (exact overlay with
    each cell: the pieces tile the part, their areas add up to its area); a small part is its own tile."""
    n = part.constGet().nCoordinates()
    if n <= tile_vertices * 2:
        return [part]
    side = int(np.ceil(np.sqrt(n / tile_vertices)))
    box = part.boundingBox()
    w, h = box.width() / side, box.height() / side
    tiles = []
    for i in range(side):
        for j in range(side):
            x0, y0 = box.xMinimum() + i * w, box.yMinimum() + j * h
            cell = QgsRectangle(x0, y0, box.xMaximum() if i == side - 1 else x0 + w,
                                box.yMaximum() if j == side - 1 else y0 + h)
            tile = polygons_only(part.intersection(QgsGeometry.fromRect(cell)))
            if not tile.isEmpty():
                tiles.append(tile)
    return tiles or [part]


def measure(geom: QgsGeometry) -> float:
    """The size that shares are measured with: area, length or number of points."""
    if geom is None or geom.isEmpty():
        return 0.0
    t = geom.type()
    if t == QgsWkbTypes.PolygonGeometry:
        return geom.area()
    if t == QgsWkbTypes.LineGeometry:
        return geom.length()
    return float(len(geom.asGeometryCollection())) if geom.isMultipart() else 1.0


def footprint(geom: QgsGeometry, reach: float, segments: int = 12) -> QgsGeometry:
    if reach and reach > 0:
        return polygons_only(geom.buffer(reach, segments))
    return geom


class RingIndex:
    """Rings prepared once for many small overlays, part by part (see :class:`PartIndex`)."""

    def __init__(self, rings: Sequence[Ring]):
        self.rings = sorted(rings, key=lambda r: r.level)
        self.shapes = [PartIndex(r.geometry) if not r.geometry.isEmpty() else None for r in self.rings]

    def overlay(self, fp: QgsGeometry):
        """(strongest level touched, share inside each level, levels touched)."""
        size = measure(fp)
        shares: Dict[int, float] = {}
        touched: List[int] = []
        best = None
        points = fp.type() == QgsWkbTypes.PointGeometry
        for ring, shape in zip(self.rings, self.shapes):
            shares[ring.level] = 0.0
            if shape is None:
                continue
            if points:
                met, whole, piece = shape.intersects(fp), False, None
            else:
                met, whole, piece = shape.meet(fp, areal=fp.type() == QgsWkbTypes.PolygonGeometry)
            if not met:
                continue
            touched.append(ring.level)
            if best is None:
                best = ring.level
            if points:
                inside = [p for p in fp.asGeometryCollection() if shape.intersects(p)] if fp.isMultipart() else [fp]
                shares[ring.level] = min(1.0, len(inside) / size) if size > 0 else 0.0
            elif whole:
                shares[ring.level] = 1.0
            elif piece is not None:
                shares[ring.level] = min(1.0, measure(piece) / size) if size > 0 else 0.0
        return best, shares, touched


def overlay(proposals: Sequence[QgsGeometry], reaches: Sequence[float], rings: Sequence[Ring],
            units: Optional[UnitSet], feedback: Optional[QgsFeedback] = None, workers: int = 0,
            chunk: int = 250) -> List[ProposalResult]:
    """Overlay every proposal; chunks run on a thread pool (GEOS work releases the GIL).

    Prepared ring geometries are not shared between threads: each thread builds its own."""
    local = threading.local()

    def run_chunk(start: int) -> List[ProposalResult]:
        index = getattr(local, "index", None)
        if index is None:
            index = local.index = RingIndex(rings)
        done = []
        for geom, reach in zip(proposals[start:start + chunk], reaches[start:start + chunk]):
            if feedback is not None and feedback.isCanceled():
                raise Canceled()
            if geom is None or geom.isEmpty():
                done.append(ProposalResult(None, {r.level: 0.0 for r in rings}, None, QgsGeometry()))
                continue
            fp = footprint(geom, reach)
            best, shares, touched = index.overlay(fp)
            pop = units.reached(fp) if units is not None else None
            done.append(ProposalResult(best, shares, pop, fp, touched))
        return done

    starts = list(range(0, len(proposals), chunk))
    workers = workers or min(4, os.cpu_count() or 1)
    out: List[ProposalResult] = []
    if workers <= 1 or len(starts) <= 1:
        for k, s0 in enumerate(starts):
            out.extend(run_chunk(s0))
            if feedback is not None:
                feedback.setProgress(10 + 60 * (k + 1) / len(starts))
        return out
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(run_chunk, s0) for s0 in starts]
        for k, fut in enumerate(futures):
            out.extend(fut.result())
            if feedback is not None:
                feedback.setProgress(10 + 60 * (k + 1) / len(starts))
    return out


def theme_union(footprints: Sequence[QgsGeometry]) -> QgsGeometry:
    """Union of a theme's footprints (areas only; points and lines reach nothing around them)."""
    polys = [f for f in footprints if not f.isEmpty() and f.type() == QgsWkbTypes.PolygonGeometry]
    if not polys:
        return QgsGeometry()
    return polygons_only(QgsGeometry.unaryUnion(polys))


def theme_unions(footprints_by_theme: Dict[str, List[QgsGeometry]]) -> Dict[str, QgsGeometry]:
    """theme_union for several themes at once."""
    themes = list(footprints_by_theme)
    return dict(zip(themes, parallel_map(lambda t: theme_union(footprints_by_theme[t]), themes)))


def population_by_ring_and_theme(units: "UnitSet", rings: Sequence[Ring], unions: Dict[str, QgsGeometry]):
    """(population of each ring by level, population reached by each theme's union inside each ring by
    (theme, level)), area-weighted. Each ring and each union is laid once over the units; a unit's share
    in both is then its piece of the one met with its piece of the other, and needs no intersection when
    it lies wholly in either (the rings are unions of units: most units do)."""
    by_ring = parallel_map(units.coverage, [r.geometry for r in rings])
    ring_pop = {r.level: float(sum(units.population[i] * f for i, (f, _) in cov.items()))
                for r, cov in zip(rings, by_ring)}

    in_rings = set().union(*[set(cov) for cov in by_ring]) if by_ring else set()

    def theme(name: str) -> Dict[int, float]:
        in_union = units.coverage(unions[name], among=in_rings)
        out = {}
        for ring, in_ring in zip(rings, by_ring):
            total = 0.0
            for i, (f_union, p_union) in in_union.items():
                found = in_ring.get(i)
                if found is None:
                    continue
                f_ring, p_ring = found
                if p_union is None or p_ring is None:  # wholly in the union or wholly in the ring
                    share = f_ring if p_union is None else f_union
                else:
                    share = min(1.0, p_union.intersection(p_ring).area() / units.areas[i])
                total += units.population[i] * share
            out[ring.level] = float(total)
        return out

    names = list(unions)
    reached = {(t, lv): v for t, by_level in zip(names, parallel_map(theme, names)) for lv, v in by_level.items()}
    return ring_pop, reached


def core_area(rings: Sequence[Ring], gap_level: int) -> QgsGeometry:
    parts = [r.geometry for r in rings if r.level <= gap_level and not r.geometry.isEmpty()]
    if not parts:
        return QgsGeometry()
    return polygons_only(union(parts))
