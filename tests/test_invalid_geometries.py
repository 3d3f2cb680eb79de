"""Invalid unit geometries under QGIS's default setting ("stop when a geometry is invalid").

Real commune layers hold bow-ties and self-touching rings. Our readers repair and count them, and our
writers copy unit geometries they never compute on: neither may let Processing's invalid-geometry filter
stop the run or drop the unit.
"""
import pytest

from .conftest import LogFeedback, features, memory_layer, square

X0, Y0 = 4_000_000.0, 2_600_000.0
BOWTIE = f"POLYGON(({X0} {Y0},{X0 + 1000} {Y0 + 1000},{X0 + 1000} {Y0},{X0} {Y0 + 1000},{X0} {Y0}))"


@pytest.fixture
def run_strict(provider):
    """Like run_alg, with the context QGIS desktop and processing.run use by default."""
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    def _run(alg_id, params):
        fb = LogFeedback()
        ctx = QgsProcessingContext()
        ctx.setProject(QgsProject.instance())
        ctx.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
        return processing.run(alg_id, params, feedback=fb, context=ctx), fb.text()

    return _run


def units():
    return memory_layer("Polygon", "EPSG:3035", ["unit_id:string", "country:string", "active:double"], [
        (BOWTIE, ["a", "FR", 100]), (square(X0 + 2000, Y0), ["b", "FR", 50]), (square(X0 + 4000, Y0), ["c", "CH", 80]),
    ], "units")


def flows():
    return memory_layer("None", "EPSG:3035", ["origin:string", "destination:string", "count:double"],
                        [(None, ["a", "c", 10]), (None, ["b", "c", 5]), (None, ["c", "a", 4])], "flows")


def test_indicators_keep_the_invalid_unit_unchanged(run_strict):
    from qgis.core import QgsGeometry

    res, _ = run_strict("bassins:crossborderflows", {
        "UNITS": units(), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active", "FLOWS": flows(),
        "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {a["unit_id"]: (a, g) for a, g in features(res["OUTPUT"])}
    assert sorted(out) == ["a", "b", "c"]
    a, geom = out["a"]
    assert (a["cb_out"], a["cb_in"], a["cb_share"]) == (10, 4, pytest.approx(10.0))
    assert out["b"][0]["cb_share"] == pytest.approx(10.0)
    assert geom.equals(QgsGeometry.fromWkt(BOWTIE))  # copied as it was, not repaired, not dropped
    assert not geom.isGeosValid()


def test_rings_repair_the_invalid_unit(run_strict):
    layer = memory_layer("Polygon", "EPSG:3035", ["share:double"], [(BOWTIE, [50]), (square(X0 + 2000, Y0), [50])],
                         "bad")
    res, log = run_strict("bassins:intensityrings", {
        "INPUT": layer, "FIELD": "share", "THRESHOLDS": "10", "OUTPUT": "TEMPORARY_OUTPUT"})
    (ring, geom), = features(res["OUTPUT"])
    assert ring["area_km2"] == pytest.approx(1.5, rel=1e-4)  # two triangles of 0.25 km² + a square
    assert "1 repaired" in log


def test_index_keeps_the_invalid_unit(run_strict):
    layer = memory_layer("Polygon", "EPSG:3035", ["id:string", "w:double"],
                         [(BOWTIE, ["a", 40]), (square(X0 + 2000, Y0), ["b", 1])], "ind")
    res, _ = run_strict("bassins:intensityindex", {
        "INPUT": layer, "FIELDS": ["w"], "THRESHOLDS": "5;15;30", "COMBINE": 0, "K": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    levels = {a["id"]: a["intensity_level"] for a, _ in features(res["OUTPUT"])}
    assert levels["a"] == 1
    assert levels["b"] is None or str(levels["b"]) == "NULL"
    assert len(levels) == 2


def test_overlay_repairs_an_invalid_proposal(run_strict):
    from .test_proposals import X0 as PX
    from .test_proposals import Y0 as PY
    from .test_proposals import nested_rings, units_layer

    bowtie = f"POLYGON(({PX} {PY},{PX + 500} {PY + 500},{PX + 500} {PY},{PX} {PY + 500},{PX} {PY}))"
    props = memory_layer("Polygon", "EPSG:3035", ["title:string", "theme:string"], [(bowtie, ["b", "health"])],
                         "props")
    res, log = run_strict("bassins:overlayproposals", {
        "PROPOSALS": props, "THEME": "theme", "RINGS": nested_rings(), "LEVEL": "level", "UNITS": units_layer(),
        "POPULATION": "population", "REACH": 0, "GAP_LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT"})
    (attrs, _), = features(res["OUTPUT"])
    assert attrs["best_level"] == 1 and attrs["share_l1"] == pytest.approx(1.0)
    # two triangles of 0.0625 km² in the 1 km² unit of population 100
    assert attrs["pop_reached"] == 13  # 100 * 2 * 0.0625 = 12.5 persons, in whole persons (halves go up)
    assert "1 proposals had an invalid geometry: repaired." in log
