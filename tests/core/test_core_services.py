"""core.services on hand-built cases: basket checks, the pole rule, the assignment, home/abroad times."""
import numpy as np
import pytest

from bassins_plugin.core import network
from bassins_plugin.core import services as core
from bassins_plugin.core.errors import UserError


def test_basket_duplicate_with_different_themes_is_refused():
    with pytest.raises(UserError) as e:
        core.parse_basket([("pharmacy", "health", "x"), ("pharmacy", "shopping", "x")])
    assert e.value.parameter == "BASKET" and "pharmacy" in str(e.value)
    b = core.parse_basket([("pharmacy", "health", "x"), ("pharmacy", "health", "x"), ("school", "education", "y")])
    assert b.types == ("pharmacy", "school") and b.theme_names() == ["health", "education"]
    assert core.parse_basket([("a", "t", "x"), ("b", "t", "y")], basket="y").types == ("b",)
    with pytest.raises(UserError):
        core.parse_basket([("a", "t", "x")], basket="z")


def test_shipped_baskets_cite_their_source(tmp_path):
    from pathlib import Path

    data = Path(core.__file__).resolve().parents[1] / "data"
    osm = core.read_basket_csv(str(data / "basket_osm.csv"))
    assert "pharmacy" in osm.types and "station" in osm.types
    for name in ("basket_osm.csv", "basket_bpe.csv"):
        assert "Source" in (data / name).read_text(encoding="utf-8")
    with pytest.raises(UserError):  # the BPE file ships no unverified entry, so alone it is an empty basket
        core.read_basket_csv(str(data / "basket_bpe.csv"))


def test_equipment_without_type_and_outside_basket():
    b = core.parse_basket([("pharmacy", "health", ""), ("school", "education", "")])
    with pytest.raises(UserError) as e:
        core.match_equipment(["pharmacy", None, "school"], b)
    assert e.value.parameter == "EQUIPMENT_TYPE"
    eq = core.match_equipment(["pharmacy", "bar", "bar", "pharmacy"], b)
    assert eq.kept.tolist() == [0, 3] and eq.not_in_basket == {"bar": 2} and eq.missing_types == ["school"]
    with pytest.raises(UserError) as e:
        core.match_equipment(["bar"], b)
    assert e.value.parameter == "BASKET"


def test_pole_rule_at_exactly_pole_share():
    # 7 types: 3/7 = 42.857...%; a threshold given as that very share (100*3/7) must be reached.
    holds = np.zeros((3, 7), dtype=bool)
    holds[0, :3] = True  # 3 of 7
    holds[1, :4] = True  # 4 of 7
    holds[2, :2] = True  # 2 of 7
    assert core.poles(holds, 100 * 3 / 7).tolist() == [True, True, False]
    # 50 % with 4 types: exactly 2 types reaches, 1 does not
    h4 = np.array([[1, 1, 0, 0], [1, 0, 0, 0]], dtype=bool)
    assert core.poles(h4, 50.0).tolist() == [True, False]


def test_assignment_most_types_then_fastest():
    # units 0 and 1 are poles; unit 2 lacks types 0..3.
    holds = np.array([[1, 1, 1, 0], [1, 1, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]], dtype=bool)
    is_pole = np.array([1, 1, 0, 0], dtype=bool)
    # unit 2 turns to pole 0 for 2 types (5+5=10 min) and to pole 1 for 2 types (3+4=7): tie -> fastest, pole 1
    # unit 3 turns to pole 0 for 3 types and pole 1 for 1 type: pole 0 although pole 1 is faster
    holder = np.array([[0, 0, 0, 1], [1, 1, 0, 1], [0, 0, 1, 1], [0, 0, 0, 1]])
    minutes = np.array([[0, 0, 0, 9], [0, 0, 9, 0], [5, 5, 3, 4], [20, 20, 20, 1]], dtype=float)
    assert core.assign(holds, holder, minutes, is_pole).tolist() == [0, 1, 1, 0]
    # a holder that is not a pole does not count; no pole at all -> -1
    holder2 = holder.copy()
    holder2[3] = [2, 2, 2, 2]
    assert core.assign(holds, holder2, minutes, is_pole).tolist() == [0, 1, 1, -1]


