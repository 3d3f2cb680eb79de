"""Fast column reads for large tables (flows, units): GDAL's Arrow interface when the table is a plain file.

Reading a million rows feature by feature from Python costs seconds; GDAL >= 3.6
hands over whole columns (and geometries as WKB) in a fraction of that. Used only
for a plain OGR layer (no subset string, selection, limit, geometry-type split or
edit in progress: the base decides); anything else goes through QGIS feature
iteration, which gives the same values.
"""
from typing import Callable, Dict, Optional, Sequence

import numpy as np

from .features import is_null
from .gdal_io import open_dataset


def _to_python_column(arr) -> np.ndarray:
    """Numeric -> float array with nan for NULL; text -> bytes (UTF-8) or str array with empty for NULL."""
    mask = np.ma.getmaskarray(arr) if isinstance(arr, np.ma.MaskedArray) else None
    data = np.ma.getdata(arr)
    if data.dtype.kind in "iuf":
        out = data.astype(float)
        if mask is not None and mask.any():
            out[mask] = np.nan
        return out
    if data.dtype.kind == "S":  # decoded later, once per distinct value
        if mask is not None and mask.any():
            data = data.copy()
            data[mask] = b""
        return data
    else:
        text = np.array(["" if v is None else (v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v))
                         for v in data], dtype=str)
    if mask is not None and mask.any():
        text = text.astype(object)
        text[mask] = ""
        text = text.astype(str)
    return text


FID = "__fid__"  # the key of the feature ids in ogr_columns(..., with_fids=True)
GEOMETRY = "__geometry__"  # the key of the geometries in ogr_columns(..., geometry=function)

# drivers whose OGR feature ids are the ids QGIS gives the features (QGIS's OGR provider passes them through)
_FID_DRIVERS = {"GPKG", "ESRI Shapefile", "FlatGeobuf", "SQLite"}
# drivers whose Arrow geometries are the provider's, vertex for vertex (a shapefile's come as stored: clockwise
# outer rings, single polygons where QGIS gives multipolygons)
_GEOMETRY_DRIVERS = {"GPKG", "FlatGeobuf", "SQLite"}


def plain_list(column, empty_is_null: bool = True) -> list:
    """A column as Python values, as feature attributes hold them: numpy values made plain, NaN and QGIS's NULL
    made None, bytes (GDAL's Arrow text) decoded; with ``empty_is_null``, empty text made None too (a provider
    loop reads an empty text field of a file as NULL)."""
    if isinstance(column, np.ndarray) and column.dtype.kind in "biufSU":  # no element-wise type checks
        kind = column.dtype.kind
        if kind in "biu":
            return column.tolist()
        if kind == "f":
            values = column.astype(object)
            values[np.isnan(column)] = None
            return values.tolist()
        text = [v.decode("utf-8", "replace") for v in column.tolist()] if kind == "S" else column.tolist()
        return [v or None for v in text] if empty_is_null else text
    values = column.tolist() if isinstance(column, np.ndarray) else column
    return [plain_value(v, empty_is_null) for v in values]


def plain_value(v, empty_is_null: bool = True):
    """One value as a feature attribute holds it (see plain_list)."""
    t = type(v)
    if t is str:
        return None if empty_is_null and not v else v
    if t is float:
        return None if v != v else v
    if t is int or v is None:
        return v
    if isinstance(v, np.generic):
        v = v.item()
    if isinstance(v, bytes):
        v = v.decode("utf-8", "replace")
    if (isinstance(v, float) and v != v) or (empty_is_null and v == "") or is_null(v):
        return None
    return v


def ogr_columns(path: str, layer_name: Optional[str], fields: Sequence[str], with_fids: bool = False,
                geometry: Optional[Callable] = None,
                progress: Optional[Callable[[int], None]] = None) -> Optional[Dict[str, np.ndarray]]:
    """Columns of an OGR layer as numpy arrays, or None if this GDAL cannot (caller falls back).
    ``with_fids`` adds the feature ids under ``FID``, only for drivers where they are QGIS's feature ids;
    ``geometry`` (a function of a WKB, None for a null geometry) adds its result for every feature's first
    geometry field under ``GEOMETRY``, applied batch by batch so that the WKBs are never all held at once.
    ``progress`` is called with the rows read after each batch (it may raise to cancel)."""
    try:
        from osgeo import gdal
    except ImportError:
        return None
    if int(gdal.VersionInfo()) < 3060000:
        return None
    try:
        ds = open_dataset(path)
        opened = _arrow_layer(ds, layer_name, fields, with_fids, geometry is not None) if ds is not None else None
        if opened is None:
            return None
        layer, wanted, geom_name = opened
        chunks: Dict[str, list] = {n: [] for n in wanted}
        fid_name = (layer.GetFIDColumn() or "OGC_FID") if with_fids else None
        fids: list = []
        geoms: list = []
        rows = 0
        batch_size = 16384 if geometry is not None else 262144  # geometries: one batch's WKBs held at a time
        stream = layer.GetArrowStreamAsNumPy(options=[f"INCLUDE_FID={'YES' if with_fids else 'NO'}",
                                                      f"MAX_FEATURES_IN_BATCH={batch_size}"])
        for batch in stream:
            for n in wanted:
                chunks[n].append(_to_python_column(batch[n]))
            if fid_name:
                fids.append(np.asarray(batch[fid_name], dtype=np.int64))
            if geom_name:
                geoms.extend(map(geometry, batch[geom_name].tolist()))
            rows += len(next(iter(batch.values()), ()))
            if progress is not None:
                progress(rows)
        out = {FID: np.concatenate(fids) if fids else np.array([], dtype=np.int64)} if with_fids else {}
        if geometry is not None:
            out[GEOMETRY] = geoms
        for f, n in zip(fields, wanted):
            parts = chunks[n]
            out[f] = np.concatenate(parts) if parts else np.array([], dtype=object)
        return out
    except (RuntimeError, KeyError, ValueError, TypeError, AttributeError):
        return None


def _arrow_layer(ds, layer_name: Optional[str], fields: Sequence[str], with_fids: bool, geometry: bool):
    """(layer set to read only what is wanted, its names of ``fields``, its geometry column or None), or None
    when the layer cannot be read so (no Arrow interface, ids not QGIS's, a missing field, no geometry)."""
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    driver = ds.GetDriver().ShortName
    if (with_fids and driver not in _FID_DRIVERS) or (geometry and driver not in _GEOMETRY_DRIVERS):
        return None
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    lower = {n.lower(): n for n in names}
    wanted = []
    for f in fields:
        real = f if f in names else lower.get(f.lower())
        if real is None:
            return None
        wanted.append(real)
    geom_name = None
    if geometry:
        if defn.GetGeomFieldCount() < 1:
            return None
        geom_name = defn.GetGeomFieldDefn(0).GetName() or "wkb_geometry"
    layer.SetIgnoredFields([n for n in names if n not in wanted] + ([] if geometry else ["OGR_GEOMETRY"])
                           + ["OGR_STYLE"])
    return layer, wanted, geom_name
