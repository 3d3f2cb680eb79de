"""The bulk paths of core.flows give what the row-by-row reference gives.

GDAL's Arrow reads hand text columns over as fixed-width bytes; those are factorised and matched to unit
ids through integer views of their bytes. Every result here is compared with ``UnitIndex.find`` applied to
each row, and with pandas' factorize on Python objects.
"""
import numpy as np
import pandas as pd
import pytest

from bassins_plugin.core import flows as core

UNITS = ["01004", "01002", "1002", "FR_ZURICH_0261", "CH0261", "LU0001", "Mühlhausen-Thüringen-Süd", "07", "7",
         "01004", "99999999999999999999", "BE 12345"]


def rows(rng, n):
    pool = [u.encode() for u in UNITS] + [b"1004", b" CH0261 ", b"", b"NULL", b"2", b"unknown", b"FR_ZURICH_0262",
                                          b"CH0261\t", "Mühlhausen-Thüringen-Sud".encode(), b"99999999999999999998"]
    return np.array(pool, dtype=bytes)[rng.integers(0, len(pool), n)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_unit_positions_equal_find_row_by_row(seed):
    rng = np.random.default_rng(seed)
    values = rows(rng, 5000)
    bulk = core.unit_positions(values, core.UnitIndex(UNITS))
    ref_index = core.UnitIndex(UNITS)
    expected = np.array([ref_index.find(v.decode()) for v in values.tolist()])
    assert np.array_equal(bulk, expected)
    # hand checks: the first of duplicate ids, the lost leading zero, the padded id, unknown ids
    pos = dict(zip(values.tolist(), bulk.tolist()))
    assert pos[b"01004"] == 0 and pos[b"1004"] == 0  # the first of duplicate ids; a lost leading zero
    assert pos[b" CH0261 "] == 4 and pos[b"CH0261\t"] == 4
    assert pos[b"unknown"] == pos[b""] == pos[b"NULL"] == pos[b"2"] == -1
    assert pos[b"1002"] == 2 and pos[b"01002"] == 1  # each its own unit
    assert pos["Mühlhausen-Thüringen-Süd".encode()] == 6 and pos["Mühlhausen-Thüringen-Sud".encode()] == -1
    assert pos[b"99999999999999999999"] == 10 and pos[b"99999999999999999998"] == -1


def test_long_ids_differing_late_are_not_confused():
    units = [f"{'X' * 30}{i:04d}" for i in range(500)]
    values = np.array([u.encode() for u in units[::-1]] + [b"X" * 30 + b"9999"], dtype=bytes)
    assert core.unit_positions(values, core.UnitIndex(units)).tolist() == list(range(499, -1, -1)) + [-1]


@pytest.mark.parametrize("width", [3, 8, 9, 17, 40])
def test_factorize_bytes_equals_pandas(width):
    rng = np.random.default_rng(width)
    pool = np.array([bytes(rng.integers(97, 123, rng.integers(0, width + 1)).astype(np.uint8)) for _ in range(300)],
                    dtype=f"S{width}")
    values = pool[rng.integers(0, len(pool), 4000)]
    uniques, codes = core.factorize(values)
    ref_codes, ref_uniques = pd.factorize(values.astype(object))
    assert uniques == list(ref_uniques)
    assert codes.tolist() == list(ref_codes)


def test_shares_vectorised_equal_the_loop():
    values = np.array([10.0, 5.0, 3.0, 1.0, 2.0])
    dens = [100.0, None, 0.0, float("nan"), 8.0]
    assert core.percentages(values, dens, 5) == [10.0, None, None, None, 25.0]
    assert core.percentages(values, ["100", "", "0", "x", "8"], 5) == [10.0, None, None, None, 25.0]


@pytest.mark.parametrize("seed", [5, 6])
def test_top_destination_equals_a_plain_loop_with_many_ties(seed):
    """Small whole counts make many equal sums: the tie goes to the first label in alphabetical order."""
    rng = np.random.default_rng(seed)
    keys = [f"U{k:03d}" for k in rng.permutation(60)]
    extra = ["CH", "DE"]
    rows = 3000
    o = rng.integers(0, 60, rows)
    dest = rng.integers(0, 62, rows)  # 60, 61: the countries
    c = rng.integers(0, 3, rows).astype(float)
    got = core._top_destinations(60, keys, extra, o, dest, c)
    labels = keys + extra
    sums = {}
    for oi, di, ci in zip(o.tolist(), dest.tolist(), c.tolist()):
        sums[(oi, di)] = sums.get((oi, di), 0.0) + ci
    expected = [None] * 60
    for oi in range(60):
        cand = [(s, labels[d]) for (o2, d), s in sums.items() if o2 == oi and s > 0]
        if cand:
            best = max(s for s, _ in cand)
            expected[oi] = min(name for s, name in cand if s == best)
    assert got == expected
    assert sum(1 for oi in range(60) if sum(1 for (o2, d), s in sums.items() if o2 == oi
                                            and s == max(v for (o3, _), v in sums.items() if o3 == oi)) > 1) > 5


def test_long_texts_take_the_general_path_with_the_same_result():
    units = ["A" * 70 + "1", "A" * 70 + "2", "B"]
    values = np.array([u.encode() for u in units] + [b"C", b" B "], dtype=bytes)
    assert values.dtype.itemsize > 64
    assert core.unit_positions(values, core.UnitIndex(units)).tolist() == [0, 1, 2, -1, 2]
    uniques, codes = core.factorize(values[[0, 1, 0, 2]])
    assert uniques == [values[0], values[1], values[2]] and codes.tolist() == [0, 1, 0, 2]


def test_a_hash_collision_in_bytes_takes_the_general_path(monkeypatch):
    """Every text hashed alike: the check sees it and the plain factorisation gives the same groups."""
    values = np.array([b"01004", b"74012", b"01004", b"", b"CH-GE"])
    expected = core.factorize(values)
    real = core._byte_words
    monkeypatch.setattr(core, "_byte_words", lambda v, w: (real(v, w)[0], np.zeros(len(v), dtype=np.uint64)))
    assert core._factorize_bytes(values) is None
    got = core.factorize(values)
    assert [got[0][c] for c in got[1]] == [expected[0][c] for c in expected[1]] == values.tolist()
