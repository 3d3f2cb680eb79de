"""Overlay of action proposals on intensity rings and units, in a metric CRS.

A proposal's footprint is its geometry buffered by its reach (service distance),
or the geometry itself when the reach is 0. Its share inside a ring is measured
on the footprint: area for surfaces, length for lines, count for points. The
population it reaches is that of the units its footprint touches, weighted by
the share of each unit's area covered (for a footprint without area, the full
population of the units it touches).
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeedback, QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes

from .coverage import union_coverage
from .rings import polygons_only


class OverlayCanceled(Exception):
    pass


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
        for i in self.index.intersects(footprint.boundingBox()):
            unit = self.geometries[i]
            if not engine.intersects(unit.constGet()):
                continue
            if has_area:
                if engine.contains(unit.constGet()):
                    total += self.population[i]
                elif self.areas[i] > 0:
                    part = footprint.intersection(unit)
                    total += self.population[i] * part.area() / self.areas[i]
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
            units: Optional[UnitSet], feedback: Optional[QgsFeedback] = None) -> List[ProposalResult]:
    index = RingIndex(rings)
    out: List[ProposalResult] = []
    n = max(1, len(proposals))
    for i, (geom, reach) in enumerate(zip(proposals, reaches)):
        if feedback is not None and i % 200 == 0:
            if feedback.isCanceled():
                raise OverlayCanceled()
            feedback.setProgress(10 + 60 * i / n)
        if geom is None or geom.isEmpty():
            out.append(ProposalResult(None, {r.level: 0.0 for r in rings}, None, QgsGeometry()))
            continue
        fp = footprint(geom, reach)
        best, shares, touched = index.overlay(fp)
        pop = units.reached(fp) if units is not None else None
        out.append(ProposalResult(best, shares, pop, fp, touched))
    return out


def ring_population(ring: QgsGeometry, units: UnitSet) -> float:
    return units.reached(ring) if not ring.isEmpty() else 0.0


def theme_union(footprints: Sequence[QgsGeometry]) -> QgsGeometry:
    """Union of a theme's footprints (areas only; points and lines reach nothing around them)."""
    polys = [f for f in footprints if not f.isEmpty() and f.type() == QgsWkbTypes.PolygonGeometry]
    if not polys:
        return QgsGeometry()
    return polygons_only(QgsGeometry.unaryUnion(polys))


def core_area(rings: Sequence[Ring], gap_level: int) -> QgsGeometry:
    parts = [r.geometry for r in rings if r.level <= gap_level and not r.geometry.isEmpty()]
    if not parts:
        return QgsGeometry()
    return polygons_only(union_coverage(parts) if len(parts) > 1 else QgsGeometry(parts[0]))
