"""Nested intensity rings from unit polygons and their levels.

Level 1 is the strongest. The level-k envelope is the union of the units whose
level is 1..k (built incrementally: envelope k = envelope k-1 + units of level k,
one cascaded union per level). Bands are differences of consecutive envelopes.
Optional smoothing (a morphological closing, in metres) keeps rings nested and
within the territory; small holes and parts can be removed by true area.
"""
import struct
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeedback, QgsGeometry, QgsPointXY, QgsWkbTypes

from . import coverage
from .adjacency import coverage_components
from .crs import WorkingCrs
from .errors import Canceled
from .threads import parallel_map

MODE_CODES = ("nested", "bands")  # order is API (MODE enum index)


@dataclass
class Ring:
    level: int
    geometry: QgsGeometry
    members: np.ndarray  # boolean mask over units


def _canceled(feedback: Optional[QgsFeedback]) -> bool:
    return feedback is not None and feedback.isCanceled()


def union(geoms: Sequence[QgsGeometry]) -> QgsGeometry:
    geoms = [g for g in geoms if g is not None and not g.isEmpty()]
    if not geoms:
        return QgsGeometry()
    if len(geoms) == 1:
        return QgsGeometry(geoms[0])
    return QgsGeometry.unaryUnion(geoms)


def polygons_only(geom: QgsGeometry) -> QgsGeometry:
    """Keep the polygonal part of a geometry (unions and differences may add slivers of lines)."""
    if geom is None or geom.isEmpty():
        return QgsGeometry()
    if QgsWkbTypes.flatType(geom.wkbType()) in (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon):
        return geom
    parts = [p for p in geom.asGeometryCollection() if p.type() == QgsWkbTypes.PolygonGeometry and not p.isEmpty()]
    if not parts:
        return QgsGeometry()
    polys = []
    for p in parts:
        polys.extend(p.asMultiPolygon() if p.isMultipart() else [p.asPolygon()])
    return QgsGeometry.fromMultiPolygonXY(polys) if len(polys) > 1 else QgsGeometry.fromPolygonXY(polys[0])


def filter_parts_and_holes(geom: QgsGeometry, min_part: float, min_hole: float,
                           measure: Callable[[QgsGeometry], float]) -> QgsGeometry:
    """Drop parts smaller than min_part and fill holes smaller than min_hole (areas by ``measure``)."""
    if geom.isEmpty() or (min_part <= 0 and min_hole <= 0):
        return geom
    polys = geom.asMultiPolygon() if geom.isMultipart() else [geom.asPolygon()]
    kept = []
    for rings in polys:
        if not rings:
            continue
        outer = rings[0]
        if min_part > 0 and measure(QgsGeometry.fromPolygonXY([outer])) < min_part:
            continue
        holes = [h for h in rings[1:] if not (min_hole > 0 and measure(QgsGeometry.fromPolygonXY([h])) < min_hole)]
        kept.append([outer] + holes)
    if not kept:
        return QgsGeometry()
    return QgsGeometry.fromMultiPolygonXY(kept)


def envelopes(geoms: Sequence[QgsGeometry], levels: np.ndarray, n_levels: int,
              feedback: Optional[QgsFeedback] = None) -> List[QgsGeometry]:
    """Exact nested envelopes: envelope k = union of units with 1 <= level <= k.

    Units are grouped into coverage components (linked by shared boundary segments: the communes of
    one national layer, say). Each component is dissolved with the GEOS coverage union (falling back
    to the cascaded union when it turns out not to be a clean coverage), and the few component
    results are then unioned together. Where two layers meet with slivers or overlaps, only that
    last union does overlay work."""
    candidates = np.nonzero((levels >= 1) & (levels <= n_levels))[0]
    labels = np.full(len(geoms), -1, dtype=np.int64)
    if len(candidates) and coverage.available():
        labels[candidates] = candidates[coverage_components([geoms[i] for i in candidates])]
    out: List[QgsGeometry] = []
    previous = {}  # component -> its envelope at the previous level (the next one adds to it)
    clean = {}
    for k in range(1, n_levels + 1):
        if _canceled(feedback):
            raise Canceled()
        band = np.nonzero(levels == k)[0]

        def dissolve(label, band=band):
            group = ([previous[label]] if label in previous else []) + \
                [geoms[i] for i in band[labels[band] == label]]
            result = None
            tried = label >= 0 and len(group) >= 2 and clean.get(label, True)
            if tried:
                result = coverage.coverage_union_or_none(group)  # the last envelope and the new units tile too
            return label, tried and result is None, result if result is not None else union(group)

        for label, failed, envelope in parallel_map(dissolve, np.unique(labels[band]).tolist()):
            clean[label] = clean.get(label, True) and not failed
            previous[label] = envelope
        out.append(_merge(list(previous.values())))
        if feedback is not None:
            feedback.setProgress(10 + 60 * k / n_levels)
    return out


