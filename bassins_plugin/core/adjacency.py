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

from .hashing import factorize_checked, first_of, last_of


@dataclass
class Adjacency:
    neighbours: List[Set[int]]
    on_edge: np.ndarray  # bool per unit
    snapped_pairs: int = 0  # neighbour pairs found only within the tolerance


def _flat_polygons(geom: QgsGeometry) -> QgsGeometry:
    """The geometry as a 2D (multi)polygon of straight segments: Z/M dropped, curves segmentised."""
    if geom.isNull():
        return QgsGeometry()
    g = QgsGeometry(geom)
    g.get().dropZValue()
    g.get().dropMValue()
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g = QgsGeometry(g.constGet().segmentize())
    g.convertToMultiType()
    return g


def _rings_of(wkb: bytes) -> List[np.ndarray]:
    """Coordinate arrays (m x 2) of every ring of a 2D (multi)polygon's WKB."""
    out: List[np.ndarray] = []
    if len(wkb) < 9:
        return out
    order = "<" if wkb[0] == 1 else ">"
    multi = struct.unpack_from(order + "I", wkb, 1)[0] == 6
    n_polys = struct.unpack_from(order + "I", wkb, 5)[0] if multi else 1
    pos = 9 if multi else 0
    for _ in range(n_polys):
        inner = "<" if wkb[pos] == 1 else ">"  # each part has its own byte order
        pos += 5  # byte order + type of the polygon
        n_rings = struct.unpack_from(inner + "I", wkb, pos)[0]
        pos += 4
        for _ in range(n_rings):
            n_pts = struct.unpack_from(inner + "I", wkb, pos)[0]
            pos += 4
            out.append(np.frombuffer(wkb, dtype=np.dtype(inner + "f8"), count=2 * n_pts, offset=pos).reshape(-1, 2))
            pos += 16 * n_pts
    return out


def _u32(buf: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian 32-bit integers at byte offsets ``at`` of ``buf``."""
    b = [buf[at + k].astype(np.int64) for k in range(4)]
    return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)


def _ring_coordinates(geoms: Sequence[QgsGeometry]):
    """Every ring's points at once: (xy (m x 2), points per ring, unit of each ring).

    Units of one ring (the usual commune) are read from one buffer of all the WKBs without a
    Python step per unit; the others (holes, several parts, big-endian) ring by ring."""
    plain = (QgsWkbTypes.Polygon, QgsWkbTypes.MultiPolygon)
    blobs = [bytes((g if g.wkbType() in plain else _flat_polygons(g)).asWkb()) for g in geoms]
    n = len(blobs)
    lens = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
    buf = np.frombuffer(b"".join(blobs + [bytes(32)]), dtype=np.uint8)  # padded: header reads stay inside
    del blobs  # one copy of the coordinates held, not two
    starts = np.cumsum(lens) - lens
    order_le = buf[starts] == 1
    kind = _u32(buf, starts + 1)
    # Polygon: order, type 3, rings = 1, points, coordinates (13 bytes before them)
    poly = order_le & (kind == 3) & (lens >= 13) & (_u32(buf, starts + 5) == 1)
    # MultiPolygon of one part: order, type 6, parts = 1, order, type 3, rings = 1, points (22 bytes)
    multi = (order_le & (kind == 6) & (lens >= 22) & (_u32(buf, starts + 5) == 1) & (buf[starts + 9] == 1)
             & (_u32(buf, starts + 10) == 3) & (_u32(buf, starts + 14) == 1))
    head = np.where(multi, 22, 13)
    pts = np.where(multi, _u32(buf, starts + 18), _u32(buf, starts + 9))
    simple = (poly | multi) & (head + 16 * pts == lens)
    xy_parts, size_parts, owner_parts = [], [], []
    idx = np.nonzero(simple & (pts > 0))[0]
    if len(idx):
        xy_parts.append(_gather_floats(buf, starts[idx] + head[idx], 2 * pts[idx]).reshape(-1, 2))
        size_parts.append(pts[idx])
        owner_parts.append(idx)
    for i in np.nonzero(~simple)[0].tolist():
        for ring in _rings_of(buf[starts[i]:starts[i] + lens[i]].tobytes()):
            if len(ring):
                xy_parts.append(ring.astype(np.float64))  # native order, whatever the WKB's
                size_parts.append(np.array([len(ring)], dtype=np.int64))
                owner_parts.append(np.array([i], dtype=np.int64))
    if not xy_parts:
        return np.empty((0, 2)), np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(xy_parts), np.concatenate(size_parts), np.concatenate(owner_parts)


def _gather_floats(buf: np.ndarray, first: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """``counts[i]`` little-endian doubles from byte offset ``first[i]`` of ``buf``, one after the other.

    Offsets are not 8-byte aligned: each alignment r is read through the float view starting at byte r."""
    out = np.empty(int(counts.sum()), dtype=np.float64)
    dest = np.cumsum(counts) - counts
    for r in range(8):
        sel = np.nonzero(first % 8 == r)[0]
        if not len(sel):
            continue
        view = buf[r: r + (len(buf) - r) // 8 * 8].view("<f8")
        k = counts[sel]
        within = np.arange(int(k.sum())) - np.repeat(np.cumsum(k) - k, k)
        out[np.repeat(dest[sel], k) + within] = view[np.repeat((first[sel] - r) // 8, k) + within]
    return out


def _segments(geoms: Sequence[QgsGeometry], grid: float):
    """Quantised segment end points (ax, ay, bx, by; a < b), their unit and length (all units at once)."""
    xy, sizes, owners = _ring_coordinates(geoms)
    if not len(sizes) or len(xy) < 2:
        return np.empty((0, 4), np.int64), np.empty(0, np.int64), np.empty(0)
    # segment k joins point k and k + 1, except across the end of a ring (rings have at least one point);
    # computed on every pair of consecutive points (slices, no gathering), the ring ends dropped at the end
    valid = np.ones(len(xy) - 1, dtype=bool)
    valid[(np.cumsum(sizes) - 1)[:-1]] = False
    owner = np.repeat(owners, sizes)[:-1]  # the unit of point k owns the pair (k, k + 1)
    x, y = np.ascontiguousarray(xy[:, 0]), np.ascontiguousarray(xy[:, 1])
    inv = 1.0 / grid
    qx, qy = np.rint(x * inv).astype(np.int64), np.rint(y * inv).astype(np.int64)
    ax, ay, bx, by = qx[:-1], qy[:-1], qx[1:], qy[1:]
    swap = (ax > bx) | ((ax == bx) & (ay > by))
    length = np.hypot(x[1:] - x[:-1], y[1:] - y[:-1])
    valid &= length > 0
    m = int(valid.sum())
    keys = np.empty((m, 4), dtype=np.int64, order="F")  # one contiguous column per coordinate
    for col, (first, second) in enumerate(((bx, ax), (by, ay), (ax, bx), (ay, by))):
        keys[:, col] = np.where(swap, first, second)[valid]
    return keys, owner[valid], length[valid]


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
    share a group. A hash table on the 64-bit mix, checked; a collision (never seen) falls back to sorting
    the keys themselves."""
    try:
        found = factorize_checked(_mix(keys), keys)
    except ImportError:
        found = None
    if found is None:
        group = np.unique(keys, axis=0, return_inverse=True)[1].reshape(-1)
        found = group, first_of(group)
    group, first = found
    return group, first, last_of(group)


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
