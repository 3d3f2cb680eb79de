"""bassins:intensityrings: exact unions checked against hand-made layouts and shapely."""
import pytest
from shapely import wkt as shapely_wkt
from shapely.ops import unary_union

from .conftest import GRID, features, grid_layer, memory_layer, read_gdf, square
from .conftest import GRID_X0 as X0
from .conftest import GRID_Y0 as Y0


def expected_union(cells):
    return unary_union([shapely_wkt.loads(square(X0 + c * 1000, Y0 + r * 1000)) for r, c in cells])


def _rings(run_alg, layer, **kw):
    p = {"INPUT": layer, "FIELD": "share", "THRESHOLDS": "5;15;30", "PRESET": 0, "MODE": 0, "SMOOTHING": 0,
         "POPULATION": "pop", "COUNTRY": "ctry", "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    res, log = run_alg("bassins:intensityrings", p)
    return sorted(features(res["OUTPUT"]), key=lambda fg: fg[0]["level"]), log


def test_nested_rings_are_exact_unions(run_alg):
    rings, log = _rings(run_alg, grid_layer())
    assert [a["level"] for a, _ in rings] == [1, 2, 3]
    assert [a["threshold"] for a, _ in rings] == [30, 15, 5]
    cells = {1: [(0, 0), (1, 0), (2, 2)], 2: [(0, 0), (1, 0), (2, 2), (0, 1), (2, 1)],
             3: [(0, 0), (1, 0), (2, 2), (0, 1), (2, 1), (0, 2), (1, 1)]}
    for attrs, geom in rings:
        exp = expected_union(cells[attrs["level"]])
        got = shapely_wkt.loads(geom.asWkt())
        assert got.symmetric_difference(exp).area < 1e-3
        assert attrs["units"] == len(cells[attrs["level"]])
        assert attrs["area_km2"] == pytest.approx(len(cells[attrs["level"]]), rel=1e-4)
        assert attrs["population"] == sum(GRID[r][c] * 100 for r, c in cells[attrs["level"]])
        assert attrs["pop_fr"] + attrs["pop_ch"] == attrs["population"]
        assert attrs["pop_ch"] == sum(GRID[r][c] * 100 for r, c in cells[attrs["level"]] if c == 2)
    # level 1 here has two separate parts: (0,0)-(1,0) and (2,2)
    assert len(rings[0][1].asGeometryCollection()) == 2
    assert "Strong core" in rings[0][0]["label"] and "Outer ring" in rings[2][0]["label"]


def test_bands_are_differences(run_alg):
    rings, _ = _rings(run_alg, grid_layer(), MODE=1)
    assert [a["units"] for a, _ in rings] == [3, 2, 2]
    assert [round(a["area_km2"], 4) for a, _ in rings] == [3, 2, 2]
    geoms = [shapely_wkt.loads(g.asWkt()) for _, g in rings]
    for i in range(3):
        for j in range(i + 1, 3):
            assert geoms[i].intersection(geoms[j]).area < 1e-3


def test_enclave_kept_as_hole(run_alg):
    values = [[50, 50, 50], [50, 0, 50], [50, 50, 50]]
    rings, _ = _rings(run_alg, grid_layer(values=values), THRESHOLDS="30")
    g = shapely_wkt.loads(rings[0][1].asWkt())
    assert g.area == pytest.approx(8e6, rel=1e-9)
    polys = list(getattr(g, "geoms", [g]))
    assert len(polys) == 1 and len(polys[0].interiors) == 1
    # filling holes below 2 km² swallows the enclave
    rings2, _ = _rings(run_alg, grid_layer(values=values), THRESHOLDS="30", MIN_HOLE_AREA=2e6)
    assert rings2[0][0]["area_km2"] == pytest.approx(9, rel=1e-4)


def test_geographic_crs_true_areas(run_alg):
    rings, _ = _rings(run_alg, grid_layer("EPSG:4326"))
    assert [round(a["area_km2"], 3) for a, _ in rings] == [3, 5, 7]
    # geometries come back in the input CRS (degrees)
    assert abs(rings[0][1].boundingBox().xMinimum()) < 180


def test_null_values_excluded_and_counted(run_alg):
    rings, log = _rings(run_alg, grid_layer(null_at=(0, 0)))
    assert rings[0][0]["units"] == 2
    assert "1 with a NULL value excluded" in log


def test_level_field(run_alg):
    lay = grid_layer(values=[[1, 2, 3], [1, 2, 3], [3, 3, 3]])
    rings, _ = _rings(run_alg, lay, FIELD_IS_LEVEL=True)
    assert [a["units"] for a, _ in rings] == [2, 4, 9]


def test_preset_overrides_thresholds(run_alg):
    rings, _ = _rings(run_alg, grid_layer(), PRESET=3)  # Grand Genève 25 %
    assert len(rings) == 1 and rings[0][0]["threshold"] == 25 and rings[0][0]["units"] == 3


@pytest.mark.parametrize("text", ["30;15;5", "5;abc", "", "5;5"])
def test_bad_thresholds_named(run_alg, text):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="THRESHOLDS"):
        _rings(run_alg, grid_layer(), THRESHOLDS=text)


def test_empty_input_is_an_error(run_alg):
    from qgis.core import QgsProcessingException

    empty = memory_layer("Polygon", "EPSG:3035", ["share:double"], [], "empty")
    with pytest.raises(QgsProcessingException, match="INPUT"):
        _rings(run_alg, empty, POPULATION=None, COUNTRY=None)


