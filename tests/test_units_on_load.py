"""Units-like outputs load under the rings with a style that lets the rings and the border show through."""
from .conftest import grid_layer
from .test_access_rings import grid_network, poles_layer, units_layer


def _fill_alphas(layer):
    """The fill alpha (0-1) of every symbol the renderer can draw, times the layer's opacity."""
    renderer = layer.renderer()
    # the categories are copies that own their symbol: read each while its category lives
    items = renderer.categories() if renderer.type() == "categorizedSymbol" else \
        renderer.ranges() if renderer.type() == "graduatedSymbol" else None
    symbols = [renderer.symbol()] if items is None else [item.symbol() for item in items]
    return [s.color().alphaF() * s.opacity() * layer.opacity() for s in symbols]


def _access_params():
    roads, _edges = grid_network()
    return {"NETWORK": roads, "SPEED_FIELD": "speed", "POLES": poles_layer(), "POLE_ID": "pid",
            "UNITS": units_layer(), "UNIT_ID": "unit_id", "COUNTRY": "ctry", "BANDS": "2;4;6",
            "SNAP_TOLERANCE": 100, "OUTPUT_UNITS": "TEMPORARY_OUTPUT", "OUTPUT_RINGS": "TEMPORARY_OUTPUT"}


def test_access_units_styled_light_and_below_the_rings(provider):
    import processing
    from qgis.core import QgsProject

    from bassins_plugin.processing.styling import guess_style

    project = QgsProject.instance()
    try:
        res = processing.runAndLoadResults("bassins:accessrings", _access_params())
        units, rings = project.mapLayer(res["OUTPUT_UNITS"]), project.mapLayer(res["OUTPUT_RINGS"])
        # recognised as the units with travel times, not as poles (it has a pole_id field)
        assert guess_style(units) == "access_units"
        renderer = units.renderer()
        assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "band"
        assert max(_fill_alphas(units)) < 0.5  # light: what lies under it shows through
        # bands 1-3 hold units (a 5 x 5 km grid at 30-90 km/h: every band is reached), and the far unit has no band
        labels = [c.label() for c in renderer.categories()]
        assert len(labels) == 4 and labels[-1] == "Not reached within the bands"
        assert all(label.endswith(" min") for label in labels[:3])
        order = [n.layerId() for n in project.layerTreeRoot().findLayers()]
        assert order.index(units.id()) > order.index(rings.id())  # drawn under the rings
    finally:
        project.removeAllMapLayers()


def test_band_labels_are_the_units_own_minutes():
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from bassins_plugin.processing.styling import apply_style

    layer = QgsVectorLayer("Polygon?crs=EPSG:3035&field=time_min:double&field=band:integer&field=pole_id:string",
                           "u", "memory")
    rows = [(1.2, 1), (1.9, 1), (2.4, 2), (3.9, 2), (None, None)]
    feats = []
    for k, (minutes, band) in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes([minutes, band, "P"])
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({k} 0,{k + 1} 0,{k + 1} 1,{k} 0))"))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    assert apply_style(layer, "access_units")
    # band 1: 1.2 .. 1.9 -> 1 – 2 min; band 2: 2.4 .. 3.9 -> 2 – 4 min; bands 3-5 hold nothing and are dropped
    assert [c.label() for c in layer.renderer().categories()] == ["1 – 2 min", "2 – 4 min",
                                                                 "Not reached within the bands"]


def test_units_move_under_rings_loaded_before_them(provider):
    """Whatever order Processing loads the outputs in: units loaded last (on top) end under the rings, the border
    (loaded first, at the bottom) comes over the rings, and a base layer of the user's stays where it is."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    from bassins_plugin.processing.styling import StylePostProcessor

    project = QgsProject()
    rings = processing.run("bassins:intensityrings", {"INPUT": grid_layer(), "FIELD": "share",
                                                      "THRESHOLDS": "5;15;30", "OUTPUT": "memory:"})["OUTPUT"]
    indicators = processing.run("bassins:crossborderflows", _flows_params())["OUTPUT"]
    border = QgsVectorLayer("LineString?crs=EPSG:3035&field=country_a:string&field=country_b:string"
                            "&field=label:string", "border", "memory")
    base = QgsVectorLayer("Polygon?crs=EPSG:3035", "base map", "memory")
    for layer in (base, border, rings, indicators):
        project.addMapLayer(layer)  # each added on top
    tree = project.layerTreeRoot()
    assert [n.layerId() for n in tree.children()] == [indicators.id(), rings.id(), border.id(), base.id()]
    context = QgsProcessingContext()
    context.setProject(project)
    StylePostProcessor.create("indicators").postProcessLayer(indicators, context, None)
    assert [n.layerId() for n in tree.children()] == [border.id(), rings.id(), indicators.id(), base.id()]
    assert len(project.mapLayers()) == 4  # moved, none lost
    assert max(_fill_alphas(indicators)) < 1.0
    project.removeAllMapLayers()


def _flows_params():
    from .conftest import memory_layer

    units = memory_layer("Polygon", "EPSG:3035", ["uid:string", "ctry:string", "act:integer"],
                         [("POLYGON((0 0,1 0,1 1,0 1,0 0))", ["a", "FR", 100]),
                          ("POLYGON((1 0,2 0,2 1,1 1,1 0))", ["b", "CH", 100])], "units")
    flows = memory_layer("NoGeometry", "EPSG:3035", ["o:string", "d:string", "n:integer"],
                         [(None, ["a", "b", 30]), (None, ["b", "a", 10])], "flows")
    return {"UNITS": units, "UNIT_ID": "uid", "COUNTRY": "ctry", "ACTIVE": "act", "FLOWS": flows,
            "ORIGIN": "o", "DESTINATION": "d", "COUNT": "n", "OUTPUT": "memory:"}