def _merge(pieces: List[QgsGeometry]) -> QgsGeometry:
    """Union of component envelopes: only pieces whose bounding boxes meet are overlaid (where two layers
    overlap or touch); the others are disjoint and simply collected."""
    pieces = [p for p in pieces if p is not None and not p.isEmpty()]
    if not pieces:
        return QgsGeometry()
    boxes = [p.boundingBox() for p in pieces]
    group = list(range(len(pieces)))

    def root(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(len(pieces)):
        for j in range(i + 1, len(pieces)):
            if boxes[i].intersects(boxes[j]):
                group[root(j)] = root(i)
    clusters: dict = {}
    for i in range(len(pieces)):
        clusters.setdefault(root(i), []).append(pieces[i])
    merged = parallel_map(lambda members: polygons_only(union(members)), list(clusters.values()))
    return merged[0] if len(merged) == 1 else collect_polygons(merged)


def collect_polygons(geoms: Sequence[QgsGeometry]) -> QgsGeometry:
    """Disjoint (multi)polygons as one MultiPolygon, by joining their WKB parts (no coordinate copying
    through Python objects)."""
    parts, count = [], 0
    for g in geoms:
        multi = QgsGeometry(g)
        multi.convertToMultiType()
        wkb = bytes(multi.asWkb())
        if QgsWkbTypes.flatType(multi.wkbType()) != QgsWkbTypes.MultiPolygon or multi.wkbType() != \
                QgsWkbTypes.MultiPolygon or wkb[0] != 1:
            return QgsGeometry.collectGeometry(list(geoms))  # Z/M or big-endian: the general path
        count += struct.unpack_from("<I", wkb, 5)[0]
        parts.append(wkb[9:])
    out = QgsGeometry()
    out.fromWkb(struct.pack("<BII", 1, 6, count) + b"".join(parts))
    return out


def smooth(envs: List[QgsGeometry], territory: QgsGeometry, distance: float, work: WorkingCrs,
           segments: int = 8, feedback: Optional[QgsFeedback] = None) -> List[QgsGeometry]:
    """Closing (buffer +d then -d, in metres), clipped to the territory, kept nested."""
    terr_w = work.forward(territory)
    out: List[QgsGeometry] = []
    previous = QgsGeometry()
    for env in envs:
        if _canceled(feedback):
            raise Canceled()
        if env.isEmpty():
            out.append(QgsGeometry(env))
            continue
        g = work.forward(env)
        g = g.buffer(distance, segments).buffer(-distance, segments)
        g = polygons_only(g.intersection(terr_w))
        g = work.backward(g) if work.reprojects else g
        if not previous.isEmpty():
            g = polygons_only(union([g, previous]))
        # an envelope never loses its units: smoothing only adds space between them
        g = polygons_only(union([g, env]))
        out.append(g)
        previous = g
    return out


def enforce_nesting(envs: List[QgsGeometry]) -> List[QgsGeometry]:
    out: List[QgsGeometry] = []
    previous = QgsGeometry()
    for env in envs:
        g = env if previous.isEmpty() else polygons_only(union([env, previous]))
        out.append(g)
        previous = g
    return out


def bands(envs: List[QgsGeometry]) -> List[QgsGeometry]:
    out: List[QgsGeometry] = []
    previous = QgsGeometry()
    for env in envs:
        out.append(QgsGeometry(env) if previous.isEmpty() else polygons_only(env.difference(previous)))
        previous = env
    return out


def build_rings(geoms: Sequence[QgsGeometry], levels: np.ndarray, n_levels: int, mode: str = "nested",
                smoothing: float = 0.0, min_hole: float = 0.0, min_part: float = 0.0,
                work: Optional[WorkingCrs] = None, measure: Optional[Callable[[QgsGeometry], float]] = None,
                feedback: Optional[QgsFeedback] = None, territory: Optional[QgsGeometry] = None) -> List[Ring]:
    """Rings for levels 1..n_levels; ``levels`` holds 0 for units without a level.

    ``territory`` (all units, for clipping smoothed rings) defaults to the union of ``geoms``."""
    if mode not in MODE_CODES:
        raise ValueError(f"unknown mode {mode}")
    envs = envelopes(geoms, levels, n_levels, feedback)
    if smoothing > 0:
        if work is None:
            raise ValueError("smoothing needs a working CRS")
        if territory is None:
            territory = polygons_only(union(list(geoms)))
        envs = smooth(envs, territory, smoothing, work, feedback=feedback)
    if (min_hole > 0 or min_part > 0) and measure is not None:
        envs = [filter_parts_and_holes(e, min_part, min_hole, measure) for e in envs]
        envs = enforce_nesting(envs)
    if feedback is not None:
        feedback.setProgress(85)
    geoms_out = envs if mode == "nested" else bands(envs)
    rings = []
    for k, g in enumerate(geoms_out, start=1):
        members = (levels >= 1) & (levels <= k) if mode == "nested" else (levels == k)
        rings.append(Ring(level=k, geometry=g, members=members))
    return rings


def points_inside(geom: QgsGeometry, xs: Sequence[float], ys: Sequence[float]) -> np.ndarray:
    """Which points lie in the geometry (prepared GEOS engine, bounding-box prefilter)."""
    inside = np.zeros(len(xs), dtype=bool)
    if geom.isEmpty():
        return inside
    engine = QgsGeometry.createGeometryEngine(geom.constGet())
    engine.prepareGeometry()
    box = geom.boundingBox()
    for i, (x, y) in enumerate(zip(xs, ys)):
        pt = QgsPointXY(x, y)
        if box.contains(pt):
            point = QgsGeometry.fromPointXY(pt)  # kept alive while GEOS reads it
            inside[i] = engine.intersects(point.constGet())
    return inside
