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

    def reached(self, footprint: QgsGeometry) -> float:
        """Area-weighted population of the units under a footprint."""
        if footprint.isEmpty():
            return 0.0
        total = 0.0
        has_area = footprint.type() == QgsWkbTypes.PolygonGeometry and footprint.area() > 0
        engine = QgsGeometry.createGeometryEngine(footprint.constGet())
        engine.prepareGeometry()
        big = footprint.constGet().nCoordinates() > 500
        for i in self.index.intersects(footprint.boundingBox()):
            unit = self.geometries[i]
            if not engine.intersects(unit.constGet()):
                continue
            if has_area:
                if self.areas[i] > 0:
                    if big:  # a large footprint (a union, a ring): cut it to the unit's box first
                        box = unit.boundingBox()
                        box.grow(max(box.width(), box.height()) * 0.01 + 1.0)
                        part = footprint.clipped(box).intersection(unit)
                        area = part.area() if not part.isEmpty() else 0.0
                    else:
                        part = engine.intersection(unit.constGet())
                        area = part.area() if part is not None else 0.0
                    total += self.population[i] * min(1.0, area / self.areas[i])
            else:
                total += self.population[i]
        return float(total)


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
    """Rings prepared once for many small intersections (clip to the footprint's box first)."""

    def __init__(self, rings: Sequence[Ring]):
        self.rings = sorted(rings, key=lambda r: r.level)
        self.engines = []
        for r in self.rings:
            engine = QgsGeometry.createGeometryEngine(r.geometry.constGet())
            engine.prepareGeometry()
            self.engines.append(engine)

    def overlay(self, fp: QgsGeometry):
        """(strongest level touched, share inside each level, levels touched)."""
        size = measure(fp)
        shares: Dict[int, float] = {}
        touched: List[int] = []
        best = None
        box = fp.boundingBox()
        grown = QgsRectangle(box)
        grown.grow(max(box.width(), box.height(), 1.0) * 0.01 + 1.0)
        for ring, engine in zip(self.rings, self.engines):
            if ring.geometry.isEmpty() or not ring.geometry.boundingBox().intersects(grown):
                shares[ring.level] = 0.0
                continue
            if not engine.intersects(fp.constGet()):
                shares[ring.level] = 0.0
                continue
            touched.append(ring.level)
            if best is None:
                best = ring.level
            if engine.contains(fp.constGet()):
                shares[ring.level] = 1.0
                continue
            part = ring.geometry.clipped(grown).intersection(fp) if fp.type() != QgsWkbTypes.PointGeometry \
                else _points_inside(fp, engine)
            shares[ring.level] = min(1.0, measure(part) / size) if size > 0 else 0.0
        return best, shares, touched


def _points_inside(fp: QgsGeometry, engine) -> QgsGeometry:
    pts = [p for p in fp.asGeometryCollection() if engine.intersects(p.constGet())]
    return QgsGeometry.collectGeometry(pts) if pts else QgsGeometry()


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


def reached_in(units: Optional["UnitSet"], union: QgsGeometry, ring: QgsGeometry) -> Optional[float]:
    """Population of the units reached by a theme's footprints inside a ring (None without units)."""
    if units is None:
        return None
    area = union.intersection(ring) if not union.isEmpty() else QgsGeometry()
    return units.reached(area) if not area.isEmpty() else 0.0


def core_area(rings: Sequence[Ring], gap_level: int) -> QgsGeometry:
    parts = [r.geometry for r in rings if r.level <= gap_level and not r.geometry.isEmpty()]
    if not parts:
        return QgsGeometry()
    return polygons_only(union(parts))
