"""Travel times on a road network from many poles at once, with a border-crossing penalty.

The graph has a node at every vertex of the lines (coincident vertices merged,
within a tolerance) and an edge between consecutive vertices, costed in seconds
(length / speed); one-way lines have edges in one direction only. An edge whose
two ends lie in different countries costs the border penalty on top, so a path
pays it once per crossing. All poles are sources of one multi-source Dijkstra
run (scipy's when available, a heap-based one otherwise).
"""
import heapq
import itertools
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsGeometry, QgsLineString, QgsPoint, QgsPointXY

from .errors import UserError
from .messages import tr
from .thresholds import within

try:  # optional: much faster shortest paths and nearest-node search
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, dijkstra
    from scipy.spatial import cKDTree

    HAVE_SCIPY = True
except ImportError:  # pragma: no cover - depends on the user's QGIS
    HAVE_SCIPY = False

FORWARD, BACKWARD, BOTH = 1, 2, 3


@dataclass
class Graph:
    xy: np.ndarray  # (n, 2) node coordinates (metric)
    src: np.ndarray  # edge tails
    dst: np.ndarray  # edge heads
    seconds: np.ndarray  # travel time of each edge
    country: np.ndarray = field(default=None)  # node country index, -1 unknown

    @property
    def n_nodes(self) -> int:
        return len(self.xy)


def build_graph(lines: Sequence[Sequence[Tuple[float, float]]], speeds_kmh: Sequence[float],
                directions: Sequence[int], tolerance: float = 0.0) -> Graph:
    """Lines as vertex lists (metric coordinates), one speed (km/h) and direction per line.

    Vertices closer than ``tolerance`` (same rounded coordinates) are one node, numbered in the order they first
    appear; an edge joins consecutive vertices of a line, both ways unless the line is one-way. Lines without a
    positive speed or with fewer than two vertices add nothing.
    """
    sizes = np.fromiter((len(pts) for pts in lines), dtype=np.int64, count=len(lines))
    chain = itertools.chain.from_iterable
    xy = np.fromiter(chain(chain(lines)), dtype=float, count=2 * int(sizes.sum())).reshape(-1, 2)
    return build_graph_arrays(xy, sizes, speeds_kmh, directions, tolerance)


def build_graph_arrays(xy: np.ndarray, sizes: np.ndarray, speeds_kmh: Sequence[float], directions: Sequence[int],
                       tolerance: float = 0.0) -> Graph:
    """``build_graph`` on the vertices of all lines in one (n, 2) array, ``sizes`` vertices per line, in bulk:
    a million segments in about a second."""
    sizes = np.asarray(sizes, dtype=np.int64)
    speed = np.array([np.nan if v is None else float(v) for v in speeds_kmh], dtype=float)
    keep_line = (sizes >= 2) & np.isfinite(speed) & (speed > 0)
    if not keep_line.any():
        return Graph(np.zeros((0, 2)), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    line_all = np.repeat(np.arange(len(sizes)), sizes)
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)[keep_line[line_all]]
    line_of = line_all[keep_line[line_all]]
    node, coords = _vertex_nodes(xy, tolerance)
    a = np.arange(len(xy) - 1)
    a = a[line_of[a] == line_of[a + 1]]  # consecutive vertices of one line
    a = a[node[a] != node[a + 1]]  # repeated vertices make no edge
    mps = speed[line_of[a]] / 3.6
    direction = np.asarray(directions, dtype=np.int64)[line_of[a]]
    t = np.hypot(*(xy[a + 1] - xy[a]).T) / mps
    u, v = node[a], node[a + 1]
    # per segment its forward edge then its backward one, as the lines run
    src = np.stack([u, v], axis=1)
    dst = np.stack([v, u], axis=1)
    on = np.stack([(direction == FORWARD) | (direction == BOTH), (direction == BACKWARD) | (direction == BOTH)],
                  axis=1)
    return Graph(coords, src[on].astype(np.int64), dst[on].astype(np.int64),
                 np.stack([t, t], axis=1)[on].astype(float))


