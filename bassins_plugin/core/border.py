"""National borders drawn from the units themselves: the boundary shared by units of two different countries.

Each country's units are dissolved (coverage union when they tile), then for every pair of countries the
part of one country's boundary lying within a small tolerance of the other is kept: exactly the shared
edges where the two national layers meet cleanly, and the right line where they meet with slivers or gaps
narrower than the tolerance. Lines are merged into as few parts as possible.
"""
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsGeometry, QgsPoint, QgsPointXY, QgsWkbTypes

from . import coverage
from .errors import Canceled
from .rings import union


@dataclass
class Border:
    country_a: str
    country_b: str
    geometry: QgsGeometry  # lines, in the working CRS
    first: str = ""  # the country to name first in a label: west of a north-south border, north of an east-west one


def country_areas(geoms: Sequence[QgsGeometry], countries: Sequence[Optional[str]]) -> Dict[str, QgsGeometry]:
    """The union of each country's units."""
    groups: Dict[str, List[QgsGeometry]] = {}
    for geom, country in zip(geoms, countries):
        if country and geom is not None and not geom.isEmpty():
            groups.setdefault(country, []).append(geom)
    out = {}
    for country, members in groups.items():
        dissolved = coverage.coverage_union_or_none(members) if len(members) > 1 else None
        out[country] = dissolved if dissolved is not None else union(members)
    return out


def borders(areas: Dict[str, QgsGeometry], tolerance: float, feedback=None) -> List[Border]:
    """For every pair of countries whose areas meet (within ``tolerance``), the border line between them."""
    codes = sorted(areas)
    outlines = {c: QgsGeometry(areas[c].constGet().boundary()) for c in codes}
    out: List[Border] = []
    for i, a in enumerate(codes):
        for b in codes[i + 1:]:
            if feedback is not None and feedback.isCanceled():
                raise Canceled()
            box = areas[a].boundingBox()
            box.grow(tolerance)
            if not box.intersects(areas[b].boundingBox()):
                continue
            zone = areas[b].buffer(max(tolerance, 1e-6), 4)
            line = _facing(_lines_only(outlines[a].intersection(zone)), areas[a], areas[b], max(tolerance, 1e-3))
            line = _nearer_than_others(line, areas[b], [areas[c] for c in codes if c not in (a, b)],
                                       max(tolerance, 1e-3))
            if line.isEmpty() or line.length() <= 3 * tolerance:
                continue
            merged = line.mergeLines()
            out.append(Border(a, b, merged if not merged.isEmpty() else line, _first(areas[a], areas[b], a, b)))
    return out


def _first(area_a: QgsGeometry, area_b: QgsGeometry, a: str, b: str) -> str:
    """So that a label 'France | Switzerland' reads as the map does: west before east (or north before south)."""
    ca, cb = area_a.centroid().asPoint(), area_b.centroid().asPoint()
    dx, dy = cb.x() - ca.x(), cb.y() - ca.y()
    if abs(dx) >= abs(dy):
        return a if dx >= 0 else b
    return a if dy <= 0 else b


def _facing(lines: QgsGeometry, area_a: QgsGeometry, area_b: QgsGeometry, tolerance: float) -> QgsGeometry:
    """The segments of A's outline whose outer side faces B: a point just outside A, across the segment's
    middle, lies within half the tolerance of B. This drops the bits of A's outer edge near a corner of B,
    which are near B without facing it."""
    if lines.isEmpty():
        return lines
    inside_a = QgsGeometry.createGeometryEngine(area_a.constGet())
    inside_a.prepareGeometry()
    zone_b = area_b.buffer(tolerance / 2.0, 4)
    near_b = QgsGeometry.createGeometryEngine(zone_b.constGet())
    near_b.prepareGeometry()
    kept = []
    parts = lines.asMultiPolyline() if lines.isMultipart() else [lines.asPolyline()]
    for part in parts:
        for p, q in zip(part, part[1:]):
            length = ((q.x() - p.x()) ** 2 + (q.y() - p.y()) ** 2) ** 0.5
            if length == 0:
                continue
            mx, my = (p.x() + q.x()) / 2, (p.y() + q.y()) / 2
            nx, ny = -(q.y() - p.y()) / length * tolerance, (q.x() - p.x()) / length * tolerance
            left = QgsGeometry.fromPointXY(QgsPointXY(mx + nx, my + ny))
            right = QgsGeometry.fromPointXY(QgsPointXY(mx - nx, my - ny))
            outside = right if inside_a.contains(left.constGet()) else left
            if near_b.intersects(outside.constGet()):
                kept.append(QgsGeometry.fromPolylineXY([p, q]))
    return QgsGeometry.collectGeometry(kept) if kept else QgsGeometry()


