"""bassins:borderline against borders measured by hand."""
import pytest

from .conftest import features, memory_layer
from .conftest import square as _square

X0, Y0 = 2_500_000.0, 1_120_000.0  # near Geneva in LV95, where ellipsoidal lengths are meaningful


def square(x, y):
    return _square(X0 + x, Y0 + y)


def test_border_between_two_countries_by_hand(run_alg):
    # 3 x 3 cells of 1 km: column 0 is CH, columns 1-2 FR -> a straight 3 km border at x = 1000
    rows = [(square(c * 1000, r * 1000), [f"u{r}{c}", "CH" if c == 0 else "FR"]) for r in range(3) for c in range(3)]
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "country:string"], rows, "units")
    res, log = run_alg("bassins:borderline", {"UNITS": units, "COUNTRY": "country", "TOLERANCE": 10,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert (attrs["country_a"], attrs["country_b"]) == ("CH", "FR")
    assert attrs["label"] == "Switzerland | France"  # west | east
    assert geom.length() == pytest.approx(3000.0)
    assert attrs["length_km"] == pytest.approx(3.0, rel=0.002)  # ellipsoidal, close to the planar length here
    box = geom.boundingBox()
    assert box.xMinimum() == pytest.approx(X0 + 1000.0) and box.xMaximum() == pytest.approx(X0 + 1000.0)


def test_border_across_a_gap_between_national_layers(run_alg):
    # the French layer starts 4 m east of the Swiss one: within a 10 m tolerance the border is still 3 km long
    rows = [(square(c * 1000 + (4 if c else 0), r * 1000), [f"u{r}{c}", "CH" if c == 0 else "FR"])
            for r in range(3) for c in range(2)]
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "country:string"], rows, "units")
    res, _ = run_alg("bassins:borderline", {"UNITS": units, "COUNTRY": "country", "TOLERANCE": 10,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert geom.length() == pytest.approx(3000.0, rel=0.01)
    from qgis.core import QgsProcessingException

    one = memory_layer("Polygon", "EPSG:2056", ["country:string"], [(square(0, 0), ["FR"])], "one")
    with pytest.raises(QgsProcessingException, match="COUNTRY.*two countries"):
        run_alg("bassins:borderline", {"UNITS": one, "COUNTRY": "country", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_units_without_a_country_are_named_in_the_log(run_alg):
    # 2 x 3 cells, column 0 CH, column 1 FR; the middle French cell has a NULL country: the border then runs
    # 2 km (the middle kilometre has no French unit beside it) and the log names the unit (no tolerance: with one,
    # the lines' ends run past the hole by about the tolerance, the overshoot issue 27 names at tripoints)
    rows = [(square(c * 1000, r * 1000), [f"u{r}{c}", None if (c, r) == (1, 1) else ("CH" if c == 0 else "FR")])
            for r in range(3) for c in range(2)]
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "country:string"], rows, "units")
    res, log = run_alg("bassins:borderline", {"UNITS": units, "COUNTRY": "country", "TOLERANCE": 0,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    (attrs, geom), = features(res["OUTPUT"])
    assert geom.length() == pytest.approx(2000.0)
    assert "1 units have no country" in log
    fid = [f.id() for f in units.getFeatures() if f["uid"] == "u11"]
    assert f"feature ids: {fid[0]}" in log