def line_vertices(geometries: Sequence[QgsGeometry], transform=None) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xy of every vertex, vertices per line part, geometry index of each part) of (multi)line geometries, read
    in bulk from their WKB (Z, M and curves through QGIS) and reprojected at once with ``transform``."""
    chunks, owner = [], []
    for i, geom in enumerate(geometries):
        for part in _line_parts(geom):
            chunks.append(part)
            owner.append(i)
    sizes = np.fromiter((len(c) for c in chunks), dtype=np.int64, count=len(chunks))
    xy = np.concatenate(chunks) if chunks else np.zeros((0, 2))
    if transform is not None and len(xy):
        xy = transform_xy(xy, transform)
    return xy, sizes, np.asarray(owner, dtype=np.int64)


def transform_xy(xy: np.ndarray, transform) -> np.ndarray:
    """Points (n, 2) through a QgsCoordinateTransform in one C++ call (as one line string)."""
    line = QgsLineString(xy[:, 0].tolist(), xy[:, 1].tolist())
    line.transform(transform)
    return np.frombuffer(bytes(line.asWkb()), dtype="<f8", count=2 * len(xy), offset=9).reshape(-1, 2).copy()


def _line_parts(geom: QgsGeometry) -> List[np.ndarray]:
    if geom is None or geom.isEmpty():
        return []
    wkb = bytes(geom.asWkb())
    kind = int.from_bytes(wkb[1:5], "little") if len(wkb) >= 9 and wkb[0] == 1 else 0
    if kind == 2:  # LineString, 2D, little-endian
        n = int.from_bytes(wkb[5:9], "little")
        return [np.frombuffer(wkb, dtype="<f8", count=2 * n, offset=9).reshape(n, 2)]
    if kind == 5:  # MultiLineString of 2D line strings
        parts, off = [], 9
        for _ in range(int.from_bytes(wkb[5:9], "little")):
            if wkb[off] != 1 or int.from_bytes(wkb[off + 1:off + 5], "little") != 2:
                break
            n = int.from_bytes(wkb[off + 5:off + 9], "little")
            parts.append(np.frombuffer(wkb, dtype="<f8", count=2 * n, offset=off + 9).reshape(n, 2))
            off += 9 + 16 * n
        else:
            return parts
    lines = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
    return [np.array([(q.x(), q.y()) for q in part], dtype=float).reshape(-1, 2) for part in lines]


def _vertex_nodes(xy: np.ndarray, tolerance: float) -> Tuple[np.ndarray, np.ndarray]:
    """(node of each vertex, node coordinates): equal (or equally rounded) vertices share a node, numbered by
    first appearance; a node sits at the first of its vertices."""
    key = np.rint(xy / tolerance) if tolerance and tolerance > 0 else xy
    k = _one_key(key)
    if k is not None:  # one integer per vertex: a single stable sort
        order = np.argsort(k, kind="stable")
        k = k[order]
        new = np.ones(len(k), dtype=bool)
        new[1:] = k[1:] != k[:-1]
    else:
        order = np.lexsort((key[:, 1], key[:, 0]))
        k = key[order]
        new = np.ones(len(k), dtype=bool)
        new[1:] = (k[1:] != k[:-1]).any(axis=1)
    group = np.cumsum(new) - 1
    first = order[new]  # lexsort is stable: a group's first vertex leads it
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    node = np.empty(len(xy), dtype=np.int64)
    node[order] = rank[group]
    return node, xy[np.sort(first)]


def _one_key(key: np.ndarray) -> Optional[np.ndarray]:
    """Rounded coordinates as one int64 each (None when they are not integers or their span is too wide)."""
    if len(key) == 0 or not np.isfinite(key).all() or not (key == np.rint(key)).all():
        return None
    lo = key.min(axis=0)
    span = key.max(axis=0) - lo + 1
    if span[0] * span[1] >= 2.0 ** 62:
        return None
    k = (key - lo).astype(np.int64)
    return k[:, 0] * np.int64(span[1]) + k[:, 1]


def nearest_nodes(graph: Graph, points: np.ndarray, max_distance: float) -> Tuple[np.ndarray, np.ndarray]:
    """Index of the nearest node of each point (-1 beyond max_distance) and the distance."""
    if len(points) == 0 or graph.n_nodes == 0:
        return np.full(len(points), -1, dtype=np.int64), np.full(len(points), np.inf)
    if HAVE_SCIPY:
        d, idx = cKDTree(graph.xy).query(points, k=1)
    else:
        idx = np.empty(len(points), dtype=np.int64)
        d = np.empty(len(points))
        for i, p in enumerate(points):
            dd = np.hypot(graph.xy[:, 0] - p[0], graph.xy[:, 1] - p[1])
            idx[i] = int(np.argmin(dd))
            d[i] = dd[idx[i]]
    idx = np.where(d <= max_distance, idx, -1)
    return idx.astype(np.int64), d


def edge_costs(graph: Graph, penalty_seconds: float) -> np.ndarray:
    cost = graph.seconds.copy()
    if penalty_seconds > 0 and graph.country is not None:
        cu, cv = graph.country[graph.src], graph.country[graph.dst]
        cost = cost + np.where((cu >= 0) & (cv >= 0) & (cu != cv), penalty_seconds, 0.0)
    return cost


def multi_source(graph: Graph, sources: Sequence[int], penalty_seconds: float = 0.0):
    """(seconds, source index into ``sources``, predecessor) for every node; inf/-1 where unreached."""
    n = graph.n_nodes
    cost = edge_costs(graph, penalty_seconds)
    sources = [int(s) for s in sources]
    if not sources:
        return np.full(n, np.inf), np.full(n, -1), np.full(n, -1)
    if HAVE_SCIPY:
        # parallel edges: keep the cheapest (coo -> csr would add them up)
        order = np.lexsort((cost, graph.dst, graph.src))
        s, d, c = graph.src[order], graph.dst[order], cost[order]
        first = np.ones(len(s), dtype=bool)
        first[1:] = (s[1:] != s[:-1]) | (d[1:] != d[:-1])
        s, d, c = s[first], d[first], c[first]
        # zero-cost edges would vanish from a sparse matrix: give them a negligible cost
        c = np.where(c > 0, c, 1e-9)
        matrix = coo_matrix((c, (s, d)), shape=(n, n)).tocsr()
        unique_sources = sorted(set(sources))
        dist, pred, src_node = dijkstra(matrix, directed=True, indices=unique_sources, min_only=True,
                                        return_predecessors=True)
        node_to_source = {node: k for k, node in reversed(list(enumerate(sources)))}
        return dist, _map_sources(src_node, node_to_source), pred
    return _heap_dijkstra(graph, cost, sources)


def _map_sources(src_node: np.ndarray, node_to_source: Dict[int, int]) -> np.ndarray:
    lookup = np.full(int(src_node.max()) + 2 if len(src_node) else 1, -1, dtype=np.int64)
    for node, k in node_to_source.items():
        if node < len(lookup):
            lookup[node] = k
    return np.where(src_node >= 0, lookup[np.maximum(src_node, 0)], -1)


def _heap_dijkstra(graph: Graph, cost: np.ndarray, sources: Sequence[int]):
    n = graph.n_nodes
    adj: List[List[Tuple[int, float]]] = [[] for _ in range(n)]
    for u, v, c in zip(graph.src.tolist(), graph.dst.tolist(), cost.tolist()):
        adj[u].append((v, c))
    dist = np.full(n, np.inf)
    which = np.full(n, -1, dtype=np.int64)
    pred = np.full(n, -9999, dtype=np.int64)
    heap = []
    for k, s in enumerate(sources):
        if dist[s] > 0:
            dist[s] = 0.0
            which[s] = k
            heapq.heappush(heap, (0.0, s))
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, c in adj[u]:
            nd = d + c
            if nd < dist[v]:
                dist[v] = nd
                which[v] = which[u]
                pred[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, which, pred


def crossings(graph: Graph, dist: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """Number of border crossings on each node's fastest path (following the predecessors)."""
    n = graph.n_nodes
    out = np.zeros(n, dtype=np.int64)
    if graph.country is None:
        return out
    reached = np.nonzero(np.isfinite(dist))[0]
    order = reached[np.argsort(dist[reached], kind="stable")]
    c = graph.country
    for v in order.tolist():
        p = pred[v]
        if p >= 0:
            out[v] = out[p] + (1 if (c[p] >= 0 and c[v] >= 0 and c[p] != c[v]) else 0)
    return out


