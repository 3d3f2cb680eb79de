"""Hard edges across algorithms: inputs are never destroyed, and refusals name the parameter."""
import hashlib

import pytest

from .conftest import features


def checksum(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def territory(run_alg, tmp_path):
    units = tmp_path / "units.gpkg"
    flows = tmp_path / "flows.gpkg"
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 60, "SEED": 4, "UNITS": str(units), "FLOWS": str(flows),
                                      "POLES": None, "PROPOSALS": None, "PROPOSAL_LINES": None, "ROADS": None})
    return units, flows


def test_an_output_over_an_input_is_refused_and_the_input_kept(run_alg, territory):
    from qgis.core import QgsProcessingException

    units, flows = territory
    before = {p: checksum(p) for p in (units, flows)}
    with pytest.raises(QgsProcessingException, match=r"OUTPUT.*is also the input UNITS"):
        run_alg("bassins:crossborderflows", {
            "UNITS": str(units), "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active",
            "FLOWS": str(flows), "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count",
            "OUTPUT": str(units)})
    with pytest.raises(QgsProcessingException, match=r"OUTPUT.*is also the input INPUT"):
        run_alg("bassins:intensityrings", {"INPUT": str(units), "FIELD": "population", "THRESHOLDS": "100",
                                           "OUTPUT": str(units)})
    assert {p: checksum(p) for p in (units, flows)} == before
    # adding a layer to the same GeoPackage (ogr: form with another table) is allowed, and keeps the input
    res, _ = run_alg("bassins:intensityrings", {
        "INPUT": str(units), "FIELD": "population", "THRESHOLDS": "100",
        "OUTPUT": f"ogr:dbname='{units}' table=\"rings\" (geom)"})
    assert len(features(f"{units}|layername=rings")) == 1
    assert len(features(f"{units}|layername=units")) == 60


def test_proposals_layer_added_next_to_the_other_layers(run_alg, territory, tmp_path):
    from qgis.core import QgsProcessingException

    units, _flows = territory
    before = sorted((a["unit_id"], round(g.area(), 3)) for a, g in features(units))
    res, log = run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "CRS": "EPSG:3035", "OUTPUT": str(units)})
    assert "other layers of the file are kept" in log
    assert sorted((a["unit_id"], round(g.area(), 3)) for a, g in features(f"{units}|layername=units")) == before
    assert features(f"{units}|layername=proposals") == []
    with pytest.raises(QgsProcessingException, match="OVERWRITE.*already exist"):
        run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "OUTPUT": str(units)})
    run_alg("bassins:proposalslayer", {"GEOMETRY": 2, "OUTPUT": str(units), "OVERWRITE": True})
    assert len(features(f"{units}|layername=units")) == len(before)
    with pytest.raises(QgsProcessingException, match="CRS.*not a valid"):
        run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "CRS": "EPSG:999999", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_packaging_keeps_layer_names_rgb_rasters_and_raster_styles(run_alg, tmp_path):
    """Two layers of one GeoPackage keep their names; an RGB image is packaged; a plugin raster keeps its style."""
    import numpy as np
    from osgeo import gdal, osr
    from qgis.core import QgsProject, QgsRasterLayer

    territory = tmp_path / "territory.gpkg"
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 30, "UNITS": f"ogr:dbname='{territory}' table=\"units\" (geom)",
                                      "FLOWS": None, "POLES": f"ogr:dbname='{territory}' table=\"poles\" (geom)",
                                      "PROPOSALS": None, "PROPOSAL_LINES": None, "ROADS": None})
    rgb = tmp_path / "background.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(rgb), 20, 10, 3, gdal.GDT_Byte)
    ds.SetGeoTransform((4000000, 100, 0, 2500000, 0, -100))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3035)
    ds.SetProjection(srs.ExportToWkt())
    for k in range(3):
        ds.GetRasterBand(k + 1).WriteArray(np.full((10, 20), 60 * (k + 1), dtype=np.uint8))
    ds = None
    surface = tmp_path / "share.tif"
    res, _ = run_alg("bassins:potentialrings", {
        "INPUT": f"{territory}|layername=units", "NUMERATOR": "cb_workers", "DENOMINATOR": "active",
        "SPAN": 5000, "RESOLUTION": 1000, "THRESHOLDS": "5", "OUTPUT": "TEMPORARY_OUTPUT",
        "OUTPUT_RASTER": str(surface)})
    out = tmp_path / "share.gpkg"
    res, log = run_alg("bassins:packagelayers", {
        "LAYERS": [f"{territory}|layername=units", f"{territory}|layername=poles", str(rgb), str(surface)],
        "APPLY_PLUGIN_STYLES": True, "PROJECT": True, "OUTPUT": str(out)})
    import sqlite3

    con = sqlite3.connect(str(out))
    tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
    con.close()
    assert {"units", "poles", "background", "share"} <= tables
    image = QgsRasterLayer(f"GPKG:{out}:background", "b", "gdal")
    assert image.isValid() and image.bandCount() >= 3
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    # the surface (share.tif, its plugin style beside it) takes its reader name in the project
    packaged = [n.layer() for n in project.layerTreeRoot().findLayers() if n.layer().name() == "Smoothed surface"][0]
    assert packaged.renderer().type() == "singlebandpseudocolor"  # the surface's colours, not grey 'Band 1'