def test_home_abroad_on_a_hand_built_graph():
    # A line of 5 nodes, 60 s per edge: FR units at nodes 0 and 1, CH unit at node 4.
    # Type 0 (health): a point in FR at node 0, one in CH at node 3.
    # Unit at node 1: any = 1 min (node 0, home), abroad = 2 min (node 3).
    # Unit at node 4: any = 1 min (node 3, home CH), abroad = 4 min (node 0).
    g = network.build_graph([[(0, 0), (1000, 0), (2000, 0), (3000, 0), (4000, 0)]], [60.0], [network.BOTH])
    assert np.allclose(g.seconds, 60.0)
    unit_node = np.array([1, 4])
    pt_node = np.array([0, 3])
    res = core.network_times(g, unit_node, pt_node, np.array([0, 0]), 1, ["FR", "CH"], ["FR", "CH"],
                             np.array([0, 1]))
    assert np.allclose(res.any[:, 0], [1.0, 1.0])
    assert np.allclose(res.home[:, 0], [1.0, 1.0])
    assert np.allclose(res.abroad[:, 0], [2.0, 4.0])
    assert res.holder[:, 0].tolist() == [0, 1]
    # move the FR point far west (node 0 -> behind), so the FR unit's nearest is abroad
    g2 = network.build_graph([[(-5000, 0), (0, 0), (1000, 0), (2000, 0), (3000, 0), (4000, 0)]], [60.0],
                             [network.BOTH])
    res2 = core.network_times(g2, np.array([2, 5]), np.array([0, 4]), np.array([0, 0]), 1, ["FR", "CH"],
                              ["FR", "CH"], np.array([0, 1]))
    # FR unit at x=1000: home point at x=-5000 -> 6 km = 6 min; abroad at x=3000 -> 2 min
    assert np.allclose(res2.home[0, 0], 6.0) and np.allclose(res2.abroad[0, 0], 2.0)
    tt = core.theme_times(res2.any, res2.home, res2.abroad, np.array([0]), 1, np.array([True, True]))
    assert tt.is_abroad[:, 0].tolist() == [1.0, 0.0]
    assert np.allclose(tt.gain[:, 0], [4.0, 0.0])


def test_straight_line_matches_scipy_distance():
    from scipy.spatial.distance import cdist

    rng = np.random.default_rng(1)
    units = rng.uniform(0, 10000, (20, 2))
    pts = rng.uniform(0, 10000, (30, 2))
    ptype = rng.integers(0, 2, 30)
    pc = ["FR" if x < 5000 else "DE" for x in pts[:, 0]]
    uc = ["FR" if x < 5000 else "DE" for x in units[:, 0]]
    res = core.straight_line_times(units, pts, ptype, 2, uc, pc, np.arange(30), 1.3, 50.0)
    d = cdist(units, pts) * 1.3 / (50 / 3.6) / 60
    for j in range(2):
        assert np.allclose(res.any[:, j], d[:, ptype == j].min(axis=1))
        for i in range(20):
            same = (ptype == j) & (np.array(pc) == uc[i])
            other = (ptype == j) & (np.array(pc) != uc[i])
            assert np.isclose(res.home[i, j], d[i, same].min()) and np.isclose(res.abroad[i, j], d[i, other].min())


def test_dep_abroad_by_hand():
    # 4 types. Unit 0: abroad faster for types 1 and 3 -> 2/4 = 50 %.
    # Unit 1: a tie on type 0 stays home, type 2 only abroad reached -> 1/4 = 25 %. Unit 2: no country -> NULL.
    inf = np.inf
    home = np.array([[1, 9, 2, 9], [3, 1, inf, 1], [1, 1, 1, 1]], dtype=float)
    abroad = np.array([[5, 2, 4, 3], [3, 5, 7, 8], [0, 0, 0, 0]], dtype=float)
    dep = core.dep_abroad(home, abroad, np.array([True, True, False]))
    assert dep[:2].tolist() == [50.0, 25.0] and np.isnan(dep[2])