def unreached_components(graph: Graph, dist: np.ndarray) -> Tuple[int, int]:
    """(components without any reached node, nodes in them)."""
    if graph.n_nodes == 0:
        return 0, 0
    if HAVE_SCIPY:
        m = coo_matrix((np.ones(len(graph.src)), (graph.src, graph.dst)), shape=(graph.n_nodes,) * 2)
        n_comp, labels = connected_components(m, directed=False)
    else:
        labels = _components(graph)
        n_comp = int(labels.max()) + 1
    reached_labels = set(labels[np.isfinite(dist)].tolist())
    lost = [k for k in range(n_comp) if k not in reached_labels]
    return len(lost), int(np.isin(labels, lost).sum())


def _components(graph: Graph) -> np.ndarray:
    parent = list(range(graph.n_nodes))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for u, v in zip(graph.src.tolist(), graph.dst.tolist()):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
    roots = [find(i) for i in range(graph.n_nodes)]
    _, labels = np.unique(roots, return_inverse=True)
    return labels


def band_of(minutes: Optional[float], bands: Sequence[float]) -> Optional[int]:
    if minutes is None or not math.isfinite(minutes):
        return None
    for k, b in enumerate(bands, start=1):
        if within(minutes, b):
            return k
    return None


# -- reading a road layer ------------------------------------------------------------------------
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def parse_speed(value) -> Tuple[Optional[float], bool]:
    """(speed in km/h, parsed) from a number or a text such as '30 km/h' or '12,5'; (None, True) if empty."""
    if value is None:
        return None, True
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (float(value), True) if math.isfinite(float(value)) else (None, False)
    text = str(value).strip()
    if not text or text.upper() == "NULL":
        return None, True
    found = _NUMBER.search(text.replace("\u00a0", "").replace(" ", ""))
    if found is None:
        return None, False
    return float(found.group().replace(",", ".")), True


