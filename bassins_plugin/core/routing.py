"""Shared routing engine over ``core.network.Graph``: mid-edge joins and multi-source travel times.

Contract (also in /work/notes/net_api.md; keep it backward compatible):

- ``attach(graph, points, max_distance) -> Attachment``: each point (metric x, y) joins the network at the nearest
  point ON a segment (not only a vertex). ``Attachment.u``/``.v`` are the segment's end nodes (-1 beyond
  max_distance), ``.fraction`` the position from u (0..1), ``.distance`` the snap distance in metres.
- ``Router(graph, edge_extra=None)``: prepares the graph once (cheapest of parallel edges, forward and reversed
  CSR). ``edge_extra`` (seconds per directed edge of ``graph``, ``np.inf`` = impassable) is added to the edge time,
  e.g. ``border_edge_extra(graph, penalty_s)`` for a penalty on every edge joining two countries' nodes.
- ``Router.travel_times(sources, targets, direction=TO_SOURCES, source_country=None, target_country=None,
  trip_penalty=0.0) -> Times``: ONE multi-source Dijkstra for all sources (one per source country when
  ``trip_penalty`` > 0). ``direction`` TO_SOURCES (0) = from each target to its nearest source (units -> poles or
  equipment); FROM_SOURCES (1) = from the sources out. ``trip_penalty`` (seconds) is paid once when the target's
  country differs from the source's (both known, >= 0). Returns per target: ``seconds`` (inf unreached),
  ``source`` (index into sources, -1), ``crossings`` (border edges on the path) and ``extra`` (seconds of
  ``edge_extra`` + ``trip_penalty`` paid). ``Times.minutes`` = seconds / 60.
- ``crossing_edge_extra(graph, points, delays_s, radius)``: per directed edge the delay of the nearest crossing
  point within radius of a border edge's midpoint (inf for a closed one), 0 on other edges; and the indices of
  points that matched no border edge.
"""
from dataclasses import dataclass
from typing import Optional, Sequence, Tuple

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra
from scipy.spatial import cKDTree

from .network import Graph

TO_SOURCES, FROM_SOURCES = 0, 1
_TINY = 1e-9  # zero-cost edges would vanish from a sparse matrix


@dataclass
class Attachment:
    u: np.ndarray
    v: np.ndarray
    fraction: np.ndarray
    distance: np.ndarray

    def __len__(self):
        return len(self.u)


@dataclass
class Times:
    seconds: np.ndarray
    source: np.ndarray
    crossings: np.ndarray
    extra: np.ndarray

    @property
    def minutes(self) -> np.ndarray:
        return self.seconds / 60.0


