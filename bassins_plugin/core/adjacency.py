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
    wkb_type = geom.wkbType()
    if QgsWkbTypes.flatType(wkb_type) not in (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon) \
            or QgsWkbTypes.hasZ(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        g = QgsGeometry(geom)
        g.get().dropZValue()
        g.get().dropMValue()
        if QgsWkbTypes.isCurvedType(g.wkbType()):
            g = QgsGeometry(g.constGet().segmentize())
        g.convertToMultiType()
        geom = g
    wkb = bytes(geom.asWkb())
    out: List[np.ndarray] = []
    if len(wkb) < 9:
        return out
    order = "<" if wkb[0] == 1 else ">"
    multi = struct.unpack_from(order + "I", wkb, 1)[0] == 6
    n_polys = struct.unpack_from(order + "I", wkb, 5)[0] if multi else 1
    pos = 9 if multi else 0
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


def _mix(keys: np.ndarray) -> np.ndarray:
    """A 64-bit mix of the 4 quantised coordinates of each segment (a hash: equal segments, equal mix)."""
    k = keys.astype(np.uint64)
    with np.errstate(over="ignore"):
        mixed = k[:, 0] * np.uint64(0x9E3779B97F4A7C15)
        for col, prime in ((1, 0xC2B2AE3D27D4EB4F), (2, 0x165667B19E3779F9), (3, 0x27D4EB2F165667C5)):
            mixed = (mixed ^ (mixed >> np.uint64(29))) * np.uint64(prime) + k[:, col]
    return mixed


def _groups(keys: np.ndarray):
    """(group of each segment, index of the first and of the last segment of each group): equal segments
    share a group. A hash table on the 64-bit mix; the segments of a group are checked to be equal, and
    a collision (never seen) falls back to sorting the keys themselves."""
    try:
        import pandas as pd

        group = np.asarray(pd.factorize(_mix(keys))[0], dtype=np.int64)
    except ImportError:
        group = None
    if group is None or not (keys == keys[_first_of(group)[group]]).all():
        group = np.unique(keys, axis=0, return_inverse=True)[1].reshape(-1)
    return group, _first_of(group), _last_of(group)


def _first_of(group: np.ndarray) -> np.ndarray:
    first = np.empty(int(group.max()) + 1 if len(group) else 0, dtype=np.int64)
    first[group[::-1]] = np.arange(len(group) - 1, -1, -1)
    return first


def _last_of(group: np.ndarray) -> np.ndarray:
    last = np.empty(int(group.max()) + 1 if len(group) else 0, dtype=np.int64)
    last[group] = np.arange(len(group))
    return last


def _shared_pairs(geoms: Sequence[QgsGeometry], grid: float):
    """(unit a, unit b) pairs sharing at least one boundary segment, and the unshared length of each unit."""
    n = len(geoms)
    keys, owners, lengths = _segments(geoms, grid)
    if not len(keys):
        return np.empty(0, np.int64), np.empty(0, np.int64), np.zeros(n)
    group, first, last = _groups(keys)
    first_owner, last_owner = owners[first], owners[last]
    shared = (first_owner != last_owner)[group]
    free = np.bincount(owners[~shared], weights=lengths[~shared], minlength=n)[:n].astype(float)
    pair = first_owner != last_owner
    fa, fb = first_owner[pair], last_owner[pair]
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
