"""Opening files with GDAL the same way whatever the bindings' error mode.

GDAL's Python bindings return None on failure, or raise RuntimeError once exceptions are turned on (QGIS 3.40
turns them on for the whole process): callers get None in both cases, and no message on the console.
"""
from contextlib import contextmanager
from typing import Optional


def open_dataset(path: str, vector: bool = True) -> Optional[object]:
    """The GDAL dataset of ``path`` opened read-only (vector or raster), or None when it cannot be read."""
    from osgeo import gdal

    flags = (gdal.OF_VECTOR if vector else gdal.OF_RASTER) | gdal.OF_READONLY
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return gdal.OpenEx(path, flags)
    except RuntimeError:
        return None
    finally:
        gdal.PopErrorHandler()


@contextmanager
def quiet_gdal():
    """GDAL's messages silenced on this thread for the block: QGIS tries to georeference every exported page
    through GDAL, and GDAL's PNG driver answers "ERROR 6: does not support update access" on a map that was
    written correctly."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's bindings ship with QGIS
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()
