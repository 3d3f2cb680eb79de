"""core.hashing against plain Python: groups of equal rows, their first and last rows, and a shared hash caught."""
import numpy as np

from bassins_plugin.core import hashing


def test_groups_of_equal_rows_equal_a_dictionary():
    rng = np.random.default_rng(3)
    rows = rng.integers(0, 4, (500, 3))
    hashes = (rows[:, 0] * 16 + rows[:, 1] * 4 + rows[:, 2]).astype(np.uint64)  # exact: no two rows share one
    codes, first = hashing.factorize_checked(hashes, rows)
    seen = {}
    for i, row in enumerate(map(tuple, rows.tolist())):
        seen.setdefault(row, len(seen))
        assert codes[i] == seen[row]  # codes in order of first appearance
    assert first.tolist() == [next(i for i, r in enumerate(map(tuple, rows.tolist())) if r == row) for row in seen]
    last = hashing.last_of(codes)
    assert last.tolist() == [max(i for i, r in enumerate(map(tuple, rows.tolist())) if r == row) for row in seen]


def test_a_hash_shared_by_different_rows_is_caught():
    rows = np.array([[1, 2], [1, 2], [3, 4]])
    assert hashing.factorize_checked(np.zeros(3, dtype=np.uint64), rows) is None
    codes, first = hashing.factorize_checked(np.array([7, 7, 9], dtype=np.uint64), rows)
    assert codes.tolist() == [0, 0, 1] and first.tolist() == [0, 2]
