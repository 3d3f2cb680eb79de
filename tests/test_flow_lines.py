"""bassins:flowlines against sums worked out by hand."""
import pytest

from .conftest import features, memory_layer, square


@pytest.fixture
def setting():
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string"],
                         [(square(0, 0), ["A", "FR"]), (square(5000, 0), ["B", "FR"]),
                          (square(10000, 0), ["G", "CH"])], "units")
    flows = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double", "t:string"], [
        (None, ["A", "G", 120, "work"]), (None, ["A", "G", 30, "work"]), (None, ["A", "G", 10, "study"]),
        (None, ["G", "A", 40, "work"]), (None, ["B", "A", 5, "work"]), (None, ["B", "G", 60, "work"]),
        (None, ["A", "A", 99, "work"]), (None, ["X", "G", 7, "work"])], "flows")
    return units, flows


def run(run_alg, units, flows, **kw):
    params = {"FLOWS": flows, "ORIGIN": "o", "DESTINATION": "d", "COUNT": "n", "THEME": "t", "UNITS": units,
              "UNIT_ID": "uid", "COUNTRY": "ctry", "CURVED": False, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(kw)
    res, log = run_alg("bassins:flowlines", params)
    return [(a, g) for a, g in features(res["OUTPUT"])], log


def test_lines_summed_filtered_and_ordered(run_alg, setting):
    units, flows = setting
    lines, log = run(run_alg, units, flows)
    got = {(a["origin"], a["destination"], a["theme"]): a for a, _ in lines}
    assert got[("A", "G", "work")]["count"] == 150 and got[("A", "G", "work")]["cross_border"] in (True, 1)
    assert got[("B", "A", "work")]["cross_border"] in (False, 0)
    assert ("A", "A", "work") not in got  # within one unit: not a line
    counts = [a["count"] for a, _ in lines]
    assert counts == sorted(counts)  # the largest drawn last, on top
    (_a, g), = [(a, g) for a, g in lines if (a["origin"], a["destination"], a["theme"]) == ("A", "G", "work")]
    assert g.length() == pytest.approx(10000.0)  # between the squares' points on surface
    assert "1 rows with an id that matches no unit" in log and "1 within one unit" in log
    lines, _ = run(run_alg, units, flows, MIN_COUNT=50, CROSS_BORDER_ONLY=True, THEMES="work")
    assert sorted((a["origin"], a["destination"], a["count"]) for a, _ in lines) == [("A", "G", 150), ("B", "G", 60)]


def test_net_flows_and_curves(run_alg, setting):
    units, flows = setting
    lines, _ = run(run_alg, units, flows, NET=True, THEMES="work", CURVED=True)
    got = {(a["origin"], a["destination"]): a["count"] for a, _ in lines}
    assert got[("A", "G")] == 110 and ("G", "A") not in got  # 150 - 40
    assert got[("B", "A")] == 5 and got[("B", "G")] == 60
    (_a, arc), = [(a, g) for a, g in lines if (a["origin"], a["destination"]) == ("A", "G")]
    assert arc.length() > 10000.0 and len(arc.asPolyline()) > 2  # an arc, longer than the chord
