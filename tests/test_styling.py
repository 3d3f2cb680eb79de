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
