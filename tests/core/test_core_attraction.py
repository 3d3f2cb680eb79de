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
