"""core.attraction on hand-made graphs: the rules without any geometry."""
import numpy as np

from bassins_plugin.core import attraction as core


def chain(n):
    """Units 0..n-1 in a line, each the rook neighbour of the next; unit 0 and n-1 on the edge."""
    neighbours = [set() for _ in range(n)]
    for i in range(n - 1):
        neighbours[i].add(i + 1)
        neighbours[i + 1].add(i)
    edge = np.zeros(n, dtype=bool)
    edge[[0, n - 1]] = True
    return neighbours, edge


def flows(rows):
    o, d, c = zip(*rows)
    return np.array(o), np.array(d), np.array(c, dtype=float)


def test_contiguity_keeps_the_smallest_reachable_level():
    ids = [str(i) for i in range(5)]
    neighbours, edge = chain(5)
    o, d, c = flows([(1, 0, 30), (2, 0, 50), (4, 0, 50)])  # unit 3 sends nothing: unit 4 is cut off
    rules = core.Rules("custom", (15.0, 25.0, 40.0), True, False, False, "")
    result = core.attraction(ids, [100] * 5, {"pole": {0}}, o, d, c, [15.0, 25.0, 40.0], neighbours, edge, rules)
    assert result.raw_level.tolist() == [1, 2, 1, 0, 1]
    assert result.level.tolist() == [1, 2, 2, 0, 0]  # unit 2 reaches the pole only through a level-2 unit


def test_iterative_target_grows():
    ids = [str(i) for i in range(4)]
    neighbours, edge = chain(4)
    o, d, c = flows([(1, 0, 50), (2, 1, 50), (3, 2, 50)])
    rules = core.Rules("zau", (40.0,), True, False, True, "")
    result = core.attraction(ids, [100] * 4, {"pole": {0}}, o, d, c, [40.0], neighbours, edge, rules)
    assert result.level.tolist() == [1, 1, 1, 1]


def test_enclave_needs_the_edge():
    # 0 - 1 - 2 - 3 - 4 with 2 enclosed between 1 and 3 (both level 1) only if neither 2 nor its path is on the edge
    ids = [str(i) for i in range(5)]
    neighbours, _edge = chain(5)
    edge = np.array([False, False, False, False, True])
    o, d, c = flows([(1, 0, 50), (3, 0, 50)])
    rules = core.Rules("custom", (40.0,), False, True, False, "")
    result = core.attraction(ids, [100] * 5, {"pole": {0}}, o, d, c, [40.0], neighbours, edge, rules)
    assert result.level[2] == 1 and result.stats["enclaves"] == 1 and result.level[4] == 0


def _reach_one_by_one(neighbours, start, allowed):
    """The plain breadth-first search, unit by unit: the reference for the frontier-at-once one."""
    from collections import deque

    seen = start & allowed
    queue = deque(np.nonzero(seen)[0].tolist())
    while queue:
        i = queue.popleft()
        for j in neighbours[i]:
            if allowed[j] and not seen[j]:
                seen[j] = True
                queue.append(j)
    return seen


def test_reach_equals_the_plain_search_on_random_graphs():
    rng = np.random.default_rng(7)
    for n in (1, 2, 10, 300):
        neighbours = [set() for _ in range(n)]
        for a, b in rng.integers(0, n, (2 * n, 2)).tolist():
            if a != b:
                neighbours[a].add(b)
                neighbours[b].add(a)
        graph = core.neighbour_graph(neighbours)
        for _ in range(20):
            start = rng.random(n) < 0.05
            allowed = rng.random(n) < 0.7
            got = core.reach(graph, start.copy(), allowed)
            assert got.tolist() == _reach_one_by_one(neighbours, start.copy(), allowed).tolist()
    # a chain: only what is linked through allowed units
    neighbours, _edge = chain(6)
    allowed = np.array([True, True, False, True, True, True])
    start = np.zeros(6, dtype=bool)
    start[0] = True
    assert core.reach(core.neighbour_graph(neighbours), start, allowed).tolist() == [True, True] + [False] * 4


def rook_grid(rows, cols):
    """Rook neighbours of a rows x cols grid (unit r * cols + c) and its border cells (the outer edge)."""
    neighbours = [set() for _ in range(rows * cols)]
    for r in range(rows):
        for c in range(cols):
            i = r * cols + c
            if c + 1 < cols:
                neighbours[i].add(i + 1)
                neighbours[i + 1].add(i)
            if r + 1 < rows:
                neighbours[i].add(i + cols)
                neighbours[i + cols].add(i)
    edge = np.array([r in (0, rows - 1) or c in (0, cols - 1) for r in range(rows) for c in range(cols)])
    return neighbours, edge


