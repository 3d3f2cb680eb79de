"""bassins:intensityindex against levels computed by hand."""
import pytest

from .conftest import features, memory_layer

# work, health, study shares; thresholds 5;15;30 -> levels (1 strongest)
ROWS = [
    ("a", 35, 2, 16),    # levels 1, -, 2
    ("b", 10, 20, 6),    # levels 3, 2, 3
    ("c", 1, 2, 3),      # -, -, -
    ("d", 16, 16, None),  # 2, 2, NULL
]


def layer():
    return memory_layer("None", "EPSG:3035", ["id:string", "w:double", "h:double", "s:double"],
                        [(None, list(r)) for r in ROWS], "ind")


def run(run_alg, **kw):
    p = {"INPUT": layer(), "FIELDS": ["w", "h", "s"], "THRESHOLDS": "5;15;30", "COMBINE": 0, "K": 1,
         "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    res, log = run_alg("bassins:intensityindex", p)
    return {a["id"]: a for a, _ in features(res["OUTPUT"])}, log


def lv(v):
    return None if v is None or str(v) == "NULL" else int(v)


def test_levels_per_indicator_and_max(run_alg):
    out, log = run(run_alg)
    assert [lv(out["a"][f]) for f in ("level_w", "level_h", "level_s")] == [1, None, 2]
    assert [lv(out["b"][f]) for f in ("level_w", "level_h", "level_s")] == [3, 2, 3]
    assert {k: lv(v["intensity_level"]) for k, v in out.items()} == {"a": 1, "b": 2, "c": None, "d": 2}
    assert "NULL" in log


def test_mean_of_levels(run_alg):
    # scores (n+1-level, 0 if none): a (3,0,2) mean 1.67 -> 2 -> level 2; b (1,2,1) 1.33 -> 1 -> level 3
    # c 0 -> none; d (2,2,0) 1.33 -> 1 -> level 3
    out, _ = run(run_alg, COMBINE=1)
    assert {k: lv(v["intensity_level"]) for k, v in out.items()} == {"a": 2, "b": 3, "c": None, "d": 3}


def test_weighted_sum(run_alg):
    # weights 2;1;1: a (6+0+2)/4 = 2 -> level 2; b (2+2+1)/4 = 1.25 -> 1 -> level 3; d (4+2+0)/4 = 1.5 -> 2 -> level 2
    out, _ = run(run_alg, COMBINE=2, WEIGHTS="2;1;1")
    assert {k: lv(v["intensity_level"]) for k, v in out.items()} == {"a": 2, "b": 3, "c": None, "d": 2}


def test_at_least_k(run_alg):
    # K=2: second best score: a 2 -> level 2; b 1 -> level 3; d 2 -> level 2
    out, _ = run(run_alg, COMBINE=3, K=2)
    assert {k: lv(v["intensity_level"]) for k, v in out.items()} == {"a": 2, "b": 3, "c": None, "d": 2}


def test_per_field_thresholds(run_alg):
    out, _ = run(run_alg, THRESHOLDS="5;15;30|1;2;3|1;2;3")
    assert lv(out["c"]["level_h"]) == 2 and lv(out["c"]["level_s"]) == 1  # 2 >= 2 ; 3 >= 3
    assert lv(out["c"]["intensity_level"]) == 1


def test_bad_parameters(run_alg):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="WEIGHTS"):
        run(run_alg, COMBINE=2, WEIGHTS="1;2")
    with pytest.raises(QgsProcessingException, match="K"):
        run(run_alg, COMBINE=3, K=5)
    with pytest.raises(QgsProcessingException, match="THRESHOLDS"):
        run(run_alg, THRESHOLDS="5;15|1;2;3|1;2")


def test_threshold_on_the_exact_value(run_alg):
    # t - 0.01 %, t + 0.01 %, 14.99 (out: never rounded up) and 2.2 + 8.2 + 4.6 = 14.999999999999998 (exactly 15 %
    # in decimals: in), one threshold 15
    values = [15 * (1 - 1e-4), 15 * (1 + 1e-4), 14.99, 2.2 + 8.2 + 4.6]
    assert values[3] < 15
    ind = memory_layer("None", "EPSG:3035", ["id:string", "w:double"],
                       [(None, [str(i), v]) for i, v in enumerate(values)], "ind")
    out, _log = run(run_alg, INPUT=ind, FIELDS=["w"], THRESHOLDS="15")
    assert [lv(out[str(i)]["level_w"]) for i in range(4)] == [None, 1, None, 1]


def test_mean_half_up_on_the_exact_mean():
    # scores 3, 2 (n = 3 levels: levels 1 and 2) with weights 0.1 and 0.1 + 0.1 + 0.1 - 0.2 (= 0.1 in decimals,
    # 0.10000000000000003 in floating point): the mean 2.5 rounds half up to score 3, level 1, whatever the noise
    import numpy as np

    from bassins_plugin.core import index as core_index

    w2 = 0.1 + 0.1 + 0.1 - 0.2
    assert w2 != 0.1
    levels = np.array([[1, 2], [2, 1]])
    assert core_index.combine_levels(levels, 3, "weighted_sum", [0.1, w2]) == [1, 1]