@dataclass
class DecodedNetwork:
    """Speed and direction of each line (None: not travelled), and what reading them did."""

    speeds: List[Optional[float]] = field(default_factory=list)
    directions: List[int] = field(default_factory=list)
    no_speed: int = 0
    zero_speed: int = 0
    unparsed_speed: int = 0
    unknown_direction: int = 0


def decode_network(n_lines: int, speeds: Optional[Sequence], directions: Optional[Sequence],
                   default_speed: Optional[float], direction_of: Dict[str, int]) -> DecodedNetwork:
    """Speeds (field value, else the default) and directions of every line.

    A negative speed is an error (UserError on SPEED_FIELD); zero speeds and texts without a number
    are counted (a zero-speed line is not travelled); unknown direction values count as both ways.
    """
    out = DecodedNetwork()
    negative = 0
    for i in range(n_lines):
        speed, parsed = parse_speed(speeds[i]) if speeds is not None else (None, True)
        if not parsed:
            out.unparsed_speed += 1
        if speed is None:
            speed = default_speed
        direction = BOTH
        if speed is None:
            out.no_speed += 1
        elif speed < 0:
            negative += 1
            speed = None
        elif speed == 0:
            out.zero_speed += 1
            speed = None
        elif directions is not None:
            raw = ("" if directions[i] is None else str(directions[i])).strip().lower()
            if raw in direction_of:
                direction = direction_of[raw]
            elif raw and raw != "null":
                out.unknown_direction += 1
        out.speeds.append(speed)
        out.directions.append(direction)
    if negative:
        raise UserError(tr("{n} lines have a negative speed; fix them or filter them out").format(n=negative),
                        "SPEED_FIELD")
    return out


