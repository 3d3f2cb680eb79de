"""Travel times on a road network from many poles at once, with a border-crossing penalty.

The graph has a node at every vertex of the lines (coincident vertices merged,
within a tolerance) and an edge between consecutive vertices, costed in seconds
(length / speed); one-way lines have edges in one direction only. An edge whose
two ends lie in different countries costs the border penalty on top, so a path
pays it once per crossing. All poles are sources of one multi-source Dijkstra
run (scipy's when available, a heap-based one otherwise).
"""
import heapq
import math
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY, QgsSpatialIndex

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
    """Lines as vertex lists (metric coordinates), one speed (km/h) and direction per line."""
    keys: Dict[Tuple[float, float], int] = {}
    coords: List[Tuple[float, float]] = []
    src: List[int] = []
    dst: List[int] = []
    secs: List[float] = []
    scale = 1.0 / tolerance if tolerance and tolerance > 0 else None

    def node(x: float, y: float) -> int:
        key = (round(x * scale), round(y * scale)) if scale else (x, y)
        idx = keys.get(key)
        if idx is None:
            idx = keys[key] = len(coords)
            coords.append((x, y))
        return idx

    for pts, speed, direction in zip(lines, speeds_kmh, directions):
        if speed is None or speed <= 0 or len(pts) < 2:
            continue
        mps = speed / 3.6
        prev = node(*pts[0])
        px, py = pts[0]
        for x, y in pts[1:]:
            cur = node(x, y)
            if cur != prev:
                t = math.hypot(x - px, y - py) / mps
                if direction in (FORWARD, BOTH):
                    src.append(prev)
                    dst.append(cur)
                    secs.append(t)
                if direction in (BACKWARD, BOTH):
                    src.append(cur)
                    dst.append(prev)
                    secs.append(t)
            prev, px, py = cur, x, y
    return Graph(np.array(coords, dtype=float).reshape(-1, 2), np.array(src, dtype=np.int64),
                 np.array(dst, dtype=np.int64), np.array(secs, dtype=float))


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
    """Lines (metric vertex lists) with their speed and direction, and what reading them did."""

    lines: List[List[Tuple[float, float]]] = field(default_factory=list)
    speeds: List[float] = field(default_factory=list)
    directions: List[int] = field(default_factory=list)
    no_speed: int = 0
    zero_speed: int = 0
    unparsed_speed: int = 0
    unknown_direction: int = 0


def decode_network(geometries: Sequence[QgsGeometry], speeds: Optional[Sequence], directions: Optional[Sequence],
                   default_speed: Optional[float], direction_of: Dict[str, int]) -> DecodedNetwork:
    """Speeds (field value, else the default) and directions of every line part.

    A negative speed is an error (UserError on SPEED_FIELD); zero speeds and texts without a number
    are counted (a zero-speed line is not travelled); unknown direction values count as both ways.
    """
    out = DecodedNetwork()
    negative = 0
    for i, geom in enumerate(geometries):
        speed, parsed = parse_speed(speeds[i]) if speeds is not None else (None, True)
        if not parsed:
            out.unparsed_speed += 1
        if speed is None:
            speed = default_speed
        if speed is None:
            out.no_speed += 1
            continue
        if speed < 0:
            negative += 1
            continue
        if speed == 0:
            out.zero_speed += 1
            continue
        direction = BOTH
        if directions is not None:
            raw = ("" if directions[i] is None else str(directions[i])).strip().lower()
            if raw in direction_of:
                direction = direction_of[raw]
            elif raw and raw != "null":
                out.unknown_direction += 1
        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for part in parts:
            out.lines.append([(p.x(), p.y()) for p in part])
            out.speeds.append(speed)
            out.directions.append(direction)
    if negative:
        raise UserError(tr("{n} lines have a negative speed; fix them or filter them out").format(n=negative),
                        "SPEED_FIELD")
    return out


def node_countries(graph: Graph, unit_geoms: Sequence[QgsGeometry], unit_countries: Sequence[Optional[str]]):
    """(country codes, country index of each node): the unit containing it, else the nearest unit."""
    codes = sorted({c for c in unit_countries if c})
    code_of = {c: i for i, c in enumerate(codes)}
    index = QgsSpatialIndex()
    for i, g in enumerate(unit_geoms):
        index.addFeature(i, g.boundingBox())
    out = np.full(graph.n_nodes, -1, dtype=np.int64)
    for n, (x, y) in enumerate(graph.xy.tolist()):
        pt = QgsPointXY(x, y)
        found = -1
        for i in index.intersects(QgsGeometry.fromPointXY(pt).boundingBox()):
            if unit_geoms[i].contains(pt):
                found = i
                break
        if found < 0:
            near = index.nearestNeighbor(pt, 1)
            found = near[0] if near else -1
        if found >= 0 and unit_countries[found]:
            out[n] = code_of[unit_countries[found]]
    return codes, out


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
