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
