"""Outputs arrive styled when Processing loads them (post-processors), with translated legend labels."""
import pytest

from .conftest import grid_layer

RING_LABELS = ["Strong core (≥ 30 %)", "Middle ring (≥ 15 %)", "Outer ring (≥ 5 %)"]


@pytest.fixture
def loaded(provider):
    """Run like the toolbox does: outputs loaded into the project, post-processors applied (no GUI needed)."""
    import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProcessingUtils,
        QgsProject,
    )

    def _run(alg, params):
        project = QgsProject.instance()
        params = {k: (QgsProcessingOutputLayerDefinition(v, project) if v == "TEMPORARY_OUTPUT" else v)
                  for k, v in params.items()}
        context = QgsProcessingContext()
        context.setProject(project)
        feedback = QgsProcessingFeedback()
        results = processing.run(alg, params, onFinish=lambda *args: None, context=context, feedback=feedback)
        for layer_id, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
            context.temporaryLayerStore().takeMapLayer(layer)
            project.addMapLayer(layer)
            if details.postProcessor():
                details.postProcessor().postProcessLayer(layer, context, feedback)
        return results, project

    yield _run
    QgsProject.instance().removeAllMapLayers()


def _layer(project, layer_id):
    from qgis.core import QgsMapLayer

    layer = layer_id if isinstance(layer_id, QgsMapLayer) else project.mapLayer(layer_id)
    assert layer is not None
    return layer


