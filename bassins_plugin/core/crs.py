"""Metric working CRS: distances and buffers in metres whatever the layer CRS.

Layers in a projected CRS with metre units are worked on as they are; others
(geographic, feet...) are worked on in a Lambert azimuthal equal-area CRS
centred on the data, and results are transformed back to the layer CRS.
"""
from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsRectangle,
    QgsUnitTypes,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


@dataclass
class WorkingCrs:
    source: QgsCoordinateReferenceSystem
    crs: QgsCoordinateReferenceSystem
    to_work: Optional[QgsCoordinateTransform]
    to_source: Optional[QgsCoordinateTransform]

    @property
    def reprojects(self) -> bool:
        return self.to_work is not None

    def forward(self, geom: QgsGeometry) -> QgsGeometry:
        g = QgsGeometry(geom)
        if self.to_work is not None:
            g.transform(self.to_work)
        return g

    def transform_from(self, crs: QgsCoordinateReferenceSystem,
                       context: QgsCoordinateTransformContext) -> Optional[QgsCoordinateTransform]:
        """The transform from another layer's CRS ``crs`` to the working CRS (None: the same CRS)."""
        return QgsCoordinateTransform(crs, self.crs, context) if crs != self.crs else None

    def all_from(self, crs: QgsCoordinateReferenceSystem, geoms, context: QgsCoordinateTransformContext):
        """Geometries of another layer (CRS ``crs``) in the working CRS: the one reprojection loop."""
        transform = self.transform_from(crs, context)
        out = []
        for geom in geoms:
            g = QgsGeometry(geom)
            if transform is not None and not g.isEmpty():
                g.transform(transform)
            out.append(g)
        return out

    def backward(self, geom: QgsGeometry) -> QgsGeometry:
        g = QgsGeometry(geom)
        if self.to_source is not None:
            g.transform(self.to_source)
        return g


def is_metric(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceMeters


def working_crs(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle,
                context: Optional[QgsCoordinateTransformContext] = None) -> WorkingCrs:
    """The metric CRS to compute in; raises ValueError if the CRS cannot be projected."""
    if not crs.isValid():
        raise ValueError("the layer has no valid CRS; set its CRS (Layer Properties > Source) first")
    if is_metric(crs):
        return WorkingCrs(crs, crs, None, None)
    ctx = context if context is not None else QgsCoordinateTransformContext()
    to_wgs = QgsCoordinateTransform(crs, WGS84, ctx)
    try:
        center = to_wgs.transform(extent.center())
    except Exception as err:  # QgsCsException
        raise ValueError(f"the layer CRS cannot be transformed to WGS 84: {err}") from err
    lat = max(-89.0, min(89.0, center.y()))
    lon = max(-180.0, min(180.0, center.x()))
    laea = QgsCoordinateReferenceSystem.fromProj(
        f"+proj=laea +lat_0={lat:.6f} +lon_0={lon:.6f} +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs")
    if not laea.isValid():
        raise ValueError("could not build a metric working CRS for this layer")
    return WorkingCrs(crs, laea, QgsCoordinateTransform(crs, laea, ctx), QgsCoordinateTransform(laea, crs, ctx))
