"""open_dataset gives None for an unreadable file in both error modes of GDAL's bindings (QGIS 3.40 turns
exceptions on for the whole process; 3.22 leaves them off)."""
import pytest


@pytest.mark.parametrize("exceptions", [False, True])
def test_unreadable_file_is_none_in_both_modes(tmp_path, exceptions):
    from osgeo import gdal

    from bassins_plugin.core.gdal_io import open_dataset

    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    good = tmp_path / "good.geojson"
    good.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"a": 1}, '
                    '"geometry": {"type": "Point", "coordinates": [6.1, 46.2]}}]}', encoding="utf-8")
    before = gdal.GetUseExceptions()
    try:
        gdal.UseExceptions() if exceptions else gdal.DontUseExceptions()
        assert open_dataset(str(bad)) is None
        assert open_dataset(str(tmp_path / "missing.tif"), vector=False) is None
        ds = open_dataset(str(good))
        assert ds.GetLayer(0).GetFeatureCount() == 1
    finally:
        gdal.UseExceptions() if before else gdal.DontUseExceptions()
