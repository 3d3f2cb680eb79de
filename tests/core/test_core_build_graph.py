"""core.network.build_graph (vectorised) against a plain loop over the vertices, and on hand-computed cases."""
import math
import random

import numpy as np
import pytest

from bassins_plugin.core import network


def _reference(lines, speeds, directions, tolerance):
    keys, coords, src, dst, secs = {}, [], [], [], []

    def node(x, y):
        key = (round(x / tolerance), round(y / tolerance)) if tolerance else (x, y)
        if key not in keys:
            keys[key] = len(coords)
            coords.append((x, y))
        return keys[key]

    for pts, speed, direction in zip(lines, speeds, directions):
        if speed is None or speed <= 0 or len(pts) < 2:
            continue
        prev = node(*pts[0])
        for (px, py), (x, y) in zip(pts[:-1], pts[1:]):
            cur = node(x, y)
            if cur != prev:
                t = math.hypot(x - px, y - py) / (speed / 3.6)
                if direction in (network.FORWARD, network.BOTH):
                    src.append(prev), dst.append(cur), secs.append(t)
                if direction in (network.BACKWARD, network.BOTH):
                    src.append(cur), dst.append(prev), secs.append(t)
            prev = cur
    return coords, src, dst, secs


@pytest.mark.parametrize("tolerance", [0.0, 0.01])
def test_build_graph_equals_a_plain_loop(tolerance):
    rng = random.Random(5)
    for _ in range(30):
        lines, speeds, dirs = [], [], []
        for _ in range(rng.randint(0, 25)):
            lines.append([(rng.randint(0, 5) + rng.choice([0, 0.001, 0.004]), rng.randint(0, 5))
                          for _ in range(rng.randint(0, 6))])
            speeds.append(rng.choice([None, 0, 30, 50, -1, 90]))
            dirs.append(rng.choice([network.FORWARD, network.BACKWARD, network.BOTH]))
        g = network.build_graph(lines, speeds, dirs, tolerance=tolerance)
        coords, src, dst, secs = _reference(lines, speeds, dirs, tolerance)
        assert g.xy.tolist() == [list(c) for c in coords]
        assert g.src.tolist() == src and g.dst.tolist() == dst
        assert np.allclose(g.seconds, secs)


def test_ways_share_a_node_where_they_cross_at_a_vertex():
    # two 2 km ways crossing at (1000, 0), a shared vertex: 5 nodes, 4 segments both ways; 1 km at 36 km/h = 100 s
    g = network.build_graph([[(0, 0), (1000, 0), (2000, 0)], [(1000, -1000), (1000, 0), (1000, 1000)]],
                            [36, 36], [network.BOTH, network.FORWARD], tolerance=0.01)
    assert g.n_nodes == 5 and len(g.src) == 6
    assert np.allclose(g.seconds, 100)


def test_line_vertices_of_every_line_type_and_one_reprojection():
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    wkts = ["LINESTRING(6.1 46.2, 6.2 46.25, 6.3 46.2)",
            "MULTILINESTRING((6 46, 6.1 46.1),(6.2 46.2, 6.3 46.3, 6.4 46))",
            "LINESTRING Z(6 46 400, 6.05 46.05 410)", "MULTILINESTRING M((6 46 1, 6.1 46 2))",
            "COMPOUNDCURVE(CIRCULARSTRING(6 46, 6.05 46.05, 6.1 46))", ""]
    geoms = [QgsGeometry.fromWkt(w) if w else QgsGeometry() for w in wkts]
    expected = []
    for i, g in enumerate(geoms):
        if g.isEmpty():
            continue
        for part in (g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]):
            expected.append((i, [(p.x(), p.y()) for p in part]))
    xy, sizes, owner = network.line_vertices(geoms)
    assert owner.tolist() == [i for i, _ in expected] == [0, 1, 1, 2, 3, 4]
    assert sizes.tolist() == [len(p) for _, p in expected]
    assert np.allclose(xy, [c for _, p in expected for c in p])
    ct = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2056"),
                                QgsProject.instance())
    moved, _, _ = network.line_vertices(geoms, ct)
    one_by_one = [(q.x(), q.y()) for q in (ct.transform(x, y) for x, y in xy.tolist())]
    assert np.allclose(moved, one_by_one, atol=1e-6)
    assert 2.4e6 < moved[0, 0] < 2.6e6  # Swiss LV95 metres, not degrees