def _two_areas(rows, cols, a_cells, b_cells, pole_a, pole_b, preset):
    """Every cell of A (B) sends 50 % of its 100 employed residents to pole A (B); other cells send nothing."""
    neighbours, edge = rook_grid(rows, cols)
    ids = [str(i) for i in range(rows * cols)]
    rows_ = [(i, pole_a, 50.0) for i in a_cells if i != pole_a] + [(i, pole_b, 50.0) for i in b_cells if i != pole_b]
    o, d, c = flows(rows_)
    rules = core.RULE_PRESETS[preset]
    return core.attraction(ids, [100] * len(ids), {"A": {pole_a}, "B": {pole_b}}, o, d, c, list(rules.thresholds),
                           neighbours, edge, rules)


def test_unit_enclosed_by_two_areas_together_stays_out():
    # 3 x 5 grid (unit = 5 r + c). A = columns 0-1 and (0,2); B = columns 3-4 and (2,2); X = (1,2) = unit 7 is
    # enclosed by A (north, west) and B (south, east) together, but from X one reaches the edge through B without
    # crossing A, and through A without crossing B: an enclave of neither, it stays out (INSEE AAV 2020, EU-OECD).
    a = [0, 1, 2, 5, 6, 10, 11]
    b = [3, 4, 8, 9, 12, 13, 14]
    for preset in (1, 3):  # AAV 2020-like, FUA-like
        result = _two_areas(3, 5, a, b, 5, 9, preset)
        assert result.level[7] == 0 and result.pole[7] is None
        assert result.stats["enclaves"] == 0 and result.stats["between"] == 1
        assert all(result.level[i] == 1 for i in a + b)


def test_unit_enclosed_by_one_area_joins_it():
    # 3 x 6 grid (unit = 6 r + c). A = columns 0-2 but (1,1) = unit 7; B = columns 3-5. X = unit 7 has only A
    # neighbours (1, 6, 8, 13): it cannot reach the edge without crossing A's ring 1, it joins A at level 1.
    a = [0, 1, 2, 6, 8, 12, 13, 14]
    b = [3, 4, 5, 9, 10, 11, 15, 16, 17]
    for preset in (1, 3):
        result = _two_areas(3, 6, a, b, 6, 11, preset)
        assert result.level[7] == 1 and result.pole[7] == "A" and result.share[7] == 0
        assert result.stats["filled_per_pole"] == {"A": 1} and result.stats["between"] == 0


def test_public_contiguity_and_enclaves_on_an_assignment():
    # the 3 x 5 layout given as areas (0 = A, 1 = B), with (0,3) = 3 in no area: the B unit (0,2) = 2 is then cut
    # off from B's pole 9 (its neighbours: A's 1, and 3, 7 in no area), contiguity drops it; X = 7 then reaches
    # the edge through 2
    neighbours, edge = rook_grid(3, 5)
    graph = core.neighbour_graph(neighbours)
    area = np.full(15, -1)
    area[[0, 1, 5, 6, 10, 11]] = 0
    area[[2, 4, 8, 9, 12, 13, 14]] = 1
    is_pole = np.zeros(15, dtype=bool)
    is_pole[[5, 9]] = True
    got, level, counts = core.apply_contiguity_and_enclaves(area, is_pole, graph, edge)
    assert got[2] == -1 and level[2] == 0 and counts["detached"] == 1
    assert got[7] == -1 and counts["filled"] == {} and counts["between"] == 0
    assert area[2] == 1  # input untouched
    # without contiguity 2 stays in B, and X = 7 (neighbours 2, 8, 12 in B, 6 in A) is enclosed by A and B
    # together only (edge through 6 outside B, through 8 outside A): left between areas
    got, level, counts = core.apply_contiguity_and_enclaves(area, is_pole, graph, edge, contiguity=False)
    assert got[2] == 1 and got[7] == -1 and counts["between"] == 1


def _one_pole_share(counts, active=100.0, thresholds=(15.0,)):
    """Unit 1 of a chain 0 - 1 - 2 sends ``counts`` (several rows) to the pole 0."""
    neighbours, edge = chain(3)
    o, d, c = flows([(1, 0, x) for x in counts])
    rules = core.RULE_PRESETS[3]
    return core.attraction(["0", "1", "2"], [100, active, 100], {"pole": {0}}, o, d, c, list(thresholds),
                           neighbours, edge, rules)


def test_exact_share_meets_the_threshold():
    assert 2.2 + 8.2 + 4.6 < 15  # 14.999999999999998 in floating point: exactly 15 % in decimals
    result = _one_pole_share([2.2, 8.2, 4.6])
    assert result.level[1] == 1
    assert _one_pole_share([14.99]).level[1] == 0  # 14.99 % is never rounded up to 15
    assert _one_pole_share([15 * (1 - 1e-4)]).level[1] == 0  # t - 0.01 %
    assert _one_pole_share([15 * (1 + 1e-4)]).level[1] == 1  # t + 0.01 %
    # the share itself is kept exact (only the display rounds)
    assert _one_pole_share([14.99]).share[1] == 14.99
