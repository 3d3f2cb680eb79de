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
