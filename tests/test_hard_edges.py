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
    packaged = [n.layer() for n in project.layerTreeRoot().findLayers() if n.layer().name() == "share"][0]
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
