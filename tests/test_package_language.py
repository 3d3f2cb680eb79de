"""bassins:packagelayers' LANGUAGE: a project a partner reads in their language, packaged from an English QGIS."""
import sqlite3

import pytest

from .conftest import grid_layer

# LANGUAGE: 0 QGIS's language, 1 English, 2 Français, 3 Deutsch, 4 Italiano, 5 Nederlands
EXPECTED = {
    2: {"rings": "Couronnes d'intensité", "proposals": "Propositions d'action", "surface": "Surface lissée",
        "groups": ["Propositions d'action", "Couronnes", "Données"], "core": "Cœur fort", "title": "Titre",
        "health": "Santé"},
    3: {"rings": "Intensitätsringe", "proposals": "Handlungsvorschläge", "surface": "Geglättete Oberfläche",
        "groups": ["Handlungsvorschläge", "Ringe", "Daten"], "core": "Starker Kern", "title": "Titel",
        "health": "Gesundheit"},
}


@pytest.fixture
def outputs(run_alg, tmp_path):
    """Plugin outputs on disk, as a planner has them: rings twice (one renamed by the user), proposals, the
    smoothed surface (its style file beside it)."""
    rings = tmp_path / "rings.gpkg"
    run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30",
                                       "POPULATION": "pop", "OUTPUT": str(rings)})
    renamed = tmp_path / "rings_pamina.gpkg"
    run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "10;20",
                                       "OUTPUT": str(renamed)})
    territory = tmp_path / "units.gpkg"
    proposals = tmp_path / "proposals.gpkg"
    run_alg("bassins:demoterritory", {"UNITS_COUNT": 30, "UNITS": str(territory), "FLOWS": None, "POLES": None,
                                      "PROPOSALS": str(proposals), "PROPOSAL_LINES": None, "ROADS": None})
    surface = tmp_path / "surface.tif"
    run_alg("bassins:potentialrings", {"INPUT": str(territory), "NUMERATOR": "cb_workers", "DENOMINATOR": "active",
                                       "SPAN": 5000, "RESOLUTION": 1000, "THRESHOLDS": "5",
                                       "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_RASTER": str(surface)})
    return rings, renamed, proposals, surface


def _layers(outputs):
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    rings, renamed, proposals, surface = outputs
    mine = QgsVectorLayer(str(renamed), "PAMINA 2021", "ogr")  # the user's own name
    return [QgsVectorLayer(str(rings), "rings", "ogr"), mine, QgsVectorLayer(str(proposals), "proposals", "ogr"),
            QgsRasterLayer(str(surface), "surface", "gdal")]


def _project_xml(path):
    """The project stored in the GeoPackage, as text (qgis_projects.content holds the .qgz bytes, hex-coded)."""
    import io
    import zipfile

    con = sqlite3.connect(str(path))
    content = con.execute("SELECT content FROM qgis_projects").fetchone()[0]
    con.close()
    data = bytes.fromhex(content) if isinstance(content, str) else content
    with zipfile.ZipFile(io.BytesIO(data)) as qgz:
        name = [n for n in qgz.namelist() if n.endswith(".qgs")][0]
        return qgz.read(name).decode("utf-8")


@pytest.mark.parametrize("language", [2, 3])
def test_package_in_the_partners_language(run_alg, outputs, tmp_path, language):
    from qgis.core import QgsLayerTreeModel, QgsProject, QgsRasterLayer
    from qgis.PyQt.QtCore import Qt

    want = EXPECTED[language]
    out = tmp_path / f"share_{language}.gpkg"
    res, _ = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs), "OUTPUT": str(out), "PROJECT": True,
                                                "APPLY_PLUGIN_STYLES": True, "LANGUAGE": language})
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    root = project.layerTreeRoot()
    assert [g.name() for g in root.children()] == want["groups"]
    by_name = {n.layer().name(): n for n in root.findLayers()}
    assert set(by_name) == {want["rings"], "PAMINA 2021", want["proposals"], want["surface"]}
    # the legend: ring classes named in the package's language, with the rings' own thresholds
    rings = by_name[want["rings"]].layer()
    assert [c.label() for c in rings.renderer().categories()][0] == f"{want['core']} (≥ 30 %)"
    # ... and on the map: the ring labels say the same (the data's label field is English, from the run)
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    expression = QgsExpression(rings.labeling().settings().fieldName)
    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(rings))
    ctx.setFeature(next(f for f in rings.getFeatures() if f["level"] == 1))
    assert expression.evaluate(ctx) == f"{want['core']} (≥ 30 %)"
    # the user's layer keeps its name, but its legend too is in the partner's language
    assert by_name["PAMINA 2021"].layer().renderer().categories()[0].label().startswith(want["core"])
    # the proposals form: aliases and the theme value list
    props = by_name[want["proposals"]].layer()
    assert props.attributeDisplayName(props.fields().lookupField("title")) == want["title"]
    theme = props.editorWidgetSetup(props.fields().lookupField("theme")).config()["map"]
    assert {want["health"]: "health"} in theme
    # the surface's legend names its values, not GDAL's "Band 1: Height"
    surface = by_name[want["surface"]]
    assert isinstance(surface.layer(), QgsRasterLayer)
    model = QgsLayerTreeModel(root)
    texts = [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(surface)]
    assert texts[0] and "Band" not in texts[0] and "Height" not in texts[0]
    # the same read straight from the project XML in the GeoPackage (what a partner's QGIS reads)
    xml = _project_xml(out)
    assert f'name="{want["groups"][1]}"' in xml and want["rings"] in xml
    del model


