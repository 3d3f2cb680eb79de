"""core.routing (the shared engine) on hand-computed cases: direction on a one-way loop, mid-edge join, border rules."""
import numpy as np
import pytest

from bassins_plugin.core import network, routing


def loop():
    # square loop 0 -> 1 -> 2 -> 3 -> 0, one way, 1 km sides at 36 km/h (10 m/s): 100 s per side
    pts = [(0, 0), (1000, 0), (1000, 1000), (0, 1000), (0, 0)]
    return network.build_graph([pts], [36.0], [network.FORWARD])


def test_direction_on_a_one_way_loop():
    g = loop()
    pole = routing.attach(g, [(0, 0)], 1.0)
    unit = routing.attach(g, [(1000, 0)], 1.0)
    r = routing.Router(g)
    # unit (1000,0) -> pole (0,0): 1 -> 2 -> 3 -> 0 = 300 s; pole -> unit: 0 -> 1 = 100 s
    assert r.travel_times(pole, unit, routing.TO_SOURCES).seconds[0] == pytest.approx(300)
    assert r.travel_times(pole, unit, routing.FROM_SOURCES).seconds[0] == pytest.approx(100)


def test_mid_edge_join_on_a_2_km_road():
    g = network.build_graph([[(0, 0), (2000, 0)]], [60.0], [network.BOTH])
    pole = routing.attach(g, [(0, 0)], 10.0)
    unit = routing.attach(g, [(1000, 30)], 50.0)  # 30 m off the middle of the road
    assert unit.distance[0] == pytest.approx(30)
    assert unit.fraction[0] == pytest.approx(0.5)
    t = routing.Router(g).travel_times(pole, unit)
    assert t.seconds[0] == pytest.approx(1000 / (60 / 3.6))  # 60 s: 1 km at 60 km/h
    assert routing.attach(g, [(1000, 30)], 20.0).u[0] == -1  # beyond max_distance


def street_border():
    # a street along y=0 from x=0 to 4000, nodes every 1 km, countries alternate A B A B A: 4 border edges;
    # a bypass 0 -> (2000, 2000) -> 4000 entirely in A, 2 * 2828.4 m
    g = network.build_graph([[(x, 0) for x in range(0, 5000, 1000)], [(0, 0), (2000, 2000), (4000, 0)]],
                            [36.0, 36.0], [network.BOTH, network.BOTH])
    g.country = np.array([0 if (x // 1000) % 2 == 0 or y > 0 else 1 for x, y in g.xy.astype(int).tolist()])
    return g


def test_border_along_a_street_per_crossing_and_per_trip():
    g = street_border()
    pole, unit = routing.attach(g, [(0, 0)], 1), routing.attach(g, [(4000, 0)], 1)
    street, bypass = 400.0, 2 * np.hypot(2000, 2000) / 10
    # per crossing edge, 60 s each: the street pays 4 * 60 = 640 > bypass 565.7 -> bypass, 0 crossings
    t1 = routing.Router(g, routing.border_edge_extra(g, 60)).travel_times(pole, unit)
    assert t1.seconds[0] == pytest.approx(bypass) and t1.crossings[0] == 0
    # per crossing edge, 10 s each: street 440 s, 4 crossings, 40 s paid
    t2 = routing.Router(g, routing.border_edge_extra(g, 10)).travel_times(pole, unit)
    assert t2.seconds[0] == pytest.approx(street + 40) and t2.crossings[0] == 4 and t2.extra[0] == pytest.approx(40)
    # once per trip: both ends in A, nothing paid though the street crosses 4 times
    t0 = routing.Router(g).travel_times(pole, unit, source_country=[0], target_country=[0], trip_penalty=600)
    assert t0.seconds[0] == pytest.approx(street) and t0.crossings[0] == 4 and t0.extra[0] == 0
    # once per trip, unit in B at (1000, 0): 100 s + 600 s
    ub = routing.attach(g, [(1000, 0)], 1)
    tb = routing.Router(g).travel_times(pole, ub, source_country=[0], target_country=[1], trip_penalty=600)
    assert tb.seconds[0] == pytest.approx(700) and tb.extra[0] == pytest.approx(600)


def test_crossing_points_with_delays_and_one_closed():
    g = street_border()
    pole, unit = routing.attach(g, [(0, 0)], 1), routing.attach(g, [(2000, 0)], 1)
    # crossings at the edge midpoints x=500 (30 s) and x=1500 (closed); a far point matches nothing
    extra, unmatched = routing.crossing_edge_extra(g, [(500, 0), (1500, 0), (9000, 9000)], [30, -1, 5], 200)
    assert unmatched.tolist() == [2]
    t = routing.Router(g, extra).travel_times(pole, unit)
    # street closed at 1500: to (2000,0) over the bypass top (2828.4 m) then back along x 4000->2000? no:
    # via (2000,2000) -> (4000,0) -> 3000 -> 2000 = 282.84 + 282.84 + 100 + 100, with 2 free crossings
    assert t.seconds[0] == pytest.approx(2 * np.hypot(2000, 2000) / 10 + 200)
    assert t.crossings[0] == 2 and t.extra[0] == 0


def test_one_run_for_many_sources_picks_the_nearest():
    g = network.build_graph([[(x, 0) for x in range(0, 10001, 1000)]], [36.0], [network.BOTH])
    src = routing.attach(g, [(0, 0), (10000, 0), (5000, 0)], 1)
    tgt = routing.attach(g, [(1500, 0), (8000, 0), (5200, 0)], 1)
    t = routing.Router(g).travel_times(src, tgt)
    assert t.source.tolist() == [0, 1, 2]
    assert t.seconds == pytest.approx([150, 200, 20])


@pytest.mark.parametrize("direction", [routing.TO_SOURCES, routing.FROM_SOURCES])
def test_per_edge_rule_equals_a_plain_dijkstra(direction):
    """Random one-way grid with two countries: the engine equals scipy's Dijkstra with the penalty on border edges."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    rng = np.random.default_rng(5)
    n = 12
    lines, speeds, dirs = [], [], []
    for i in range(n):
        for j in range(n):
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n:
                    lines.append([(i * 500, j * 500), ((i + di) * 500, (j + dj) * 500)])
                    speeds.append(float(rng.integers(20, 90)))
                    dirs.append(int(rng.choice([network.BOTH, network.BOTH, network.FORWARD, network.BACKWARD])))
    g = network.build_graph(lines, speeds, dirs)
    g.country = (g.xy[:, 0] + g.xy[:, 1] > 5500).astype(np.int64)
    extra = routing.border_edge_extra(g, 120)
    poles = [5, 77, 140]
    t = routing.Router(g, extra).travel_times(routing.attach(g, g.xy[poles], 1), routing.attach(g, g.xy, 1), direction)
    m = coo_matrix((g.seconds + extra, (g.src, g.dst)), shape=(g.n_nodes,) * 2).tocsr()
    if direction == routing.TO_SOURCES:
        m = m.T.tocsr()
    ref = dijkstra(m, indices=poles, min_only=True)
    assert np.allclose(t.seconds, ref, atol=1e-6, equal_nan=True)
    reached = np.isfinite(ref)
    assert np.allclose(t.extra[reached], 120 * t.crossings[reached])
