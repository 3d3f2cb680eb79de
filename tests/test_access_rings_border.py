"""bassins:accessrings on a street the border runs along, by hand: DIRECTION, PENALTY_MODE, CROSSINGS.

The street runs along y = 0 from x = 0 to 4 km, 36 km/h (100 s per km); the units are 1 km squares centred on its
nodes, of alternating countries FR CH FR CH FR, so the fastest path from unit k to the pole at x = 0 crosses the
border k times. The pole is French.
"""
import pytest

from .conftest import features, memory_layer, square

X0, Y0 = 4_000_000, 2_500_000


def street():
    # two ways of 2 km, and a side street through the vertex at 1 km: ways come unsplit at junctions, as GDAL
    # writes them; they join where they share a vertex
    rows = [(f"LINESTRING({X0} {Y0},{X0 + 1000} {Y0},{X0 + 2000} {Y0})", [36.0]),
            (f"LINESTRING({X0 + 2000} {Y0},{X0 + 3000} {Y0},{X0 + 4000} {Y0})", [36.0]),
            (f"LINESTRING({X0 + 1000} {Y0 - 400},{X0 + 1000} {Y0},{X0 + 1000} {Y0 + 400})", [36.0])]
    return memory_layer("LineString", "EPSG:3035", ["speed:double"], rows, "roads")


def units():
    rows = [(square(X0 + k * 1000 - 500, Y0 - 500, 1000), [f"u{k}", "FR" if k % 2 == 0 else "CH"])
            for k in range(5)]
    return memory_layer("Polygon", "EPSG:3035", ["unit_id:string", "country:string"], rows, "units")


def poles():
    return memory_layer("Point", "EPSG:3035", ["pid:string"], [(f"POINT({X0} {Y0})", ["ANN"])], "poles")


def run(run_alg, **extra):
    params = {"NETWORK": street(), "SPEED_FIELD": "speed", "POLES": poles(), "POLE_ID": "pid", "UNITS": units(),
              "UNIT_ID": "unit_id", "COUNTRY": "country", "BANDS": "60", "BORDER_PENALTY": 10,
              "SNAP_TOLERANCE": 100, "OUTPUT_UNITS": "memory:", "OUTPUT_RINGS": "memory:", **extra}
    res, log = run_alg("bassins:accessrings", params)
    return {a["unit_id"]: a for a, _ in features(res["OUTPUT_UNITS"])}, log


def test_once_per_trip_is_the_default(run_alg):
    got, log = run(run_alg)
    for k in range(5):
        foreign = k % 2 == 1
        assert got[f"u{k}"]["time_min"] == pytest.approx((k * 100 + (600 if foreign else 0)) / 60)
        assert got[f"u{k}"]["crossings"] == k
        assert got[f"u{k}"]["border_delay_min"] == pytest.approx(10 if foreign else 0)
        assert bool(got[f"u{k}"]["crosses_border"]) == (k > 0)
    assert "once per trip" in log


def test_per_crossing_charges_every_border_edge(run_alg):
    got, _ = run(run_alg, PENALTY_MODE=1)
    for k in range(5):
        assert got[f"u{k}"]["time_min"] == pytest.approx((k * 100 + k * 600) / 60)
        assert got[f"u{k}"]["crossings"] == k
        assert got[f"u{k}"]["border_delay_min"] == pytest.approx(10 * k)


def unreached(attrs) -> bool:
    from qgis.core import NULL

    return attrs["time_min"] is None or attrs["time_min"] == NULL and attrs["crossings"] == NULL


def crossings(rows):
    return memory_layer("Point", "EPSG:3035", ["delay:string"], rows, "crossings")