def test_package_language_restores_the_running_language(run_alg, outputs, tmp_path):
    """After a German package, the plugin speaks English again, and 'QGIS's language' is English here."""
    from qgis.core import QgsProject

    from bassins_plugin.processing.styling import group_names

    run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:1], "OUTPUT": str(tmp_path / "de.gpkg"),
                                      "PROJECT": True, "LANGUAGE": 3})
    assert group_names()["rings"] == "Rings"
    res, _ = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:1], "OUTPUT": str(tmp_path / "en.gpkg"),
                                                "PROJECT": True})
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    assert [n.layer().name() for n in project.layerTreeRoot().findLayers()] == ["Intensity rings"]


def test_package_log_names_the_language_its_texts_are_in(run_alg, outputs, tmp_path, locale):
    """Headless (locale 'C') the log said "Names, groups, legends and form in: c.": the language is the one whose
    texts were written, English when QGIS runs in a language the plugin does not speak."""
    _, log = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:1], "OUTPUT": str(tmp_path / "a.gpkg")})
    assert "Names, groups, legends and form in: en." in log
    _, log = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:1], "OUTPUT": str(tmp_path / "b.gpkg"),
                                                "LANGUAGE": 2})
    assert "Names, groups, legends and form in: fr." in log
    locale("de")  # QGIS in German, the package in its language: the log itself speaks German
    _, log = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:1], "OUTPUT": str(tmp_path / "c.gpkg")})
    assert log.count(": de.") == 1


def test_flow_legend_translated_from_the_style_file(locale):
    """flowlines' categories read 'true'/'false' once loaded from the QML: their labels are translated too."""
    from qgis.core import QgsVectorLayer

    from bassins_plugin.processing.styling import apply_style

    layer = QgsVectorLayer("LineString?crs=EPSG:3035&field=count:double&field=cross_border:boolean", "f", "memory")
    locale("fr")
    assert apply_style(layer, "flowlines")
    assert [c.label() for c in layer.renderer().categories()] == ["Transfrontalier", "Interne"]


def test_point_and_line_proposals_named_apart(locale):
    """A project with point and line proposals shows two names, not 'Propositions d'action' twice."""
    from qgis.core import QgsVectorLayer

    from bassins_plugin.processing.styling import reader_name

    locale("fr")
    fields = "field=title:string&field=theme:string"
    points = QgsVectorLayer(f"Point?crs=EPSG:3035&{fields}", "proposals", "memory")
    lines = QgsVectorLayer(f"LineString?crs=EPSG:3035&{fields}", "proposals", "memory")
    mine = QgsVectorLayer(f"LineString?crs=EPSG:3035&{fields}", "Pistes cyclables", "memory")
    assert [reader_name(x) for x in (points, lines, mine)] == ["Propositions d'action",
                                                              "Propositions d'action (lignes)", "Pistes cyclables"]


def test_english_package_from_a_french_session(run_alg, outputs, tmp_path, locale):
    """English chosen in a French QGIS: English names and groups, and the French translation is back afterwards."""
    from qgis.core import QgsProject

    from bassins_plugin.processing.styling import group_names

    locale("fr")
    res, _ = run_alg("bassins:packagelayers", {"LAYERS": _layers(outputs)[:2], "OUTPUT": str(tmp_path / "en.gpkg"),
                                                "PROJECT": True, "LANGUAGE": 1})
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    root = project.layerTreeRoot()
    assert [g.name() for g in root.children()] == ["Rings"]
    assert [n.layer().name() for n in root.findLayers()] == ["Intensity rings", "PAMINA 2021"]
    assert group_names()["rings"] == "Couronnes"
