"""read_table: a plain file layer read at once through GDAL's Arrow interface gives the table the provider
loop gives (ids, geometries, columns, counts), and anything the provider filters is read by the provider."""
import pytest

from .conftest import memory_layer, square

X0, Y0 = 4_000_000.0, 2_600_000.0
BOWTIE = f"POLYGON(({X0} {Y0},{X0 + 1000} {Y0 + 1000},{X0 + 1000} {Y0},{X0} {Y0 + 1000},{X0} {Y0}))"
ROWS = [
    (square(X0 + 2000, Y0), ["a", "FR", 100, 1.5]),
    (BOWTIE, ["b", "FR", None, 2.5]),  # invalid: repaired
    (None, ["c", "CH", 7, None]),  # no geometry: dropped and counted
    (f"MULTIPOLYGON((({X0} {Y0 + 3000},{X0 + 500} {Y0 + 3000},{X0 + 500} {Y0 + 3500},{X0} {Y0 + 3000})),"
     f"(({X0 + 900} {Y0 + 3000},{X0 + 1500} {Y0 + 3000},{X0 + 1500} {Y0 + 3600},{X0 + 900} {Y0 + 3000})))",
     ["", "CH", 8, 0.0]),
    (f"POLYGON(({X0} {Y0 + 5000},{X0 + 3000} {Y0 + 5000},{X0 + 3000} {Y0 + 8000},{X0} {Y0 + 8000},{X0} {Y0 + 5000}),"
     f"({X0 + 1000} {Y0 + 6000},{X0 + 2000} {Y0 + 6000},{X0 + 2000} {Y0 + 7000},{X0 + 1000} {Y0 + 6000}))",
     [None, None, 9, -1.0]),
]
NAMES = ["unit_id", "country", "population", "share"]


@pytest.fixture
def gpkg(tmp_path, provider):
    """The rows in a GeoPackage with scattered feature ids (two features deleted after writing)."""
    import processing
    from qgis.core import QgsVectorLayer

    rows = ROWS[:2] + [(square(X0 + 9000, Y0), ["gone1", "FR", 1, 1.0])] + ROWS[2:] + \
        [(square(X0 + 9000, Y0 + 9000), ["gone2", "FR", 1, 1.0])]
    layer = memory_layer("MultiPolygon", "EPSG:3035", ["unit_id:string", "country:string", "population:integer",
                                                        "share:double"], rows, "units")
    path = tmp_path / "units.gpkg"
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": str(path)})
    saved = QgsVectorLayer(str(path), "units", "ogr")
    gone = [f.id() for f in saved.getFeatures() if f["unit_id"] in ("gone1", "gone2")]
    assert saved.dataProvider().deleteFeatures(gone)
    return str(path)


def _setup(alg_class, name: str, value):
    """(algorithm, parameters, context, source) for reading parameter ``name`` set to ``value``."""
    from qgis.core import QgsProcessingContext, QgsProject

    alg = alg_class()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = {name: value}
    return alg, params, context, alg.parameterAsSource(params, name, context)


def _read(source_value, fast: bool, names=NAMES, alg_class=None, name="UNITS", **kw):
    """The table of a layer parameter, read in bulk (``fast``, read_table) or by the provider loop."""
    from qgis.core import QgsProcessingFeedback

    from bassins_plugin.core.features import read_features
    from bassins_plugin.processing.attraction_rings import AttractionRingsAlgorithm

    alg, params, context, source = _setup(alg_class or AttractionRingsAlgorithm, name, source_value)
    if fast:
        return alg.read_table(params, name, context, source, names, QgsProcessingFeedback(), **kw)
    return read_features(source, names, QgsProcessingFeedback(), **kw)


def _plain(table):
    from bassins_plugin.core.columns import plain_list

    return (table.ids, [g.asWkt(3) for g in table.geometries], {n: plain_list(c) for n, c in table.columns.items()},
            vars(table.stats))


def test_arrow_table_equals_provider_table(gpkg, monkeypatch):
    from bassins_plugin.core import columns

    calls = []
    real = columns.ogr_columns
    monkeypatch.setattr("bassins_plugin.processing.base.ogr_columns",
                        lambda *a, **k: calls.append(k.get("geometry") is not None) or real(*a, **k))
    fast = _read(gpkg, fast=True)
    assert calls == [True]  # the Arrow path did run
    slow = _read(gpkg, fast=False)
    assert _plain(fast) == _plain(slow)
    ids, geoms, cols, stats = _plain(fast)
    assert stats == {"read": 5, "kept": 4, "null_geometry": 1, "repaired": 1, "unrepairable": 0}
    assert cols["unit_id"] == ["a", "b", None, None]  # an empty text is NULL, as the provider loop reads it
    assert cols["population"] == [100, None, 8, 9]
    assert cols["share"] == [1.5, 2.5, 0.0, -1.0]
    assert ids[2] - ids[1] == 3  # the deleted feature and the one without geometry leave gaps in the ids
    assert all(g.isGeosValid() for g in fast.geometries)
    assert [round(g.area()) for g in fast.geometries] == [1_000_000, 500_000, 125_000 + 180_000, 9_000_000 - 500_000]


