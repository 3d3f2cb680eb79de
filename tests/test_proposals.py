"""Action proposals: the template layer's forms survive a save/reopen; the overlay against hand-made rings."""
import sqlite3

import pytest
from shapely.geometry import Point

from .conftest import features, memory_layer, square

X0, Y0 = 4_000_000, 2_500_000


def nested_rings():
    rows = [(square(X0, Y0, 1000 * k), [k, k * 100]) for k in (1, 2, 3)]
    return memory_layer("Polygon", "EPSG:3035", ["level:integer", "population:double"], rows, "rings")


def units_layer():
    # four 1 km units around (X0+1000, Y0+1000) with populations 100, 200, 300, 400
    rows = [(square(X0 + dx, Y0 + dy, 1000), [p]) for (dx, dy), p in
            zip([(0, 0), (1000, 0), (0, 1000), (1000, 1000)], [100, 200, 300, 400])]
    return memory_layer("Polygon", "EPSG:3035", ["population:double"], rows, "units")


def props_layer(rows, geom="Point", crs="EPSG:3035"):
    return memory_layer(geom, crs, ["title:string", "theme:string", "reach_m:double"], rows, "props")


def run_overlay(run_alg, props, **kw):
    p = {"PROPOSALS": props, "THEME": "theme", "RINGS": nested_rings(), "LEVEL": "level", "UNITS": units_layer(),
         "POPULATION": "population", "REACH": 0, "GAP_LEVEL": 1, "OUTPUT": "TEMPORARY_OUTPUT",
         "SUMMARY": "TEMPORARY_OUTPUT", "GAPS": "TEMPORARY_OUTPUT"}
    p.update(kw)
    res, log = run_alg("bassins:overlayproposals", p)
    return ({a["title"]: a for a, _ in features(res["OUTPUT"])}, [a for a, _ in features(res["SUMMARY"])],
            {a["theme"]: (a, g) for a, g in features(res["GAPS"])}, log)


def test_points_in_known_rings(run_alg):
    props = props_layer([(f"POINT({X0 + 500} {Y0 + 500})", ["a", "health", 0]),
                         (f"POINT({X0 + 1500} {Y0 + 500})", ["b", "health", 0]),
                         (f"POINT({X0 + 9000} {Y0 + 9000})", ["c", "mobility", 0]),
                         (f"POINT({X0 + 2500} {Y0 + 2500})", ["d", "weird", 0])])
    out, summary, gaps, log = run_overlay(run_alg, props)
    assert out["a"]["best_level"] == 1 and out["a"]["share_l1"] == 1 and out["a"]["share_l3"] == 1
    assert out["b"]["best_level"] == 2 and out["b"]["share_l1"] == 0 and out["b"]["share_l2"] == 1
    assert str(out["c"]["best_level"]) == "NULL"
    assert out["d"]["best_level"] == 3
    assert "weird" in log
    # without reach, a point reaches the full population of the unit it falls in
    assert out["a"]["pop_reached"] == 100 and out["b"]["pop_reached"] == 200
    rows = {(r["theme"], r["level"]): r for r in summary}
    assert rows[("health", 1)]["proposals"] == 1 and rows[("health", 2)]["proposals"] == 2
    assert rows[("mobility", 3)]["proposals"] == 0
    assert ("weird", 3) in rows and rows[("weird", 3)]["proposals"] == 1


def test_line_crossing_two_rings(run_alg):
    props = props_layer([(f"LINESTRING({X0 + 500} {Y0 + 500},{X0 + 1500} {Y0 + 500})", ["l", "mobility", 0])],
                        "LineString")
    out, _, _, _ = run_overlay(run_alg, props)
    assert out["l"]["best_level"] == 1
    assert out["l"]["share_l1"] == pytest.approx(0.5)
    assert out["l"]["share_l2"] == pytest.approx(1.0)