def test_theme_times_and_density():
    # themes: types 0,1 -> theme 0; type 2 -> theme 1
    t_any = np.array([[4.0, 2.0, np.inf]])
    home = np.array([[4.0, 7.0, np.inf]])
    abroad = np.array([[6.0, 2.0, np.inf]])
    tt = core.theme_times(t_any, home, abroad, np.array([0, 0, 1]), 2, np.array([True]))
    assert tt.any[0, 0] == 2.0 and tt.home[0, 0] == 4.0 and tt.abroad[0, 0] == 2.0 and tt.gain[0, 0] == 2.0
    assert np.isnan(tt.any[0, 1]) and np.isnan(tt.is_abroad[0, 1])
    dens = core.density(np.array([[2, 1, 0], [1, 0, 0]]), np.array([0, 0, 1]), 2, [5000, 0])
    assert dens[0].tolist() == [6.0, 0.0] and np.isnan(dens[1]).all()


def test_unit_without_country_gets_any_but_no_home_abroad():
    # line 0-1-2, 60 s per edge; a FR point at node 0, a CH point at node 2; unit at node 1 has no country.
    g = network.build_graph([[(0, 0), (1000, 0), (2000, 0)]], [60.0], [network.BOTH])
    res = core.network_times(g, np.array([1]), np.array([0, 2]), np.array([0, 0]), 1, [None], ["FR", "CH"],
                             np.array([0, 0]))
    assert res.any[0, 0] == pytest.approx(1.0) and np.isinf(res.home[0, 0]) and np.isinf(res.abroad[0, 0])
    tt = core.theme_times(res.any, res.home, res.abroad, np.array([0]), 1, np.array([False]))
    assert tt.any[0, 0] == pytest.approx(1.0)
    assert np.isnan(tt.home[0, 0]) and np.isnan(tt.gain[0, 0]) and np.isnan(tt.is_abroad[0, 0])
    assert np.isnan(core.dep_abroad(res.home, res.abroad, np.array([False]))[0])


def test_zone_summary_by_hand():
    # units A..E; A and D are poles; B, C join A, E joins D, nobody else; C has no population.
    ids = ["A", "B", "C", "D", "E", "F"]
    pole_of = np.array([0, 0, 0, 3, 3, -1])
    s = core.zone_summary(ids, pole_of, ["FR", "CH", "FR", "CH", "CH", "FR"], [100, 20, None, 50, 5, 7])
    assert s.pole == ["A", "D"] and s.units.tolist() == [3, 2]
    assert s.population["FR"].tolist() == [100.0, 0.0] and s.population["CH"].tolist() == [20.0, 55.0]


def grid_neighbours(side):
    """side x side units, rook neighbours; unit = row * side + col; the outer ring is on the edge."""
    n = side * side
    nb = [set() for _ in range(n)]
    for r in range(side):
        for c in range(side):
            u = r * side + c
            if c + 1 < side:
                nb[u].add(u + 1)
                nb[u + 1].add(u)
            if r + 1 < side:
                nb[u].add(u + side)
                nb[u + side].add(u)
    edge = np.array([r in (0, side - 1) or c in (0, side - 1) for r in range(side) for c in range(side)])
    return nb, edge


def test_enclave_joins_and_detached_unit_leaves():
    # 5 x 5 grid. Pole at unit 0 (corner). Units 0..4 (top row), 5, 10, 15, 9, 14, 19 and the centre ring
    # 6, 7, 8, 11, 13, 16, 17, 18 join pole 0, so the ring around the centre 12 is all pole 0's zone;
    # unit 12 turns to no pole: enclosed by pole 0's zone, it joins it.
    # Unit 24 (opposite corner) turns to pole 0 but its neighbours 19 and 23 are in no zone: not contiguous
    # with its pole, it is detached (and, on the edge, no enclave).
    pole_of = np.full(25, -1)
    zone0 = [0, 1, 2, 3, 4, 5, 10, 15, 9, 14, 6, 7, 8, 11, 13, 16, 17, 18]
    pole_of[zone0] = 0
    pole_of[24] = 0
    is_pole = np.zeros(25, dtype=bool)
    is_pole[0] = True
    nb, edge = grid_neighbours(5)
    area, counts = core.zones(pole_of, is_pole, nb, edge)
    assert area[12] == 0 and counts["filled"] == {0: 1}
    assert area[24] == -1 and counts["detached"] == 1
    assert (area[zone0] == 0).all() and (area[[19, 20, 21, 22, 23]] == -1).all()
    # without the rules, the assignment stays as it is
    raw, _ = core.zones(pole_of, is_pole, nb, edge, contiguity=False, fill_enclaves=False)
    assert raw.tolist() == pole_of.tolist()
