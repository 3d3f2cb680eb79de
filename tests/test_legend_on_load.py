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
