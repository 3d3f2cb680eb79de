"""bassins:accessrings against networkx shortest paths on a hand-made grid (one-way street, border penalty)."""
import networkx as nx
import numpy as np
import pytest

from .conftest import features, memory_layer, square

X0, Y0 = 4_000_000, 2_500_000
N = 5  # 5 x 5 nodes, 1 km apart


def grid_network():
    rng = np.random.default_rng(7)
    rows, edges = [], []
    for i in range(N):
        for j in range(N):
            for di, dj in ((1, 0), (0, 1)):
                a, b = (i, j), (i + di, j + dj)
                if b[0] >= N or b[1] >= N:
                    continue
                speed = float(rng.integers(30, 90))
                direction = "forward" if (a, b) == ((2, 0), (3, 0)) else "both"
                wkt = f"LINESTRING({X0 + a[0] * 1000} {Y0 + a[1] * 1000},{X0 + b[0] * 1000} {Y0 + b[1] * 1000})"
                rows.append((wkt, [speed, direction]))
                edges.append((a, b, speed, direction))
    layer = memory_layer("LineString", "EPSG:3035", ["speed:double", "oneway:string"], rows, "roads")
    return layer, edges


def country_of(node):
    return "FR" if node[0] < 2 else "CH"


def reference(edges, sources, penalty_min):
    g = nx.DiGraph()
    for a, b, speed, direction in edges:
        t = 1000 / (speed / 3.6)
        pen = penalty_min * 60 if country_of(a) != country_of(b) else 0
        g.add_edge(a, b, weight=t + pen)
        if direction == "both":
            g.add_edge(b, a, weight=t + pen)
    dist, paths = nx.multi_source_dijkstra(g, sources)
    return dist, paths


def units_layer():
    rows = [(square(X0 + i * 1000 - 500, Y0 + j * 1000 - 500, 1000), [f"u{i}{j}", country_of((i, j))])
            for i in range(N) for j in range(N)]
    rows.append((square(X0 + 9000, Y0 + 9000, 1000), ["far", "CH"]))  # no road near it
    return memory_layer("Polygon", "EPSG:3035", ["unit_id:string", "ctry:string"], rows, "units")


def poles_layer():
    rows = [(f"POINT({X0 + 4000} {Y0 + 2000})", ["GVA"]), (f"POINT({X0} {Y0})", ["ANN"])]
    return memory_layer("Point", "EPSG:3035", ["pid:string"], rows, "poles")


@pytest.mark.parametrize("penalty", [0.0, 10.0])
def test_times_equal_networkx(run_alg, penalty):
    roads, edges = grid_network()
    res, log = run_alg("bassins:accessrings", {
        "NETWORK": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "FORWARD_VALUE": "forward",
        "BOTH_VALUE": "both", "POLES": poles_layer(), "POLE_ID": "pid", "UNITS": units_layer(),
        "UNIT_ID": "unit_id", "COUNTRY": "ctry", "BANDS": "2;4;6", "BORDER_PENALTY": penalty,
        "SNAP_TOLERANCE": 100, "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT",
        "DIRECTION": 1, "PENALTY_MODE": 1})  # the reference runs from the poles, charging every border edge
    dist, paths = reference(edges, [(4, 2), (0, 0)], penalty)
    units = {a["unit_id"]: a for a, _ in features(res["OUTPUT_UNITS"])}
    for i in range(N):
        for j in range(N):
            u = units[f"u{i}{j}"]
            assert u["time_min"] == pytest.approx(dist[(i, j)] / 60, abs=1 / 60), (i, j)  # to the second
            path = paths[(i, j)]
            assert u["pole_id"] == ("GVA" if path[0] == (4, 2) else "ANN")
            assert u["pole_country"] == country_of(path[0])
            crosses = any(country_of(a) != country_of(b) for a, b in zip(path, path[1:]))
            assert bool(u["crosses_border"]) == crosses
            m = dist[(i, j)] / 60
            expected_band = 1 if m <= 2 else 2 if m <= 4 else 3 if m <= 6 else None
            assert (None if str(u["band"]) == "NULL" else u["band"]) == expected_band
    assert str(units["far"]["time_min"]) == "NULL"
    assert "1 units are farther than 100 m (SNAP_TOLERANCE) from every network line" in log
    rings = sorted(features(res["OUTPUT_RINGS"]), key=lambda r: r[0]["band"])
    counts = [sum(1 for d in dist.values() if d / 60 <= b) for b in (2, 4, 6)]
    assert [r[0]["units"] for r in rings] == counts
    assert [round(r[0]["area_km2"], 3) for r in rings] == [float(c) for c in counts]


