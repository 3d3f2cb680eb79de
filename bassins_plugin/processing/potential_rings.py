"""bassins:potentialrings: smoothed intensity rings from a spatial potential (Stewart)."""
import os

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import DOUBLE, INT, STRING, make_field
from ..core import contours
from ..core import potential as pot
from ..core import rings as core_rings
from ..core.crs import working_crs
from ..core.features import read_features, to_float
from ..core.thresholds import ThresholdError, parse_thresholds
from ..resources import style_path
from .base import BassinsAlgorithm
from .styling import ring_label, style_on_load


def memory_limit_bytes() -> int:
    """Half the physical memory (4 GB if unknown): the most a grid may take."""
    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") * 0.5)
    except (ValueError, OSError, AttributeError):
        return 4 * 1024 ** 3


class PotentialRingsAlgorithm(BassinsAlgorithm):
    ALG_ID = "potentialrings"
    GROUP_ID = "intensity"
    ICON = "rings.svg"

    INPUT = "INPUT"
    NUMERATOR = "NUMERATOR"
    DENOMINATOR = "DENOMINATOR"
    FUNCTION = "FUNCTION"
    SPAN = "SPAN"
    BETA = "BETA"
    RESOLUTION = "RESOLUTION"
    THRESHOLDS = "THRESHOLDS"
    MASK = "MASK"
    SPREAD = "SPREAD"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"

    def displayName(self):
        return self.tr("Smoothed intensity rings (potential)")

    def tags(self):
        return self.tr("potential,stewart,smoothing,kernel,rings,share,magrit").split(",")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Units (polygons or points)"),
            [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.NUMERATOR, self.tr("Numerator field (e.g. cross-border workers)"), "cb_workers", self.INPUT,
            QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterField(
            self.DENOMINATOR, self.tr("Denominator field (e.g. employed residents)"), None, self.INPUT,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.FUNCTION, self.tr("Interaction function"), [self.tr("Exponential"), self.tr("Pareto")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterDistance(
            self.SPAN, self.tr("Span: distance where the interaction weight is 0.5 (metres)"), 10000.0, None,
            False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.BETA, self.tr("Beta (shape of the function)"), QgsProcessingParameterNumber.Double, 2.0, False, 0.0))
        self.addParameter(QgsProcessingParameterDistance(
            self.RESOLUTION, self.tr("Cell size (metres)"), 1000.0, None, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            self.THRESHOLDS, self.tr("Thresholds (ascending, separated by ';')"), "5;15;30"))
        self.addParameter(QgsProcessingParameterBoolean(
            self.SPREAD, self.tr("Represent polygons by their area (mass spread over cells) instead of a point"),
            False))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask (study area)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Smoothed rings"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_RASTER, self.tr("Smoothed surface (GeoTIFF)"), optional=True, createByDefault=False))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise self.param_error(self.INPUT, self.tr("choose a layer of units"))
        num_field = self.parameterAsString(parameters, self.NUMERATOR, context)
        den_field = self.parameterAsString(parameters, self.DENOMINATOR, context)
        self.check_fields(((self.NUMERATOR, num_field, source), (self.DENOMINATOR, den_field, source)))
        function = pot.FUNCTION_CODES[self.parameterAsEnum(parameters, self.FUNCTION, context)]
        span = self.parameterAsDouble(parameters, self.SPAN, context)
        beta = self.parameterAsDouble(parameters, self.BETA, context)
        res = self.parameterAsDouble(parameters, self.RESOLUTION, context)
        if span <= 0:
            raise self.param_error(self.SPAN, self.tr("must be greater than 0 (metres), e.g. 10000"))
        if beta <= 0:
            raise self.param_error(self.BETA, self.tr("must be greater than 0, e.g. 2"))
        if res <= 0:
            raise self.param_error(self.RESOLUTION, self.tr("must be greater than 0 (metres), e.g. 1000"))
        try:
            thresholds = parse_thresholds(self.parameterAsString(parameters, self.THRESHOLDS, context))
        except ThresholdError as err:
            raise self.param_error(self.THRESHOLDS, str(err)) from err
        mask_src = self.parameterAsSource(parameters, self.MASK, context)

        crs = source.sourceCrs()
        try:
            work = working_crs(crs, source.sourceExtent(), context.transformContext())
        except ValueError as err:
            raise self.param_error(self.INPUT, str(err)) from err

        # points in the working CRS: a point on the surface of each polygon
        names = [n for n in (num_field, den_field) if n]
        table = read_features(source, names, feedback, polygonal=False)
        self.check_canceled(feedback)
        spread = self.parameterAsBool(parameters, self.SPREAD, context)
        xs, ys, num, den = [], [], [], []  # one point per unit (for the masses inside the rings)
        sxs, sys_, snum, sden = [], [], [], []  # the points carrying the masses (several per unit when spread)
        skipped = 0
        for geom, nv, dv in zip(table.geometries, table.columns[num_field],
                                table.columns[den_field] if den_field else [None] * len(table.geometries)):
            n_val = to_float(nv)
            d_val = to_float(dv) if den_field else 0.0
            if n_val is None or d_val is None:
                skipped += 1
                continue
            if n_val < 0 or d_val < 0:
                raise self.param_error(self.NUMERATOR if n_val < 0 else self.DENOMINATOR,
                                       self.tr("values must be ≥ 0 (found {v:g})").format(v=min(n_val, d_val)))
            polygon = geom.type() == QgsWkbTypes.PolygonGeometry
            pt = work.forward(geom.pointOnSurface() if polygon else geom.centroid()).asPoint()
            xs.append(pt.x())
            ys.append(pt.y())
            num.append(n_val)
            den.append(d_val)
            if spread and polygon:
                px, py = pot.spread_points(work.forward(geom), res)
                sxs.extend(px.tolist())
                sys_.extend(py.tolist())
                snum.extend([n_val / len(px)] * len(px))
                sden.extend([d_val / len(px)] * len(px))
            else:
                sxs.append(pt.x())
                sys_.append(pt.y())
                snum.append(n_val)
                sden.append(d_val)
            if len(sxs) > 5_000_000:
                raise self.param_error(self.RESOLUTION, self.tr(
                    "spreading the units over cells of {r:g} m makes more than 5 million points; choose a larger "
                    "cell size").format(r=res))
        if not xs:
            raise self.param_error(self.INPUT, self.tr("no unit with a geometry and a numeric value"))
        if den_field and sum(den) <= 0:
            raise self.param_error(self.DENOMINATOR, self.tr("every denominator is 0: choose another field"))
        xs_a, ys_a = np.array(sxs), np.array(sys_)

        # grid over the mask (or the units) in the working CRS
        mask_geom = None
        if mask_src is not None:
            mtable = read_features(mask_src, [], feedback)
            if not mtable.geometries:
                raise self.param_error(self.MASK, self.tr("the mask has no polygon"))
            to_work = QgsCoordinateTransform(mask_src.sourceCrs(), work.crs, context.transformContext())
            parts = []
            for g in mtable.geometries:
                g = QgsGeometry(g)
                g.transform(to_work)
                parts.append(g)
            mask_geom = core_rings.polygons_only(QgsGeometry.unaryUnion(parts))
            box = mask_geom.boundingBox()
        else:
            unit_parts = [work.forward(g) for g in table.geometries]
            box = unit_parts[0].boundingBox()
            for g in unit_parts[1:]:
                box.combineExtentWith(g.boundingBox())
        grid = pot.make_grid(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(), res)
        masses = [np.array(snum)] + ([np.array(sden)] if den_field else [])
        need = pot.memory_estimate(grid, len(sxs), len(masses))
        limit = memory_limit_bytes()
        if need > limit or grid.nx * grid.ny > pot.MAX_CELLS:
            raise self.param_error(self.RESOLUTION, self.tr(
                "a {nx} × {ny} grid needs about {need:.1f} GB (limit {lim:.1f} GB, {cells:,} cells at most); "
                "choose a larger cell size").format(nx=grid.nx, ny=grid.ny, need=need / 1024 ** 3,
                                                    lim=limit / 1024 ** 3, cells=pot.MAX_CELLS))
        method = "separable" if pot.is_separable(function, beta) else "direct"
        feedback.pushInfo(self.tr("{n} points, grid {nx} × {ny} cells of {r:g} m, {f} (span {s:g} m, beta {b:g}), "
                                  "{m} summation, about {mem:.0f} MB.").format(
            n=len(sxs), nx=grid.nx, ny=grid.ny, r=res, f=function, s=span, b=beta,
            m=self.tr("exact separable") if method == "separable" else self.tr("exact direct"), mem=need / 1024 ** 2))
        surfaces = pot.potential(xs_a, ys_a, masses, grid, function, span, beta, feedback, method)
        if den_field:
            p_num, p_den = surfaces
            floor = p_den.max() * 1e-12
            share = np.full(p_num.shape, np.nan)
            ok = p_den > floor
            share[ok] = p_num[ok] / p_den[ok] * 100.0
            surface = share
        else:
            surface = surfaces[0]
        self.check_canceled(feedback)

        results = {}
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        if raster_path:
            contours.write_geotiff(surface, grid, work.crs.toWkt(), raster_path)
            qml = style_path("potential_surface.qml")
            if qml.exists():
                sidecar = os.path.splitext(raster_path)[0] + ".qml"
                with open(qml, "r", encoding="utf-8") as src, open(sidecar, "w", encoding="utf-8") as dst:
                    dst.write(src.read())
            results[self.OUTPUT_RASTER] = raster_path
            style_on_load(context, raster_path, "potential_surface")
        feedback.setProgress(85)

        # interpolated contours can differ by a hairline between levels: keep them nested
        envs = core_rings.enforce_nesting(contours.envelopes(surface, grid, thresholds))
        if mask_geom is not None:
            envs = [core_rings.polygons_only(e.intersection(mask_geom)) if not e.isEmpty() else e for e in envs]

        da = self.distance_area(crs, context)
        fields = QgsFields()
        for f in (make_field("level", INT), make_field("threshold", DOUBLE), make_field("label", STRING, 80),
                  make_field("area_km2", DOUBLE), make_field("num_mass", DOUBLE), make_field("mass", DOUBLE)):
            fields.append(f)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n_levels = len(thresholds)
        mass_vec = np.array(den) if den_field else np.array(num)
        points = [QgsPointXY(x, y) for x, y in zip(xs, ys)]
        for k, env in enumerate(envs, start=1):
            inside = np.zeros(len(points), dtype=bool)
            if not env.isEmpty():
                engine = QgsGeometry.createGeometryEngine(env.constGet())
                engine.prepareGeometry()
                box = env.boundingBox()
                for i, p in enumerate(points):
                    if box.contains(p):
                        pg = QgsGeometry.fromPointXY(p)
                        inside[i] = engine.intersects(pg.constGet())
            geom = work.backward(env) if work.reprojects and not env.isEmpty() else env
            if not geom.isEmpty():
                geom.convertToMultiType()
            t = thresholds[n_levels - k]
            feat = QgsFeature(fields)
            if not geom.isEmpty():
                feat.setGeometry(geom)
            feat.setAttributes([k, t, f"{ring_label(k, n_levels)} (≥ {t:g})",
                                da.measureArea(geom) / 1e6 if not geom.isEmpty() else 0.0,
                                float(np.array(num)[inside].sum()), float(mass_vec[inside].sum())])
            sink.addFeature(feat, QgsFeatureSink.FastInsert)
        if skipped:
            feedback.pushWarning(self.tr("{n} units with a NULL value were left out.").format(n=skipped))
        feedback.pushInfo(self.tr("{k} units used, {g} without geometry dropped, {r} repaired.").format(
            k=len(xs), g=table.stats.null_geometry, r=table.stats.repaired))
        results[self.OUTPUT] = dest
        style_on_load(context, dest, "rings")
        return results
