"""core.adjacency's hashed grouping of boundary segments against shapely, and its fallback on a collision."""
import itertools

import numpy as np
import pytest
from shapely.ops import unary_union

from bassins_plugin.core import adjacency

from .grids import N, as_qgis, noisy_grid


def shapely_neighbours(units):
    """Rook neighbours: a shared boundary of positive length."""
    pairs = set()
    for (a, ga), (b, gb) in itertools.combinations(enumerate(units), 2):
        if ga.boundary.intersection(gb.boundary).length > 1e-6:
            pairs.add((a, b))
    return pairs


@pytest.fixture(scope="module")
def grid(qgis_app):
    units = list(noisy_grid(seed=4).values())
    return units, [as_qgis(u) for u in units]


def pairs_of(adj):
    return {(a, b) for a, ns in enumerate(adj.neighbours) for b in ns if a < b}


def test_neighbours_and_edge_equal_shapely(grid):
    units, geoms = grid
    adj = adjacency.build(geoms, 0.0)
    assert pairs_of(adj) == shapely_neighbours(units)
    assert len(pairs_of(adj)) == 2 * N * (N - 1)  # a grid: no corner makes a neighbour
    outline = unary_union(units).boundary.buffer(1e-6)
    edge = {i for i, u in enumerate(units) if u.boundary.intersection(outline).length > 1e-6}
    assert set(np.nonzero(adj.on_edge)[0].tolist()) == edge
    assert len(edge) == 4 * (N - 1)


def test_hash_collision_falls_back_to_sorting(grid, monkeypatch):
    _, geoms = grid
    expected = pairs_of(adjacency.build(geoms, 0.0))
    # every segment gets the same hash: the check must see it and group by the coordinates themselves
    monkeypatch.setattr(adjacency, "_mix", lambda keys: np.zeros(len(keys), dtype=np.uint64))
    assert pairs_of(adjacency.build(geoms, 0.0)) == expected


def test_ring_coordinates_read_every_kind_of_polygon(qgis_app):
    """The one-buffer reader against QGIS's own vertices, ring by ring, for every shape a layer can hold."""
    from qgis.core import QgsGeometry

    wkts = [
        "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))",
        "MULTIPOLYGON(((20 0, 30 0, 30 7.5, 20 0)))",
        "MULTIPOLYGON(((0 20, 9 20, 9 29, 0 29, 0 20),(2 22, 3 22, 3 23, 2 22)),((40 40, 41 40, 41 41, 40 40)))",
        "POLYGON((0 0, 4 0, 4 4, 0 0),(1 1, 2 1, 2 1.5, 1 1))",
        "POLYGON Z((5 5 1, 6 5 2, 6 6 3, 5 5 1))",
        "CURVEPOLYGON(CIRCULARSTRING(100 0, 110 10, 120 0, 110 -10, 100 0))",
        "MULTIPOLYGON(((7.25 0.125, 8 0, 8 1, 7.25 0.125)))",
        "POLYGON EMPTY",
    ]
    geoms = [QgsGeometry.fromWkt(w) for w in wkts] * 3  # repeated: every byte alignment of the buffer is met
    geoms.append(QgsGeometry())  # a null geometry has no ring
    xy, sizes, owners = adjacency._ring_coordinates(geoms)
    expected = []
    for i, g in enumerate(geoms[:-1]):
        g = QgsGeometry(g.constGet().segmentize())  # curves as QGIS segmentises them; the rest unchanged
        for part in g.asMultiPolygon() if g.isMultipart() else ([g.asPolygon()] if not g.isEmpty() else []):
            for ring in part:
                expected.append((i, [(p.x(), p.y()) for p in ring]))
    got = []
    cut = np.cumsum(sizes)[:-1]
    for owner, ring in zip(owners.tolist(), np.split(xy, cut)):
        got.append((owner, [tuple(p) for p in ring.tolist()]))
    assert sorted(got) == sorted(expected)
    assert len(expected) == 3 * 10  # 1 + 1 + 3 + 2 + 1 + 1 + 1 + 0 rings, three times


def test_enclave_and_two_part_unit_equal_shapely(qgis_app):
    """Units that take the ring-by-ring path (a hole, two parts) next to single-ring ones: neighbours as shapely
    sees them. The enclave touches only the unit around it; the two-part unit meets both of its neighbours.
    As a clean coverage (shared vertices on both sides: segments hashed, no tolerance) and with T-junctions
    (found within the snapping tolerance)."""
    from shapely.geometry import MultiPolygon, Polygon, box

    around = Polygon([(0, 0), (30, 0), (30, 30), (0, 30)], [[(10, 10), (20, 10), (20, 20), (10, 20)]])
    enclave = box(10, 10, 20, 20)
    two_parts = MultiPolygon([box(60, 0, 70, 10), box(60, 20, 70, 30)])
    expected = {(0, 1), (0, 2), (0, 4), (2, 3), (2, 4), (3, 4)}
    # clean: every vertex of a neighbour lies on both sides
    east = Polygon([(30, 0), (60, 0), (60, 10), (60, 20), (60, 30), (30, 30)])
    north = Polygon([(0, 30), (30, 30), (60, 30), (70, 30), (70, 40), (0, 40)])
    units = [around, enclave, east, two_parts, north]
    adj = adjacency.build([as_qgis(u) for u in units], 0.0)
    assert pairs_of(adj) == shapely_neighbours(units) == expected
    assert not adj.on_edge[1]  # the enclave has no outer edge
    # T-junctions: the long edges do not carry their neighbours' vertices
    units = [around, enclave, box(30, 0, 60, 30), two_parts, box(0, 30, 70, 40)]
    adj = adjacency.build([as_qgis(u) for u in units], 1.0)
    assert pairs_of(adj) == shapely_neighbours(units) == expected
    assert not adj.on_edge[1]