def test_one_way_street_respected(run_alg):
    # from the pole at (3,0), (2,0) cannot be reached through the forward-only (2,0)->(3,0) line
    roads, edges = grid_network()
    pole = memory_layer("Point", "EPSG:3035", ["pid:string"], [(f"POINT({X0 + 3000} {Y0})", ["P"])], "p")
    res, _ = run_alg("bassins:accessrings", {
        "NETWORK": roads, "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "POLES": pole, "POLE_ID": "pid",
        "UNITS": units_layer(), "UNIT_ID": "unit_id", "BANDS": "60", "SNAP_TOLERANCE": 100, "DIRECTION": 1,
        "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"})
    units = {a["unit_id"]: a for a, _ in features(res["OUTPUT_UNITS"])}
    direct = 1000 / (dict(((a, b), s) for a, b, s, _ in edges)[((2, 0), (3, 0))] / 3.6) / 60
    assert units["u20"]["time_min"] > direct + 1e-6
    dist, _ = reference(edges, [(3, 0)], 0)
    assert units["u20"]["time_min"] == pytest.approx(dist[(2, 0)] / 60, abs=1 / 60)


def test_bad_inputs(run_alg):
    from qgis.core import QgsProcessingException

    roads = memory_layer("LineString", "EPSG:3035", ["speed:double"],
                         [(f"LINESTRING({X0} {Y0},{X0 + 1000} {Y0})", [-5.0])], "r")
    base = {"NETWORK": roads, "POLES": poles_layer(), "BANDS": "15", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="SPEED_FIELD.*negative"):
        run_alg("bassins:accessrings", {**base, "SPEED_FIELD": "speed"})
    with pytest.raises(QgsProcessingException, match="DEFAULT_SPEED"):
        run_alg("bassins:accessrings", {**base, "DEFAULT_SPEED": 0})
    far = memory_layer("Point", "EPSG:3035", ["pid:string"], [(f"POINT({X0 + 90000} {Y0})", ["x"])], "p")
    ok_roads, _ = grid_network()
    with pytest.raises(QgsProcessingException, match="POLES"):
        run_alg("bassins:accessrings", {**base, "NETWORK": ok_roads, "POLES": far, "SNAP_TOLERANCE": 100})
    with pytest.raises(QgsProcessingException, match="BANDS"):
        run_alg("bassins:accessrings", {**base, "NETWORK": ok_roads, "BANDS": "30;15"})


def test_disconnected_network_reported_and_rings_without_units(run_alg):
    roads, _ = grid_network()
    island = memory_layer("LineString", "EPSG:3035", ["speed:double", "oneway:string"],
                          [(f"LINESTRING({X0 + 20000} {Y0},{X0 + 21000} {Y0})", [50.0, "both"])], "i")
    import processing
    merged = processing.run("native:mergevectorlayers", {"LAYERS": [roads, island], "OUTPUT": "memory:"})["OUTPUT"]
    res, log = run_alg("bassins:accessrings", {
        "NETWORK": merged, "SPEED_FIELD": "speed", "POLES": poles_layer(), "BANDS": "3;6",
        "SNAP_TOLERANCE": 100, "OUTPUT_RINGS": "TEMPORARY_OUTPUT"})
    assert "1 parts of the network (2 nodes)" in log
    rings = sorted(features(res["OUTPUT_RINGS"]), key=lambda r: r[0]["band"])
    assert rings[0][0]["area_km2"] > 0 and rings[1][0]["area_km2"] > rings[0][0]["area_km2"]


