"""Rasters in and out through GDAL: write a grid as GeoTIFF, and contour it into nested ring polygons."""
from typing import List, Sequence

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle

from .potential import Grid
from .thresholds import floor_of, reaches

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
    """Exact sets {values >= t} (strongest first) inside the grid, by interpolated contours.

    The grid is framed by its edge cells repeated, then by cells below every threshold, so that every
    threshold is crossed beyond the grid's boundary
    and each band gets its true lower bound, whatever the surface's range (a surface above every
    threshold gives the whole grid); the result is clipped back to the grid's extent.
    """
    from osgeo import gdal, ogr

    finite = values[np.isfinite(values)]
    low = min(min(thresholds), float(finite.min()) if len(finite) else 0.0)
    frame_value = low - max(1.0, abs(low)) * 1e6
    # the edge cells repeated once (the surface holds its value up to the grid's boundary), then the frame
    framed = np.pad(np.pad(np.where(np.isfinite(values), values, NODATA), 1, mode="edge"), 1,
                    mode="constant", constant_values=frame_value)
    outer = Grid(grid.x0 - 2 * grid.res, grid.y1 + 2 * grid.res, grid.res, grid.nx + 4, grid.ny + 4)
    ds = _dataset(framed, outer, "")
    mem = ogr.GetDriverByName("Memory").CreateDataSource("contours")
    layer = mem.CreateLayer("contours", geom_type=ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("vmin", ogr.OFTReal))
    layer.CreateField(ogr.FieldDefn("vmax", ogr.OFTReal))
    # contoured at each threshold's floor (the tolerance of ``reaches``), not at t itself: GDAL 3.10 puts a surface
    # at 14.999999999999998 below a level of 15, where 3.6 put it on it
    levels = ",".join(repr(floor_of(float(t))) for t in thresholds)
    gdal.ContourGenerateEx(ds.GetRasterBand(1), layer, options=[
        f"FIXED_LEVELS={levels}", "ID_FIELD=0", "ELEV_FIELD_MIN=1", "ELEV_FIELD_MAX=2", "POLYGONIZE=YES",
        f"NODATA={NODATA}"])
    bands = []
    for feat in layer:
        geom = feat.GetGeometryRef()
        if geom is None or geom.IsEmpty():
            continue
        bands.append((feat.GetField(1), QgsGeometry.fromWkt(geom.ExportToWkt())))
    xmin, ymin, xmax, ymax = grid.extent
    box = QgsGeometry.fromRect(QgsRectangle(xmin, ymin, xmax, ymax))
    out: List[QgsGeometry] = []
    for t in sorted(thresholds, reverse=True):
        parts = [g for vmin, g in bands if vmin is not None and reaches(vmin, t)]
        geom = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
        if not geom.isEmpty() and not geom.isGeosValid():
            geom = geom.makeValid()
        out.append(geom.intersection(box) if not geom.isEmpty() else geom)
    return out