def test_reach_circle_area_weighted_population(run_alg):
    props = props_layer([(f"POINT({X0 + 1000} {Y0 + 1000})", ["r", "health", 500.0])])
    out, summary, gaps, _ = run_overlay(run_alg, props, REACH=500)
    circle = Point(0, 0).buffer(500, 12).area  # the same polygonal circle QGIS builds (12 segments a quarter)
    expected = sum(p * (circle / 4) / 1e6 for p in (100, 200, 300, 400))
    assert out["r"]["pop_reached"] == round(expected)  # whole persons: 195.79 -> 196
    # the circle is centred on the corner of the level-1 square: a quarter of it is in level 1
    assert out["r"]["share_l1"] == pytest.approx(0.25, rel=1e-6)
    assert out["r"]["share_l2"] == pytest.approx(1.0)
    # gap of health in the strong core: the 1 km² square minus the quarter circle
    g_attrs, g_geom = gaps["health"]
    assert g_attrs["area_km2"] == pytest.approx((1e6 - circle / 4) / 1e6, rel=1e-4)
    assert g_attrs["population"] == round(100 * (1e6 - circle / 4) / 1e6)
    assert gaps["mobility"][0]["area_km2"] == pytest.approx(1.0, rel=1e-4)  # no mobility proposal: whole core
    rows = {(r["theme"], r["level"]): r for r in summary}
    assert rows[("health", 1)]["ring_pop"] == pytest.approx(100)
    assert rows[("health", 1)]["pop_reached"] == round(100 * (circle / 4) / 1e6)
    assert rows[("health", 1)]["share_pop"] == pytest.approx((circle / 4) / 1e6 * 100, rel=1e-6)


def test_data_defined_reach_and_mixed_crs(run_alg):
    import processing
    from qgis.core import QgsProperty

    props = props_layer([(f"POINT({X0 + 1000} {Y0 + 1000})", ["r", "health", 500.0]),
                         (f"POINT({X0 + 500} {Y0 + 500})", ["s", "health", 0.0])])
    geo = processing.run("native:reprojectlayer", {"INPUT": props, "TARGET_CRS": "EPSG:4326",
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    out, _, _, _ = run_overlay(run_alg, geo, REACH=QgsProperty.fromField("reach_m"))
    circle = Point(0, 0).buffer(500, 12).area
    assert out["r"]["reach_used_m"] == 500 and out["s"]["reach_used_m"] == 0
    assert out["r"]["pop_reached"] == round(sum(p * (circle / 4) / 1e6 for p in (100, 200, 300, 400)))
    assert out["s"]["pop_reached"] == 100


def test_empty_proposals(run_alg):
    props = props_layer([])
    out, summary, gaps, log = run_overlay(run_alg, props)
    assert out == {}
    assert all(r["proposals"] == 0 and r["pop_reached"] == 0 for r in summary)
    assert gaps["health"][0]["area_km2"] == pytest.approx(1.0, rel=1e-4)
    assert "empty" in log


def test_proposals_layer_forms_survive_reopen(run_alg, tmp_path):
    from qgis.core import QgsFieldConstraints, QgsVectorLayer, QgsWkbTypes

    path = tmp_path / "props.gpkg"
    res, _ = run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "CRS": "EPSG:2154", "OUTPUT": str(path)})
    con = sqlite3.connect(str(path))
    styles = con.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
    con.close()
    assert styles == [("proposals", 1)]
    layer = QgsVectorLayer(f"{path}|layername=proposals", "p", "ogr")  # loads the default style
    assert layer.isValid() and layer.crs().authid() == "EPSG:2154"
    assert layer.wkbType() == QgsWkbTypes.Point
    names = layer.fields().names()
    for name in ("title", "theme", "site", "description", "lead_actor", "partners", "horizon", "status",
                 "cost_eur", "reach_m"):
        assert name in names
    theme_idx = layer.fields().lookupField("theme")
    setup = layer.editorWidgetSetup(theme_idx)
    assert setup.type() == "ValueMap"
    codes = [list(d.values())[0] for d in setup.config()["map"]]
    from qgis.core import QgsValueMapFieldFormatter

    assert codes == [QgsValueMapFieldFormatter.NULL_VALUE,  # "Choose a theme…" (NULL, refused by the constraint)
                     "health", "mobility", "public_services", "employment_training", "other"]
    status = layer.editorWidgetSetup(layer.fields().lookupField("status")).config()["map"]
    assert [list(d.values())[0] for d in status] == ["idea", "studied", "funded", "done"]
    horizon = layer.fields().field("horizon").constraints()
    assert "2100" in horizon.constraintExpression()
    cost = layer.fields().field("cost_eur").constraints()
    assert ">= 0" in cost.constraintExpression()
    title = layer.fields().field("title").constraints()
    assert title.constraints() & QgsFieldConstraints.ConstraintNotNull
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    categories = renderer.categories()
    assert [c.value() for c in categories] == codes[1:]
    symbol = categories[0].symbol()
    svg = symbol.symbolLayer(0)
    assert svg.layerType() == "SvgMarker" and svg.path().startswith("base64:")
    # constraints really bite: a feature with an empty title and a negative cost is refused
    from qgis.core import QgsFeature, QgsVectorLayerUtils
    f = QgsFeature(layer.fields())
    for name, value in (("title", ""), ("theme", "health"), ("horizon", 1850), ("status", "idea"),
                        ("cost_eur", -5.0)):
        f.setAttribute(name, value)
    ok_title, _ = QgsVectorLayerUtils.validateAttribute(layer, f, layer.fields().lookupField("title"))
    ok_cost, _ = QgsVectorLayerUtils.validateAttribute(layer, f, layer.fields().lookupField("cost_eur"))
    ok_horizon, _ = QgsVectorLayerUtils.validateAttribute(layer, f, layer.fields().lookupField("horizon"))
    assert not ok_title and not ok_cost and not ok_horizon
    for name, value in (("title", "Bus line"), ("horizon", 2030), ("cost_eur", 10.0)):
        f.setAttribute(name, value)
    assert all(QgsVectorLayerUtils.validateAttribute(layer, f, layer.fields().lookupField(n))[0]
               for n in ("title", "horizon", "cost_eur"))