def segments(graph: Graph) -> np.ndarray:
    """Undirected segments (a < b) of the graph, (m, 2)."""
    lo, hi = np.minimum(graph.src, graph.dst), np.maximum(graph.src, graph.dst)
    key = np.unique(lo * np.int64(max(graph.n_nodes, 1)) + hi)  # one integer key: far faster than axis=0
    return np.stack([key // max(graph.n_nodes, 1), key % max(graph.n_nodes, 1)], axis=1)


def attach(graph: Graph, points, max_distance: float) -> Attachment:
    """Nearest point on a segment for each point (exact: sampled candidates, then true projections)."""
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    k = len(pts)
    out = Attachment(np.full(k, -1, np.int64), np.full(k, -1, np.int64), np.zeros(k), np.full(k, np.inf))
    if k == 0 or len(graph.src) == 0:
        return out
    seg, a, b, step, owner, tree = _segment_index(graph)
    d0, _ = tree.query(pts, k=1)
    # the nearest segment lies within [d0 - step / 2, d0]; any segment at distance <= d0 has a sample within
    # d0 + step / 2: exact candidates, all points at once (points surely beyond max_distance are not searched)
    out.distance[:] = d0
    near = np.nonzero(d0 - step / 2 <= max_distance)[0]
    if len(near) == 0:
        return out
    found = tree.query_ball_point(pts[near], d0[near] + step / 2 + 1e-9)
    sizes = np.fromiter((len(x) for x in found), dtype=np.int64, count=len(near))
    point = np.repeat(near, sizes)
    cand = owner[np.concatenate([np.asarray(x, dtype=np.int64) for x in found])]
    ab = (b - a)[cand]
    l2 = np.maximum((ab ** 2).sum(axis=1), 1e-18)
    f = np.clip(((pts[point] - a[cand]) * ab).sum(axis=1) / l2, 0.0, 1.0)
    d = np.hypot(*(a[cand] + ab * f[:, None] - pts[point]).T)
    order = np.lexsort((cand, d, point))  # per point: the nearest (then the lowest segment)
    first = order[np.r_[True, point[order][1:] != point[order][:-1]]]
    i = point[first]
    out.distance[i] = d[first]
    ok = d[first] <= max_distance
    i, first = i[ok], first[ok]
    out.u[i], out.v[i], out.fraction[i] = seg[cand[first], 0], seg[cand[first], 1], f[first]
    return out


def _segment_index(graph: Graph):
    """(segments, their ends a and b, sample step, owner of each sample, KD-tree of the samples), built once per
    graph: units, poles and crossings join the same graph several times."""
    tag = (id(graph.xy), id(graph.src), len(graph.src))
    cached = getattr(graph, "_segment_index", None)
    if cached is not None and cached[0] == tag:
        return cached[1]
    seg = segments(graph)
    a, b = graph.xy[seg[:, 0]], graph.xy[seg[:, 1]]
    length = np.hypot(*(b - a).T)
    # each segment cut in pieces no longer than step, sampled at their middles: every point of a segment lies
    # within step / 2 of a sample (most segments are one piece, one sample)
    step = max(float(np.percentile(length, 90)), 1.0)
    n_samples = np.maximum(np.ceil(length / step).astype(np.int64), 1)
    owner = np.repeat(np.arange(len(seg)), n_samples)
    starts = np.cumsum(n_samples) - n_samples
    t = (np.arange(len(owner)) - starts[owner] + 0.5) / n_samples[owner]
    samples = a[owner] + (b - a)[owner] * t[:, None]
    index = (seg, a, b, step, owner, cKDTree(samples, balanced_tree=False))  # unbalanced: built 3x faster
    graph._segment_index = (tag, index)
    return index


def border_edge_extra(graph: Graph, penalty_seconds: float) -> np.ndarray:
    """``penalty_seconds`` on each directed edge whose two nodes lie in different (known) countries."""
    return np.where(border_edges(graph), float(penalty_seconds), 0.0)


def border_edges(graph: Graph) -> np.ndarray:
    if graph.country is None:
        return np.zeros(len(graph.src), dtype=bool)
    cu, cv = graph.country[graph.src], graph.country[graph.dst]
    return (cu >= 0) & (cv >= 0) & (cu != cv)


def crossing_edge_extra(graph: Graph, points, delays_seconds: Sequence[float],
                        radius: float) -> Tuple[np.ndarray, np.ndarray]:
    """(extra seconds per directed edge, indices of points near no border edge). A negative or inf delay closes."""
    extra = np.zeros(len(graph.src))
    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    border = np.nonzero(border_edges(graph))[0]
    if len(pts) == 0:
        return extra, np.zeros(0, dtype=np.int64)
    if len(border) == 0:
        return extra, np.arange(len(pts))
    delays = np.asarray(delays_seconds, dtype=float)
    delays = np.where(delays < 0, np.inf, delays)
    mid = (graph.xy[graph.src[border]] + graph.xy[graph.dst[border]]) / 2
    d, j = cKDTree(pts).query(mid, k=1)
    near = d <= radius
    extra[border[near]] = delays[j[near]]
    used = np.zeros(len(pts), dtype=bool)
    used[j[near]] = True
    return extra, np.nonzero(~used)[0]


class Router:
    """A graph prepared once for many multi-source runs."""

    def __init__(self, graph: Graph, edge_extra: Optional[np.ndarray] = None):
        self.graph = graph
        n = graph.n_nodes
        extra = np.zeros(len(graph.src)) if edge_extra is None else np.asarray(edge_extra, dtype=float)
        cost = graph.seconds + extra
        keep = np.isfinite(cost)
        s, d, c, e = graph.src[keep], graph.dst[keep], cost[keep], extra[keep]
        cross = border_edges(graph)[keep]
        key = s * np.int64(n) + d
        order = np.argsort(key, kind="stable")  # one integer sort; by cost too only when edges are parallel
        if len(order) > 1 and (key[order][1:] == key[order][:-1]).any():
            order = np.lexsort((c, key))
        key, s, d, c, e, cross = key[order], s[order], d[order], c[order], e[order], cross[order]
        first = np.ones(len(s), dtype=bool)
        first[1:] = key[1:] != key[:-1]  # the cheapest of parallel edges
        self.s, self.d, self.c = s[first], d[first], np.maximum(c[first], _TINY)
        self.e, self.cross = e[first], cross[first]
        self.key = key[first]  # sorted: lookups by searchsorted
        self.n = n

    def _edge(self, tail, head):
        """(cost, extra, crosses) of directed edges tail->head (inf where absent)."""
        key = np.asarray(tail, np.int64) * self.n + np.asarray(head, np.int64)
        pos = np.minimum(np.searchsorted(self.key, key), max(len(self.key) - 1, 0))
        ok = (len(self.key) > 0) & (self.key[pos] == key) if len(self.key) else np.zeros(len(key), bool)
        return (np.where(ok, self.c[pos], np.inf), np.where(ok, self.e[pos], 0.0),
                np.where(ok, self.cross[pos], False))

    def _run(self, src_att: Attachment, which: np.ndarray, reverse: bool):
        """Dijkstra from the attachments ``which`` over G (or G reversed): dist, pred, source, per node."""
        n, k = self.n, len(which)
        tail, head = (self.d, self.s) if reverse else (self.s, self.d)
        u, v, f = src_att.u[which], src_att.v[which], src_att.fraction[which]
        # leaving the source point: towards v along u->v (in the run's orientation), towards u along v->u
        c_uv = self._edge(*((v, u) if reverse else (u, v)))[0]
        c_vu = self._edge(*((u, v) if reverse else (v, u)))[0]
        extra_tail = np.concatenate([n + np.arange(k), n + np.arange(k)])
        extra_head = np.concatenate([v, u])
        extra_cost = np.concatenate([_part(1 - f, c_uv), _part(f, c_vu)])
        # a point on a node (fraction 0 or 1) leaves from that node only
        ok = np.isfinite(extra_cost) & np.concatenate([f > 0, f < 1])
        rows = np.concatenate([tail, extra_tail[ok]])
        cols = np.concatenate([head, extra_head[ok]])
        vals = np.concatenate([self.c, np.maximum(extra_cost[ok], _TINY)])
        m = csr_matrix((vals, (rows, cols)), shape=(n + k, n + k))
        dist, pred, src = dijkstra(m, directed=True, indices=n + np.arange(k), min_only=True,
                                   return_predecessors=True)
        # a source on a node leaves it by an edge of _TINY, not 0 (a sparse matrix drops zeros): take it back
        dist = np.maximum(dist - _TINY, 0.0)
        return dist, pred, np.where(src >= n, src - n, -1)

    def _path_counts(self, dist, pred, reverse):
        """Border crossings and extra seconds along each node's predecessor path."""
        n = self.n
        want_cross, want_extra = bool(self.cross.any()), bool(self.e.any())
        cross = np.zeros(n + 1, dtype=np.int64)
        extra = np.zeros(n + 1)
        if not (want_cross or want_extra):  # no border and no extra cost: nothing to count
            return cross[:n], extra[:n]
        order = np.nonzero(np.isfinite(dist[:n]))[0]
        p = pred[order]
        real = (p >= 0) & (p < n)
        a, b = (order, p) if reverse else (p, order)
        _, e, c = self._edge(np.where(real, a, 0), np.where(real, b, 0))
        cross[order], extra[order] = np.where(real, c, False), np.where(real, e, 0.0)
        # sums along the predecessor chains by pointer doubling (log2(depth) vectorised steps, no node loop)
        anc = np.full(n + 1, n, dtype=np.int64)
        anc[order] = np.where(real, p, n)
        live = np.nonzero(anc != n)[0]
        while len(live):
            up = anc[live]
            if want_cross:
                cross[live] += cross[up]
            if want_extra:
                extra[live] += extra[up]
            anc[live] = anc[up]
            live = live[anc[live] != n]
        return cross[:n], extra[:n]

    def travel_times(self, sources: Attachment, targets: Attachment, direction: int = TO_SOURCES,
                     source_country=None, target_country=None, trip_penalty: float = 0.0) -> Times:
        nt = len(targets)
        best = Times(np.full(nt, np.inf), np.full(nt, -1, np.int64), np.zeros(nt, np.int64), np.zeros(nt))
        valid = np.nonzero(sources.u >= 0)[0]
        if len(valid) == 0 or nt == 0:
            return best
        groups = [valid]
        per_trip = False
        scountry = None if source_country is None else np.asarray(source_country)
        tcountry = None if target_country is None else np.asarray(target_country)
        if trip_penalty > 0 and scountry is not None and tcountry is not None:
            per_trip = True
            known = _known(scountry[valid])
            groups = [valid[known & (scountry[valid] == c)] for c in np.unique(scountry[valid][known])]
            if not known.all():  # sources of unknown country pay nothing
                groups.append(valid[~known])
        reverse = direction == TO_SOURCES
        for group in groups:
            dist, pred, src = self._run(sources, group, reverse)
            cross, extra = self._path_counts(dist, pred, reverse)
            cand = self._targets(targets, dist[:self.n], src[:self.n], cross, extra, reverse)
            secs, which, ccount, cextra = cand
            which = np.where(which >= 0, group[np.maximum(which, 0)], -1)
            if per_trip:
                sc = scountry[group[0]]
                pay = (tcountry != sc) & _known(tcountry) & _known(np.asarray([sc]))[0]
                secs = secs + np.where(pay, trip_penalty, 0.0)
                cextra = cextra + np.where(pay, trip_penalty, 0.0)
            better = secs < best.seconds
            best.seconds[better], best.source[better] = secs[better], which[better]
            best.crossings[better], best.extra[better] = ccount[better], cextra[better]
        return best

    def _targets(self, t: Attachment, dist, src, cross, extra, reverse):
        """Per target: the best of arriving through u (along u->v) or through v (along v->u)."""
        ok = t.u >= 0
        u, v, f = np.where(ok, t.u, 0), np.where(ok, t.v, 0), t.fraction
        c_uv = self._edge(*((v, u) if reverse else (u, v)))[0]
        c_vu = self._edge(*((u, v) if reverse else (v, u)))[0]
        # a target on a node (fraction 0 or 1) is reached at that node only
        via_u = np.where(f < 1, dist[u] + _part(f, c_uv), np.inf)
        via_v = np.where(f > 0, dist[v] + _part(1 - f, c_vu), np.inf)
        use_u = via_u <= via_v
        node = np.where(use_u, u, v)
        secs = np.where(ok, np.where(use_u, via_u, via_v), np.inf)
        secs = np.where(np.isnan(secs), np.inf, secs)
        reached = np.isfinite(secs)
        return (secs, np.where(reached, src[node], -1), np.where(reached, cross[node], 0),
                np.where(reached, extra[node], 0.0))


def _part(share: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """share x cost, 0 where share is 0 (a point on a node needs no edge)."""
    with np.errstate(invalid="ignore"):
        return np.where(share > 0, share * cost, 0.0)


def _known(codes: np.ndarray) -> np.ndarray:
    if codes.dtype.kind in "iu":
        return codes >= 0
    return np.array([c is not None and c == c and str(c) != "" for c in codes.tolist()], dtype=bool)
