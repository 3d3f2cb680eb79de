"""One writer for ring layers (intensity, attraction): level, threshold, label, units, population,
true area and population by country, one feature per ring, MultiPolygon."""
from typing import List, Optional, Sequence

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsWkbTypes

from ..compat import DOUBLE, INT, STRING
from ..core.flows import safe_field_suffix
from .fields import field_list
from .styling import ring_label


def write_rings(alg, parameters, context, name: str, rings, thresholds: Sequence[float], crs, measure,
                feedback, pops: Optional[np.ndarray] = None, countries: Optional[List[Optional[str]]] = None,
                sign: str = "≥", unit: str = "", ring_name=ring_label):
    """Write ``rings`` (core Ring objects) to the sink ``name``; thresholds[k-1] is ring k's threshold;
    ``ring_name(level, n_levels)`` names a ring in its label (default: strong core, middle ring, outer ring)."""
    codes = sorted({c for c in countries if c}) if countries else []
    specs = [("level", INT), ("threshold", DOUBLE), ("label", STRING, 80), ("units", INT), ("population", DOUBLE),
             ("area_km2", DOUBLE)] + [(f"pop_{safe_field_suffix(c)}", DOUBLE) for c in codes]
    fields = field_list(*specs)
    sink, dest_id = alg.sink(parameters, name, context, fields, QgsWkbTypes.MultiPolygon, crs)
    n_levels = len(rings)
    for ring in rings:
        members = ring.members
        population = float(pops[members].sum()) if pops is not None else None
        geom = ring.geometry
        if not geom.isEmpty():
            geom.convertToMultiType()
        area = measure(geom) / 1e6 if not geom.isEmpty() else 0.0
        label = f"{ring_name(ring.level, n_levels)} ({sign} {thresholds[ring.level - 1]:g}{unit})"
        attrs = [ring.level, thresholds[ring.level - 1], label, int(members.sum()), population, area]
        for c in codes:
            attrs.append(float(sum(pops[i] for i in np.nonzero(members)[0] if countries[i] == c))
                         if pops is not None else None)
        out = QgsFeature(fields)
        if not geom.isEmpty():
            out.setGeometry(geom)
        out.setAttributes(attrs)
        sink.addFeature(out, QgsFeatureSink.FastInsert)
        feedback.pushInfo(alg.tr("Level {k}: {u} units, {a:.2f} km², population {p}.", "BassinsAlgorithm").format(
            k=ring.level, u=int(members.sum()), a=area, p="-" if population is None else f"{population:,.0f}"))
    return dest_id
