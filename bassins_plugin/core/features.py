"""Reading features into plain Python: geometries repaired, NULLs made None, counts kept for the log."""
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsFeatureRequest, QgsFeedback, QgsGeometry, QgsProcessingFeatureSource, QgsWkbTypes

from .threads import parallel_map

try:
    from qgis.PyQt.QtCore import QVariant
except ImportError:  # pragma: no cover - Qt6 without QVariant in Python
    QVariant = None


def is_null(value) -> bool:
    if value is None:
        return True
    if QVariant is not None and isinstance(value, QVariant):
        return value.isNull()
    return False


def to_float(value) -> Optional[float]:
    """Numeric value or None (NULL, empty, non-numeric, NaN)."""
    if is_null(value):
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        text = str(value).strip().replace(",", ".")
        try:
            v = float(text)
        except ValueError:
            return None
    return v if math.isfinite(v) else None


def to_text(value) -> Optional[str]:
    if is_null(value):
        return None
    text = str(value).strip()
    return text or None


@dataclass
class ReadStats:
    read: int = 0
    kept: int = 0
    null_geometry: int = 0
    repaired: int = 0
    unrepairable: int = 0


@dataclass
class FeatureTable:
    """Geometries and attribute columns of the kept features, in reading order."""

    ids: List[int] = field(default_factory=list)
    geometries: List[QgsGeometry] = field(default_factory=list)
    columns: Dict[str, list] = field(default_factory=dict)
    stats: ReadStats = field(default_factory=ReadStats)


def repair(geom: QgsGeometry, polygonal: bool = True) -> Optional[QgsGeometry]:
    """A GEOS-valid version of the geometry, or None if nothing usable remains."""
    if geom.isGeosValid():
        return geom
    fixed = geom.makeValid()
    if fixed is None or fixed.isEmpty():
        return None
    if polygonal and fixed.type() != QgsWkbTypes.PolygonGeometry:
        from .rings import polygons_only

        fixed = polygons_only(fixed)
        if fixed.isEmpty():
            return None
    return fixed


def _repair_all(table: FeatureTable, polygonal: bool) -> None:
    """Repair the invalid geometries of a table in place (validity checked on the thread pool: GEOS releases
    the GIL); features with nothing usable left are removed and counted."""
    geoms = table.geometries
    step = max(1, -(-len(geoms) // 8))
    chunks = parallel_map(lambda k: [g.isGeosValid() for g in geoms[k:k + step]], range(0, len(geoms), step))
    invalid = [i for i, ok in enumerate(v for chunk in chunks for v in chunk) if not ok]
    drop = set()
    for i in invalid:
        fixed = repair(geoms[i], polygonal)
        if fixed is None:
            table.stats.unrepairable += 1
            drop.add(i)
        else:
            table.stats.repaired += 1
            geoms[i] = fixed
    if drop:
        keep = [i for i in range(len(geoms)) if i not in drop]
        table.ids = [table.ids[i] for i in keep]
        table.geometries = [geoms[i] for i in keep]
        table.columns = {name: [col[i] for i in keep] for name, col in table.columns.items()}


def iter_features(source, request: Optional[QgsFeatureRequest] = None):
    """Features of a source, without Processing's invalid-geometry filter: our readers repair invalid
    geometries and count them (``read_features``), and writers copy geometries they never compute on. With
    QGIS's default setting (stop on an invalid geometry), one bow-tie commune would otherwise stop a run."""
    request = request or QgsFeatureRequest()
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def read_features(source, field_names: Sequence[str], feedback: Optional[QgsFeedback] = None,
                  with_geometry: bool = True, polygonal: bool = True, request: Optional[QgsFeatureRequest] = None,
                  check_validity: bool = True) -> FeatureTable:
    """Read a QgsFeatureSource: geometries repaired (``check_validity``) and counted, the named attribute
    columns as Python values."""
    table = FeatureTable(columns={name: [] for name in field_names})
    fields = source.fields()
    idx = {name: fields.lookupField(name) for name in field_names}
    req = request or QgsFeatureRequest()
    if not with_geometry:
        req.setFlags(QgsFeatureRequest.NoGeometry)
    wanted = [i for i in idx.values() if i >= 0]
    req.setSubsetOfAttributes(wanted)
    total = max(1, source.featureCount())
    for n, feat in enumerate(iter_features(source, req)):
        if feedback is not None and n % 1000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(20.0 * n / total)
        table.stats.read += 1
        geom = None
        if with_geometry:
            geom = feat.geometry()
            if geom.isEmpty():  # null geometries are empty too
                table.stats.null_geometry += 1
                continue
            table.geometries.append(geom)
        attrs = feat.attributes()
        table.ids.append(feat.id())
        for name, i in idx.items():
            table.columns[name].append(attrs[i] if i >= 0 else None)
    if with_geometry and check_validity:
        _repair_all(table, polygonal)
    table.stats.kept = len(table.ids)
    return table


def wkb_geometry(wkb: Optional[bytes]) -> Optional[QgsGeometry]:
    """A QgsGeometry from a WKB; None for a null one."""
    if not wkb:
        return None
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    return geom


def table_from_columns(fids: Sequence[int], geometries: Sequence[Optional[QgsGeometry]], columns: Dict[str, list],
                       feedback: Optional[QgsFeedback] = None, polygonal: bool = True,
                       check_validity: bool = True) -> FeatureTable:
    """The FeatureTable ``read_features`` gives, from columns read in bulk (GDAL's Arrow interface): feature ids,
    geometries and attribute columns as Python values, aligned. Null and empty geometries dropped and counted,
    invalid ones repaired, as there."""
    table = FeatureTable(columns={name: [] for name in columns})
    table.stats.read = len(geometries)
    keep = [i for i, g in enumerate(geometries) if g is not None and not g.isEmpty()]
    table.stats.null_geometry = len(geometries) - len(keep)
    ids = fids.tolist() if hasattr(fids, "tolist") else list(fids)
    whole = len(keep) == len(geometries)
    table.ids = ids if whole else [ids[i] for i in keep]
    table.geometries = list(geometries) if whole else [geometries[i] for i in keep]
    for name, col in columns.items():
        table.columns[name] = list(col) if whole else [col[i] for i in keep]
    if check_validity and not (feedback is not None and feedback.isCanceled()):
        _repair_all(table, polygonal)
    table.stats.kept = len(table.ids)
    return table
