"""bassins:crossborderflows against hand-computed indicators."""
import pytest

from .conftest import features, memory_layer, read_gdf, read_table, square


@pytest.fixture
def small_units():
    rows = [(square(0, 0), ["A", "FR", 100]), (square(1000, 0), ["B", "FR", 0]),
            (square(2000, 0), ["C", "CH", 50]), (square(3000, 0), ["01004", "CH", None])]
    return memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "act:integer"], rows, "units")


@pytest.fixture
def small_flows():
    rows = [(None, ["A", "C", 10, "work", None]), (None, ["A", "C", 5, "health", None]),
            (None, ["A", "B", 7, "work", None]), (None, ["B", "C", 3, "work", None]),
            (None, ["C", "A", 2, "study", None]), (None, ["A", "LU-X", 4, "work", "LU"]),
            (None, ["X", "C", 9, "work", None]), (None, ["B", "ZZ", 6, "work", None]),
            (None, ["A", "1004", 20, "work", None]), (None, ["C", "A", None, "work", None])]
    return memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double", "t:string", "dc:string"],
                        rows, "flows")


def _params(units, flows, **kw):
    p = {"UNITS": units, "UNIT_ID": "uid", "COUNTRY": "ctry", "ACTIVE": "act", "FLOWS": flows,
         "ORIGIN": "o", "DESTINATION": "d", "COUNT": "n", "THEME": "t", "DESTINATION_COUNTRY": "dc",
         "OUTPUT": "TEMPORARY_OUTPUT"}
    p.update(kw)
    return p


def test_indicators_by_hand(run_alg, small_units, small_flows):
    results, log = run_alg("bassins:crossborderflows", _params(small_units, small_flows))
    out = {a["uid"]: a for a, _ in features(results["OUTPUT"])}
    # A: 10 + 5 (to C) + 4 (to LU) + 20 (to '1004' = unit 01004, CH) = 39 ; B: 3 ; C: 2 ; 01004: 0
    assert out["A"]["cb_out"] == 39 and out["B"]["cb_out"] == 3 and out["C"]["cb_out"] == 2
    assert out["01004"]["cb_out"] == 0
    # in: C gets 10 + 5 + 3 = 18, A gets 2, 01004 gets 20
    assert out["C"]["cb_in"] == 18 and out["A"]["cb_in"] == 2 and out["01004"]["cb_in"] == 20
    assert out["A"]["cb_share"] == pytest.approx(39.0)
    assert out["C"]["cb_share"] == pytest.approx(4.0)
    assert out["B"]["cb_share"] is None or str(out["B"]["cb_share"]) == "NULL"  # ACTIVE = 0
    assert str(out["01004"]["cb_share"]) == "NULL"
    assert out["A"]["cb_top_dest"] == "01004"  # 20 > 15 > 4
    assert out["B"]["cb_top_dest"] == "C"
    # themes: only cross-border flows
    assert out["A"]["cb_out_work"] == 34 and out["A"]["cb_out_health"] == 5
    assert out["C"]["cb_out_study"] == 2
    # unmatched rows are reported, never silent
    assert "X" in log and "ZZ" in log and "empty count" in log


def test_negative_count_is_an_error(run_alg, small_units):
    from qgis.core import QgsProcessingException

    flows = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:string"],
                         [(None, ["A", "C", "3"]), (None, ["A", "C", "-2"])], "flows")
    with pytest.raises(QgsProcessingException, match="COUNT.*row 2.*negative"):
        run_alg("bassins:crossborderflows", _params(small_units, flows, THEME=None, DESTINATION_COUNTRY=None))
    flows2 = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:string"],
                          [(None, ["A", "C", "abc"])], "flows")
    with pytest.raises(QgsProcessingException, match="not a number"):
        run_alg("bassins:crossborderflows", _params(small_units, flows2, THEME=None, DESTINATION_COUNTRY=None))


def test_missing_field_is_named(run_alg, small_units, small_flows):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"\(ORIGIN\): field 'nope' does not exist"):
        run_alg("bassins:crossborderflows", _params(small_units, small_flows, ORIGIN="nope"))


def test_empty_units_layer_is_refused(run_alg, small_flows):
    from qgis.core import QgsProcessingException

    empty = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "act:integer"], [], "units")
    with pytest.raises(QgsProcessingException, match=r"\(UNITS\): the layer has no feature"):
        run_alg("bassins:crossborderflows", _params(empty, small_flows))


def test_demo_flows_reproduce_cb_workers(run_alg, tmp_path):
    out = {k: str(tmp_path / f"{k.lower()}.gpkg") for k in ("UNITS", "FLOWS", "POLES", "PROPOSALS", "PROPOSAL_LINES")}
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 400, "COUNTRIES": "FR;DE;CH", "SEED": 11, **out})
    res, _ = run_alg("bassins:crossborderflows", {
        "UNITS": out["UNITS"], "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
        "FLOWS": out["FLOWS"], "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count",
        "THEME": "theme", "OUTPUT": str(tmp_path / "ind.gpkg")})
    ind = read_gdf(tmp_path / "ind.gpkg")
    assert (ind["cb_out_work"].round() == ind["cb_workers"]).all()
    # independent recomputation with pandas
    units = read_gdf(out["UNITS"])
    flows = read_table(out["FLOWS"])
    country = dict(zip(units["unit_id"], units["country"]))
    cross = flows[flows["origin"].map(country) != flows["destination"].map(country)]
    expected = cross.groupby("origin")["count"].sum().reindex(units["unit_id"]).fillna(0).to_numpy()
    assert (ind.set_index("unit_id").loc[units["unit_id"], "cb_out"].to_numpy() == expected).all()
    share = ind["cb_out"] / ind["active"] * 100
    assert (abs(ind["cb_share"] - share) < 1e-9).all()