def _nearer_than_others(lines: QgsGeometry, area_b: QgsGeometry, others: Sequence[QgsGeometry],
                        tolerance: float) -> QgsGeometry:
    """The parts of ``lines`` (segments of A's outline) nearer to B than to any third country: where three
    countries meet, A–B ends at the tripoint instead of running on along A–C for about the tolerance. Only the
    segments within the tolerance of a third country are measured; the switch point is found by bisection."""
    if lines.isEmpty():
        return lines
    box = lines.boundingBox()
    box.grow(tolerance)
    near = [c for c in others if c.boundingBox().intersects(box)]
    if not near:
        return lines
    buffers = [c.buffer(tolerance, 4) for c in near]  # kept alive: an engine only points at its geometry
    zones = [QgsGeometry.createGeometryEngine(z.constGet()) for z in buffers]
    engines = [QgsGeometry.createGeometryEngine(c.constGet()) for c in near]
    engine_b = QgsGeometry.createGeometryEngine(area_b.constGet())
    for e in zones + engines + [engine_b]:
        e.prepareGeometry()

    def margin(x: float, y: float) -> float:  # > 0: nearer to a third country than to B
        point = QgsPoint(x, y)
        return engine_b.distance(point) - min(e.distance(point) for e in engines)

    kept = []
    parts = lines.asMultiPolyline() if lines.isMultipart() else [lines.asPolyline()]
    for part in parts:
        for p, q in zip(part, part[1:]):
            segment = QgsGeometry.fromPolylineXY([p, q])
            if not any(z.intersects(segment.constGet()) for z in zones):
                kept.append(segment)
                continue
            piece = _b_side(p, q, margin)
            if piece is not None:
                kept.append(piece)
    return QgsGeometry.collectGeometry(kept) if kept else QgsGeometry()


def _b_side(p: QgsPointXY, q: QgsPointXY, margin) -> Optional[QgsGeometry]:
    """The part of segment p–q where ``margin`` ≤ 0 (one switch at most, found to a millionth of its length)."""
    mp, mq = margin(p.x(), p.y()), margin(q.x(), q.y())
    if mp <= 0 and mq <= 0:
        return QgsGeometry.fromPolylineXY([p, q])
    if mp > 0 and mq > 0:
        return None
    lo, hi = (0.0, 1.0) if mp <= 0 else (1.0, 0.0)  # lo: on B's side, hi: on the other's
    for _ in range(20):
        mid = (lo + hi) / 2
        if margin(p.x() + (q.x() - p.x()) * mid, p.y() + (q.y() - p.y()) * mid) <= 0:
            lo = mid
        else:
            hi = mid
    cut = QgsPointXY(p.x() + (q.x() - p.x()) * lo, p.y() + (q.y() - p.y()) * lo)
    start = p if mp <= 0 else q
    if cut.sqrDist(start) == 0:
        return None
    return QgsGeometry.fromPolylineXY([start, cut] if mp <= 0 else [cut, start])


def _lines_only(geom: QgsGeometry) -> QgsGeometry:
    if geom.isEmpty():
        return QgsGeometry()
    if geom.type() == QgsWkbTypes.LineGeometry:
        return geom
    parts = [p for p in geom.asGeometryCollection() if p.type() == QgsWkbTypes.LineGeometry and not p.isEmpty()]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()