def test_demo_territory_network(run_alg, tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in
           ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES", "ROADS")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 300, "SEED": 4, **out})
    res, log = run_alg("bassins:accessrings", {
        "NETWORK": out["ROADS"], "SPEED_FIELD": "speed_kmh", "POLES": out["POLES"], "POLE_ID": "pole_id",
        "UNITS": out["UNITS"], "UNIT_ID": "unit_id", "COUNTRY": "country", "BANDS": "15;30;45",
        "BORDER_PENALTY": 10, "SNAP_TOLERANCE": 3000, "OUTPUT_UNITS": str(tmp_path / "acc.gpkg"),
        "OUTPUT_RINGS": str(tmp_path / "acc_rings.gpkg")})
    from shapely.geometry import Point

    from .conftest import read_gdf
    acc = read_gdf(tmp_path / "acc.gpkg")
    assert acc["time_min"].notna().all()  # every commune centre is a road node
    assert (acc["time_min"] >= 0).all()
    # a commune holding a pole joins the network at the nearest point of the nearest road (its centroid projected
    # on it, computed here with shapely), a road ending at the pole: the way along it to the pole bounds its time
    # from above, the straight line from the join to the pole at the top speed (90 km/h) from below
    poles = read_gdf(out["POLES"])
    roads = read_gdf(out["ROADS"])
    at_pole = acc[acc["unit_id"].isin(poles["unit_id"])]
    assert len(at_pole) >= 2
    for _, unit in at_pole.iterrows():
        pole = poles[poles["unit_id"] == unit["unit_id"]].geometry.iloc[0]
        c = unit.geometry.centroid
        road = roads.loc[roads.distance(c).idxmin()]
        line = road.geometry.geoms[0] if road.geometry.geom_type == "MultiLineString" else road.geometry
        join = line.interpolate(line.project(c))
        assert min(Point(line.coords[k]).distance(pole) for k in (0, -1)) < 1e-6
        upper = join.distance(pole) / (road["speed_kmh"] / 3.6) / 60
        lower = join.distance(pole) / (90 / 3.6) / 60
        assert lower - 1e-9 <= unit["time_min"] <= upper + 1e-9
    assert acc["crosses_border"].astype(bool).any() and (~acc["crosses_border"].astype(bool)).any()


def test_hard_edges_poles_and_speeds(run_alg):
    """A line layer as poles, an empty pole layer, a multipoint pole, text and zero speeds: each said precisely."""
    from qgis.core import QgsProcessingException

    from .conftest import memory_layer

    roads = memory_layer("LineString", "EPSG:2056", ["speed:string"],
                         [("LINESTRING(0 0, 1000 0)", ["30 km/h"]), ("LINESTRING(1000 0, 2000 0)", ["60"]),
                          ("LINESTRING(2000 0, 3000 0)", ["0"]), ("LINESTRING(5000 0, 6000 0)", ["fast"])], "roads")
    lines = memory_layer("LineString", "EPSG:2056", ["id:integer"], [("LINESTRING(0 0, 10 0)", [1])], "l")
    empty = memory_layer("Point", "EPSG:2056", ["id:integer"], [], "e")
    base = {"NETWORK": roads, "SPEED_FIELD": "speed", "DEFAULT_SPEED": 50.0, "BANDS": "1;3",
            "OUTPUT_RINGS": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="POLES.*points"):
        run_alg("bassins:accessrings", {**base, "POLES": lines})
    with pytest.raises(QgsProcessingException, match="POLES.*empty"):
        run_alg("bassins:accessrings", {**base, "POLES": empty})
    # one multipoint pole with a point at each end of the first two lines: both ends are sources
    poles = memory_layer("MultiPoint", "EPSG:2056", ["name:string"], [("MULTIPOINT((0 0),(6000 0))", ["P"])], "p")
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string"],
                         [(square(x - 5, -5, 10), [f"u{x}"]) for x in (1000, 2000, 3000, 5000)], "u")
    res, log = run_alg("bassins:accessrings", {**base, "POLES": poles, "UNITS": units, "UNIT_ID": "uid",
                                               "SNAP_TOLERANCE": 50, "OUTPUT_UNITS": "TEMPORARY_OUTPUT"})
    assert "1 lines have a speed of 0" in log
    assert "1 speed values hold no number" in log  # 'fast' -> default 50 km/h; '30 km/h' read as 30
    t = {a["uid"]: a["time_min"] for a, _ in features(res["OUTPUT_UNITS"])}
    # 1 km at 30 km/h = 2 min; then 1 km at 60 km/h = 1 min; the 'fast' line at 50 km/h from the second
    # point of the multipoint pole: 1 km in 1.2 min; x = 3000 lies only on the closed (0 km/h) line
    assert t["u1000"] == pytest.approx(2.0) and t["u2000"] == pytest.approx(3.0)
    assert t["u5000"] == pytest.approx(1.2) and str(t["u3000"]) == "NULL"