@pytest.mark.parametrize("fmt", ["gpkg", "csv"])
def test_file_tables_give_the_same_indicators(run_alg, small_units, small_flows, tmp_path, fmt):
    """Files read through the fast GDAL column path give what feature iteration gives."""
    import processing

    target = str(tmp_path / f"flows.{fmt}")
    processing.run("native:savefeatures", {"INPUT": small_flows, "OUTPUT": target})
    ref, _ = run_alg("bassins:crossborderflows", _params(small_units, small_flows))
    res, log = run_alg("bassins:crossborderflows", _params(small_units, target))
    a = {x["uid"]: x for x, _ in features(ref["OUTPUT"])}
    b = {x["uid"]: x for x, _ in features(res["OUTPUT"])}
    for uid in a:
        for f in ("cb_out", "cb_in", "cb_top_dest", "cb_out_work", "cb_out_health", "cb_out_study"):
            assert str(a[uid][f]) == str(b[uid][f]), (uid, f)
    assert "X" in log and "ZZ" in log and "empty count" in log


def test_inbound_share_and_null_share_warnings(run_alg):
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "act:integer", "jobs:integer"],
                         [(square(0, 0), ["74012", "FR", 100, 40]), (square(1000, 0), ["CH6621", "CH", 20, 1000]),
                          (square(2000, 0), ["CH1002", "CH", 10, 0]), (square(3000, 0), ["1002", "CH", 10, 50])],
                         "units")
    flows = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double"],
                         [(None, ["74012", "CH6621", 30]), (None, ["74012", "CH1002", 5]),
                          (None, ["CH6621", "74012", 4]), (None, ["01002", "CH6621", 8])], "flows")
    params = {"UNITS": units, "UNIT_ID": "uid", "COUNTRY": "ctry", "JOBS": "jobs", "FLOWS": flows, "ORIGIN": "o",
              "DESTINATION": "d", "COUNT": "n", "OUTPUT": "TEMPORARY_OUTPUT"}
    results, log = run_alg("bassins:crossborderflows", params)
    out = {a["uid"]: a for a, _ in features(results["OUTPUT"])}
    assert out["CH6621"]["cb_in_share"] == pytest.approx(3.0)  # 30 of 1000 Geneva jobs held by French residents
    assert out["74012"]["cb_in_share"] == pytest.approx(10.0)  # 4 of 40
    assert str(out["CH1002"]["cb_in_share"]) == "NULL"  # 0 jobs: no share
    assert out["1002"]["cb_out"] == 0  # '01002' is not the Swiss '1002'
    assert "ACTIVE" in log and "cb_share is NULL for every unit" in log
    assert "01002 (8)" in log  # the unknown origin is reported, not attached to another unit


def test_usual_field_names_are_picked_and_said(run_alg):
    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "pays:string", "actifs:integer"],
                         [(square(0, 0), ["74012", "FR", 200]), (square(1000, 0), ["6621", "CH", 50])], "units")
    flows = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double"], [(None, ["74012", "6621", 50])],
                         "flows")
    results, log = run_alg("bassins:crossborderflows", {
        "UNITS": units, "UNIT_ID": "uid", "COUNTRY": "country", "FLOWS": flows, "ORIGIN": "o", "DESTINATION": "d",
        "COUNT": "n", "OUTPUT": "TEMPORARY_OUTPUT"})  # COUNTRY as the form leaves it: the default
    out = {a["uid"]: a for a, _ in features(results["OUTPUT"])}
    assert out["74012"]["cb_share"] == pytest.approx(25.0)
    assert out["74012"]["cb_out"] == 50 and out["6621"]["cb_in"] == 50  # countries read from 'pays'
    # the dialogs preselect 'active' and 'country'; a layer with other usual names gets those, and is told
    assert "ACTIVE: the layer has no field 'active', the field 'actifs' is used." in log
    assert "COUNTRY: the layer has no field 'country', the field 'pays' is used." in log


def test_file_units_with_scattered_ids_get_their_own_values(run_alg, small_units, small_flows, tmp_path):
    """Units read from a file go through GDAL's Arrow interface with their feature ids: a GeoPackage whose ids
    are scattered (42, 3, 7, 100, written in that order) gives every unit its own indicators, as the memory
    layer does."""
    from osgeo import ogr, osr

    path = str(tmp_path / "units.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(2056)
    layer = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    for name, kind in (("uid", ogr.OFTString), ("ctry", ogr.OFTString), ("act", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for fid, feat in zip((42, 3, 7, 100), small_units.getFeatures()):
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetFID(fid)
        for k, name in enumerate(("uid", "ctry", "act")):
            if feat.attributes()[k] is not None and str(feat.attributes()[k]) != "NULL":
                out.SetField(name, feat.attributes()[k])
        out.SetGeometry(ogr.CreateGeometryFromWkt(feat.geometry().asWkt()))
        assert layer.CreateFeature(out) == 0
    ds = None
    expected, _ = run_alg("bassins:crossborderflows", _params(small_units, small_flows))
    got, _ = run_alg("bassins:crossborderflows", _params(path, small_flows))
    fields = ("cb_out", "cb_in", "cb_share", "cb_top_dest", "cb_out_work", "cb_out_health", "cb_out_study")
    exp = {a["uid"]: [a[f] for f in fields] for a, _ in features(expected["OUTPUT"])}
    out = {a["uid"]: [a[f] for f in fields] for a, _ in features(got["OUTPUT"])}
    assert out == exp
    assert out["A"][:2] == [39, 2] and out["C"][:2] == [2, 18]
