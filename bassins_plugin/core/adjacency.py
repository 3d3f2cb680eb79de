"""Rook neighbours of polygon units (a shared boundary of positive length) and the units on the outer edge.

Fast and exact where units form a clean coverage: boundary segments are hashed, and two units
sharing a segment are neighbours. Where they do not (two national layers that meet with slivers,
gaps or different vertices), only the units left with unshared boundary are compared with GEOS
within a snapping tolerance: a unit B is a neighbour of A when more than 3 x tolerance of B's
boundary lies within the tolerance of A. A single corner gives about 2 x tolerance, so corners
never make neighbours. A unit whose boundary keeps more than 3 x tolerance unshared touches the
outer edge of the union of all units (including holes of that union).
"""
import struct
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle, QgsSpatialIndex, QgsWkbTypes


@dataclass
class Adjacency:
    neighbours: List[Set[int]]
    on_edge: np.ndarray  # bool per unit
    snapped_pairs: int = 0  # neighbour pairs found only within the tolerance


def _rings_of(geom: QgsGeometry) -> List[np.ndarray]:
    """Coordinate arrays (m x 2) of every ring of a (multi)polygon, from its WKB."""
    g = QgsGeometry(geom)
    if QgsWkbTypes.hasZ(g.wkbType()) or QgsWkbTypes.hasM(g.wkbType()):
        g.get().dropZValue()
        g.get().dropMValue()
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g = QgsGeometry(g.constGet().segmentize())
    g.convertToMultiType()
    wkb = bytes(g.asWkb())
    out: List[np.ndarray] = []
    if len(wkb) < 9:
        return out
    order = "<" if wkb[0] == 1 else ">"
    n_polys = struct.unpack_from(order + "I", wkb, 5)[0]
    pos = 9
    dtype = np.dtype(order + "f8")
    for _ in range(n_polys):
        pos += 5  # byte order + type of the polygon
        n_rings = struct.unpack_from(order + "I", wkb, pos)[0]
        pos += 4
        for _ in range(n_rings):
            n_pts = struct.unpack_from(order + "I", wkb, pos)[0]
            pos += 4
            out.append(np.frombuffer(wkb, dtype=dtype, count=2 * n_pts, offset=pos).reshape(-1, 2))
            pos += 16 * n_pts
    return out


def _segments(geoms: Sequence[QgsGeometry], grid: float):
    """Quantised segment end points (ax, ay, bx, by; a < b), their unit and length."""
    keys, owners, lengths = [], [], []
    for i, geom in enumerate(geoms):
        for ring in _rings_of(geom):
            if len(ring) < 2:
                continue
            q = np.round(ring / grid).astype(np.int64)
            a, b = q[:-1], q[1:]
            swap = (a[:, 0] > b[:, 0]) | ((a[:, 0] == b[:, 0]) & (a[:, 1] > b[:, 1]))
            lo = np.where(swap[:, None], b, a)
            hi = np.where(swap[:, None], a, b)
            seg = np.hstack([lo, hi])
            length = np.hypot(*(ring[1:] - ring[:-1]).T)
            keep = length > 0
            keys.append(seg[keep])
            owners.append(np.full(int(keep.sum()), i, dtype=np.int64))
            lengths.append(length[keep])
    if not keys:
        return np.empty((0, 4), np.int64), np.empty(0, np.int64), np.empty(0)
    return np.vstack(keys), np.concatenate(owners), np.concatenate(lengths)


def build(geoms: Sequence[QgsGeometry], tolerance: float,
          canceled: Optional[Callable[[], bool]] = None) -> Adjacency:
    """Neighbours and outer-edge flags of the units; ``tolerance`` in the geometries' units (metres)."""
    n = len(geoms)
    neighbours: List[Set[int]] = [set() for _ in range(n)]
    keys, owners, lengths = _segments(geoms, max(tolerance / 1000.0, 1e-9))
    free = np.zeros(n)
    if len(keys):
        order = np.lexsort((owners, keys[:, 3], keys[:, 2], keys[:, 1], keys[:, 0]))
        k, o, ln = keys[order], owners[order], lengths[order]
        new_group = np.ones(len(k), dtype=bool)
        new_group[1:] = (k[1:] != k[:-1]).any(axis=1)
        group = np.cumsum(new_group) - 1
        first_owner = o[new_group][group]
        last_idx = np.r_[np.nonzero(new_group)[0][1:], len(k)] - 1
        last_owner = o[last_idx][group]
        shared = first_owner != last_owner
        for a, b in set(zip(first_owner[shared & new_group].tolist(), last_owner[shared & new_group].tolist())):
            neighbours[a].add(b)
            neighbours[b].add(a)
        np.add.at(free, o[~shared], ln[~shared])
    open_units = np.nonzero(free > 3 * tolerance)[0]
    snapped = _snap_neighbours(geoms, open_units, tolerance, neighbours, free, canceled)
    return Adjacency(neighbours, free > 3 * tolerance, snapped)


def _snap_neighbours(geoms, open_units, tolerance, neighbours, free, canceled) -> int:
    """GEOS comparison within the tolerance, among units that kept unshared boundary."""
    if tolerance <= 0 or len(open_units) < 2:
        return 0
    index = QgsSpatialIndex()
    boxes: Dict[int, QgsRectangle] = {}
    for i in open_units.tolist():
        box = geoms[i].boundingBox()
        box.grow(tolerance)
        boxes[i] = box
        index.addFeature(i, box)
    buffers: Dict[int, QgsGeometry] = {}
    boundaries: Dict[int, QgsGeometry] = {}
    seen: Set[Tuple[int, int]] = set()
    exact = [set(s) for s in neighbours]  # pairs sharing segments are settled: never compared again
    snapped = 0
    for i in open_units.tolist():
        if canceled is not None and canceled():
            break
        for j in index.intersects(boxes[i]):
            if j == i or j in exact[i] or (min(i, j), max(i, j)) in seen:
                continue
            seen.add((min(i, j), max(i, j)))
            if i not in buffers:
                buffers[i] = geoms[i].buffer(tolerance, 4)
            if j not in boundaries:
                boundaries[j] = QgsGeometry(geoms[j].constGet().boundary())
            near = boundaries[j].intersection(buffers[i]).length()
            if near > 3 * tolerance:
                snapped += 1
                neighbours[i].add(j)
                neighbours[j].add(i)
                free[j] -= near
                if j not in buffers:
                    buffers[j] = geoms[j].buffer(tolerance, 4)
                if i not in boundaries:
                    boundaries[i] = QgsGeometry(geoms[i].constGet().boundary())
                free[i] -= boundaries[i].intersection(buffers[j]).length()
    return snapped