def test_rings_styled_with_ring_names(loaded):
    res, project = loaded("bassins:intensityrings", {
        "INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30", "POPULATION": "pop",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = _layer(project, res["OUTPUT"])
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "level"
    cats = renderer.categories()
    assert [c.label() for c in cats] == RING_LABELS
    colors = [c.symbol().color().name() for c in cats]
    assert colors[0] == "#99000d" and len(set(colors)) == 3
    assert layer.labelsEnabled()


def test_demo_outputs_styled(loaded):
    res, project = loaded("bassins:demoterritory", {
        "UNITS_COUNT": 60, "UNITS": "TEMPORARY_OUTPUT", "FLOWS": "TEMPORARY_OUTPUT", "POLES": "TEMPORARY_OUTPUT",
        "PROPOSALS": "TEMPORARY_OUTPUT", "PROPOSAL_LINES": "TEMPORARY_OUTPUT"})
    props = _layer(project, res["PROPOSALS"])
    assert props.renderer().type() == "categorizedSymbol"
    assert [c.value() for c in props.renderer().categories()][:4] == [
        "health", "mobility", "public_services", "employment_training"]
    assert [c.label() for c in props.renderer().categories()][:2] == ["Health", "Mobility"]
    poles = _layer(project, res["POLES"])
    assert poles.labelsEnabled()


def test_indicators_graduated(loaded):
    from .conftest import memory_layer, square

    units = memory_layer("Polygon", "EPSG:2056", ["uid:string", "ctry:string", "act:integer"],
                         [(square(0, 0), ["A", "FR", 100]), (square(1000, 0), ["C", "CH", 10])], "u")
    flows = memory_layer("None", "EPSG:2056", ["o:string", "d:string", "n:double"], [(None, ["A", "C", 20])], "f")
    res, project = loaded("bassins:crossborderflows", {
        "UNITS": units, "UNIT_ID": "uid", "COUNTRY": "ctry", "ACTIVE": "act", "FLOWS": flows, "ORIGIN": "o",
        "DESTINATION": "d", "COUNT": "n", "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = _layer(project, res["OUTPUT"])
    assert layer.renderer().type() == "graduatedSymbol"
    assert layer.renderer().classAttribute() == "cb_share"
    assert len(layer.renderer().ranges()) == 4


def test_legend_leaves_out_a_ring_that_is_not_drawn(loaded):
    # no unit of the grid reaches 50 %: the strong core is empty, so the legend does not offer it
    res, project = loaded("bassins:intensityrings", {
        "INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;50", "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = _layer(project, res["OUTPUT"])
    assert [c.label() for c in layer.renderer().categories()] == ["Middle ring (≥ 15 %)", "Outer ring (≥ 5 %)"]


def test_pole_labels_sit_beside_the_star_not_over_it(provider):
    """Rendered at 1:10,000 (1 mm = 10 m), the star is 5 mm wide (±25 m around the pole): the pole's name is placed
    beside it, its box clear of the star's box (it once sat on the point and hid the symbol, 'Beaucourt')."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize

    from bassins_plugin.processing.styling import apply_style

    from .conftest import memory_layer

    poles = memory_layer("Point", "EPSG:3857", ["name:string"], [("POINT(1000 1000)", ["Beaucourt"])], "poles")
    assert apply_style(poles, "poles")
    settings = QgsMapSettings()
    settings.setLayers([poles])
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    settings.setOutputDpi(25.4)  # 1 pixel = 1 mm
    settings.setOutputSize(QSize(200, 200))
    settings.setExtent(QgsRectangle(0, 0, 2000, 2000))  # 2000 m on 200 mm: 1 mm = 10 m
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    labels = job.takeLabelingResults().allLabels()
    assert [label.labelText for label in labels] == ["Beaucourt"]
    star = QgsRectangle(1000 - 25, 1000 - 25, 1000 + 25, 1000 + 25)
    assert not labels[0].labelRect.intersects(star), labels[0].labelRect.toString()


@pytest.mark.parametrize("preset, name", [(0, "Attraction"), (1, "Pole and couronne")])
def test_attraction_classes_are_named_after_their_rule(loaded, preset, name):
    """One attraction class at 15 % is not the intensity rings' 'Strong core (≥ 30 %)': the ring's label and
    legend say 'Attraction (≥ 15 %)', or INSEE's 'Pole and couronne' for the AAV-like preset (1)."""
    from .test_hard_edges import _attraction_grid, _zero_flows

    res, project = loaded("bassins:attractionrings", {
        "UNITS": _attraction_grid([100, 100, 100]), "UNIT_ID": "uid", "ACTIVE": "act",
        "FLOWS": _zero_flows([["b", "a", 50]]), "ORIGIN": "origin", "DESTINATION": "destination", "COUNT": "count",
        "POLE_UNITS": "a", "PRESET": preset, "THRESHOLDS": "15", "OUTPUT_UNITS": "TEMPORARY_OUTPUT",
        "OUTPUT": "TEMPORARY_OUTPUT"})
    rings = _layer(project, res["OUTPUT"])
    assert [f["label"] for f in rings.getFeatures()] == [f"{name} (≥ 15 %)"]
    assert [c.label() for c in rings.renderer().categories()] == [f"{name} (≥ 15 %)"]
    units = _layer(project, res["OUTPUT_UNITS"])
    assert "Strong core" not in " ".join(c.label() for c in units.renderer().categories())


def test_service_basins_outputs_styled(loaded, tmp_path):
    """servicebasins: units drawn by dep_abroad (%), one more style per theme in minutes (t_<theme>), zones labelled
    with their pole; every class of the styles is where the units' values (the case of test_service_basins) fall."""
    from .test_service_basins import BASKET, equipment, units

    basket = tmp_path / "basket.csv"
    basket.write_text(BASKET, encoding="utf-8")
    res, project = loaded("bassins:servicebasins", {
        "UNITS": units(), "UNIT_ID": "uid", "COUNTRY": "ctry", "POPULATION": "pop", "EQUIPMENT": equipment(),
        "EQUIPMENT_TYPE": "kind", "BASKET": str(basket), "DETOUR": 1.5, "SPEED": 60,
        "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
    layer = _layer(project, res["OUTPUT_UNITS"])
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "dep_abroad"
    assert [r.label() for r in renderer.ranges()] == ["0 %", "0 – 25 %", "25 – 50 %", "50 – 75 %", "75 – 100 %"]
    # A keeps everything at home (0 %), B, C and D reach one type of four faster abroad (25 %): classes 1 and 2
    dep = {f["uid"]: f["dep_abroad"] for f in layer.getFeatures()}
    assert [renderer.rangeForValue(dep[k]).label() for k in "ABCD"] == ["0 %"] + ["0 – 25 %"] * 3
    manager = layer.styleManager()
    names = {"Dependence abroad (%)", "Time to health (min)", "Time to education (min)", "Time to shopping (min)"}
    assert set(manager.styles()) == names and manager.currentStyle() == "Dependence abroad (%)"
    manager.setCurrentStyle("Time to shopping (min)")
    times = layer.renderer()
    assert times.type() == "graduatedSymbol" and times.classAttribute() == "t_shopping"
    assert [r.label() for r in times.ranges()][0] == "0 – 5 min" and times.ranges()[-1].label() == "≥ 30 min"
    manager.setCurrentStyle("Dependence abroad (%)")
    assert layer.renderer().classAttribute() == "dep_abroad"
    zones = _layer(project, res["OUTPUT_ZONES"])
    assert zones.labelsEnabled() and zones.labeling().settings().fieldName == '"pole"'
    assert sorted(f["pole"] for f in zones.getFeatures()) == ["A", "D"]


def test_service_basins_legend_in_french(locale, tmp_path, provider):
    from qgis.core import QgsVectorLayer

    from bassins_plugin.processing.styling import apply_style

    from .conftest import memory_layer, square

    locale("fr")
    layer = memory_layer("Polygon", "EPSG:2056", ["t_health:double", "dep_abroad:double", "zone:string",
                                                  "pole:integer"], [(square(0, 0), [12.0, 40.0, "A", 1])], "u")
    assert isinstance(layer, QgsVectorLayer) and apply_style(layer, "service_units")
    assert "Temps d’accès : health (min)" in layer.styleManager().styles()
