"""Opening files with GDAL the same way whatever the bindings' error mode.

GDAL's Python bindings return None on failure, or raise RuntimeError once exceptions are turned on (QGIS 3.40
turns them on for the whole process): callers get None in both cases, and no message on the console.
"""
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