def test_filtered_layers_are_read_by_the_provider(gpkg, monkeypatch):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsVectorLayer

    monkeypatch.setattr("bassins_plugin.processing.base.ogr_columns",
                        lambda *a, **k: pytest.fail("a filtered layer must not be read in bulk"))
    subset = QgsVectorLayer(gpkg, "units", "ogr")
    subset.setSubsetString("\"country\" = 'FR'")
    assert _read(subset, fast=True).stats.read == 2
    layer = QgsVectorLayer(gpkg, "units", "ogr")
    layer.selectByExpression("\"country\" = 'CH'")
    from qgis.core import QgsProject

    QgsProject.instance().addMapLayer(layer)
    try:
        chosen = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        assert _read(chosen, fast=True).stats.read == 2
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_one_geometry_type_of_a_mixed_file_is_read_by_the_provider(tmp_path, provider, monkeypatch):
    """QGIS shows a GeoJSON of points and polygons as one layer per type; a bulk read would take both."""
    import json

    from qgis.core import QgsVectorLayer

    square_ring = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]
    path = tmp_path / "mixed.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"unit_id": "p"}, "geometry": {"type": "Point", "coordinates": [5, 5]}},
        {"type": "Feature", "properties": {"unit_id": "a"}, "geometry": {"type": "Polygon",
                                                                          "coordinates": [square_ring]}},
    ]}), encoding="utf-8")
    layer = QgsVectorLayer(f"{path}|geometrytype=Polygon", "polygons", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    monkeypatch.setattr("bassins_plugin.processing.base.ogr_columns",
                        lambda *a, **k: pytest.fail("one type of a mixed layer must not be read in bulk"))
    table = _read(layer, fast=True)
    assert table.stats.read == 1 and [str(v) for v in table.columns["unit_id"]] == ["a"]


def test_lines_read_in_bulk_equal_the_provider(tmp_path, provider):
    """A road network (lines, one without geometry, a multi-part one) as accessrings reads it."""
    import processing

    from bassins_plugin.processing.access_rings import AccessRingsAlgorithm

    rows = [("LINESTRING(0 0, 100 0, 100 50)", [50, "FT"]), (None, [30, "B"]),
            ("MULTILINESTRING((0 0, 0 100),(5 5, 6 6))", [None, None]), ("LINESTRING(1 1, 1 1)", [10, "TF"])]
    layer = memory_layer("MultiLineString", "EPSG:3035", ["speed:double", "oneway:string"], rows, "roads")
    path = str(tmp_path / "roads.gpkg")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    fast, slow = (_read(path, fast, ["speed", "oneway"], AccessRingsAlgorithm, "NETWORK", polygonal=False,
                        check_validity=False) for fast in (True, False))
    assert _plain(fast) == _plain(slow)
    assert fast.stats.read == 4 and fast.stats.null_geometry == 1
    assert [g.length() for g in fast.geometries] == pytest.approx([150.0, 100.0 + 2 ** 0.5, 0.0])


def test_a_layer_being_edited_is_read_with_its_changes(gpkg, provider):
    """Unsaved edits are in the layer, not in the file: the provider gives them, a bulk read of the file would not."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(gpkg, "units", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert layer.startEditing()
        feat = QgsFeature(layer.fields())
        feat.setGeometry(QgsGeometry.fromWkt(square(X0 + 20000, Y0)))
        feat["unit_id"] = "new"
        assert layer.addFeature(feat)
        table = _read(layer, fast=True)
        assert table.stats.read == 6 and "new" in [str(v) for v in table.columns["unit_id"]]
        layer.rollBack()
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


@pytest.mark.parametrize("ext", ["shp", "fgb", "geojson", "sqlite"])
def test_other_file_formats_give_the_provider_table(tmp_path, provider, ext):
    """Shapefile, FlatGeobuf, GeoJSON, SpatiaLite: whatever path the read takes, the table is the provider's."""
    import processing

    rows = [r for r in ROWS if r[0] is not None or ext != "fgb"]  # FlatGeobuf refuses a feature without geometry
    layer = memory_layer("MultiPolygon", "EPSG:3035", ["unit_id:string(20)", "country:string(2)",
                                                        "population:integer", "share:double"], rows, "units")
    path = str(tmp_path / f"units.{ext}")
    processing.run("native:savefeatures", {"INPUT": layer, "OUTPUT": path})
    fast, slow = _read(path, fast=True), _read(path, fast=False)
    assert _plain(fast) == _plain(slow)
    assert fast.stats.kept == 4 and fast.stats.repaired == 1


def test_cancel_is_honoured_during_a_bulk_read(gpkg, provider):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from bassins_plugin.processing.attraction_rings import AttractionRingsAlgorithm

    alg, params, context, source = _setup(AttractionRingsAlgorithm, "UNITS", gpkg)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        alg.read_table(params, "UNITS", context, source, NAMES, feedback)
    with pytest.raises(QgsProcessingException, match="Canceled"):
        alg.columns(params, "UNITS", context, source, NAMES, feedback)
