"""A noisy tiling for core tests: units with shared noisy edges, as communes are."""
import numpy as np
from shapely.geometry import Polygon

N, SIZE = 12, 1000.0


def noisy_grid(seed: int = 0, k: int = 8):
    """N x N units whose shared edges carry the same k noisy inner vertices on both sides."""
    rng = np.random.default_rng(seed)
    corner = {}
    for i in range(N + 1):
        for j in range(N + 1):
            jitter = rng.uniform(-150, 150, 2) * [0 < i < N, 0 < j < N]
            corner[(i, j)] = (i * SIZE + jitter[0], j * SIZE + jitter[1])
    edges = {}

    def edge(a, b):
        key = (min(a, b), max(a, b))
        if key not in edges:
            (x0, y0), (x1, y1) = corner[key[0]], corner[key[1]]
            t = np.linspace(0, 1, k + 2)[1:-1]
            nx, ny = -(y1 - y0), x1 - x0
            norm = np.hypot(nx, ny)
            off = rng.uniform(-60, 60, k) * (key[0][0] != key[1][0] or 0 < key[0][0] < N) \
                * (key[0][1] != key[1][1] or 0 < key[0][1] < N)
            edges[key] = [(x0 + (x1 - x0) * s + nx / norm * o, y0 + (y1 - y0) * s + ny / norm * o)
                          for s, o in zip(t, off)]
        pts = edges[key]
        return pts if key[0] == a else pts[::-1]

    units = {}
    for i in range(N):
        for j in range(N):
            ring = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)]
            coords = []
            for a, b in zip(ring, ring[1:] + ring[:1]):
                coords.append(corner[a])
                coords.extend(edge(a, b))
            units[(i, j)] = Polygon(coords)
    return units


def as_qgis(geom):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(geom.wkt)
