"""bassins:packagelayers round trips: styles and project inside the GeoPackage, other layers kept."""
import hashlib
import sqlite3

import pytest

from .conftest import grid_layer

RING_LABELS = ["Strong core (≥ 30 %)", "Middle ring (≥ 15 %)", "Outer ring (≥ 5 %)"]


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_gpkg_round_trip_with_project(run_alg, styled_layers, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer

    out = tmp_path / "share.gpkg"
    res, log = run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "OUTPUT": str(out), "PROJECT": True,
                                                  "PROJECT_NAME": "pamina"})
    assert res["LAYERS_WRITTEN"] == 2
    con = sqlite3.connect(str(out))
    styles = sorted(con.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall())
    projects = con.execute("SELECT name FROM qgis_projects").fetchall()
    con.close()
    assert styles == [("intensity_rings", 1), ("proposals", 1)]
    assert projects == [("pamina",)]
    # a colleague opens the GeoPackage layer: default style applied
    rings = QgsVectorLayer(f"{out}|layername=intensity_rings", "r", "ogr")
    cats = rings.renderer().categories()
    assert rings.renderer().type() == "categorizedSymbol"
    assert [c.label() for c in cats] == RING_LABELS
    assert rings.labelsEnabled()
    assert rings.featureCount() == 3
    props = QgsVectorLayer(f"{out}|layername=proposals", "p", "ogr")
    assert props.renderer().type() == "categorizedSymbol"
    assert props.renderer().categories()[0].value() == "health"
    # ... or the project stored inside it
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    tree = project.layerTreeRoot().findLayers()
    # groups top to bottom: proposals (points) over rings, whatever order the layers were given in
    assert [n.layer().name() for n in tree] == ["Proposals", "Intensity rings"]
    assert [n.isVisible() for n in tree] == [False, True]
    prings = tree[1].layer()
    assert prings.isValid() and prings.renderer().type() == "categorizedSymbol"
    assert [c.label() for c in prings.renderer().categories()] == RING_LABELS


def test_existing_layers_kept_and_clash_refused(run_alg, styled_layers, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "share.gpkg"
    run_alg("bassins:packagelayers", {"LAYERS": [styled_layers[1]], "OUTPUT": str(out)})
    before = _digest(out)
    with pytest.raises(QgsProcessingException, match="OVERWRITE"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "OUTPUT": str(out)})
    assert _digest(out) == before  # nothing half written
    run_alg("bassins:packagelayers", {"LAYERS": [styled_layers[0]], "OUTPUT": str(out)})
    con = sqlite3.connect(str(out))
    tables = sorted(r[0] for r in
                    con.execute("SELECT table_name FROM gpkg_contents WHERE table_name != 'layer_styles'"))
    con.close()
    assert tables == ["intensity_rings", "proposals"]
    run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "OUTPUT": str(out), "OVERWRITE": True})


def test_bad_output_folder(run_alg, styled_layers, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="OUTPUT"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "OUTPUT": str(tmp_path / "no" / "x.gpkg")})
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    import os
    if os.access(ro, os.W_OK):  # root ignores permissions: nothing to check here
        return
    with pytest.raises(QgsProcessingException, match="not writable"):
        run_alg("bassins:packagelayers", {"LAYERS": styled_layers, "OUTPUT": str(ro / "x.gpkg")})


def test_project_groups_layers_and_shows_one_ring_family(run_alg, tmp_path):
    """Layers not in the user's project: grouped by kind, and a second ring family is left unchecked."""
    from qgis.core import QgsProject


    rings_a = tmp_path / "rings_a.gpkg"
    rings_b = tmp_path / "rings_b.gpkg"
    for path, thresholds in ((rings_a, "5;15;30"), (rings_b, "10;20")):
        run_alg("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": thresholds,
                                           "OUTPUT": str(path)})
    out = tmp_path / "share.gpkg"
    res, _ = run_alg("bassins:packagelayers", {"LAYERS": [str(rings_a), str(rings_b)], "OUTPUT": str(out),
                                                "PROJECT": True, "APPLY_PLUGIN_STYLES": True})
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    groups = project.layerTreeRoot().children()
    assert [g.name() for g in groups] == ["Rings"]
    assert [n.isVisible() for n in groups[0].findLayers()] == [True, False]


def test_access_units_in_data_group_under_the_rings(run_alg, tmp_path):
    """accessrings' units (they carry pole_id) go to "Data", under the rings group, not to "Border and poles"."""
    from qgis.core import QgsProject

    from .test_access_rings import grid_network, poles_layer, units_layer

    units, rings = tmp_path / "access_units.gpkg", tmp_path / "access_rings.gpkg"
    run_alg("bassins:accessrings", {
        "NETWORK": grid_network()[0], "SPEED_FIELD": "speed", "POLES": poles_layer(), "POLE_ID": "pid",
        "UNITS": units_layer(), "UNIT_ID": "unit_id", "COUNTRY": "ctry", "BANDS": "2;4;6", "SNAP_TOLERANCE": 100,
        "OUTPUT_UNITS": str(units), "OUTPUT_RINGS": str(rings)})
    out = tmp_path / "share.gpkg"
    res, _ = run_alg("bassins:packagelayers", {"LAYERS": [str(units), str(rings)], "OUTPUT": str(out),
                                                "PROJECT": True, "APPLY_PLUGIN_STYLES": True})
    project = QgsProject()
    assert project.read(res["PROJECT_URI"])
    groups = project.layerTreeRoot().children()
    assert [g.name() for g in groups] == ["Rings", "Data"]  # given units first: the rings still come on top
    [layer_node] = groups[1].findLayers()
    layer = layer_node.layer()
    assert layer.fields().lookupField("time_min") >= 0
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "band"
    assert not layer_node.isVisible()
