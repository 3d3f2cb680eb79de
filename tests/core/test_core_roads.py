"""core.roads: OSM tags as GDAL's OSM driver writes them, parsed by hand-checked rules."""
import pytest

from bassins_plugin.core import network, roads


def test_other_tags_hstore():
    tags = roads.parse_other_tags('"oneway"=>"-1","maxspeed"=>"30 mph","name"=>"Rue \\"du\\" Pont"')
    assert tags == {"oneway": "-1", "maxspeed": "30 mph", "name": 'Rue "du" Pont'}
    assert roads.parse_other_tags(None) == {}


@pytest.mark.parametrize("value,expected", [
    ("50", (50.0, "ok")), ("50 km/h", (50.0, "ok")), ("30 mph", (30 * 1.609344, "ok")), ("50;30", (30.0, "ok")),
    ("FR:urban", (50.0, "ok")), ("FR:rural", (80.0, "ok")), ("DE:motorway", (None, "none")),
    ("none", (None, "none")), ("signals", (None, "none")), ("", (None, "empty")), (None, (None, "empty")),
    ("fast", (None, "unparsed")), ("XX:rural", (None, "unparsed")),
    # the border countries' implicit limits (OSM wiki "Default speed limits", rev. 2607051)
    ("CH:rural", (80.0, "ok")), ("CH:motorway", (120.0, "ok")), ("DE:rural", (100.0, "ok")),
    ("DE:living_street", (None, "none")), ("LU:rural", (90.0, "ok")), ("LU:motorway", (130.0, "ok")),
    ("IT:rural", (90.0, "ok")), ("IT:motorway", (130.0, "ok")), ("BE-VLG:rural", (70.0, "ok")),
    ("BE-WAL:rural", (90.0, "ok")), ("BE-WAL:motorway", (120.0, "ok")), ("BE-BRU:urban", (30.0, "ok")),
    ("BE-BRU:rural", (70.0, "ok")), ("BE-VLG:urban", (50.0, "ok")), ("IT:urban;DE:urban", (50.0, "ok")),
])
def test_maxspeed(value, expected):
    got = roads.parse_maxspeed(value)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0]) if expected[0] is not None else got[0] is None


def test_oneway_and_roundabout():
    f, b, both = network.FORWARD, network.BACKWARD, network.BOTH
    assert [roads.parse_oneway(v) for v in ("yes", "true", "1", "-1", "reverse", "no", None)] == \
        [f, f, f, b, b, both, both]
    assert roads.parse_oneway(None, junction="roundabout") == f
    assert roads.parse_oneway(None, highway="motorway") == f
    assert roads.parse_oneway("no", highway="motorway") == both


def test_car_exclusions_and_speed_table(tmp_path):
    assert roads.car_excluded("footway") == "footway"
    assert roads.car_excluded("residential", access="private") == "access=private"
    assert roads.car_excluded("residential", access="no", motor_vehicle="yes") is None
    assert roads.car_excluded("primary") is None
    table = roads.read_speed_table()
    assert table["motorway"] == 90 and table["residential"] == 25 and "default" in table
    p = tmp_path / "t.csv"
    p.write_text("class;speed_kmh\nresidential;32,5\n")
    assert roads.read_speed_table(str(p)) == {"residential": 32.5}


def test_decode_osm_lines_split_at_shared_vertices_bridge_not_connected():
    from bassins_plugin.core import routing

    # way A (0,0)-(1000,0)-(2000,0) residential; way B from A's middle vertex north, oneway=-1, maxspeed 36;
    # a bridge (1500,-500)-(1500,500) crossing A with no shared vertex; a footway; a private road
    parts = [[(0, 0), (1000, 0), (2000, 0)], [(1000, 0), (1000, 1000)], [(1500, -500), (1500, 500)],
             [(0, 0), (0, 1000)], [(2000, 0), (2000, 1000)]]
    hw = ["residential", "tertiary", "primary", "footway", "service"]
    other = [None, '"oneway"=>"-1","maxspeed"=>"36"', '"bridge"=>"yes","maxspeed"=>"fast"', None,
             '"access"=>"private"']
    lines, speeds, dirs, counts = roads.decode_osm(parts, hw, other)
    assert counts["excluded"] == {"footway": 1, "access=private": 1}
    assert counts["maxspeed_unparsed"] == 1 and counts["maxspeed_used"] == 1
    assert speeds == [25.0, 36.0, 65.0]
    g = network.build_graph(lines, speeds, dirs)
    r = routing.Router(g)
    a = routing.attach(g, [(0, 0)], 1)
    far = routing.attach(g, [(1000, 1000), (1500, 500)], 1)
    t = r.travel_times(a, far, routing.FROM_SOURCES)
    # B is one-way towards (1000,0): unreachable from (0,0); the bridge shares no vertex: unreachable
    assert not any(t.seconds < float("inf"))
    back = r.travel_times(a, far, routing.TO_SOURCES)
    # (1000,1000) -> (1000,0) at 36 km/h = 100 s, then 1 km at 25 km/h = 144 s
    assert back.seconds[0] == pytest.approx(244) and back.seconds[1] == float("inf")
