"""core.overlay's fast paths (tiled parts, the inside test without GEOS contains) against shapely.

Units are a tiling with shared noisy edges, as communes are, and a ring is the union of some of them,
so units share edges with the ring's boundary: the case where GEOS's prepared contains is slow and the
shortcut must still be exact. The reference is the area-weighted population computed with shapely.
"""
import numpy as np
import pytest
from shapely import wkt as shapely_wkt
from shapely.geometry import Point
from shapely.ops import unary_union

from bassins_plugin.core import overlay as core

from .grids import SIZE, N, as_qgis, noisy_grid


def reference(units, pops, area):
    return sum(p * u.intersection(area).area / u.area for u, p in zip(units, pops))


@pytest.fixture(scope="module")
def territory(qgis_app):
    cells = noisy_grid()
    multipart = unary_union([cells.pop((6, 6)), cells.pop((0, 0))])  # one unit in two pieces, far apart
    units = list(cells.values()) + [multipart]
    pops = np.arange(1, len(units) + 1, dtype=float) * 10
    ring = unary_union([u for (i, j), u in noisy_grid().items() if (i - 6) ** 2 + (j - 6) ** 2 < 16])
    return units, pops, ring


def test_ring_population_equals_shapely(territory):
    units, pops, ring = territory
    assert ring.geom_type == "Polygon" and len(ring.exterior.coords) > 200  # tiled: many vertices
    unit_set = core.UnitSet([as_qgis(u) for u in units], pops)
    assert unit_set.reached(as_qgis(ring)) == pytest.approx(reference(units, pops, ring), rel=1e-9)
    # by hand: of the two-piece unit, the ring holds the piece at cell (6, 6) wholly and not the one at (0, 0)
    alone = core.UnitSet([as_qgis(units[-1])], np.array([100.0]))
    assert alone.reached(as_qgis(ring)) == pytest.approx(100.0 * noisy_grid()[(6, 6)].area / units[-1].area,
                                                         rel=1e-12)


def test_footprints_equal_shapely(territory):
    units, pops, ring = territory
    unit_set = core.UnitSet([as_qgis(u) for u in units], pops)
    rng = np.random.default_rng(3)
    for x, y in rng.uniform(0, N * SIZE, (25, 2)):
        fp = Point(x, y).buffer(1500, 12)
        qfp = as_qgis(fp)
        assert unit_set.reached(qfp) == pytest.approx(reference(units, pops, shapely_wkt.loads(qfp.asWkt())),
                                                     rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("tile_vertices", [10, 50, 10_000])
def test_tiled_part_overlap_equals_shapely(territory, tile_vertices):
    units, _, ring = territory
    index = core.PartIndex(as_qgis(ring), tile_vertices=tile_vertices)
    if tile_vertices < 100:
        assert len(index.tiles) > 1
    assert sum(t.area() for t in index.tiles) == pytest.approx(ring.area, rel=1e-12)
    for u in units:
        whole, piece = index.overlap(as_qgis(u))
        expected = u.intersection(ring).area
        got = u.area if whole else (piece.area() if piece is not None else 0.0)
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-6)
        if whole:
            assert expected == pytest.approx(u.area, rel=1e-12)


def test_summary_by_ring_and_theme_equals_shapely(territory):
    """Each theme's union met with each ring, unit by unit, equals the area-weighted population of
    union ∩ ring computed with shapely; nested rings that share edges with the units."""
    units, pops, _ = territory
    cells = noisy_grid()
    rings = [unary_union([u for (i, j), u in cells.items() if (i - 6) ** 2 + (j - 6) ** 2 < r * r]) for r in (2, 4, 6)]
    rng = np.random.default_rng(11)
    unions = {name: unary_union([Point(x, y).buffer(900, 12) for x, y in rng.uniform(0, N * SIZE, (k, 2))])
              for name, k in (("health", 12), ("mobility", 30), ("none", 0))}
    unit_set = core.UnitSet([as_qgis(u) for u in units], pops)
    from qgis.core import QgsGeometry

    ring_pop, reached = core.population_by_ring_and_theme(
        unit_set, [core.Ring(k, as_qgis(r)) for k, r in enumerate(rings, start=1)],
        {name: as_qgis(u) if not u.is_empty else QgsGeometry() for name, u in unions.items()})
    for k, ring in enumerate(rings, start=1):
        assert ring_pop[k] == pytest.approx(reference(units, pops, ring), rel=1e-9)
        for name, union in unions.items():
            assert reached[(name, k)] == pytest.approx(reference(units, pops, union.intersection(ring)), rel=1e-9,
                                                       abs=1e-9)
    assert reached[("none", 3)] == 0 and reached[("mobility", 3)] > reached[("health", 3)] > 0
