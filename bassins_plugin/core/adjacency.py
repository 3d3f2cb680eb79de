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
    """Quantised segment end points (ax, ay, bx, by; a < b), their unit and length (all units at once)."""
    rings, owners = [], []
    for i, geom in enumerate(geoms):
        for ring in _rings_of(geom):
            if len(ring) >= 2:
                rings.append(ring)
                owners.append(i)
    if not rings:
        return np.empty((0, 4), np.int64), np.empty(0, np.int64), np.empty(0)
    sizes = np.array([len(r) for r in rings])
    xy = np.concatenate(rings)
    starts = np.cumsum(sizes) - sizes
    # segment k joins point k and k + 1, except across the end of a ring
    valid = np.ones(len(xy) - 1, dtype=bool)
    valid[(starts + sizes - 1)[:-1]] = False
    a, b = xy[:-1][valid], xy[1:][valid]
    owner = np.repeat(np.array(owners, dtype=np.int64), sizes - 1)
    q = np.round(np.concatenate([a, b], axis=1) / grid).astype(np.int64)
    swap = (q[:, 0] > q[:, 2]) | ((q[:, 0] == q[:, 2]) & (q[:, 1] > q[:, 3]))
    q[swap] = q[swap][:, [2, 3, 0, 1]]
    length = np.hypot(*(b - a).T)
    keep = length > 0
    return q[keep], owner[keep], length[keep]


def _group_order(keys: np.ndarray) -> np.ndarray:
    """An order that puts equal keys next to each other: a sort on a 64-bit mix of the 4 coordinates."""
    k = keys.astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = k[:, 0] * np.uint64(0x9E3779B97F4A7C15)
        for col, prime in ((1, 0xC2B2AE3D27D4EB4F), (2, 0x165667B19E3779F9), (3, 0x27D4EB2F165667C5)):
            mixed = (mixed ^ (mixed >> np.uint64(29))) * np.uint64(prime) + k[:, col]
    return np.argsort(mixed, kind="stable")


def _shared_pairs(geoms: Sequence[QgsGeometry], grid: float):
    """(unit a, unit b) pairs sharing at least one boundary segment, and the unshared length of each unit."""
    n = len(geoms)
    keys, owners, lengths = _segments(geoms, grid)
    free = np.zeros(n)
    if not len(keys):
        return np.empty(0, np.int64), np.empty(0, np.int64), free
    order = _group_order(keys)
    k, o, ln = keys[order], owners[order], lengths[order]
    new_group = np.ones(len(k), dtype=bool)
    new_group[1:] = (k[1:] != k[:-1]).any(axis=1)
    group = np.cumsum(new_group) - 1
    first_owner = o[new_group][group]
    last_idx = np.r_[np.nonzero(new_group)[0][1:], len(k)] - 1
    last_owner = o[last_idx][group]
    shared = first_owner != last_owner
    np.add.at(free, o[~shared], ln[~shared])
    fa, fb = first_owner[shared & new_group], last_owner[shared & new_group]
    codes = np.unique(np.minimum(fa, fb) * n + np.maximum(fa, fb))
    return codes // n, codes % n, free


def coverage_components(geoms: Sequence[QgsGeometry]) -> np.ndarray:
    """A label per unit: units linked by shared boundary segments (one national layer, say) get the same one.
    Each component is a candidate for the fast coverage union; components are then unioned together."""
    n = len(geoms)
    a, b, _free = _shared_pairs(geoms, 1e-6)
    parent = np.arange(n)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x, y in zip(a.tolist(), b.tolist()):
        rx, ry = root(x), root(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)
    return np.array([root(i) for i in range(n)], dtype=np.int64)


def build(geoms: Sequence[QgsGeometry], tolerance: float,
          canceled: Optional[Callable[[], bool]] = None) -> Adjacency:
    """Neighbours and outer-edge flags of the units; ``tolerance`` in the geometries' units (metres)."""
    n = len(geoms)
    neighbours: List[Set[int]] = [set() for _ in range(n)]
    pa, pb, free = _shared_pairs(geoms, max(tolerance / 1000.0, 1e-9))
    for a, b in zip(pa.tolist(), pb.tolist()):
        neighbours[a].add(b)
        neighbours[b].add(a)
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
