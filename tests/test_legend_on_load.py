"""The Layers panel shows an output's legend as its style says, right when Processing loads it."""
from .conftest import grid_layer


def _legend_texts(model, layer):
    from qgis.core import QgsLayerTreeModelLegendNode
    from qgis.PyQt.QtCore import Qt

    node = model.rootGroup().findLayer(layer.id())
    assert node is not None
    return [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)
            if isinstance(n, QgsLayerTreeModelLegendNode)]


def test_legend_nodes_equal_renderer_classes_after_run_and_load(provider):
    import processing
    from qgis.core import QgsLayerTreeModel, QgsProject

    project = QgsProject.instance()
    model = QgsLayerTreeModel(project.layerTreeRoot())
    try:
        res = processing.runAndLoadResults("bassins:intensityrings", {
            "INPUT": grid_layer(), "FIELD": "share", "THRESHOLDS": "5;15;30", "POPULATION": "pop",
            "OUTPUT": "TEMPORARY_OUTPUT"})
        layer = project.mapLayer(res["OUTPUT"])
        texts = _legend_texts(model, layer)
        labels = [c.label() for c in layer.renderer().categories()]
        assert len(labels) == 3  # three thresholds, three classes (the style file has five)
        assert texts == labels
    finally:
        project.removeAllMapLayers()


def test_service_basins_legend_after_run_and_load(provider, tmp_path):
    """servicebasins' units: the Layers panel shows the translated % classes of dep_abroad right after loading."""
    import processing
    from qgis.core import QgsLayerTreeModel, QgsProject

    from .test_service_basins import BASKET, equipment, units

    basket = tmp_path / "basket.csv"
    basket.write_text(BASKET, encoding="utf-8")
    project = QgsProject.instance()
    model = QgsLayerTreeModel(project.layerTreeRoot())
    try:
        res = processing.runAndLoadResults("bassins:servicebasins", {
            "UNITS": units(), "UNIT_ID": "uid", "COUNTRY": "ctry", "POPULATION": "pop", "EQUIPMENT": equipment(),
            "EQUIPMENT_TYPE": "kind", "BASKET": str(basket), "DETOUR": 1.5, "SPEED": 60,
            "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
        layer = project.mapLayer(res["OUTPUT_UNITS"])
        assert layer.renderer().type() == "graduatedSymbol" and layer.renderer().classAttribute() == "dep_abroad"
        labels = [r.label() for r in layer.renderer().ranges()]
        assert labels[0] == "0 %" and _legend_texts(model, layer) == labels
        zones = project.mapLayer(res["OUTPUT_ZONES"])
        assert zones.labelsEnabled()
    finally:
        project.removeAllMapLayers()