def test_crossing_points_charge_only_their_edges_and_one_can_close(run_alg):
    # a customs post on the edge 1 km - 2 km (5 min), a point 3 km from any border edge (named in the log)
    layer = crossings([(f"POINT({X0 + 1500} {Y0 + 20})", ["5"]), (f"POINT({X0 + 1500} {Y0 + 3000})", ["2"])])
    got, log = run(run_alg, CROSSINGS=layer, CROSSING_DELAY="delay")
    expected = {0: 0, 1: 100, 2: 200 + 300, 3: 300 + 300, 4: 400 + 300}
    for k, secs in expected.items():
        assert got[f"u{k}"]["time_min"] == pytest.approx(secs / 60)
        assert got[f"u{k}"]["border_delay_min"] == pytest.approx(5 if k >= 2 else 0)
        assert got[f"u{k}"]["crossings"] == k
    assert "feature ids 2" in log
    # the same post closed: the units beyond it are unreached (NULL), the others unchanged
    closed = crossings([(f"POINT({X0 + 1500} {Y0 + 20})", ["closed"])])
    got, log = run(run_alg, CROSSINGS=closed, CROSSING_DELAY="delay")
    assert got["u1"]["time_min"] == pytest.approx(100 / 60)
    assert all(unreached(got[f"u{k}"]) for k in (2, 3, 4))
    assert "1 closed" in log


def test_crossing_delay_null_takes_the_penalty_negative_closes(run_alg):
    layer = crossings([(f"POINT({X0 + 500} {Y0})", [None]), (f"POINT({X0 + 2500} {Y0})", ["-1"])])
    got, _ = run(run_alg, CROSSINGS=layer, CROSSING_DELAY="delay")
    assert got["u1"]["time_min"] == pytest.approx((100 + 600) / 60)  # NULL delay = BORDER_PENALTY (10 min)
    assert got["u2"]["time_min"] == pytest.approx((200 + 600) / 60)
    assert unreached(got["u3"]) and unreached(got["u4"])  # closed at 2.5 km


def test_crossings_must_be_points_and_delays_readable(run_alg):
    from qgis.core import QgsProcessingException

    lines = memory_layer("LineString", "EPSG:3035", ["delay:string"],
                         [(f"LINESTRING({X0} {Y0},{X0 + 10} {Y0})", ["5"])], "x")
    with pytest.raises(QgsProcessingException, match="CROSSINGS"):
        run(run_alg, CROSSINGS=lines)
    with pytest.raises(QgsProcessingException, match="CROSSING_DELAY"):
        run(run_alg, CROSSINGS=crossings([(f"POINT({X0 + 500} {Y0})", ["soon"])]), CROSSING_DELAY="delay")


def loop():
    # a one-way loop of 1 km sides, 36 km/h: (0,0) -> (1000,0) -> (1000,1000) -> (0,1000) -> (0,0)
    pts = [(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)]
    rows = [(f"LINESTRING({X0 + a[0]} {Y0 + a[1]},{X0 + b[0]} {Y0 + b[1]})", [36.0, "forward"])
            for a, b in zip(pts[:-1], pts[1:])]
    return memory_layer("LineString", "EPSG:3035", ["speed:double", "oneway:string"], rows, "loop")


@pytest.mark.parametrize("direction,seconds", [(0, 300), (1, 100)])
def test_direction_on_a_one_way_loop(run_alg, direction, seconds):
    unit = memory_layer("Polygon", "EPSG:3035", ["unit_id:string", "country:string"],
                        [(square(X0 + 1000 - 50, Y0 - 50, 100), ["u", "FR"])], "units")
    params = {"NETWORK": loop(), "SPEED_FIELD": "speed", "DIRECTION_FIELD": "oneway", "POLES": poles(),
              "POLE_ID": "pid", "UNITS": unit, "UNIT_ID": "unit_id", "COUNTRY": "country", "BANDS": "60",
              "SNAP_TOLERANCE": 100, "DIRECTION": direction, "OUTPUT_UNITS": "memory:", "OUTPUT_RINGS": "memory:"}
    res, _ = run_alg("bassins:accessrings", params)
    (attrs, _), = features(res["OUTPUT_UNITS"])
    # unit -> pole: 1 -> 2 -> 3 -> 0 = 3 km; pole -> unit: 0 -> 1 = 1 km
    assert attrs["time_min"] == pytest.approx(seconds / 60)