def test_a_value_the_sink_cannot_store_stops_the_run(provider):
    """QGIS sinks drop a feature they cannot store and return False: ours raise instead (on QGIS 3.22 a numpy
    float in the attributes is such a value: it once cost a summary row without a word)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeature,
        QgsFields,
        QgsProcessingContext,
        QgsProcessingException,
        QgsProcessingUtils,
        QgsWkbTypes,
    )

    from bassins_plugin.compat import DOUBLE
    from bassins_plugin.processing.base import CheckedSink
    from bassins_plugin.processing.fields import field_list

    fields = field_list(("x", DOUBLE))
    context = QgsProcessingContext()
    sink, _ = QgsProcessingUtils.createFeatureSink("memory:", context, QgsFields(fields), QgsWkbTypes.NoGeometry,
                                                   QgsCoordinateReferenceSystem())
    checked = CheckedSink(sink, lambda: QgsProcessingException("could not write"))
    good = QgsFeature(fields)
    good.setAttributes([1.5])
    assert checked.addFeatures([good])
    bad = QgsFeature(fields)
    bad.setAttributes(["not a number"])
    assert sink.addFeature(bad) is False  # what QGIS does: no error, no feature
    with pytest.raises(QgsProcessingException, match="could not write"):
        checked.addFeature(bad)
    with pytest.raises(QgsProcessingException, match="could not write"):
        checked.addFeatures([good, bad])


# -- unit ids that lost their leading zero (issue 27, section 6) ------------------------------------------------
def _zero_units(id_type, ids, country="FR"):
    from .conftest import memory_layer, square

    rows = [(square(1000 * k, 0), [u, country if k < 2 else "CH", 100]) for k, u in enumerate(ids)]
    return memory_layer("Polygon", "EPSG:2154", [f"unit_id:{id_type}", "country:string", "active:integer"], rows,
                        "units")


def _zero_flows(rows):
    from .conftest import memory_layer

    return memory_layer("None", "EPSG:2154", ["origin:string", "destination:string", "count:double"],
                        [(None, r) for r in rows], "flows")


def test_french_numeric_ids_match_codes_with_their_zero(run_alg):
    """Units 1001 and 1002 (FR, the id field an integer: INSEE's 01001 and 01002 turned into numbers) and 6621
    (CH). Flows 01001 -> 6621 (7) and 01002 -> 6621 (3) are cross-border once 01001 is matched to 1001 and
    01002 to 1002: cb_out 7 and 3, cb_in of 6621 = 10. Without the rule both rows matched no unit (all 0)."""
    units = _zero_units("integer", [1001, 1002, 6621])
    flows = _zero_flows([["01001", "6621", 7], ["01002", "6621", 3]])
    res, log = run_alg("bassins:crossborderflows", {
        "UNITS": units, "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active", "FLOWS": flows,
        "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {a["unit_id"]: a for a, _ in features(res["OUTPUT"])}
    assert (out[1001]["cb_out"], out[1002]["cb_out"], out[6621]["cb_in"]) == (7, 3, 10)
    assert "2 distinct ids with a leading zero" in log and "numeric id" in log
    # flowlines uses the same matching: two lines, 7 and 3
    res, log = run_alg("bassins:flowlines", {
        "FLOWS": flows, "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "UNITS": units,
        "UNIT_ID": "unit_id", "COUNTRY": "country", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert sorted(a["count"] for a, _ in features(res["OUTPUT"])) == [3, 7]


@pytest.mark.parametrize("id_type, ids, country", [("string", ["1001", "1002", "6621"], "FR"),
                                                   ("integer", [1001, 1002, 6621], "BE")])
def test_a_leading_zero_is_never_dropped_elsewhere_and_the_fix_is_hinted(run_alg, id_type, ids, country):
    """A text id '1002' (or a numeric id outside France) is not 01002: the rows match no unit, as before, and the
    log says how to restore the zeros."""
    units = _zero_units(id_type, ids, country)
    flows = _zero_flows([["01002", "6621", 3]])
    res, log = run_alg("bassins:crossborderflows", {
        "UNITS": units, "UNIT_ID": "unit_id", "COUNTRY": "country", "ACTIVE": "active", "FLOWS": flows,
        "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert all(a["cb_out"] == 0 and a["cb_in"] == 0 for a, _ in features(res["OUTPUT"]))
    assert "match no unit" in log and "01002" in log
    assert "lpad(\"unit_id\", 5, '0')" in log


def test_counts_whose_sum_is_infinite_are_refused_with_their_rows(run_alg):
    """1e308 + 1e308 is inf in floating point: two such rows on one pair are refused by crossborderflows and
    flowlines, naming rows 2 and 3 (row 1 is a plain 5)."""
    from qgis.core import QgsProcessingException

    units = _zero_units("string", ["A", "B", "C"])
    flows = _zero_flows([["A", "C", 5], ["B", "C", 1e308], ["B", "C", 1e308]])
    common = {"ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count", "UNITS": units,
              "UNIT_ID": "unit_id", "COUNTRY": "country", "FLOWS": flows, "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match=r"COUNT.*rows 2, 3: .*infinite"):
        run_alg("bassins:crossborderflows", common)
    with pytest.raises(QgsProcessingException, match=r"COUNT.*rows 2, 3: .*infinite"):
        run_alg("bassins:flowlines", common)
    # one 1e308 alone is finite and kept
    ok = _zero_flows([["B", "C", 1e308]])
    res, _ = run_alg("bassins:flowlines", {**common, "FLOWS": ok})
    assert [a["count"] for a, _ in features(res["OUTPUT"])] == [1e308]


def _insee_case():
    from .conftest import memory_layer, square

    units = memory_layer("Polygon", "EPSG:2154", ["unit_id:integer", "level:integer", "country:string"],
                         [(square(1000 * k, 0), [u, lv, "FR"]) for k, (u, lv) in
                          enumerate([(1001, 1), (1002, 1), (1003, 0), (1004, 1)])], "units")
    official = memory_layer("None", "EPSG:2154", ["CODGEO:string", "AAV2020:string"],
                            [(None, r) for r in (["01001", "001"], ["01002", "000"], ["01003", ""],
                                                 ["01004", "002"], ["01004", "003"])], "aav")
    return units, official


def test_comparezonings_on_insee_files(run_alg):
    """INSEE's AAV file: 000 = in no area, codes with zeros against integer ids, 01004 listed twice.
    By hand: ours = one zone {1001, 1002, 1004}; official: 1001 in 001, 1002 in none (000), 1003 in none (empty),
    1004 in 002 (its first row). 001 and 002 each share one unit with ours: the smaller code, 001, is paired.
    1001 agree, 1002 only ours (not 'other zone'), 1003 outside, 1004 other zone; no '000' row in the table."""
    units, official = _insee_case()
    params = {"UNITS": units, "UNIT_ID": "unit_id", "ZONE": "level", "COUNTRY": "country", "OFFICIAL": official,
              "OFFICIAL_ID": "CODGEO", "OFFICIAL_ZONE": "AAV2020", "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    res, log = run_alg("bassins:comparezonings", params)
    marks = {a["unit_id"]: a["agreement"] for a, _ in features(res["OUTPUT"])}
    assert marks == {1001: "agree", 1002: "only_ours", 1003: "outside", 1004: "other_zone"}
    assert sorted(str(a["official_zone"]) for a, _ in features(res["OUTPUT_TABLE"])) == ["001", "002"]
    assert "01004 (002 / 003)" in log and "several zones" in log
    assert "4 distinct ids with a leading zero" in log
    # OFFICIAL_NONE is a setting: with none, 000 is a zone like any other (what the issue saw): 000, 001 and 002
    # each share one unit with ours, the smallest code 000 is paired, 1002 "agrees" and 1001 is in another zone
    res, _ = run_alg("bassins:comparezonings", {**params, "OFFICIAL_NONE": ""})
    marks = {a["unit_id"]: a["agreement"] for a, _ in features(res["OUTPUT"])}
    assert (marks[1001], marks[1002], marks[1003]) == ("other_zone", "agree", "outside")


def test_comparezonings_on_an_empty_units_layer_says_so(run_alg):
    from qgis.core import QgsProcessingException

    from .conftest import memory_layer

    _units, official = _insee_case()
    empty = memory_layer("Polygon", "EPSG:2154", ["unit_id:integer", "level:integer"], [], "units")
    with pytest.raises(QgsProcessingException, match=r"\(UNITS\): the layer has no feature"):
        run_alg("bassins:comparezonings", {
            "UNITS": empty, "UNIT_ID": "unit_id", "ZONE": "level", "OFFICIAL": official, "OFFICIAL_ID": "CODGEO",
            "OFFICIAL_ZONE": "AAV2020", "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})


def test_overlay_without_units_is_not_stopped_by_the_population_default(run_alg):
    """overlayproposals without UNITS and without POPULATION: the default 'population' the user never chose must
    not require a units layer. A point in the 1 km ring: best_level 1, no population reached (NULL or 0)."""
    from qgis.core import QgsProcessingException

    from .conftest import memory_layer, square

    rings = memory_layer("Polygon", "EPSG:3035", ["level:integer"], [(square(0, 0, 1000 * k), [k]) for k in (1, 2)],
                         "rings")
    props = memory_layer("Point", "EPSG:3035", ["title:string", "theme:string"], [("POINT(500 500)", ["a", "health"])],
                         "props")
    params = {"PROPOSALS": props, "THEME": "theme", "RINGS": rings, "LEVEL": "level", "REACH": 0,
              "OUTPUT": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT"}
    res, log = run_alg("bassins:overlayproposals", params)
    assert [a["best_level"] for a, _ in features(res["OUTPUT"])] == [1]
    # a population field the user did set still needs its layer, and says so
    with pytest.raises(QgsProcessingException, match=r"UNITS.*population field needs a units layer"):
        run_alg("bassins:overlayproposals", {**params, "POPULATION": "pop"})


def _three_countries():
    """FR: one 1 x 2 km unit (its east edge one straight segment, no vertex at the tripoint); CH north-east and
    DE south-east, 1 km squares. They meet at the tripoint (1000, 1000)."""
    from .conftest import memory_layer

    def rect(x0, y0, x1, y1):
        return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"

    rows = [(rect(0, 0, 1000, 2000), ["FR"]), (rect(1000, 1000, 2000, 2000), ["CH"]),
            (rect(1000, 0, 2000, 1000), ["DE"])]
    return rows, memory_layer("Polygon", "EPSG:2154", ["country:string"], rows, "units")


@pytest.mark.parametrize("tolerance", [0, 10, 50])
def test_border_lines_end_at_the_tripoint(run_alg, tolerance):
    """Each pair's line is exactly the boundary the two countries share, computed with shapely: 1.000 km each,
    never the 1.051 km of a line running on past the tripoint along the third country."""
    from shapely import wkt

    rows, units = _three_countries()
    shapes = {c: wkt.loads(w) for w, (c,) in rows}
    res, _ = run_alg("bassins:borderline", {"UNITS": units, "COUNTRY": "country", "TOLERANCE": tolerance,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    got = {(a["country_a"], a["country_b"]): wkt.loads(g.asWkt()) for a, g in features(res["OUTPUT"])}
    assert set(got) == {("CH", "DE"), ("CH", "FR"), ("DE", "FR")}
    for (a, b), line in got.items():
        shared = shapes[a].boundary.intersection(shapes[b].boundary)
        assert shared.length == pytest.approx(1000.0)
        assert line.length == pytest.approx(shared.length, abs=0.01), (a, b)
        assert line.symmetric_difference(shared).length < 0.02


def test_a_tolerance_refusal_names_its_parameter(run_alg):
    from qgis.core import QgsProcessingException

    _rows, units = _three_countries()
    with pytest.raises(QgsProcessingException, match=r"\(TOLERANCE\)"):
        run_alg("bassins:borderline", {"UNITS": units, "COUNTRY": "country", "TOLERANCE": 100000,
                                       "OUTPUT": "TEMPORARY_OUTPUT"})


def _attraction_grid(actives, bow_tie=False):
    """Three 1 km units in a row: a (pole), b, c; ``actives`` their employed residents. With ``bow_tie`` c is a
    self-crossing ring (a bow tie of two 0.5 km² triangles, repaired into two)."""
    from .conftest import memory_layer, square

    c = "POLYGON((2000 0,3000 1000,3000 0,2000 1000,2000 0))" if bow_tie else square(2000, 0)
    rows = [(square(0, 0), ["a", actives[0]]), (square(1000, 0), ["b", actives[1]]), (c, ["c", actives[2]])]
    return memory_layer("Polygon", "EPSG:2056", ["uid:string", "act:double"], rows, "units")


def _attraction(run_alg, units, flow_rows, **kw):
    flows = _zero_flows(flow_rows)
    return run_alg("bassins:attractionrings", {
        "UNITS": units, "UNIT_ID": "uid", "ACTIVE": "act", "FLOWS": flows, "ORIGIN": "origin",
        "DESTINATION": "destination", "COUNT": "count", "POLE_UNITS": "a", "THRESHOLDS": "15",
        "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT": "TEMPORARY_OUTPUT", **kw})


def test_attraction_with_null_zero_and_negative_employed_residents(run_alg):
    """NULL and 0 employed residents give no share (NULL, level 0), said in the log; a negative count is refused
    naming ACTIVE, never a numpy type error."""
    from qgis.core import QgsProcessingException

    res, log = _attraction(run_alg, _attraction_grid([100, None, 0]), [["b", "a", 50], ["c", "a", 50]])
    units = {a["uid"]: a for a, _ in features(res["OUTPUT_UNITS"])}
    assert units["b"]["level"] == 0 and units["c"]["level"] == 0
    assert "2 units have no employed residents" in log
    with pytest.raises(QgsProcessingException,
                       match=r"\(ACTIVE\): 1 units have a negative number of employed residents \(e.g. b\)"):
        _attraction(run_alg, _attraction_grid([100, -5, 10]), [["b", "a", 50]])


def test_attraction_counts_its_repairs_in_the_log(run_alg):
    """A bow-tie unit (two triangles crossing at (2500, 500)) is repaired and the log says so, naming UNITS."""
    res, log = _attraction(run_alg, _attraction_grid([100, 100, 100], bow_tie=True), [["b", "a", 50]])
    assert "UNITS: 1 invalid geometries repaired, 0 unrepairable left out." in log
    # b sends 50 % to the pole a: the one ring is a + b, 2 km²
    assert [round(g.area()) for _a, g in features(res["OUTPUT"])] == [2_000_000]


@pytest.mark.parametrize("with_text_format", [False, True])
def test_label_fonts_through_the_text_format_where_present(qgis_app, with_text_format):
    """QgsLayoutItemLabel.font()/setFont() are deprecated since QGIS 3.24: compat uses textFormat() where it
    exists (imitated here on 3.22 by an item carrying a real QgsTextFormat), font() otherwise."""
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout, QgsProject, QgsTextFormat
    from qgis.PyQt.QtGui import QColor, QFont

    from bassins_plugin.compat import label_font, set_label_font

    class FormatLabel:  # the 3.24 API: the font lives in a text format, its size apart
        def __init__(self):
            self.format = QgsTextFormat()

        def textFormat(self):  # noqa: N802 (QGIS's name)
            return QgsTextFormat(self.format)

        def setTextFormat(self, fmt):  # noqa: N802 (QGIS's name)
            self.format = QgsTextFormat(fmt)

    layout = QgsPrintLayout(QgsProject.instance())
    item = FormatLabel() if with_text_format else QgsLayoutItemLabel(layout)
    font = QFont("Sans Serif")
    font.setPointSizeF(17.0)
    font.setBold(True)
    set_label_font(item, font, QColor("#123456"))
    back = label_font(item)
    assert back.pointSizeF() == 17.0 and back.bold()
    if with_text_format:
        assert item.format.color().name() == "#123456" and item.format.size() == 17.0
    else:
        assert item.fontColor().name() == "#123456"
