"""Rasters in and out through GDAL: write a grid as GeoTIFF, and contour it into nested ring polygons."""
from typing import List, Sequence

import numpy as np
from qgis.core import QgsGeometry

from .potential import Grid

NODATA = -9999.0


def _dataset(values: np.ndarray, grid: Grid, wkt: str, path: str = "", driver: str = "MEM"):
    from osgeo import gdal

    drv = gdal.GetDriverByName(driver)
    options = ["COMPRESS=DEFLATE", "TILED=YES"] if driver == "GTiff" else []
    ds = drv.Create(path, grid.nx, grid.ny, 1, gdal.GDT_Float64 if driver == "MEM" else gdal.GDT_Float32, options)
    ds.SetGeoTransform((grid.x0, grid.res, 0.0, grid.y1, 0.0, -grid.res))
    if wkt:
        ds.SetProjection(wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(np.where(np.isfinite(values), values, NODATA))
    return ds


def write_geotiff(values: np.ndarray, grid: Grid, wkt: str, path: str) -> None:
    ds = _dataset(values, grid, wkt, path, "GTiff")
    ds.GetRasterBand(1).ComputeStatistics(False)
    ds.FlushCache()
    ds = None  # noqa: F841 - closes the file


def envelopes(values: np.ndarray, grid: Grid, thresholds: Sequence[float]) -> List[QgsGeometry]:
    """Nested polygons where values >= each threshold (strongest first), by interpolated contours."""
    from osgeo import gdal, ogr

    ds = _dataset(values, grid, "")
    mem = ogr.GetDriverByName("Memory").CreateDataSource("contours")
    layer = mem.CreateLayer("contours", geom_type=ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("vmin", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("vmax", ogr.OFTReal))
    levels = ",".join(repr(float(t)) for t in thresholds)
    gdal.ContourGenerateEx(ds.GetRasterBand(1), layer, options=[
        f"FIXED_LEVELS={levels}", "ID_FIELD=0", "ELEV_FIELD_MIN=1", "ELEV_FIELD_MAX=2", "POLYGONIZE=YES",
        f"NODATA={NODATA}"])
    bands = []
    for feat in layer:
        geom = feat.GetGeometryRef()
        if geom is None or geom.IsEmpty():
            continue
        bands.append((feat.GetField(1), QgsGeometry.fromWkt(geom.ExportToWkt())))
    out: List[QgsGeometry] = []
    for t in sorted(thresholds, reverse=True):
        parts = [g for vmin, g in bands if vmin is not None and vmin >= t - 1e-12 * max(1.0, abs(t))]
        geom = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
        out.append(geom.makeValid() if not geom.isEmpty() and not geom.isGeosValid() else geom)
    return out
