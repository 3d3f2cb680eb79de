"""The fast coverage union gives the same result as a plain union, and steps aside when it must."""
import pytest
from shapely import wkt as swkt
from shapely.ops import unary_union

from .conftest import square


def _geoms(wkts):
    from qgis.core import QgsGeometry

    return [QgsGeometry.fromWkt(w) for w in wkts]


def test_grid_coverage_union_exact(qgis_app):
    from bassins_plugin.core import coverage

    wkts = [square(c * 10, r * 10, 10) for r in range(5) for c in range(6) if (r, c) != (2, 2)]
    result = coverage.coverage_union_or_none(_geoms(wkts))
    assert coverage.available()
    assert result is not None
    exp = unary_union([swkt.loads(w) for w in wkts])
    got = swkt.loads(result.asWkt())
    assert got.symmetric_difference(exp).area < 1e-9
    assert len(got.interiors) == 1  # the missing cell is a hole


def test_overlapping_polygons_fall_back(qgis_app):
    from bassins_plugin.core import coverage

    wkts = [square(c * 5, 0, 10) for c in range(20)]  # each overlaps the next by half
    assert coverage.coverage_union_or_none(_geoms(wkts)) is None
    # the rings fall back to the cascaded union: envelope = the true union, 105 long and 10 high
    import numpy as np

    from bassins_plugin.core.rings import envelopes

    env = envelopes(_geoms(wkts), np.ones(len(wkts), dtype=np.int64), 1)[0]
    assert env.area() == pytest.approx(unary_union([swkt.loads(w) for w in wkts]).area) == pytest.approx(1050.0)


def test_t_junctions_give_exact_union(qgis_app):
    import numpy as np

    from bassins_plugin.core.rings import envelopes

    # a column of 20 unit squares next to one tall rectangle: vertices do not match along the shared edge
    wkts = [square(0, r, 1) for r in range(20)] + ["POLYGON((1 0,3 0,3 20,1 20,1 0))"]
    got = swkt.loads(envelopes(_geoms(wkts), np.ones(len(wkts), dtype=np.int64), 1)[0].asWkt())
    assert got.area == pytest.approx(60.0)
    assert got.geom_type == "Polygon" and len(got.interiors) == 0
