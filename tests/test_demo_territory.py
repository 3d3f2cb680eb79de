"""bassins:demoterritory keeps its promises: tiling, sums, determinism, flows consistency."""
import numpy as np
import pytest
from shapely.ops import unary_union

from .conftest import ensure_provider, features, read_gdf, read_table


def _run_demo(run_alg, tmp_path, count=300, countries="FR;CH", seed=7, crs="EPSG:3035", tag="a"):
    out = {k: str(tmp_path / f"{tag}_{k.lower()}.gpkg") for k in
           ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    params = {"UNITS_COUNT": count, "COUNTRIES": countries, "SEED": seed, "CRS": crs, **out}
    results, log = run_alg("bassins:demoterritory", params)
    return out, log


@pytest.fixture(scope="module")
def demo300(tmp_path_factory, processing_ready):
    import processing

    ensure_provider()
    tmp = tmp_path_factory.mktemp("demo")
    out = {k: str(tmp / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    processing.run("bassins:demoterritory", {"UNITS_COUNT": 300, "COUNTRIES": "FR;CH", "SEED": 7,
                                             "CRS": "EPSG:3035", **out})
    return out


def test_units_tile_without_gaps_or_overlaps(demo300):
    units = read_gdf(demo300["UNITS"])
    assert len(units) == 300
    assert units.geometry.is_valid.all()
    union = unary_union(list(units.geometry))
    total = units.geometry.area.sum()
    # no overlap: the parts add up to the union; no gap: the union is the bounding rectangle
    assert total == pytest.approx(union.area, rel=1e-9)
    minx, miny, maxx, maxy = union.bounds
    assert union.area == pytest.approx((maxx - minx) * (maxy - miny), rel=1e-9)
    assert len(getattr(union, "geoms", [union])) == 1 and len(union.interiors) == 0


def test_units_have_enclave_and_multipart(demo300):
    units = read_gdf(demo300["UNITS"])
    multipart = [g for g in units.geometry if len(g.geoms) > 1]
    assert multipart, "at least one multi-part unit"
    # an enclave: a unit lying inside a hole of another unit
    holes = [(i, g) for i, g in enumerate(units.geometry) for p in g.geoms for _ in p.interiors]
    assert holes
    from shapely.geometry import Polygon
    found = False
    for _i, g in holes:
        for p in g.geoms:
            for ring in p.interiors:
                hole = Polygon(ring)
                inside = units[units.geometry.within(hole.buffer(1e-6))]
                if len(inside):
                    found = True
    assert found


def test_unique_ids_and_plausible_numbers(demo300):
    units = read_gdf(demo300["UNITS"])
    assert units["unit_id"].is_unique
    assert set(units["country"]) == {"FR", "CH"}
    assert (units["population"] > 0).all()
    assert (units["active"] <= units["population"]).all()
    assert (units["cb_workers"] <= units["active"]).all()
    assert (units["cb_workers"] >= 0).all() and units["cb_workers"].sum() > 0


def test_cross_border_work_decays_with_distance_to_foreign_poles(demo300):
    units = read_gdf(demo300["UNITS"])
    poles = read_gdf(demo300["POLES"])
    fr = units[units["country"] == "FR"].copy()
    ch_poles = poles[poles["country"] == "CH"]
    pts = fr.geometry.representative_point()
    dist = np.array([min(p.distance(q) for q in ch_poles.geometry) for p in pts])
    share = (fr["cb_workers"] / fr["active"]).to_numpy()
    near, far = share[dist < np.quantile(dist, 0.25)], share[dist > np.quantile(dist, 0.75)]
    assert near.mean() > 3 * far.mean()


def test_flows_consistent_with_units(demo300):
    units = read_gdf(demo300["UNITS"])
    flows = read_table(demo300["FLOWS"])
    assert set(flows["theme"]) <= {"work", "study", "health", "shopping"}
    assert set(flows["origin"]) <= set(units["unit_id"]) and set(flows["destination"]) <= set(units["unit_id"])
    country = dict(zip(units["unit_id"], units["country"]))
    work = flows[flows["theme"] == "work"]
    cross = work[work["origin"].map(country) != work["destination"].map(country)]
    by_origin = cross.groupby("origin")["count"].sum()
    expected = units.set_index("unit_id")["cb_workers"]
    got = by_origin.reindex(expected.index).fillna(0).astype(int)
    assert (got == expected).all()
    # all work flows of a unit add up to its employed residents
    total = work.groupby("origin")["count"].sum().reindex(expected.index).fillna(0)
    assert (total == units.set_index("unit_id")["active"]).all()


def test_proposals_have_themes_and_lines_cross_border(demo300):
    pts = read_gdf(demo300["PROPOSALS"])
    lines = read_gdf(demo300["PROPOSAL_LINES"])
    units = read_gdf(demo300["UNITS"])
    themes = {"health", "mobility", "public_services", "employment_training"}
    assert set(pts["theme"]) == themes
    assert set(lines["theme"]) <= themes
    fr = unary_union(list(units[units["country"] == "FR"].geometry))
    ch = unary_union(list(units[units["country"] == "CH"].geometry))
    assert all(g.intersects(fr) and g.intersects(ch) for g in lines.geometry)


def test_deterministic_by_seed_and_seed_matters(run_alg, tmp_path):
    a, _ = _run_demo(run_alg, tmp_path, 120, seed=3, tag="a")
    b, _ = _run_demo(run_alg, tmp_path, 120, seed=3, tag="b")
    c, _ = _run_demo(run_alg, tmp_path, 120, seed=4, tag="c")
    ua, ub, uc = read_gdf(a["UNITS"]), read_gdf(b["UNITS"]), read_gdf(c["UNITS"])
    assert ua.drop(columns="geometry").equals(ub.drop(columns="geometry"))
    assert all(x.equals_exact(y, 0) for x, y in zip(ua.geometry, ub.geometry))
    assert not ua["population"].equals(uc["population"])


def test_three_countries_and_other_crs(run_alg, tmp_path):
    out, _ = _run_demo(run_alg, tmp_path, 200, countries="FR;IT;MC", crs="EPSG:4326", tag="geo")
    units = read_gdf(out["UNITS"])
    assert units.crs.to_epsg() == 4326
    assert set(units["country"]) == {"FR", "IT", "MC"}
    # geographic output: true area (LAEA) of the tiling still matches units × 12 km² within 1 %
    area = units.to_crs(3035).geometry.area.sum()
    assert area == pytest.approx(200 * 12e6, rel=0.01)


def test_bad_countries_name_the_parameter(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="COUNTRIES"):
        _run_demo(run_alg, tmp_path, 50, countries="FRANCE", tag="bad")


def test_real_shaped_boundaries_tile_exactly(run_alg, tmp_path):
    """VERTICES gives 40–200 vertices per unit that still tile (checked with shapely); BORDER_MISMATCH makes the
    two national layers overlap and leave gaps along the border, as real layers do."""
    from shapely import wkt
    from shapely.ops import unary_union

    def units(**kw):
        out = str(tmp_path / f"u{len(kw)}_{kw.get('BORDER_MISMATCH', 0)}.gpkg")
        run_alg("bassins:demoterritory", {"UNITS_COUNT": 300, "SEED": 5, "UNITS": out, "FLOWS": None,
                                          "POLES": None, "PROPOSALS": None, "PROPOSAL_LINES": None, "ROADS": None,
                                          **kw})
        return [(a, wkt.loads(g.asWkt())) for a, g in features(out)]

    real = units(VERTICES=60)
    shapes = [g for _, g in real]
    counts = sorted(len(g.exterior.coords) if g.geom_type == "Polygon" else
                    sum(len(p.exterior.coords) for p in g.geoms) for g in shapes)
    assert all(g.is_valid for g in shapes)
    assert 40 <= counts[len(counts) // 2] <= 200
    total = sum(g.area for g in shapes)
    assert unary_union(shapes).area == pytest.approx(total, rel=1e-9)  # no overlap, no gap inside
    mismatched = units(VERTICES=60, BORDER_MISMATCH=30)
    fr = unary_union([g for a, g in mismatched if a["country"] == "FR"])
    ch = unary_union([g for a, g in mismatched if a["country"] == "CH"])
    assert fr.intersection(ch).area > 1000.0  # overlaps along the border
    inside_fr = unary_union([g for a, g in mismatched if a["country"] == "FR"]).area
    assert inside_fr == pytest.approx(sum(g.area for a, g in mismatched if a["country"] == "FR"), rel=1e-9)


def test_equipment_points_lie_in_their_units_and_follow_population(run_alg, tmp_path):
    """EQUIPMENT (asked for): every point inside the unit it names, in that unit's country; every type one of the
    shipped OSM basket's; a town hall in each unit; more kinds of service where more people live; the other
    outputs the same as without it (its own random stream)."""
    import geopandas as gpd

    from bassins_plugin.core.services import read_basket_csv
    from bassins_plugin.resources import resource_path

    out, _ = _run_demo(run_alg, tmp_path, tag="e")
    eq_path = str(tmp_path / "equipment.gpkg")
    _, log = run_alg("bassins:demoterritory", {
        "UNITS_COUNT": 300, "COUNTRIES": "FR;CH", "SEED": 7, "CRS": "EPSG:3035", "EQUIPMENT": eq_path,
        "UNITS": str(tmp_path / "e2_units.gpkg"), "FLOWS": str(tmp_path / "e2_flows.gpkg")})
    units = read_gdf(out["UNITS"]).set_index("unit_id")
    units2 = read_gdf(tmp_path / "e2_units.gpkg").set_index("unit_id")
    assert units2["population"].equals(units["population"])
    assert units2.geometry.geom_equals(units.geometry).all()
    eq = read_gdf(eq_path)
    assert len(eq) > 300 and f"{len(eq)} equipment points" in log
    basket = set(read_basket_csv(str(resource_path("data", "basket_osm.csv"))).types)
    assert set(eq["type"]) <= basket and len(set(eq["type"])) >= 20
    joined = gpd.sjoin(eq, units.reset_index()[["unit_id", "country", "geometry"]], predicate="within")
    assert len(joined) == len(eq)  # each point within one unit (units tile: no double match)
    assert (joined["unit_id_left"] == joined["unit_id_right"]).all()
    assert (joined["country_left"] == joined["country_right"]).all()
    assert set(eq.loc[eq["type"] == "townhall", "unit_id"]) == set(units.index)
    kinds = eq.groupby("unit_id")["type"].nunique().reindex(units.index, fill_value=0)
    pop = units["population"]
    small, large = kinds[pop <= pop.quantile(0.25)].mean(), kinds[pop >= pop.quantile(0.75)].mean()
    assert large > small + 3