def node_countries(graph: Graph, unit_geoms: Sequence[QgsGeometry], unit_countries: Sequence[Optional[str]]):
    """(country codes, country index of each node): the unit holding it (on a boundary between countries, the
    lowest country code), else the nearest unit.

    Vectorised for networks of a million nodes: a node whose candidate units (by bounding box) are all of one
    country takes it without a geometry test; only nodes near a border (candidates of several countries) are
    tested exactly, on prepared geometries; nodes outside every box take the unit at the nearest box.
    """
    codes = sorted({c for c in unit_countries if c})
    code_of = {c: i for i, c in enumerate(codes)}
    ucode = np.array([code_of.get(c, -1) if c else -1 for c in unit_countries], dtype=np.int64)
    out = np.full(graph.n_nodes, -1, dtype=np.int64)
    boxes = np.array([_box(g) for g in unit_geoms], dtype=float).reshape(-1, 4)
    usable = np.nonzero(np.isfinite(boxes).all(axis=1))[0]
    if graph.n_nodes == 0 or len(usable) == 0:
        return codes, out
    node, unit = _box_candidates(graph.xy, boxes, usable)
    covered = np.zeros(graph.n_nodes, dtype=bool)
    covered[node] = True
    starts, nodes = _grouped(node)
    lo = np.minimum.reduceat(ucode[unit], starts)
    hi = np.maximum.reduceat(ucode[unit], starts)
    one = lo == hi
    out[nodes[one]] = lo[one]
    mixed = np.nonzero(~one)[0]
    if len(mixed):
        ends = np.append(starts[1:], len(node))
        found = _containing(graph.xy, node, unit, unit_geoms, ucode, starts[mixed], ends[mixed])
        out[nodes[mixed]] = np.where(found >= 0, ucode[np.maximum(found, 0)], -1)
    outside = np.nonzero(~covered)[0]
    if len(outside):
        out[outside] = ucode[_nearest_box(graph.xy[outside], boxes, usable)]
    return codes, out


def _box(geom: QgsGeometry) -> Tuple[float, float, float, float]:
    if geom is None or geom.isEmpty():
        return (np.nan,) * 4
    b = geom.boundingBox()
    return b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()


