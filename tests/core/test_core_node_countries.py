"""core.network.node_countries (vectorised) against a plain reference: every unit tested, first holder wins."""
import random

import numpy as np
from qgis.core import QgsGeometry, QgsPointXY

from bassins_plugin.core import network


def _square(x0, y0, x1, y1):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x0, y0), QgsPointXY(x1, y0), QgsPointXY(x1, y1),
                                       QgsPointXY(x0, y1), QgsPointXY(x0, y0)]])


def _units():
    """A 6 x 4 grid of 1 km units, columns 0-2 in FR and 3-5 in CH, with an L-shaped CH unit whose box covers a
    FR unit (a node there needs the exact test), and one unit without a country."""
    geoms, countries = [], []
    for i in range(6):
        for j in range(4):
            if (i, j) in ((3, 0), (2, 1)):
                continue
            geoms.append(_square(i * 1000, j * 1000, (i + 1) * 1000, (j + 1) * 1000))
            countries.append("FR" if i < 3 else "CH")
    # L: (3,0) plus the lower half of (2,1); its box holds the upper half of (2,1) too, which is FR
    geoms.append(QgsGeometry.fromPolygonXY([[QgsPointXY(3000, 0), QgsPointXY(4000, 0), QgsPointXY(4000, 1000),
                                             QgsPointXY(3000, 1000), QgsPointXY(3000, 1500),
                                             QgsPointXY(2000, 1500), QgsPointXY(2000, 1000),
                                             QgsPointXY(3000, 1000), QgsPointXY(3000, 0)]]).makeValid())
    countries.append("CH")
    geoms.append(_square(2000, 1500, 3000, 2000))
    countries.append("FR")
    geoms.append(_square(6000, 0, 7000, 1000))
    countries.append(None)
    return geoms, countries


def _box_distance(g, x, y):
    b = g.boundingBox()
    return np.hypot(max(b.xMinimum() - x, x - b.xMaximum(), 0), max(b.yMinimum() - y, y - b.yMaximum(), 0))


def _reference(xy, geoms, countries):
    codes = sorted({c for c in countries if c})
    out = []
    for x, y in xy.tolist():
        pt = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        held = [i for i, g in enumerate(geoms) if g.intersects(pt)]
        if held:  # on a boundary between countries: the lowest country code
            i = min(held, key=lambda k: (countries[k] is None, codes.index(countries[k]) if countries[k] else 0, k))
        else:  # outside every unit: the nearest box
            i = min(range(len(geoms)), key=lambda k, x=x, y=y: (_box_distance(geoms[k], x, y), k))
        out.append(codes.index(countries[i]) if countries[i] else -1)
    return codes, np.array(out)


def test_node_countries_equal_a_plain_reference():
    geoms, countries = _units()
    rng = random.Random(3)
    # random points inside and around, vertices on the border lines and on the L's re-entrant corner
    pts = [(rng.uniform(-1500, 8000), rng.uniform(-1500, 5500)) for _ in range(1500)]
    pts += [(3000, y) for y in range(0, 4001, 250)] + [(2500, 1250), (2500, 1750), (3000, 1500), (6500, 500)]
    graph = network.Graph(np.array(pts, dtype=float), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    codes, got = network.node_countries(graph, geoms, countries)
    ref_codes, ref = _reference(graph.xy, geoms, countries)
    assert codes == ref_codes == ["CH", "FR"]
    assert np.array_equal(got, ref)
    # the hand-checked points: the upper half of (2,1) is FR although the CH L's box covers it
    tail = got[-4:]
    assert [codes[c] if c >= 0 else None for c in tail] == ["CH", "FR", "CH", None]


def test_a_street_on_the_border_keeps_one_country_whatever_the_layer_order():
    # FR and CH units meeting along x = 1000, listed FR, CH, CH, FR: nodes on the border line all take CH
    # (the lowest code), so a street digitised on the border never alternates countries node by node
    geoms = [_square(0, 0, 1000, 1000), _square(1000, 0, 2000, 1000), _square(1000, 1000, 2000, 2000),
             _square(0, 1000, 1000, 2000)]
    countries = ["FR", "CH", "CH", "FR"]
    pts = [(1000.0, y) for y in range(0, 2001, 100)]
    graph = network.Graph(np.array(pts), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    codes, got = network.node_countries(graph, geoms, countries)
    assert {codes[c] for c in got} == {"CH"}


def test_node_countries_no_units_or_empty_geometries():
    graph = network.Graph(np.array([[0.0, 0.0]]), np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
    codes, got = network.node_countries(graph, [QgsGeometry()], ["FR"])
    assert codes == ["FR"] and got.tolist() == [-1]