def test_invalid_geometry_repaired(run_alg):
    bowtie = f"POLYGON(({X0} {Y0},{X0 + 1000} {Y0 + 1000},{X0 + 1000} {Y0},{X0} {Y0 + 1000},{X0} {Y0}))"
    lay = memory_layer("Polygon", "EPSG:3035", ["share:double"], [(bowtie, [50]), (square(X0 + 2000, Y0), [50])],
                       "bad")
    rings, log = _rings(run_alg, lay, POPULATION=None, COUNTRY=None, THRESHOLDS="10")
    assert rings[0][0]["area_km2"] == pytest.approx(1.5, rel=1e-4)  # two triangles of 0.25 + a square
    assert "1 repaired" in log


def test_smoothing_keeps_nesting_and_territory(run_alg):
    lay = grid_layer()
    rings, _ = _rings(run_alg, lay, SMOOTHING=600)
    territory = expected_union([(r, c) for r in range(3) for c in range(3)])
    geoms = [shapely_wkt.loads(g.asWkt()) for _, g in rings]
    for g in geoms:
        assert g.difference(territory.buffer(1e-6)).area < 1e-3
    for inner, outer in zip(geoms, geoms[1:]):
        assert inner.difference(outer.buffer(1e-6)).area < 1e-3
    # smoothing never removes a unit of the ring
    assert geoms[0].area >= 3e6 - 1


def test_demo_territory_rings_match_shapely(run_alg, tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 600, "COUNTRIES": "FR;CH", "SEED": 5, **out})
    run_alg("bassins:crossborderflows", {
        "UNITS": out["UNITS"], "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
        "FLOWS": out["FLOWS"], "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count",
        "THEME": "theme", "OUTPUT": str(tmp_path / "ind.gpkg")})
    res, _ = run_alg("bassins:intensityrings", {
        "INPUT": str(tmp_path / "ind.gpkg"), "FIELD": "cb_share", "THRESHOLDS": "5;15;30", "POPULATION": "population",
        "COUNTRY": "country", "OUTPUT": str(tmp_path / "rings.gpkg")})
    ind = read_gdf(tmp_path / "ind.gpkg")
    rings = read_gdf(tmp_path / "rings.gpkg").sort_values("level")
    assert list(rings["level"]) == [1, 2, 3]
    for (_, ring), t in zip(rings.iterrows(), [30, 15, 5]):
        sel = ind[ind["cb_share"] >= t]
        exp = unary_union(list(sel.geometry))
        assert ring.geometry.symmetric_difference(exp).area < 1.0  # m², in EPSG:3035
        assert ring["area_km2"] == pytest.approx(exp.area / 1e6, rel=1e-5)
        assert ring["population"] == sel["population"].sum()
        assert ring["units"] == len(sel)
        assert ring["pop_fr"] == sel.loc[sel["country"] == "FR", "population"].sum()
    geoms = list(rings.geometry)
    for inner, outer in zip(geoms, geoms[1:]):
        assert inner.difference(outer).area < 1.0


def test_refusals_name_the_parameter(run_alg):
    """Text where a number is expected, negative thresholds, a smoothing larger than the study area."""
    from qgis.core import QgsProcessingException

    layer = memory_layer("Polygon", "EPSG:2154", ["share_txt:string", "share:double"],
                         [(square(i * 1000, 0), [str(v), v]) for i, v in enumerate((3, 8, 20, 40))], "u")
    base = {"INPUT": layer, "FIELD": "share", "THRESHOLDS": "5;15;30", "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="FIELD.*'share_txt' holds text"):
        run_alg("bassins:intensityrings", {**base, "FIELD": "share_txt"})
    with pytest.raises(QgsProcessingException, match="THRESHOLDS.*negative"):
        run_alg("bassins:intensityrings", {**base, "THRESHOLDS": "-5;15"})
    with pytest.raises(QgsProcessingException, match="SMOOTHING.*larger than the study area"):
        run_alg("bassins:intensityrings", {**base, "SMOOTHING": 1e8})
    res, _ = run_alg("bassins:intensityrings", base)
    assert sorted(a["units"] for a, _ in features(res["OUTPUT"])) == [1, 2, 3]  # 40 | 20, 40 | 8, 20, 40


def test_threshold_on_the_exact_value(run_alg):
    # values around 15: t - 0.01 %, t + 0.01 %, 14.99 (never rounded up), 2.2 + 8.2 + 4.6 (14.999999999999998 in
    # floating point, exactly 15 in decimals: in) and 40; at the one threshold 15 the ring holds units 1, 3, 4
    values = [15 * (1 - 1e-4), 15 * (1 + 1e-4), 14.99, 2.2 + 8.2 + 4.6, 40.0]
    assert values[3] < 15
    layer = memory_layer("Polygon", "EPSG:3035", ["uid:string", "share:double", "pop:double", "ctry:string"],
                         [(square(X0 + i * 1000, Y0), [f"u{i}", v, 10 ** i, "FR"]) for i, v in enumerate(values)])
    rings, _log = _rings(run_alg, layer, THRESHOLDS="15")
    assert len(rings) == 1 and rings[0][0]["units"] == 3
    assert rings[0][0]["population"] == 10 + 1000 + 10000