def test_proposals_layer_needs_geopackage(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("bassins:proposalslayer", {"GEOMETRY": 1, "OUTPUT": str(tmp_path / "p.shp")})
    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("bassins:proposalslayer", {"GEOMETRY": 1, "OUTPUT": str(tmp_path / "missing" / "p.gpkg")})


def test_french_proposals_layer_offers_french_choices(run_alg, locale, tmp_path):
    """Created in French: French choices in the forms and the legend, the same stored codes."""
    from qgis.core import QgsVectorLayer

    locale("fr")
    path = tmp_path / "propositions.gpkg"
    res, _ = run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "CRS": "EPSG:2154", "OUTPUT": str(path)})
    layer = QgsVectorLayer(str(path), "p", "ogr")
    theme = layer.editorWidgetSetup(layer.fields().indexOf("theme")).config()["map"]
    status = layer.editorWidgetSetup(layer.fields().indexOf("status")).config()["map"]
    themes = {label: code for item in theme for label, code in item.items()}
    statuses = {label: code for item in status for label, code in item.items()}
    assert themes["Santé"] == "health" and statuses["Idée"] == "idea"
    labels = {c.value(): c.label() for c in layer.renderer().categories()}
    assert labels["health"] == "Santé" and labels["mobility"] == "Mobilité"


def test_overlay_results_are_read_only_with_names(run_alg):
    from bassins_plugin.processing.proposal_style import style_proposals

    from .conftest import memory_layer

    layer = memory_layer("Point", "EPSG:2056", ["title:string", "theme:string", "best_level:integer",
                                                "share_l1:double", "pop_reached:double"], [], "ov")
    style_proposals(layer)
    config = layer.editFormConfig()
    for name in ("best_level", "share_l1", "pop_reached"):
        idx = layer.fields().indexOf(name)
        assert config.readOnly(idx) and layer.attributeAlias(idx)
    assert not config.readOnly(layer.fields().indexOf("title"))
    assert layer.attributeAlias(layer.fields().indexOf("share_l1")) == "Share in level 1"


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it", "nl"])
def test_the_proposal_form_fits_700_px_and_shows_no_null(run_alg, locale, tmp_path, lang):
    """The form of a new proposal, built by QGIS itself (QgsAttributeForm): the required theme list starts on
    "Choose a theme…", never "(NULL)"; the description is empty, not the text "NULL"; fid is not shown; and the
    form needs no more than 700 px in any language (German once needed 847 px: labels beside long widgets)."""
    from qgis.core import QgsProject, QgsVectorLayer, QgsVectorLayerUtils
    from qgis.gui import QgsAttributeForm
    from qgis.PyQt.QtWidgets import QApplication, QComboBox, QPlainTextEdit, QTextEdit, QWidget

    from bassins_plugin.processing.proposal_style import style_proposals

    if lang != "en":
        locale(lang)
    out = tmp_path / "p.gpkg"
    run_alg("bassins:proposalslayer", {"GEOMETRY": 0, "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "p", "ogr")
    style_proposals(layer)
    QgsProject.instance().addMapLayer(layer)
    try:
        form = QgsAttributeForm(layer, QgsVectorLayerUtils.createFeature(layer))
        form.resize(700, 600)
        form.show()
        QApplication.processEvents()
        theme = [w for w in form.findChildren(QWidget, "theme") if w.findChildren(QComboBox)][0]
        combo = theme.findChildren(QComboBox)[0]
        items = [combo.itemText(i) for i in range(combo.count())]
        assert "(NULL)" not in items and combo.currentIndex() == 0 and len(items) == 6, items
        texts = [t.toPlainText() for t in form.findChildren(QTextEdit) + form.findChildren(QPlainTextEdit)
                 if t.isVisible()]
        assert texts == [""]
        assert not [w for w in form.findChildren(QWidget, "fid") if w.isVisible()]
        assert form.minimumSizeHint().width() <= 700
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