def _box_candidates(xy: np.ndarray, boxes: np.ndarray, usable: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(node, unit) pairs where the node lies in the unit's box (closed), sorted by node then unit: on a grid of
    cells the size of a typical box, each box listed in the cells it covers."""
    b = boxes[usable]
    x0, y0 = b[:, 0].min(), b[:, 1].min()
    extent = max(b[:, 2].max() - x0, b[:, 3].max() - y0, 1e-9)
    size = max(float(np.median(np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]))), extent / 2048.0, 1e-9)
    ncx = int((b[:, 2].max() - x0) // size) + 1
    ncy = int((b[:, 3].max() - y0) // size) + 1
    cx0, cx1 = ((b[:, 0] - x0) // size).astype(np.int64), ((b[:, 2] - x0) // size).astype(np.int64)
    cy0, cy1 = ((b[:, 1] - y0) // size).astype(np.int64), ((b[:, 3] - y0) // size).astype(np.int64)
    nx, ny = cx1 - cx0 + 1, cy1 - cy0 + 1
    count = nx * ny
    owner = np.repeat(np.arange(len(b)), count)
    k = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
    cell = (cy0[owner] + k // nx[owner]) * ncx + cx0[owner] + k % nx[owner]
    order = np.argsort(cell, kind="stable")
    cell, owner = cell[order], owner[order]
    gx = np.floor((xy[:, 0] - x0) / size).astype(np.int64)
    gy = np.floor((xy[:, 1] - y0) / size).astype(np.int64)
    inside = np.nonzero((gx >= 0) & (gx < ncx) & (gy >= 0) & (gy < ncy))[0]
    ncell = gy[inside] * ncx + gx[inside]
    first, last = np.searchsorted(cell, ncell, "left"), np.searchsorted(cell, ncell, "right")
    n_cand = last - first
    node = np.repeat(inside, n_cand)
    pos = np.repeat(first, n_cand) + np.arange(int(n_cand.sum())) - np.repeat(np.cumsum(n_cand) - n_cand, n_cand)
    cand = owner[pos]
    p, q = xy[node], b[cand]
    ok = (p[:, 0] >= q[:, 0]) & (p[:, 0] <= q[:, 2]) & (p[:, 1] >= q[:, 1]) & (p[:, 1] <= q[:, 3])
    node, unit = node[ok], usable[cand[ok]]
    order = np.lexsort((unit, node))
    return node[order], unit[order]


def _grouped(sorted_keys: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """(start of each run of equal keys, the key of each run)."""
    starts = np.nonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])[0]
    return starts, sorted_keys[starts]


def _containing(xy, node, unit, unit_geoms, code, starts, ends) -> np.ndarray:
    """For each run [start, end) of (node, unit) pairs: the unit whose geometry holds the node (on a boundary
    between units of several countries, the one of the lowest country code: a street digitised on the border keeps
    one side all along), else the nearest of them; -1 when none can be tested."""
    engines: Dict[int, object] = {}

    def engine(i: int):
        if i not in engines:
            g = unit_geoms[i]
            e = QgsGeometry.createGeometryEngine(g.constGet())
            e.prepareGeometry()
            engines[i] = e
        return engines[i]

    found = np.full(len(starts), -1, dtype=np.int64)
    for k, (s, e) in enumerate(zip(starts.tolist(), ends.tolist())):
        x, y = xy[node[s]]
        pt = QgsPoint(float(x), float(y))
        holders, best, best_d = [], -1, math.inf
        for i in unit[s:e].tolist():
            if engine(i).intersects(pt):
                holders.append(i)
            elif not holders:
                d = unit_geoms[i].distance(QgsGeometry(pt.clone()))
                if d < best_d:
                    best, best_d = i, d
        if holders:  # on a boundary between countries: the lowest country code, whatever the layer's order
            best = min(holders, key=lambda i: (code[i] < 0, code[i], i))
        found[k] = best
    return found


def _nearest_box(points: np.ndarray, boxes: np.ndarray, usable: np.ndarray) -> np.ndarray:
    """The unit whose box is nearest to each point (among the 8 nearest box centres)."""
    b = boxes[usable]
    centres = (b[:, :2] + b[:, 2:]) / 2
    k = min(8, len(b))
    _, near = cKDTree(centres).query(points, k=k)
    near = near.reshape(len(points), k)
    q = b[near]
    dx = np.maximum(np.maximum(q[..., 0] - points[:, None, 0], points[:, None, 0] - q[..., 2]), 0)
    dy = np.maximum(np.maximum(q[..., 1] - points[:, None, 1], points[:, None, 1] - q[..., 3]), 0)
    best = np.argmin(np.hypot(dx, dy), axis=1)
    return usable[near[np.arange(len(points)), best]]


def network_rings(graph: Graph, dist: np.ndarray, bands: Sequence[float], width: float):
    """Without units: the network reached within each band, buffered: [(geometry, 0)] per band."""
    from .rings import polygons_only

    out = []
    buffer = max(50.0, min(width, 500.0))
    for b in bands:
        limit = b * 60.0
        mask = within(dist[graph.src], limit) & within(dist[graph.dst], limit)
        segs = [QgsGeometry.fromPolylineXY([QgsPointXY(*graph.xy[u]), QgsPointXY(*graph.xy[v])])
                for u, v in zip(graph.src[mask].tolist(), graph.dst[mask].tolist())]
        if not segs:
            out.append((QgsGeometry(), 0))
            continue
        out.append((polygons_only(QgsGeometry.unaryUnion(segs).buffer(buffer, 4)), 0))
    return out


def point_parts(geom: QgsGeometry) -> List[Tuple[float, float]]:
    """Every point of a (multi)point geometry: a multipoint pole is several sources, not its first point."""
    if geom.isEmpty():
        return []
    if geom.isMultipart():
        return [(p.x(), p.y()) for p in geom.asMultiPoint()]
    p = geom.asPoint()
    return [(p.x(), p.y())]
